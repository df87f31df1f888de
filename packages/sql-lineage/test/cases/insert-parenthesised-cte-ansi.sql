-- dialect: ansi
-- default_schema: ods
-- expect sources: ods.source_a
-- expect targets: ods.target_tab
-- expect edge: ods.source_a.day_id -> ods.target_tab.day_no
-- expect edge: ods.source_a.user_id -> ods.target_tab.user_code
INSERT INTO ods.target_tab (day_no, user_code)
  (WITH tab1 AS (SELECT day_id AS acct_id, user_id AS xxx FROM ods.source_a)
   SELECT acct_id, xxx FROM tab1)
