-- dialect: postgres
-- expect sources: a
-- expect targets: b
-- expect error: parse_error at 6:1
INSERT INTO b SELECT x FROM a;
SELEC x FROM y;
