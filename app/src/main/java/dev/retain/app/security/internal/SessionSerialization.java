package dev.retain.app.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How a session's attributes are written to and read from PostgreSQL (Spring Session JDBC): Java serialisation, as
 * Spring Session does by default, except that an attribute this build cannot read — written by an older release whose
 * classes changed, or damaged — is dropped instead of failing every request of that session. The user is then simply
 * logged out (no login in the session) and logs in again.
 */
@Configuration(proxyBeanMethods = false)
class SessionSerialization {

    private static final Logger log = LoggerFactory.getLogger(SessionSerialization.class);

    /** Spring Session takes the bean of this name for its attributes. */
    @Bean("springSessionConversionService")
    GenericConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter read = new DeserializingConverter(SessionSerialization.class.getClassLoader());
        conversions.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) bytes -> {
            try {
                return read.convert(bytes);
            } catch (SerializationFailedException e) {
                log.info("a session attribute could not be read and was dropped (the session goes on without it): {}", e.getMessage());
                return null;
            }
        });
        return conversions;
    }
}
