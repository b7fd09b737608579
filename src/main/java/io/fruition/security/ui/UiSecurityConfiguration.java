package io.fruition.security.ui;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import io.fruition.security.Roles;
import io.fruition.security.WebHeaders;

/** Every page needs a signed-in user except the sign-in page, the health check and static styles. */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.ADMIN)
                .requestMatchers("/styles/**", "/images/**", "/error").permitAll());
        http.headers(WebHeaders.forUi());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
