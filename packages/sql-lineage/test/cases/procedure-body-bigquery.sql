-- dialect: bigquery
-- expect sources: ds.tab1
-- expect targets: ds.tab2
CREATE PROCEDURE ds.proc1()
BEGIN
  INSERT INTO ds.tab2 (col1)
  SELECT col1 FROM ds.tab1;
END
