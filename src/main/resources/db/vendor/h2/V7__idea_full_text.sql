-- H2, the embedded default, has no text-vector index type; searches there scan the partnership's ideas, which
-- the (partnership_id, status) and (partnership_id, created_at) indexes keep small. Title lookups get an index.
create index ix_idea_title on idea (partnership_id, title);
