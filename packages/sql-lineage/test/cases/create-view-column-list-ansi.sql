-- dialect: ansi
-- expect sources: s.t
-- expect targets: s.v
-- expect statements: create_view
-- expect edge: s.t.a -> s.v.x
-- expect edge: s.t.b -> s.v.y
CREATE VIEW s.v (x, y) AS SELECT a, b FROM s.t
