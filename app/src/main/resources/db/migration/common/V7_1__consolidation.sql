-- 汇总 (issue 7): the table's title as the township named it, and the township's campaign name normalised
-- (trimmed, full-width folded, spaces removed) so that one 匹配 applies to every waiting submission of that name.
ALTER TABLE received_submission ADD COLUMN table_title VARCHAR(200);
ALTER TABLE received_submission ADD COLUMN campaign_key VARCHAR(200);
CREATE INDEX received_submission_campaign_key_idx ON received_submission(campaign_key);
CREATE INDEX received_submission_supersedes_idx ON received_submission(supersedes);
CREATE INDEX received_file_submission_idx ON received_file(received_submission_id);
