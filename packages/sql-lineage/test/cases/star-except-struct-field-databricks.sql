-- dialect: databricks
-- `* EXCEPT (col.field)` drops a field of a struct column; the column itself is still selected.
-- expect sources: raw.events
-- expect targets: mart.events
-- expect edge: raw.events.id -> mart.events.id
-- expect edge: raw.events.payload -> mart.events.payload
-- expect no-edge: raw.events.secret -> mart.events.secret
INSERT INTO mart.events
SELECT * EXCEPT (payload.token, secret)
FROM (SELECT id, payload, secret FROM raw.events) e
