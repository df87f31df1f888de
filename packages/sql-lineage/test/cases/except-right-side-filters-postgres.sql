-- dialect: postgres
-- expect sources: a, b
-- expect edge: a.id -> (result).id
-- expect indirect: b.id -> (result).id
SELECT id FROM a EXCEPT SELECT id FROM b
