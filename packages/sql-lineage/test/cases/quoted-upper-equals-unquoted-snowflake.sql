-- dialect: snowflake
-- expect sources: db.s.orders, db.s.MixedCase
SELECT * FROM "DB"."S"."ORDERS", db.s."MixedCase"
