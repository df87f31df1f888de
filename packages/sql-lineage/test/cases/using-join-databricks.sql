-- dialect: databricks
-- expect sources: a, b
-- expect edge: a.k -> (result).k
-- expect edge: b.k -> (result).k
-- expect indirect: b.k -> (result).k
SELECT k FROM a JOIN b USING (k)
