-- dialect: redshift
-- expect sources: public.events
-- expect edge: public.events.userid -> (result).userid
SELECT "UserId" FROM "Public"."Events"
