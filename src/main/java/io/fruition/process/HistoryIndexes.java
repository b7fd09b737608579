package io.fruition.process;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.fruition.shared.Databases;

/**
 * An index of our own on the engine's activity history, for the portfolio's time in each stage: by partnership
 * (tenant) and step, carrying the durations, so that a large history is read from the index alone. The engine
 * creates its tables at start-up, after the application's migrations, hence created here once it has; on
 * PostgreSQL without blocking writes.
 */
@Component
class HistoryIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryIndexes.class);

    private final JdbcClient jdbc;
    private final boolean postgres;

    HistoryIndexes(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        try {
            jdbc.sql(postgres
                    ? "create index concurrently if not exists fruition_hi_actinst_stage on act_hi_actinst"
                            + " (tenant_id_, act_id_, start_time_) include (duration_, end_time_, act_inst_state_)"
                    : "create index if not exists fruition_hi_actinst_stage on act_hi_actinst"
                            + " (tenant_id_, act_id_, start_time_)")
                    .update();
        } catch (RuntimeException e) {
            // Only slower figures without it; never a reason not to start.
            LOG.warn("Could not create the index fruition_hi_actinst_stage on the engine's history: {}", e.getMessage());
        }
    }
}
