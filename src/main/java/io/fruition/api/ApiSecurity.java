package io.fruition.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import io.fruition.security.ApiTokenFilter;
import io.fruition.security.ApiTokens;
import io.fruition.security.Roles;
import io.fruition.security.SignInAnswers;
import io.fruition.security.WebHeaders;

/**
 * The JSON API authenticates every request with a personal API token ({@code Authorization: Bearer fru_…}) or
 * HTTP Basic against the same accounts as the UI, keeps no session and answers 401 (never a redirect to the
 * sign-in page). The OpenAPI description is public.
 */
@Configuration
class ApiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi", "/api/openapi/**").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInAnswers.forApi()))
                .exceptionHandling(e -> e.authenticationEntryPoint(SignInAnswers.forApi())
                        .accessDeniedHandler((request, response, denied) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            response.setContentType("application/problem+json");
                            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\","
                                    + "\"status\":403,\"detail\":\"Only an administrator may use this.\"}");
                        }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(WebHeaders.forApi())
                .cors(Customizer.withDefaults())
                .build();
    }
}
