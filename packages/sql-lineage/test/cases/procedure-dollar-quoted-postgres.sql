-- dialect: postgres
-- expect sources: public.b
-- expect targets: public.a
CREATE PROCEDURE public.load_a() LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO public.a SELECT x FROM public.b;
END
$body$;
