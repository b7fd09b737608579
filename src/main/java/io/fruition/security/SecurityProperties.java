package io.fruition.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fruition.security.password-min-length}: the shortest password a new account may have. */
@ConfigurationProperties("fruition.security")
record SecurityProperties(@DefaultValue("10") int passwordMinLength) {
}
