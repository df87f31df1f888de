-- dialect: databricks
-- expect targets: student
-- expect error: partial_parse at 5:1
CREATE TABLE student (id INT, name STRING, age INT)
USING CSV
PARTITIONED BY (age)
