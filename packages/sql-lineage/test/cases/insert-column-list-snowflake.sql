-- dialect: snowflake
-- expect sources: raw.orders
-- expect targets: mart.orders
-- expect edge: raw.orders.id -> mart.orders.order_id
-- expect edge: raw.orders.amount -> mart.orders.amount_usd
-- expect edge: raw.orders.rate -> mart.orders.amount_usd
INSERT INTO MART.ORDERS (ORDER_ID, AMOUNT_USD)
SELECT ID, AMOUNT * RATE FROM RAW.ORDERS
