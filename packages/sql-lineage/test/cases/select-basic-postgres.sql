-- dialect: postgres
-- default_schema: public
-- expect sources: public.orders
-- expect targets: -
-- expect edge: public.orders.id -> (result).id
-- expect edge: public.orders.amount -> (result).total
-- expect indirect: public.orders.status -> (result).id
SELECT id, amount AS total FROM orders WHERE status = 'paid'
