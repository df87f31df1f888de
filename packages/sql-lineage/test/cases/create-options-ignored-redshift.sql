-- dialect: redshift
-- expect sources: customer, orders
-- expect targets: mv_total_orders
-- expect edge: orders.amount -> mv_total_orders.total_amount
-- expect edge: customer.cust_id -> mv_total_orders.cust_id
CREATE MATERIALIZED VIEW mv_total_orders
AUTO REFRESH YES
AS
SELECT c.cust_id, sum(o.amount) AS total_amount
FROM orders o JOIN customer c ON c.cust_id = o.customer_id
GROUP BY c.cust_id;
