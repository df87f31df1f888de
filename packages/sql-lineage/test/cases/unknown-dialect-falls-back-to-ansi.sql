-- dialect: klingon
-- expect sources: t
-- expect error: unknown_dialect at 1:1
SELECT a FROM t
