-- dialect: snowflake
-- expect sources: stage.customers
-- expect targets: core.customers
-- expect statements: merge
-- expect edge: stage.customers.email -> core.customers.email
-- expect edge: stage.customers.id -> core.customers.id
-- expect indirect: stage.customers.id -> core.customers.email
-- expect indirect: stage.customers.deleted -> core.customers.email
MERGE INTO core.customers t
USING stage.customers s ON t.id = s.id
WHEN MATCHED AND NOT s.deleted THEN UPDATE SET t.email = s.email
WHEN NOT MATCHED THEN INSERT (id, email) VALUES (s.id, s.email)
