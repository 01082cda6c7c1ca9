-- Outbox (issue 6): the table's title for the 上报 list, the transport settings a permanent failure was
-- seen with (a change of settings lets it try again), and when the last attempt started.
ALTER TABLE submission ADD COLUMN table_title VARCHAR(200);
ALTER TABLE submission ADD COLUMN settings_version VARCHAR(64);
ALTER TABLE submission ADD COLUMN last_attempt_at TIMESTAMP;
CREATE INDEX submission_due_idx ON submission(state, next_attempt_at);
