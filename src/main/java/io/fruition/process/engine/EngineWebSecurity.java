package io.fruition.process.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import io.fruition.security.ApiTokens;
import io.fruition.security.WebHeaders;

/**
 * The engine's REST API and Camunda's webapps authenticate against the same users as the UI, through the
 * engine's identity service. For the REST API that is HTTP Basic or a personal API token, through the engine's own
 * filter: it also sets the caller's groups and tenants on the engine, so every query is limited to the caller's
 * partnerships.
 */
@Configuration(proxyBeanMethods = false)
class EngineWebSecurity {

    static final String ENGINE_REST = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ApiTokens tokens) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineAuthentication.Filter(new EngineAuthentication(tokens)));
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST + "/*");
        return registration;
    }

    /**
     * Spring Security stands aside for the REST API: the engine's filter authenticates it, the engine's own
     * checks authorize every call.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(ENGINE_REST + "/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(WebHeaders.forApi())
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Camunda's webapps have their own sign-in, session and CSRF protection. */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappsFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(WebHeaders.forCamundaWebapps())
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
