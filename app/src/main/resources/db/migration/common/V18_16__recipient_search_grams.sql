-- The register's name search at city scale (issue 16, ADR 16-5): a name is found by any part of it through an
-- index lookup instead of a scan of every name. recipient_gram holds each recipient's distinct 1- and 2-character
-- pieces of the name (王建国: 王 建 国 王建 建国) with the row's 回收站 state; a typed 1 or 2 characters is one range
-- of its key (the count and the newest page from the index), longer text is checked against the rows of its rarest
-- 2-character piece. The app keeps it in the same transaction as every insert, edit, delete and restore of a
-- recipient (RecipientSearchIndex); this migration fills it for the rows already there.
-- 工作单位 are few and shared by many: recipient_employer holds each distinct one (a typed text is matched against
-- that short list, the matching people are then an index range of recipient(employer, deleted_at)).
-- Portable SQL (H2 and PostgreSQL): names are at most 64 characters (recipient.name VARCHAR(64)), hence 1..64.
CREATE TABLE recipient_gram (
  gram         VARCHAR(2) NOT NULL,
  deleted      BOOLEAN NOT NULL,
  recipient_id BIGINT NOT NULL,
  PRIMARY KEY (gram, deleted, recipient_id)
);
-- no foreign key and no index by recipient: each would be one more index entry per piece on every insert (an import
-- writes ~6 pieces a person); a recipient is never deleted for good, and its pieces are found by its name's pieces

-- every recipient also has the empty piece '': the 回收站's people are one key range ('', TRUE), so a 身份证号 prefix held
-- by nearly everyone (3401) is counted around its range without a scan (RecipientSearchIndex.countAliveIdNumbersFrom)
INSERT INTO recipient_gram (gram, deleted, recipient_id) SELECT '', deleted_at IS NOT NULL, id FROM recipient;
-- a piece is written once per name: only where it first occurs (王芳芳: 芳 once)
INSERT INTO recipient_gram (gram, deleted, recipient_id)
SELECT SUBSTRING(r.name FROM p.n FOR 1), r.deleted_at IS NOT NULL, r.id
  FROM recipient r JOIN (VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17),(18),(19),(20),(21),(22),(23),(24),(25),(26),(27),(28),(29),(30),(31),(32),(33),(34),(35),(36),(37),(38),(39),(40),(41),(42),(43),(44),(45),(46),(47),(48),(49),(50),(51),(52),(53),(54),(55),(56),(57),(58),(59),(60),(61),(62),(63),(64)) AS p(n) ON p.n <= CHAR_LENGTH(r.name)
 WHERE POSITION(SUBSTRING(r.name FROM p.n FOR 1) IN r.name) = p.n;
INSERT INTO recipient_gram (gram, deleted, recipient_id)
SELECT SUBSTRING(r.name FROM p.n FOR 2), r.deleted_at IS NOT NULL, r.id
  FROM recipient r JOIN (VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17),(18),(19),(20),(21),(22),(23),(24),(25),(26),(27),(28),(29),(30),(31),(32),(33),(34),(35),(36),(37),(38),(39),(40),(41),(42),(43),(44),(45),(46),(47),(48),(49),(50),(51),(52),(53),(54),(55),(56),(57),(58),(59),(60),(61),(62),(63),(64)) AS p(n) ON p.n < CHAR_LENGTH(r.name)
 WHERE POSITION(SUBSTRING(r.name FROM p.n FOR 2) IN r.name) = p.n;

CREATE TABLE recipient_employer (
  employer VARCHAR(200) PRIMARY KEY
);
INSERT INTO recipient_employer (employer) SELECT DISTINCT employer FROM recipient WHERE employer IS NOT NULL;
CREATE INDEX recipient_employer_idx ON recipient(employer, deleted_at);
-- V16_1's scan of every name is no longer what typing does: its index goes (each insert maintains one index less)
DROP INDEX recipient_text_idx;
