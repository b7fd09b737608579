package io.fruition.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer fru_…} on the JSON API: the token's owner acts, with their rights as they are now.
 * A token that is unknown, revoked or expired is answered 401 at once; a request without one goes on to HTTP Basic.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    public ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The token in the request's Authorization header, if it carries one. */
    public static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearer(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = tokens.authenticate(token.get(), request.getRemoteAddr());
        if (account.isEmpty()) {
            SignInAnswers.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "This token is not valid: it is unknown, revoked or expired, or its account is deactivated.");
            return;
        }
        UserDetails user = AccountUserDetailsService.details(account.get());
        UsernamePasswordAuthenticationToken authenticated =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authenticated);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
