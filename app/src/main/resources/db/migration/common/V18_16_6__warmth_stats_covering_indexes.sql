-- The 送温暖统计表 (ReportRepository.warmthStats) aggregates every visit of one campaign joined to its recipient. At
-- city scale (1,000,000 recipients, 796,000 visits in one campaign) H2 fetched each visit's whole row through the
-- campaign index and then each recipient's row by key, in visit order: random row reads over tables far larger
-- than H2's 64 MB page cache (13.9 s). This index holds every visit column that query reads, so the campaign's visits
-- are one range of it (campaign_id, deleted_at first: the WHERE's equality conditions) without reading a visit row
-- (H2 reads a covering index without the table row; PostgreSQL can scan it index-only), in recipient order, so the
-- join reads the recipients forward, each page once.
-- No second index on recipient(id, deleted_at, category): H2 2.3 then took it for the register's
-- "WHERE id IN (…) ORDER BY id DESC" and handed the rows back in ascending order (RegisterPagingTest), and in
-- recipient order the key lookups cost about the same.
-- Portable (a plain multi-column B-tree index); issue 16, ADR 16-6. Numbered 18.16.6, not 16.6: a database already
-- at 18.5 would refuse (Flyway's validation) a new migration numbered below the last one applied.
CREATE INDEX visit_stats_idx ON visit(campaign_id, deleted_at, recipient_id, organization_id, hardship_type,
  file_status, cash, goods_value);
