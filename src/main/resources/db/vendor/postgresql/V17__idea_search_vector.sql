-- Full-text search reads a stored text vector instead of computing one per idea while it looks: with an index on an
-- expression, a search whose words match most ideas (and a page ordered newest first) made PostgreSQL compute the
-- vector of idea after idea. The column is generated, so it always follows the idea's text.
alter table idea add column search_vector tsvector generated always as (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposal, ''))
) stored;
drop index ix_idea_full_text;
create index ix_idea_search_vector on idea using gin (search_vector);
