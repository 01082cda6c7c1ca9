-- Optimistic locking (issue 18, several clerks on one database): every row a clerk edits carries a version that
-- each update raises by one and checks (UPDATE ... WHERE id = ? AND row_version = ?), and who changed it last, so
-- that a second clerk saving over a change she has not seen is refused with "已被 张三 于 10:32 修改". Portable SQL:
-- the same statements run on H2 and PostgreSQL 15. See docs/decisions/18-2-optimistic-locking.md.
ALTER TABLE recipient ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE hardship_file ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
-- family members are edited as a whole with their 档案 (the file's version guards them); who changed them last:
ALTER TABLE family_member ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE family_member ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE visit ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
-- a campaign's 慰问标准 are edited with it and guarded by its version
ALTER TABLE campaign ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE fund_raised ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE fund_raised ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE fund_raised ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE setting ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE setting ADD COLUMN updated_by VARCHAR(64);
