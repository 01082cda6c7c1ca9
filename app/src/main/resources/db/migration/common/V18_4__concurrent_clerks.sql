-- Several clerks on one server (issue 18.4, docs/decisions/18-4-concurrent-clerks.md).
--
-- The double-payment guard as a constraint: guard_slot is 1 on a live visit in a campaign saved WITHOUT a 重复慰问
-- reason, NULL on every other visit (a reason given, soft-deleted, no campaign). Unique together with recipient,
-- campaign and 帮扶类别, it lets at most one reason-less visit per (person, campaign, kind) exist: two clerks saving
-- the same one at the same moment cannot both get in, whatever their checks read before. NULLs are distinct in a
-- unique index on H2 and PostgreSQL alike, so visits with a reason are never held by it. VisitRepository keeps the
-- column (insert, edit, soft delete). The index replaces the guard's plain one of the same name and prefix, so a
-- visit saved maintains no more indexes than before.
ALTER TABLE visit ADD COLUMN guard_slot SMALLINT;
-- Visits recorded before: the earliest reason-less live visit of each (person, campaign, kind) takes the slot; a
-- later reason-less one (possible only in data older than the guard) keeps NULL and is left as it is.
UPDATE visit SET guard_slot = 1
 WHERE campaign_id IS NOT NULL AND deleted_at IS NULL AND duplicate_reason IS NULL
   AND NOT EXISTS (SELECT 1 FROM visit earlier
                    WHERE earlier.recipient_id = visit.recipient_id AND earlier.campaign_id = visit.campaign_id
                      AND earlier.assistance_kind = visit.assistance_kind AND earlier.deleted_at IS NULL
                      AND earlier.duplicate_reason IS NULL AND earlier.id < visit.id);
DROP INDEX visit_guard_idx;
CREATE UNIQUE INDEX visit_guard_idx ON visit(recipient_id, campaign_id, assistance_kind, guard_slot);

-- The outbox on a shared server: which running app took a submission for sending (its worker id, "host/random").
-- At start an app puts back to 待发送 only what its own earlier run left 发送中, or what another app left 发送中 for
-- longer than any send can take; never what another PC is sending right now.
ALTER TABLE submission ADD COLUMN claimed_by VARCHAR(200);
