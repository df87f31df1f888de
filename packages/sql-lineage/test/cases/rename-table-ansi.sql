-- dialect: ansi
-- A rename moves what the script wrote under the old name to the new one; the old name is gone.
-- expect sources: tab2
-- expect targets: tab3
-- expect intermediates: -
-- expect edge: tab2.* -> tab3.*
INSERT INTO tab1 SELECT * FROM tab2;
ALTER TABLE tab1 RENAME TO tab3;
