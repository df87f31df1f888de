-- dialect: postgres
-- expect sources: public.orders, public.refunds
-- expect edge: public.orders.id -> (result).id
-- expect indirect: public.refunds.order_id -> (result).id
SELECT o.id FROM public.orders o
WHERE NOT EXISTS (SELECT 1 FROM public.refunds r WHERE r.order_id = o.id)
