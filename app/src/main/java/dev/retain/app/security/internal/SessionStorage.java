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
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The web session in PostgreSQL (Spring Session JDBC): its cookie, and how its attributes are stored.
 *
 * <p>The cookie is {@value #COOKIE}: not readable by scripts, not sent with requests from other sites (SameSite=Lax:
 * a link from another site still opens the page; CSRF tokens guard every form), Secure whenever the request came over
 * HTTPS (behind a proxy that ends TLS, set server.forward-headers-strategy=native so the request knows). Declared here,
 * not left to server.servlet.session.cookie.*, so that it is the same under every server and in the tests.
 *
 * <p>Attributes are written with Java serialisation, as
 * Spring Session does by default, except that an attribute this build cannot read — written by an older release whose
 * classes changed, or damaged — is dropped instead of failing every request of that session. The user is then simply
 * logged out (no login in the session) and logs in again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    private static final Logger log = LoggerFactory.getLogger(SessionStorage.class);

    static final String COOKIE = "RETAIN_SESSION";

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    /** Spring Session takes the bean of this name for its attributes. */
    @Bean("springSessionConversionService")
    GenericConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter read = new DeserializingConverter(SessionStorage.class.getClassLoader());
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
