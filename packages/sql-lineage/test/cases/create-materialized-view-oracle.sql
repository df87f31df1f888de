-- dialect: oracle
-- expect sources: hr.employees
-- expect targets: hr.dept_costs
-- expect statements: create_materialized_view
-- expect edge: hr.employees.department_id -> hr.dept_costs.department_id
-- expect edge: hr.employees.salary -> hr.dept_costs.total
CREATE MATERIALIZED VIEW hr.dept_costs AS
SELECT department_id, SUM(salary) AS total FROM HR.EMPLOYEES GROUP BY department_id
