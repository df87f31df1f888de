-- dialect: databricks
-- expect sources: cat.sch.events
-- expect targets: cat.sch.ranked
-- expect edge: cat.sch.events.user_id -> cat.sch.ranked.user_id
-- expect edge: cat.sch.events.user_id -> cat.sch.ranked.rn
-- expect edge: cat.sch.events.ts -> cat.sch.ranked.rn
INSERT OVERWRITE cat.sch.ranked
SELECT user_id, row_number() OVER (PARTITION BY user_id ORDER BY ts DESC) AS rn
FROM cat.sch.events
