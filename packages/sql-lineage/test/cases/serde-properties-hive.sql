-- dialect: hive
-- SERDEPROPERTIES hold regexes whose backslash escapes the parser misreads; the clause says nothing about
-- lineage, so the statement is parsed without it (no parse error).
-- expect sources: weblogs.raw
-- expect targets: weblogs.apachelog
-- expect statements: create_table, insert
-- expect edge: weblogs.raw.host -> weblogs.apachelog.host
-- expect edge: weblogs.raw.request -> weblogs.apachelog.request
-- expect edge: weblogs.raw.status -> weblogs.apachelog.status
CREATE TABLE weblogs.apachelog (host STRING, request STRING, status STRING)
ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe'
WITH SERDEPROPERTIES (
  "input.regex" = "([^ ]*) (-|\\[^\\]*\\]) ([^ \"]*|\"[^\"]*\")"
)
STORED AS TEXTFILE
TBLPROPERTIES ("skip.header.line.count" = "1");
INSERT INTO weblogs.apachelog SELECT host, request, status FROM weblogs.raw;
