package io.fruition.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fruition.security.*}: the shortest password a new account may have; how sign-in failures slow down
 * the next attempts ({@code sign-in.*}, see {@link SignInThrottle}); and how long a verified password is
 * remembered, so that HTTP Basic clients do not pay for the slow hash on every request
 * ({@code verified-credentials-ttl}).
 */
@ConfigurationProperties("fruition.security")
record SecurityProperties(@DefaultValue("10") int passwordMinLength, @DefaultValue SignIn signIn,
        @DefaultValue("PT5M") Duration verifiedCredentialsTtl) {

    /**
     * Failures tolerated per account and address, per address and per account before each further one makes
     * the caller wait: first {@code firstDelay}, doubling up to {@code maxDelay}.
     */
    record SignIn(@DefaultValue("5") int perAccountAndAddress, @DefaultValue("20") int perAddress,
            @DefaultValue("10") int perAccount, @DefaultValue("PT2S") Duration firstDelay,
            @DefaultValue("PT15M") Duration maxDelay) {
    }
}
