-- Every visit of a step of an idea's processes (lifecycle and delivery), kept by Fruition for the life of the
-- partnership: the idea's timeline, its diagram and the portfolio's time in each stage read these, not the
-- engine's history, which the engine's history cleanup removes a year after an idea's process ends.
-- process.StepVisits writes them in the engine's own transactions; V11_1 copies what the engine already knows.
create table step_visit (
    activity_instance_id    varchar(64)  primary key,
    idea_number             varchar(40),
    tenant                  varchar(64),
    process_definition_key  varchar(255) not null,
    process_definition_id   varchar(64)  not null,
    process_instance_id     varchar(64)  not null,
    activity_id             varchar(255) not null,
    activity_type           varchar(64)  not null,
    name                    varchar(255),
    assignee                varchar(255),
    task_id                 varchar(64),
    started_at              timestamp    not null,
    ended_at                timestamp,
    due_at                  timestamp,
    duration_ms             bigint,
    canceled                boolean      not null default false
);
create index ix_step_visit_idea on step_visit (idea_number, started_at);
create index ix_step_visit_instance on step_visit (process_instance_id);

-- The index on the engine's history that the portfolio read before (HistoryIndexes) is no longer needed.
drop index if exists fruition_hi_actinst_stage;
