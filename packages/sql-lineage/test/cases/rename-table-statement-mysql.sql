-- dialect: mysql
-- RENAME TABLE is a move, like ALTER TABLE ... RENAME TO: what the script wrote as `stage_new` moves to
-- `orders`. Renaming a table the script did not write is metadata: no lineage (`old_orders`).
-- expect sources: raw_orders
-- expect targets: orders
-- expect intermediates: -
-- expect statements: create_table_as, rename_table
-- expect edge: raw_orders.id -> orders.id
CREATE TABLE stage_new AS SELECT id FROM raw_orders;
RENAME TABLE orders TO old_orders, stage_new TO orders;
