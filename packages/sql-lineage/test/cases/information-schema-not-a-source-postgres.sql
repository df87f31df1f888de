-- dialect: postgres
-- expect sources: -
SELECT table_name FROM information_schema.tables
