-- dialect: snowflake
-- expect sources: db.s.src
-- expect targets: db.s.out
-- expect intermediates: -
-- expect edge: db.s.src.c -> db.s.out.c
CREATE TEMPORARY TABLE db.s.tmp AS SELECT c FROM db.s.src;
CREATE TABLE db.s.out AS SELECT c FROM db.s.tmp;
DROP TABLE db.s.tmp;
