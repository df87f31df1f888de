-- dialect: mysql
-- expect edge: db.t.city -> (result).c
-- expect edge: db.t.amount -> (result).total
-- expect indirect: db.t.city -> (result).total
-- expect indirect: db.t.amount -> (result).c
SELECT city AS c, SUM(amount) AS total FROM db.t GROUP BY c HAVING SUM(amount) > 10
