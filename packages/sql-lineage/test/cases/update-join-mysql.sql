-- dialect: mysql
-- expect sources: tab2
-- expect targets: tab1
-- expect edge: tab2.col2 -> tab1.col2
UPDATE tab1 a INNER JOIN tab2 b ON a.col1 = b.col1 SET a.col2 = b.col2
