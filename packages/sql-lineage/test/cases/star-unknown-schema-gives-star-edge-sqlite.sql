-- dialect: sqlite
-- expect sources: src
-- expect targets: dst
-- expect edge: src.* -> dst.*
INSERT INTO dst SELECT * FROM src
