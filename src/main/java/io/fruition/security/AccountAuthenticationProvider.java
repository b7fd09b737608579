package io.fruition.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Spring Security's sign-ins (the form, HTTP Basic on /api) check passwords where every other route does. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final AccountUserDetailsService details;

    AccountAuthenticationProvider(UserAccounts accounts, AccountUserDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Object credentials = attempt.getCredentials();
        try {
            if (credentials == null || accounts.authenticate(username, credentials.toString()).isEmpty()) {
                throw new BadCredentialsException("Wrong user name or password.");
            }
        } catch (SignInThrottledException throttled) {
            throw new ThrottledSignIn(throttled);
        }
        UserDetails user = details.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(attempt.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    /** A sign-in refused because the caller must wait first ({@link SignInThrottle}). */
    public static class ThrottledSignIn extends AuthenticationException {
        private final transient SignInThrottledException reason;

        ThrottledSignIn(SignInThrottledException reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }

        public SignInThrottledException reason() {
            return reason;
        }
    }
}
