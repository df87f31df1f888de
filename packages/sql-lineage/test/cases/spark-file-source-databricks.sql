-- dialect: databricks
-- expect sources: /data/events/
SELECT * FROM parquet.`/data/events/`
