-- dialect: postgres
-- default_schema: public
-- expect sources: public.raw
-- expect targets: public.final
-- expect intermediates: public.tmp
-- expect edge: public.raw.a -> public.final.x
-- expect indirect: public.raw.flag -> public.final.x
CREATE TEMPORARY TABLE tmp AS SELECT a FROM raw WHERE flag;
INSERT INTO final (x) SELECT a FROM tmp;
