-- dialect: duckdb
-- expect sources: main.orders
SELECT "ID" FROM "Main"."Orders"
