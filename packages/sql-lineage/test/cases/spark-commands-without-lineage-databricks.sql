-- dialect: databricks
-- Session and catalog commands the parser lacks move no data: recognised, no lineage and no parse error.
-- expect sources: -
-- expect targets: -
-- expect statements: refresh_table, add_resource, create_function, show_setting
REFRESH TABLE sales;
ADD JAR /tmp/udfs.jar;
CREATE OR REPLACE TEMPORARY FUNCTION simple_udf AS 'SimpleUdf' USING JAR '/tmp/udfs.jar';
SET spark.sql.variable.substitute;
