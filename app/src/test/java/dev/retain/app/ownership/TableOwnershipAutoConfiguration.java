package dev.retain.app.ownership;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts the table-ownership guard around the DataSource of every Spring context the tests
 * start (test slices, full contexts and the command line's own contexts alike): it is
 * registered in the test classpath's AutoConfiguration.imports, so no test has to ask for it.
 */
@AutoConfiguration
public class TableOwnershipAutoConfiguration {

    @Bean
    static BeanPostProcessor tableOwnershipGuard() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds ? GuardedJdbc.dataSource(ds, OwnershipGuard.GLOBAL) : bean;
            }
        };
    }
}
