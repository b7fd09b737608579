-- Full-text search over an idea's title, problem and proposal (PostgreSQL: a GIN index on the text vector the
-- search queries use; 'simple' because the partnerships write in more than one language).
create index ix_idea_full_text on idea using gin (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposal, ''))
);
