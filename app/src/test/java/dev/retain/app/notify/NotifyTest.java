package dev.retain.app.notify;

import dev.retain.app.TestLogins;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its own embedded PostgreSQL, for the outbox's tests: the background
 * jobs are off (the tests run the dispatcher themselves, round by round; retries give up after four
 * attempts), the Clock is
 * {@link MovableInstants}' (pinned and moved by the tests), and {@link ScriptedGateway}s stand
 * before any real SMS and email sender. Classes with this annotation share one context: each uses
 * its own numbers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"retain.jobs.enabled=false", "retain.notify.max-attempts=4"})
@AutoConfigureMockMvc
@Import({TestLogins.class, NotifyTestConfiguration.class})
public @interface NotifyTest {
}
