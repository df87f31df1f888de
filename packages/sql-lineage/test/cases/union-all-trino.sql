-- dialect: trino
-- expect sources: hive.a.t1, hive.a.t2
-- expect targets: hive.a.u
-- expect edge: hive.a.t1.x -> hive.a.u.x
-- expect edge: hive.a.t2.y -> hive.a.u.x
INSERT INTO hive.a.u
SELECT x FROM hive.a.t1
UNION ALL
SELECT y FROM hive.a.t2
