-- dialect: duckdb
-- expect sources: events.parquet
-- expect targets: main.events
-- expect edge: events.parquet.* -> main.events.*
INSERT INTO main.events SELECT * FROM read_parquet('events.parquet')
