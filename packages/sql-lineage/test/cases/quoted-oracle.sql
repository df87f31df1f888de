-- dialect: oracle
-- expect sources: hr.employees, hr.MixedCase
SELECT e.last_name FROM "HR"."EMPLOYEES" e JOIN hr."MixedCase" m ON m.id = e.id
