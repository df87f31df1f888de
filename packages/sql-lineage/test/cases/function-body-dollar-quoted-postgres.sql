-- dialect: postgres
-- expect sources: public.b
-- expect targets: public.a
-- expect edge: public.b.x -> public.a.x
CREATE OR REPLACE FUNCTION public.load_a() RETURNS void AS $$
BEGIN
  INSERT INTO public.a (x) SELECT x FROM public.b;
END;
$$ LANGUAGE plpgsql;
