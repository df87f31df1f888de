-- dialect: bigquery
-- expect sources: proj.ds.orders
-- expect edge: proj.ds.orders.id -> (result).id
-- expect edge: proj.ds.orders.items -> (result).sku
SELECT o.id, item.sku FROM proj.ds.orders AS o, o.items AS item
