-- dialect: mysql
-- schema: {"shop.dst": ["a", "b"]}
-- expect sources: shop.src
-- expect targets: shop.dst
-- expect edge: shop.src.x -> shop.dst.a
-- expect edge: shop.src.y -> shop.dst.b
INSERT INTO shop.dst SELECT x, y FROM shop.src
