package io.fruition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.admin.AuditLog;
import io.fruition.admin.People;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.support.Http;

/**
 * Personal API tokens: made once and shown once, kept as a digest, used as a bearer token on /api and
 * /engine-rest with the owner's rights, last use recorded, refused at once when revoked, expired or when the owner
 * is deactivated; administrators see and revoke any; every step in the audit log.
 */
public abstract class ApiTokenScenarios {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    People people;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void a_token_acts_as_its_owner_on_the_api_and_the_engine_and_its_use_is_recorded() {
        ApiTokens.Created made = tokens.create("pat", "Service desk " + System.nanoTime(), LocalDate.now().plusDays(30));

        Http.Response ideas = bearer(made.secret(), "/api/ideas?size=5");
        Http.Response engine = bearer(made.secret(), "/engine-rest/task");

        assertThat(made.secret()).startsWith("fru_").hasSizeGreaterThan(40);
        assertThat(ideas.status()).as(ideas.toString()).isEqualTo(200);
        assertThat(ideas.json().path("items")).allSatisfy(i -> assertThat(i.path("number").asText()).startsWith("NG-"));
        assertThat(engine.status()).as(engine.toString()).isEqualTo(200);
        assertThat(bearer(made.secret(), "/api/admin/audit").status()).as("pat's rights, no more").isEqualTo(403);
        ApiToken used = tokens.of("pat").stream().filter(t -> t.id() == made.token().id()).findFirst().orElseThrow();
        assertThat(used.lastUsedAt()).isNotNull();
        assertThat(used.lastUsedAddress()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from api_token where digest = ? or digest = ?")
                .params(made.secret(), ApiTokens.digest(made.secret())).query(Long.class).single())
                .as("only the digest is kept").isEqualTo(1);
        assertThat(jdbc.sql("select digest from api_token where id = ?").param(made.token().id()).query(String.class)
                .single()).isNotEqualTo(made.secret());
        List<AuditLog.Entry> entries = audit.latest(made.token().name(), 10);
        assertThat(entries).extracting(AuditLog.Entry::action)
                .contains("API token made", "API token used from a new address");
        assertThat(entries).allSatisfy(e -> assertThat(e.before() + " " + e.after()).doesNotContain(made.secret()));
    }

    @Test
    void a_revoked_token_is_refused_at_once_on_every_route() {
        ApiTokens.Created made = tokens.create("nora", "Revoked " + System.nanoTime(), LocalDate.now().plusDays(7));
        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(200);

        tokens.revoke("nora", made.token().id());

        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(401);
        assertThat(bearer(made.secret(), "/engine-rest/task").status()).isEqualTo(401);
        assertThat(bearer(made.secret(), "/api/ideas").header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(audit.latest(made.token().name(), 10)).extracting(AuditLog.Entry::action)
                .contains("API token revoked");
    }

    @Test
    void an_expired_token_is_refused() {
        ApiTokens.Created made = tokens.create("nora", "Expired " + System.nanoTime(), LocalDate.now().plusDays(1));
        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(200);

        // Its day has passed.
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), made.token().id()).update();

        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(401);
        assertThat(bearer(made.secret(), "/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void the_tokens_of_a_deactivated_member_stop_working_at_once() {
        String user = "tk-" + Long.toString(System.nanoTime(), 36);
        people.createUser("admin", user, "Token Keeper", null, "secret-pw", false);
        people.setMember("admin", "NG", user, Side.PARTNER, Set.of());
        ApiTokens.Created made = tokens.create(user, "Integration", LocalDate.now().plusDays(30));
        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(200);

        people.deactivate("admin", user, Map.of());

        assertThat(bearer(made.secret(), "/api/ideas").status()).isEqualTo(401);
        assertThat(bearer(made.secret(), "/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void an_unknown_or_malformed_token_is_refused_and_basic_still_works() {
        assertThat(bearer("fru_" + "A".repeat(43), "/api/ideas").status()).isEqualTo(401);
        assertThat(bearer("not-a-token", "/api/ideas").status()).isEqualTo(401);
        assertThat(bearer("", "/api/ideas").status()).isEqualTo(401);
        assertThat(http.get("nora", "/api/ideas").status()).isEqualTo(200);
    }

    @Test
    void administrators_see_and_revoke_any_token_members_only_their_own() {
        ApiTokens.Created pats = tokens.create("pat", "Pat's " + System.nanoTime(), LocalDate.now().plusDays(30));

        assertThat(tokens.all("admin")).extracting(ApiToken::id).contains(pats.token().id());
        assertThatThrownBy(() -> tokens.all("pat")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke("nora", pats.token().id())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.of("nora")).extracting(ApiToken::id).doesNotContain(pats.token().id());
        assertThat(bearer(pats.secret(), "/api/ideas").status()).as("still pat's").isEqualTo(200);

        tokens.revoke("admin", pats.token().id());

        assertThat(bearer(pats.secret(), "/api/ideas").status()).isEqualTo(401);
        assertThat(tokens.of("pat")).filteredOn(t -> t.id() == pats.token().id()).singleElement()
                .satisfies(t -> assertThat(t.revokedBy()).isEqualTo("admin"));
    }

    @Test
    void a_token_needs_a_name_and_an_expiry_within_a_year_and_nothing_is_made_otherwise() {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();

        assertThatThrownBy(() -> tokens.create("pat", " ", LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldProblems()).containsOnlyKeys("name", "expiresOn"));
        assertThatThrownBy(() -> tokens.create("pat", "Too long", LocalDate.now().plusYears(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldProblems()).containsOnlyKeys("expiresOn"));
        assertThatThrownBy(() -> tokens.create("pat", "Never", null)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    private Http.Response bearer(String token, String path) {
        return http.send(null, "GET", path, Map.of("Authorization", "Bearer " + token), null);
    }
}
