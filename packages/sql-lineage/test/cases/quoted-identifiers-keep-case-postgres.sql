-- dialect: postgres
-- expect sources: Sales.Orders, public.lower_case
-- expect edge: Sales.Orders.OrderId -> (result).OrderId
-- expect edge: public.lower_case.x -> (result).x
SELECT o."OrderId", l.x FROM "Sales"."Orders" o, PUBLIC.LOWER_CASE l
