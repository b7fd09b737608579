package io.fruition.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code fruition.demo.enabled}: load the demo data into an empty database at start-up. */
@ConfigurationProperties("fruition.demo")
record DemoProperties(boolean enabled) {
}
