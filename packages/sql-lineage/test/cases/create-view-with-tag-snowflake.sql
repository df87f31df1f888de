-- dialect: snowflake
-- expect sources: my_db.my_schema.my_table
-- expect targets: my_db.my_schema.my_view
-- expect edge: my_db.my_schema.my_table.id -> my_db.my_schema.my_view.id
CREATE OR REPLACE VIEW my_db.my_schema.my_view
WITH TAG (cost_center = 'engineering')
AS
SELECT id FROM my_db.my_schema.my_table
