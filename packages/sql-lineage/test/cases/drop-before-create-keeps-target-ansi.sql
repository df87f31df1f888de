-- dialect: ansi
-- expect sources: s
-- expect targets: t
DROP TABLE IF EXISTS t;
CREATE TABLE t AS SELECT a FROM s;
