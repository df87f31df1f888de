-- dialect: postgres
-- expect sources: -
-- expect targets: t
INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')
