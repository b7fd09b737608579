package io.fruition.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.fruition.shared.BufferedRequest;
import io.fruition.shared.Filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 429 with Retry-After, before any password is checked, to a caller who must wait ({@link SignInThrottle}):
 * on HTTP Basic (any path: /api, /engine-rest), the sign-in form (POST /login) and Camunda's webapp sign-in
 * (POST /camunda/api/admin/auth/user/…/login/…). A wait that starts during a request (its password check is the
 * one that crossed the threshold) is answered the same way.
 */
@Component
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Pattern CAMUNDA_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final int MAX_LOGIN_BODY = 16 * 1024;

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** Right after Spring's request context (so the address is known), before Spring Security and the engine's filter. */
    @Bean
    static FilterRegistrationBean<SignInThrottleFilter> signInThrottleRegistration(SignInThrottleFilter filter) {
        return Filters.everywhere(filter, -102);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest passed = request;
        String username = basicUser(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        if (username == null && post && "/login".equals(path)) {
            // Spring Security reads the sign-in form's parameters too; reading one here changes nothing for it.
            username = request.getParameter("username");
        } else if (username == null && post && CAMUNDA_LOGIN.matcher(path).matches()) {
            // Camunda's sign-in reads the body as a stream: it gets a copy.
            BufferedRequest buffered = BufferedRequest.of(request, MAX_LOGIN_BODY);
            if (buffered == null) {
                response.sendError(413);
                return;
            }
            passed = buffered;
            username = buffered.formField("username");
        }
        if (username != null) {
            Optional<Duration> wait = throttle.waitFor(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                refuse(response, path, new SignInThrottledException(wait.get()));
                return;
            }
        }
        ClientAddress.set(request.getRemoteAddr());
        try {
            chain.doFilter(passed, response);
        } catch (ServletException | RuntimeException e) {
            SignInThrottledException throttled = find(e);
            if (throttled == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(response, path, throttled);
        } finally {
            ClientAddress.clear();
        }
    }

    private static void refuse(HttpServletResponse response, String path, SignInThrottledException throttled)
            throws IOException {
        if ("/login".equals(path)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fruition</title>"
                    + "</head><body><main><h1>Please wait a moment</h1><p>" + throttled.getMessage()
                    + "</p><p><a href=\"login\">Back to sign in</a></p></main></body></html>");
        } else {
            SignInAnswers.tooManyAttempts(response, throttled);
        }
    }

    private static SignInThrottledException find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SignInThrottledException throttled) {
                return throttled;
            }
            if (cause instanceof AccountAuthenticationProvider.ThrottledSignIn throttled) {
                return throttled.reason();
            }
        }
        return null;
    }

    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
