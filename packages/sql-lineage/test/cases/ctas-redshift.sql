-- dialect: redshift
-- expect sources: public.events
-- expect targets: public.daily
-- expect statements: create_table_as
-- expect edge: public.events.ts -> public.daily.day
-- expect edge: public.events.id -> public.daily.n
-- expect indirect: public.events.ts -> public.daily.n
CREATE TABLE public.daily AS
SELECT date_trunc('day', ts) AS day, count(id) AS n
FROM public.events
GROUP BY 1
