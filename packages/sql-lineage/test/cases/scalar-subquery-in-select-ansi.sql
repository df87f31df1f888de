-- dialect: ansi
-- expect sources: c, o
-- expect edge: c.id -> (result).id
-- expect edge: o.amount -> (result).spent
-- expect indirect: o.customer_id -> (result).spent
SELECT c.id, (SELECT SUM(o.amount) FROM o WHERE o.customer_id = c.id) AS spent FROM c
