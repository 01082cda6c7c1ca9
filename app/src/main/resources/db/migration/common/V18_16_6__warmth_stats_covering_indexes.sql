-- The 送温暖统计表 (ReportRepository.warmthStats) aggregates every visit of one campaign joined to its recipient. At
-- city scale (1,000,000 recipients, 796,000 visits in one campaign) H2 fetched each visit's whole row through the
-- campaign index and then each recipient's whole row by key: two random row reads per visit over tables far larger
-- than H2's 64 MB page cache (13.9 s). These two indexes hold every column that query reads, so it is answered from
-- them alone (H2 reads a covering index without the table row; PostgreSQL can scan them index-only): the campaign's
-- visits in recipient order (campaign_id, deleted_at first: the WHERE's equality conditions), and per recipient its
-- category and deleted_at, so the join walks the recipient index forward instead of jumping about the table.
-- Portable (plain multi-column B-tree indexes); issue 16, ADR 16-6. Numbered 18.16.6, not 16.6: a database already at
-- 18.5 would refuse (Flyway's validation) a new migration numbered below the last one applied.
CREATE INDEX visit_stats_idx ON visit(campaign_id, deleted_at, recipient_id, organization_id, hardship_type,
  file_status, cash, goods_value);
CREATE INDEX recipient_stats_idx ON recipient(id, deleted_at, category);
