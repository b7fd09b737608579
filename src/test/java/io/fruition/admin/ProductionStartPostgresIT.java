package io.fruition.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.fruition.FruitionApplication;
import io.fruition.support.Http;
import io.fruition.support.TestPostgres;

/**
 * A production install, as a new operator starts one: the prod profile on an empty PostgreSQL, the first
 * administrator from FRUITION_ADMIN_USERNAME and FRUITION_ADMIN_PASSWORD. They can sign in; no demo user exists;
 * a second start with other settings creates nobody; a password short of the policy stops the start.
 */
class ProductionStartPostgresIT {

    private static final String PASSWORD = "correct-horse-battery-staple";

    @Test
    void the_first_administrator_comes_from_the_settings_once_and_can_sign_in() {
        String url = TestPostgres.shared().createDatabase("prodstart");
        try (ConfigurableApplicationContext first = start(url, "operator", PASSWORD)) {
            Http http = new Http(port(first));
            assertThat(http.send(null, "GET", "/api/admin/partnerships", Map.of("Authorization", basic("operator", PASSWORD)),
                    null).status()).isEqualTo(200);
            assertThat(http.get("nora", "/api/ideas").status()).as("no demo users in prod").isEqualTo(401);
        }
        try (ConfigurableApplicationContext second = start(url, "someone-else", "another-long-password")) {
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
            assertThat(jdbc.sql("select username from user_account").query(String.class).list()).containsExactly("operator");
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'First administrator created'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_entry where after_text like ?").param("%" + PASSWORD + "%")
                    .query(Long.class).single()).as("the password is nowhere in the log").isZero();
        }
    }

    @Test
    void a_first_administrator_with_too_short_a_password_stops_the_start_with_a_plain_reason() {
        String url = TestPostgres.shared().createDatabase("prodshort");

        assertThatThrownBy(() -> start(url, "operator", "short-one").close())
                .hasStackTraceContaining("A password has at least 12 characters.")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("short-one"));
    }

    private static ConfigurableApplicationContext start(String url, String admin, String password) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=prod",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--spring.jmx.enabled=false",
                "--camunda.bpm.process-engine-name=prod-start", "--camunda.bpm.job-execution.enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=9",
                "--fruition.attachments.directory=target/prod-attachments"));
        args.add("--fruition.admin.username=" + admin);
        args.add("--fruition.admin.password=" + password);
        return new SpringApplicationBuilder(FruitionApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
