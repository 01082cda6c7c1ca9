-- Operator accounts on the shared office server (issue 18, point 3): each clerk signs in with her own name and
-- password, checked against a slow salted hash (BCrypt, from spring-security-crypto: "$2a$12$" + salt + hash,
-- 60 characters). The embedded H2 folder keeps its single database password; there the columns stay empty.
-- role: ADMINISTRATOR adds operators, resets their passwords and disables them; CLERK does the daily work.
-- active (version 1) is what 停用 turns off: a disabled operator cannot sign in, her name stays in the 操作日志.
-- Portable SQL: the same statements run on H2 and PostgreSQL 15.
ALTER TABLE operator ADD COLUMN password_hash VARCHAR(100);
ALTER TABLE operator ADD COLUMN role VARCHAR(16) DEFAULT 'CLERK' NOT NULL;
ALTER TABLE operator ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE operator ADD COLUMN changed_by VARCHAR(64);
