-- dialect: postgres
-- expect sources: org.employees
-- expect targets: org.chain
-- expect edge: org.employees.id -> org.chain.id
-- expect edge: org.employees.manager_id -> org.chain.manager_id
-- expect edge: org.employees.name -> org.chain.name
INSERT INTO org.chain (id, manager_id, name)
WITH RECURSIVE chain AS (
  SELECT id, manager_id, name FROM org.employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.manager_id, e.name FROM org.employees e JOIN chain c ON e.manager_id = c.id
)
SELECT id, manager_id, name FROM chain
