package io.fruition.process;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The engine's REST API and Camunda's webapps authenticate against the same users as the UI, through the
 * engine's identity service. For the REST API that is HTTP Basic with the engine's own filter: it also sets the
 * caller's groups and tenants on the engine, so every query is limited to the caller's partnerships.
 */
@Configuration(proxyBeanMethods = false)
class EngineWebSecurity {

    static final String ENGINE_REST = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST + "/*");
        return registration;
    }

    /**
     * Spring Security stands aside for these paths: the engine's filter guards the REST API, and the webapps
     * have their own sign-in, session and CSRF protection.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher(ENGINE_REST + "/**"), paths.matcher("/camunda/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
