-- dialect: snowflake
-- expect sources: raw.public.orders, analytics.staging.customers
-- expect targets: analytics.mart.orders
USE DATABASE raw;
USE SCHEMA public;
CREATE TEMPORARY TABLE o AS SELECT * FROM orders;
USE SCHEMA analytics.mart;
INSERT INTO orders SELECT o.id, c.name FROM raw.public.o o JOIN staging.customers c ON c.id = o.customer_id;
