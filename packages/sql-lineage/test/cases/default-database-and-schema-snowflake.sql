-- dialect: snowflake
-- default_database: analytics
-- default_schema: public
-- expect sources: analytics.public.a, analytics.other.b, db2.s.c
SELECT 1 FROM a, other.b, db2.s.c
