-- dialect: duckdb
-- expect sources: main.orders
-- expect edge: main.orders.id -> (result).id
WITH orders AS (SELECT id FROM main.orders WHERE id > 0)
SELECT id FROM orders
