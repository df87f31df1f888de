-- dialect: hive
-- expect sources: db.pages
-- expect targets: db.tags
-- expect edge: db.pages.id -> db.tags.page_id
-- expect edge: db.pages.tag_list -> db.tags.tag
INSERT INTO TABLE db.tags
SELECT p.id AS page_id, t.tag
FROM db.pages p LATERAL VIEW explode(p.tag_list) t AS tag
