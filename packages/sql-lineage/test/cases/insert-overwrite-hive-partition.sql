-- dialect: hive
-- expect sources: db.src
-- expect targets: db.tgt
-- expect statements: insert_overwrite
-- expect edge: db.src.a -> db.tgt.a
-- expect edge: db.src.b -> db.tgt.b
INSERT OVERWRITE TABLE db.tgt PARTITION (dt = '2024-01-01')
SELECT a, b FROM db.src
