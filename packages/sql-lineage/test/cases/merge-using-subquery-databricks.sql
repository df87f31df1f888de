-- dialect: databricks
-- expect sources: cat.raw.events
-- expect targets: cat.core.latest
-- expect edge: cat.raw.events.v -> cat.core.latest.v
-- expect edge: cat.raw.events.k -> cat.core.latest.k
MERGE INTO cat.core.latest AS t
USING (SELECT k, max(v) AS v FROM cat.raw.events GROUP BY k) AS s
ON t.k = s.k
WHEN MATCHED THEN UPDATE SET v = s.v
WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v)
