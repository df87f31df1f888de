-- dialect: postgres
-- expect sources: public.t
-- expect targets: /tmp/out.csv
-- expect edge: public.t.a -> /tmp/out.csv.a
COPY (SELECT a FROM public.t) TO '/tmp/out.csv'
