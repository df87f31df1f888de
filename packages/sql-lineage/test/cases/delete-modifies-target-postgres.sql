-- dialect: postgres
-- DELETE changes its table in place: the table is a target; USING tables and WHERE subqueries decide which
-- rows go, so they are sources. No value flows, so there are no column edges.
-- expect sources: staging.duplicates, staging.blocked
-- expect targets: core.customers
-- expect statements: delete
-- expect edge: -
DELETE FROM core.customers AS c
USING staging.duplicates d
WHERE c.id = d.id OR c.email IN (SELECT email FROM staging.blocked);
