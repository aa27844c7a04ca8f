package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The REST API is stateless (no session, so no CSRF exposure): integration
 * clients present an API key ({@link ApiKeyFilter}), people HTTP Basic; refusals are JSON. The
 * browser app is form login with CSRF on every form. Both logins go through
 * {@link ThrottledAuthenticationProvider}. Which role may do what is declared on each controller
 * with {@code @PreAuthorize} (and, for clients, {@code @ApiScope}); the URL rules here are a second
 * fence for whole areas.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /**
     * No inline script, no eval, no foreign origin: htmx, ECharts and the pages' own code come from
     * /webjars and /js. Style attributes stay allowed (progress bars and the heat map are sized by
     * the server, ECharts positions its tooltip); style elements do not (htmx's own is switched off
     * with its includeIndicatorStyles setting, see layout.html).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The API browser (Swagger UI, springdoc's webjar) adds a style element of its own; it alone may
     * have inline styles. Its scripts come from /api/v1/swagger-ui like every other script.
     */
    static final String API_BROWSER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'; style-src-attr 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'");

    private static final String[] API_BROWSER = {"/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"};

    private static final String[] API_DOCS = {"/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs", "/api/v1/docs/**",
            "/api/v1/swagger-ui/**"};

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                                TwoFactor twoFactor, AuditLog auditLog, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, twoFactor, auditLog, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins, ApiClients clients, LoginThrottle throttle,
                            AuditLog auditLog, Clock clock, SecuritySettings settings) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(a -> {
                    if (settings.openapiPublic()) a.requestMatchers(API_DOCS).permitAll();
                    a.requestMatchers("/api/v1/counter/**").access(MerchantFence::merchantStaff);
                    a.anyRequest().access(MerchantFence::operatorSide);
                })
                .addFilterBefore(new ApiKeyFilter(clients, throttle, auditLog, clock), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationDetailsSource(LoginDetails.basic()).authenticationEntryPoint(ApiProblemResponses.entryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiProblemResponses.entryPoint())
                        .accessDeniedHandler(ApiProblemResponses.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiBrowser(), new ContentSecurityPolicyHeaderWriter(API_BROWSER_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiBrowser()),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * The operations metrics (/actuator/prometheus: the outbox backlog and send rate) for a scraper,
     * which has no browser login: an integration client's key with the {@code metrics:read} scope and
     * nothing else, or an admin's password over HTTP Basic (to look by hand). Stateless, refusals as
     * JSON; accepted scrapes are not audited (counts only, every few seconds), refused keys are.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, AuthenticationManager logins, ApiClients clients, LoginThrottle throttle,
                                AuditLog auditLog, Clock clock) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authenticationManager(logins)
                .authorizeHttpRequests(a -> a.anyRequest().access(MetricsReaders::authorize))
                .addFilterBefore(new ApiKeyFilter(clients, throttle, auditLog, clock, false), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationDetailsSource(LoginDetails.basic()).authenticationEntryPoint(ApiProblemResponses.entryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiProblemResponses.entryPoint())
                        .accessDeniedHandler(ApiProblemResponses.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager logins, AuditLog auditLog, JdbcClient jdbc) throws Exception {
        http.authenticationManager(logins)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        // a customer's self-service tariff advice from an SMS link (campaign module): the token is the key
                        .requestMatchers("/t/*").permitAll()
                        // a customer's satisfaction survey from an SMS link (survey module): the token is the key
                        .requestMatchers("/s/*").permitAll()
                        .requestMatchers("/portal/**").access(MerchantFence::merchantStaff)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/").authenticated()
                        .anyRequest().access(MerchantFence::operatorSide))
                .formLogin(f -> f.loginPage("/login").authenticationDetailsSource(LoginDetails.form())
                        .successHandler(FormLoginOutcomes.success(auditLog)).failureHandler(FormLoginOutcomes.failure()).permitAll())
                .addFilterAfter(new AccountCheckFilter(jdbc), SecurityContextHolderFilter.class)
                .headers(SecurityConfiguration::headers)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static RequestMatcher apiBrowser() {
        List<RequestMatcher> paths = new ArrayList<>();
        for (String path : API_BROWSER) paths.add(PathPatternRequestMatcher.withDefaults().matcher(path));
        return new OrRequestMatcher(paths);
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // URLs of this application name customers: they never leave for another site
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
