package io.fruition.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.Cookie;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The prod profile keeps the session cookies to HTTPS, out of scripts and to this site, and trusts its proxy. */
class ProductionSettingsTest {

    @Test
    void cookies_are_secure_http_only_and_same_site_lax_and_the_proxy_says_what_is_https() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml"))
                .forEach(environment.getPropertySources()::addFirst);
        Binder binder = Binder.get(environment);

        Cookie session = binder.bind("server.servlet.session.cookie", Cookie.class).get();
        assertThat(session.getSecure()).isTrue();
        assertThat(session.getHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
        assertThat(binder.bind("server.forward-headers-strategy", String.class).get()).isEqualTo("native");
        for (String cookie : new String[] {"csrf", "session-cookie"}) {
            String prefix = "camunda.bpm.webapp." + cookie + ".";
            assertThat(binder.bind(prefix + "enable-secure-cookie", Boolean.class).get()).as(cookie).isTrue();
            assertThat(binder.bind(prefix + "same-site-cookie-option", String.class).get()).as(cookie).isEqualTo("LAX");
        }
        assertThat(binder.bind("camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class).get()).isFalse();
    }
}
