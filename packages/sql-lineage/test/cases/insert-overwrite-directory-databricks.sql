-- dialect: databricks
-- expect sources: tab1
-- expect targets: hdfs://path/to/folder
INSERT OVERWRITE DIRECTORY 'hdfs://path/to/folder' SELECT * FROM tab1
