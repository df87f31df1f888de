-- dialect: snowflake
-- schema: {"db.s.a": ["id", "x"], "db.s.b": ["id", "y"]}
-- expect edge: db.s.a.id -> (result).id
-- expect edge: db.s.a.x -> (result).x
-- expect edge: db.s.b.y -> (result).y
SELECT a.*, b.y FROM db.s.a JOIN db.s.b ON a.id = b.id
