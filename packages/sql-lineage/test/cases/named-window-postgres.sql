-- dialect: postgres
-- expect edge: public.t.a -> (result).running
-- expect edge: public.t.b -> (result).running
-- expect edge: public.t.c -> (result).running
SELECT sum(a) OVER w AS running FROM public.t WINDOW w AS (PARTITION BY b ORDER BY c)
