-- dialect: hive
-- EXCHANGE PARTITION moves the partition's rows from the second table into the first.
-- expect sources: staging.sales
-- expect targets: warehouse.sales
-- expect statements: exchange_partition
-- expect edge: staging.sales.* -> warehouse.sales.*
ALTER TABLE warehouse.sales EXCHANGE PARTITION (ds='2024-01-01') WITH TABLE staging.sales;
