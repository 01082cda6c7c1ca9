-- The double-payment guard asks, per visit saved, for the recipient's visits of the same campaign and
-- 帮扶类别. With only (recipient_id, campaign_id) and (campaign_id, assistance_kind) to choose from, H2 could
-- take the campaign index and scan every visit of the campaign: an imported roster of 10,000 rows spent
-- 80% of its time there. Numbered after 7.1 (not 5.x) so databases already at 7.1 still migrate in order.
CREATE INDEX visit_guard_idx ON visit(recipient_id, campaign_id, assistance_kind);
