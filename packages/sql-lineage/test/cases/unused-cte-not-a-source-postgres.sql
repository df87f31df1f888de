-- dialect: postgres
-- expect sources: other
WITH test_orders AS (SELECT * FROM a AS a)
SELECT * FROM other
