-- The portfolio's time in each stage: a partnership's finished visits of some steps, in a period, read from the
-- index alone (it carries the durations) however long the partnership has run.
create index ix_step_visit_stage on step_visit (tenant, activity_id, started_at)
    include (duration_ms, ended_at, canceled);
