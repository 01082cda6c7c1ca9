-- The audit entries' JSON (before_data, after_data) was a CLOB: H2 keeps a CLOB longer than 256 bytes out of the
-- row, in its LOB store, and every entry written went through it (a LOB-store write and ~70 KB of garbage per
-- entry: half of a 10,000-row visit import's time, issue 16). CHARACTER VARYING without a length is stored in the
-- row on both engines: on H2 up to 1,000,000,000 characters, on PostgreSQL unbounded like the TEXT it was.
ALTER TABLE audit_log ALTER COLUMN before_data SET DATA TYPE CHARACTER VARYING;
ALTER TABLE audit_log ALTER COLUMN after_data SET DATA TYPE CHARACTER VARYING;
