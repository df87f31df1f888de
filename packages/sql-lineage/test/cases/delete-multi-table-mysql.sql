-- dialect: mysql
-- MySQL's multi-table DELETE names its targets by alias; the joined table only decides which rows go.
-- expect sources: shop.banned
-- expect targets: shop.orders
-- expect statements: delete
DELETE o FROM shop.orders o JOIN shop.banned b ON o.customer_id = b.customer_id;
