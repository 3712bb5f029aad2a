package vn.gov.oversight.system.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.DatabaseOutage;
import vn.gov.oversight.system.Roles;

/**
 * Three surfaces, three guards:
 * <ul>
 * <li>the application's API ({@code /api/**}, {@code /actuator/**}): Spring Security,
 * HTTP Basic against Camunda's identity service, stateless, so CSRF protection is off
 * there;</li>
 * <li>Camunda's REST API ({@code /engine-rest/**}): Camunda's own
 * {@link ProcessEngineAuthenticationFilter} with HTTP Basic, so that the engine's
 * authorizations apply to the caller;</li>
 * <li>Camunda's web apps ({@code /camunda/**}): their own session login and CSRF
 * filter.</li>
 * </ul>
 * In front of both Camunda surfaces stands the {@link QueryExpressionGuard} (the engine
 * itself refuses the same, see {@code EngineGuardPlugin}); in front of every login, the
 * {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ENGINE_REST = "/engine-rest";

    @Bean
    @Order(1)
    SecurityFilterChain applicationApi(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .authorizeHttpRequests(
                    requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Roles.ADMIN)
                        // the API's description and its UI: for administrators
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasRole(Roles.ADMIN)
                        .anyRequest()
                        .authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .exceptionHandling(
                    exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            // Stateless API called with HTTP Basic by programs: no browser session to
            // forge.
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The oversight pages: a session after the login form (the same users and passwords
     * as Tasklist), CSRF protection on every form, and the pages' own assets.
     */
    @Bean
    @Order(2)
    SecurityFilterChain oversightPagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/oversight", "/oversight/**", "/login", "/logout", "/webjars/**", "/assets/**")
            .authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/webjars/**", "/assets/**")
                .permitAll()
                .anyRequest()
                .authenticated())
            .formLogin(form -> form.loginPage("/login")
                .defaultSuccessUrl("/oversight/home", true)
                .failureHandler(failedLogin()))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers.frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                        // the chart library sets inline styles on its canvases
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /**
     * Where a failed login of the pages goes; the {@link LoginThrottle} counts these
     * answers.
     */
    static final String LOGIN_FAILED = "/login?error";

    /**
     * A refused password goes back to the form; a password that could not be checked
     * because the database is unreachable is no refusal: the failure goes on to the
     * ErrorBodyShield's page "try again shortly".
     */
    private static AuthenticationFailureHandler failedLogin() {
        AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED);
        return (request, response, failure) -> {
            if (DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            refused.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * Camunda's REST API and web apps authenticate by themselves (below and in the web
     * apps); Spring Security only adds its headers there.
     */
    @Bean
    @Order(3)
    SecurityFilterChain camundaSurfaces(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            // The web apps send their own X-XSRF-TOKEN checked by Camunda's CSRF filter.
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
            .requestCache(cache -> cache.disable())
            .securityContext(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addUrlPatterns(ENGINE_REST + "/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName(), ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
                ENGINE_REST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before any password is checked: an address that failed too often is not heard. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(ObjectMapper objectMapper, Clock clock,
            @Value("${oversight.security.login.max-failures-per-address:20}") int maxFailures,
            @Value("${oversight.security.login.window:PT15M}") Duration window) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(
                new LoginThrottle(maxFailures, window, clock, objectMapper));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/api/*", ENGINE_REST + "/*", "/camunda/api/*", "/actuator/*", "/login");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * Runs before any authentication or engine code: a refused query is never parsed
     * further.
     */
    @Bean
    FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ObjectMapper objectMapper) {
        FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(
                new QueryExpressionGuard(objectMapper));
        registration.setName("query-expression-guard");
        registration.addUrlPatterns(ENGINE_REST + "/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

}
