-- dialect: bigquery
-- expect sources: proj.ds.orders
-- expect edge: proj.ds.orders.id -> (result).id
-- expect edge: proj.ds.orders.items -> (result).item
SELECT o.id, item FROM `proj.ds.orders` AS o, UNNEST(o.items) AS item
