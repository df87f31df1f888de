-- dialect: ansi
-- expect sources: tab2
-- expect targets: tab3
-- expect intermediates: tab1
INSERT INTO tab1 SELECT * FROM tab2;
ALTER TABLE tab1 RENAME TO tab3;
