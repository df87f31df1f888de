-- dialect: ansi
-- expect sources: tab1, tab2
-- expect error: partial_parse at 4:36
SELECT * FROM tab1 CROSS JOIN tab2 ON tab1.col1 = tab2.col2
