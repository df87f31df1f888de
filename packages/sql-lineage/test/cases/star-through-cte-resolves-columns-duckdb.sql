-- dialect: duckdb
-- expect sources: raw.customers
-- expect edge: raw.customers.customer_id -> (result).customer_id
-- expect edge: raw.customers.first_name -> (result).name
WITH c AS (SELECT * FROM raw.customers)
SELECT customer_id, first_name AS name FROM c
