-- dialect: ansi
-- TRUNCATE and ALTER TABLE (other than RENAME / SWAP) change a table in place: it is a target, with no
-- source of its own.
-- expect sources: s
-- expect targets: a, b, c
-- expect statements: insert, truncate, alter_table, alter_table
-- expect edge: s.x -> a.x
INSERT INTO a SELECT x FROM s;
TRUNCATE TABLE b;
ALTER TABLE b ADD COLUMN y INT;
ALTER TABLE c SET TBLPROPERTIES ('owner' = 'etl');
