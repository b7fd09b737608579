package io.fruition.process.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 11.1: the step visits the engine's history already holds, copied once into step_visit when Fruition
 * is upgraded to keep them itself (V11 creates the table). On a new database the engine has no tables yet (it
 * creates them after the migrations) and there is nothing to copy.
 */
@Component
class StepVisitsFromHistory implements JavaMigration {

    static final String COPY = """
            insert into step_visit (activity_instance_id, idea_number, tenant, process_definition_key,
                process_definition_id, process_instance_id, activity_id, activity_type, name, assignee, task_id,
                started_at, ended_at, due_at, duration_ms, canceled)
            select a.id_, p.business_key_, a.tenant_id_, a.proc_def_key_, a.proc_def_id_, a.proc_inst_id_, a.act_id_,
                a.act_type_, coalesce(t.name_, a.act_name_), coalesce(t.assignee_, a.assignee_), a.task_id_,
                a.start_time_, a.end_time_, t.due_date_, a.duration_, case when a.act_inst_state_ = 2 then true else false end
            from act_hi_actinst a
            left join act_hi_procinst p on p.id_ = a.proc_inst_id_
            left join act_hi_taskinst t on t.id_ = a.task_id_
            where a.proc_def_key_ is not null
              and not exists (select 1 from step_visit s where s.activity_instance_id = a.id_)""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11.1");
    }

    @Override
    public String getDescription() {
        return "step visits from the engine's history";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        copy(context.getConnection());
    }

    /** Copies what is not copied yet; the number of visits copied. */
    static int copy(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet engine = statement.executeQuery(
                    "select count(*) from information_schema.tables where lower(table_name) = 'act_hi_actinst'")) {
                engine.next();
                if (engine.getInt(1) == 0) {
                    return 0;
                }
            }
            return statement.executeUpdate(COPY);
        }
    }
}
