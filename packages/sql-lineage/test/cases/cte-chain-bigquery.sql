-- dialect: bigquery
-- expect sources: proj.raw.orders, proj.raw.payments
-- expect targets: -
-- expect edge: proj.raw.orders.order_id -> (result).order_id
-- expect edge: proj.raw.payments.amount -> (result).amount
-- expect indirect: proj.raw.payments.order_id -> (result).amount
WITH orders AS (
  SELECT * FROM `proj.raw.orders`
), paid AS (
  SELECT order_id, SUM(amount) AS amount FROM `proj`.`raw`.`payments` GROUP BY order_id
)
SELECT o.order_id, p.amount
FROM orders AS o
LEFT JOIN paid AS p ON o.order_id = p.order_id
