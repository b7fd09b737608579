package io.fruition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.fruition.support.FruitionPostgresTest;

/** The same scenarios as on H2, on a real PostgreSQL 17 that the test starts itself. */
@FruitionPostgresTest
class ApplicationPostgresIT extends ApplicationScenarios {

    @Test
    void the_database_really_is_postgresql_17() {
        String version = new JdbcTemplate(dataSource).queryForObject("select version()", String.class);
        assertThat(version).startsWith("PostgreSQL 17");
    }
}
