package io.fruition.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import io.fruition.shared.Outages;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How a refused sign-in is answered to a program: 401 for wrong or missing credentials, 429 with Retry-After
 * when the caller must wait; both as problem details, never a redirect to the sign-in page.
 */
public final class SignInAnswers {

    private SignInAnswers() {
    }

    public static AuthenticationEntryPoint forApi() {
        return (request, response, refusal) -> {
            SignInThrottledException throttled = throttledIn(refusal);
            if (throttled != null) {
                tooManyAttempts(response, throttled);
            } else if (Outages.databaseUnavailable(refusal)) {
                // The password could not be checked: not the caller's fault, and worth another try shortly.
                response.setHeader("Retry-After", "30");
                problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
                        "The database is not reachable just now. Try again shortly.");
            } else {
                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "Sign in with a user name and password (HTTP Basic).");
            }
        };
    }

    static SignInThrottledException throttledIn(AuthenticationException refusal) {
        return refusal instanceof AccountAuthenticationProvider.ThrottledSignIn t ? t.reason() : null;
    }

    /** 429 with Retry-After, as problem details. */
    public static void tooManyAttempts(HttpServletResponse response, SignInThrottledException throttled)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        problem(response, 429, "Too many sign-in attempts", throttled.getMessage());
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Fruition\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
