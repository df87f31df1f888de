-- dialect: snowflake
-- expect sources: db.s.events
-- expect edge: db.s.events.user_id -> (result).user_id
-- expect edge: db.s.events.ts -> (result).ts
-- expect indirect: db.s.events.ts -> (result).user_id
SELECT user_id, ts FROM db.s.events
QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY ts DESC) = 1
