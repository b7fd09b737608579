-- The portfolio's time in each stage: a partnership's finished visits of some steps, in a period.
create index ix_step_visit_stage on step_visit (tenant, activity_id, started_at);
