-- dialect: snowflake
-- expect edge: db.s.t.id -> (result).id
-- expect edge: db.s.t.x -> (result).y
-- expect edge: db.s.t.z -> (result).z
-- expect edge: db.s.t.id -> (result).z
WITH d AS (SELECT id, x, z FROM db.s.t)
SELECT * REPLACE (z + id AS z) RENAME (x AS y) FROM d
