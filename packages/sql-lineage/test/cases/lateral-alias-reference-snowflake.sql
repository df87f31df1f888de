-- dialect: snowflake
-- expect edge: s.t.name -> (result).user_name
-- expect edge: s.t.name -> (result).greeting
SELECT name AS user_name, 'hi ' || user_name AS greeting FROM s.t
