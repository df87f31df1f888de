-- dialect: snowflake
-- expect sources: @raw_stage/orders/
-- expect targets: db.raw.orders
COPY INTO db.raw.orders FROM @raw_stage/orders/ FILE_FORMAT = (TYPE = CSV)
