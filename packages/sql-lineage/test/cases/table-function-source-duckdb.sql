-- dialect: duckdb
-- expect sources: -
-- expect targets: main.events
INSERT INTO main.events SELECT * FROM read_parquet('events.parquet')
