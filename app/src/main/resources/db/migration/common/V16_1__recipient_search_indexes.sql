-- The register's search as you type (issue 16) is answered from covering indexes, so that a keystroke never reads
-- the whole register (100,000 rows in a county): a typed number matches the start of the 身份证号 or of the phone,
-- counted over (id_number, deleted_at) and (phone, id_number, deleted_at); a name or 工作单位 matches anywhere, by
-- one scan of (name, employer, deleted_at), far smaller than the table's rows.
CREATE INDEX recipient_id_number_search_idx ON recipient(id_number, deleted_at);
CREATE INDEX recipient_phone_search_idx ON recipient(phone, id_number, deleted_at);
CREATE INDEX recipient_text_idx ON recipient(name, employer, deleted_at);
