-- dialect: snowflake
-- expect sources: db.s.b
-- expect targets: db.s.a
BEGIN
  INSERT INTO db.s.a SELECT x FROM db.s.b;
END
