-- dialect: trino
-- expect sources: lake.orders
-- expect edge: lake.orders.id -> (result).id
-- expect edge: lake.orders.tags -> (result).tag
SELECT o.id, u.tag FROM lake.orders o CROSS JOIN UNNEST(o.tags) AS u(tag)
