-- dialect: postgres
-- expect sources: public.rental
-- expect targets: -
-- expect statements: select, return
CREATE FUNCTION public.f(p integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v integer;
BEGIN
    SELECT COUNT(*) INTO v FROM public.rental WHERE customer_id = p;
    RETURN v;
END
$$;
