package io.fruition.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every route sends, so the browser holds pages to what they need. Vaadin needs
 * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts and {@code 'unsafe-inline'} for styles: its
 * bootstrap page starts the client engine with an inline script, and the engine runs the JavaScript the server
 * sends by constructing functions from it. Everything else is this origin only (ECharts comes from /webjars), and
 * nothing may frame Fruition but Fruition. Over HTTPS, browsers are told to use HTTPS only (HSTS).
 */
public final class WebHeaders {

    /** The Content-Security-Policy of the Vaadin UI. */
    public static final String UI_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The Content-Security-Policy of JSON answers: they are data, never a page. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private WebHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> forUi() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY))
                .frameOptions(frame -> frame.sameOrigin());
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .frameOptions(frame -> frame.deny());
    }

    /**
     * Camunda's webapps send their own Content-Security-Policy (with a nonce per page); Fruition adds the rest
     * and lets them frame themselves, as Cockpit does.
     */
    public static Customizer<HeadersConfigurer<HttpSecurity>> forCamundaWebapps() {
        return headers -> common(headers).frameOptions(frame -> frame.sameOrigin());
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
