-- dialect: ansi
-- expect sources: a, b
-- expect edge: a.x -> (result).x
-- expect error: unresolved_columns at 5:1
SELECT a.x, y FROM a JOIN b ON a.id = b.id
