-- dialect: postgres
-- expect sources: -
-- expect edge: -
SELECT g AS n FROM generate_series(1, 10) AS g
