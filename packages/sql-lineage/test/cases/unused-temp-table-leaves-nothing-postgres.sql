-- dialect: postgres
-- A temporary table nothing reads vanishes with the session: what filled it reaches no output, so it is not
-- a source of the script (a plain SELECT's tables are: its result is an output).
-- expect sources: b
-- expect targets: -
-- expect intermediates: used
CREATE TEMP TABLE unused AS SELECT id FROM a;
CREATE TEMP TABLE used AS SELECT id FROM b;
SELECT id FROM used;
