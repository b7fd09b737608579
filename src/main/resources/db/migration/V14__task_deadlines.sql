-- The due dates of the lifecycle's other tasks, in working days, were fixed numbers in the BPMN; each partnership
-- now sets them with its other deadlines (the defaults are the numbers the BPMN had).
alter table partnership add column estimate_days         integer not null default 10;
alter table partnership add column chair_decision_days   integer not null default 3;
alter table partnership add column sponsor_decision_days integer not null default 5;
alter table partnership add column delivery_plan_days    integer not null default 5;
alter table partnership add column acceptance_days       integer not null default 10;
alter table partnership add column benefit_record_days   integer not null default 10;
