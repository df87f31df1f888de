-- dialect: postgres
-- expect sources: mart.orders
SET search_path TO mart;
SELECT id FROM orders;
