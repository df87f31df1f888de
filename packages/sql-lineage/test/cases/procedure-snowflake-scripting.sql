-- dialect: snowflake
-- expect sources: db.s.src
-- expect targets: db.s.dst
CREATE OR REPLACE PROCEDURE db.s.load() RETURNS VARCHAR LANGUAGE SQL AS
$$
BEGIN
  INSERT INTO db.s.dst SELECT id FROM db.s.src;
  RETURN 'done';
END
$$;
