-- How long after a missed progress report its escalation follows the reminder was a fixed 3 days in the code; each
-- partnership now sets it with its other deadlines (the default is the number the code had).
alter table partnership add column report_escalation_days integer not null default 3;
