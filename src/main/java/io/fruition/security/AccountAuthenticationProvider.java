package io.fruition.security;

import java.util.Optional;

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

    AccountAuthenticationProvider(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Object credentials = attempt.getCredentials();
        Optional<UserAccount> account;
        try {
            account = credentials == null ? Optional.empty() : accounts.authenticate(username, credentials.toString());
        } catch (SignInThrottledException throttled) {
            throw new ThrottledSignIn(throttled);
        }
        // The account just checked is active: its details are made from it, without reading it again.
        UserDetails user = AccountUserDetailsService.details(
                account.orElseThrow(() -> new BadCredentialsException("Wrong user name or password.")));
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
