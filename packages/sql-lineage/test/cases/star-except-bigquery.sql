-- dialect: bigquery
-- schema: {"p.d.t": ["a", "b", "c"]}
-- expect edge: p.d.t.a -> (result).a
-- expect edge: p.d.t.c -> (result).c
SELECT * EXCEPT (b) FROM p.d.t
