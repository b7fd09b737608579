package io.fruition.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.fruition.admin.AuditLog;
import io.fruition.admin.People;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.support.Http;
import io.fruition.support.Webapps;

/**
 * Guessing a password is slowed on every way in: a few wrong passwords for an account from one address, and
 * the next attempt is answered 429 with Retry-After before any password is checked, even the right one; after
 * the wait the right password works again. Each refusal is in the audit log, the password never.
 * (The tests' addresses are all localhost, so the per-address limit is raised for them; SignInThrottleTest
 * checks it.)
 */
abstract class SignInThrottlingScenarios {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "right-horse-battery";
    private static final String WRONG = "wrong-horse-battery";

    @Autowired
    People people;
    @Autowired
    AuditLog audit;
    @LocalServerPort
    int port;

    /** One sign-in attempt on a route: its HTTP status and Retry-After, if any. */
    record Answer(int status, String retryAfter) {
    }

    @Test
    void http_basic_on_the_json_api() throws Exception {
        slowsGuessing(user -> password -> answer(basic(user, password, "/api/ideas")));
    }

    @Test
    void http_basic_on_the_engines_rest_api() throws Exception {
        slowsGuessing(user -> password -> answer(basic(user, password, "/engine-rest/task")));
    }

    @Test
    void the_sign_in_form() throws Exception {
        slowsGuessing(user -> password -> {
            Http.Response response = new Http(port).form(null, "/login", Map.of("username", user, "password", password),
                    Map.of());
            // The form answers a redirect: to the sign-in page with an error, or into the application.
            int status = response.status() == 302 ? (response.header("Location").orElse("").contains("error") ? 401 : 200)
                    : response.status();
            return new Answer(status, response.header("Retry-After").orElse(null));
        });
    }

    @Test
    void camundas_webapp_sign_in() throws Exception {
        slowsGuessing(user -> password -> answer(Webapps.signIn(port, "tasklist", user, password).signInAnswer()));
    }

    private void slowsGuessing(Function<String, Function<String, Answer>> signIn) throws Exception {
        String user = "throttled-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        people.createUser("admin", user, "Tess Throttled", null, PASSWORD, false);
        people.setMember("admin", "NG", user, Side.PARTNER, Set.of(PartnershipRole.SUBMITTER));
        Function<String, Answer> attempt = signIn.apply(user);

        assertThat(attempt.apply(PASSWORD).status()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(attempt.apply(WRONG).status()).as("wrong password " + i).isEqualTo(401);
        }
        Answer throttled = attempt.apply(PASSWORD);
        assertThat(throttled.status()).as("even the right password waits now").isEqualTo(429);
        assertThat(throttled.retryAfter()).isNotNull();
        long wait = Long.parseLong(throttled.retryAfter());
        assertThat(wait).isBetween(1L, 2L);

        Thread.sleep(wait * 1000 + 200);
        assertThat(attempt.apply(PASSWORD).status()).as("after the wait, the real user signs in").isEqualTo(200);

        List<AuditLog.Entry> entries = audit.latest("Account " + user, 20);
        // Newest first. The last sign-in needed no new check of the password (it was verified minutes ago).
        assertThat(entries).extracting(AuditLog.Entry::action).containsSubsequence(
                "Sign-in throttled: too many failures", "Sign-in refused: wrong user name or password", "Signed in");
        assertThat(entries).filteredOn(e -> e.action().startsWith("Sign-in refused")).hasSize(5);
        assertThat(entries).allSatisfy(e -> assertThat(String.join(" ", e.subject(), String.valueOf(e.before()),
                String.valueOf(e.after()))).doesNotContain(WRONG).doesNotContain(PASSWORD).contains("address"));
    }

    private Http.Response basic(String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        return new Http(port).send(null, "GET", path, Map.of("Authorization", "Basic " + credentials), null);
    }

    private static Answer answer(Http.Response response) {
        return new Answer(response.status(), response.header("Retry-After").orElse(null));
    }
}
