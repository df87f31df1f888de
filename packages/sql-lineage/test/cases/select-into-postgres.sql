-- dialect: postgres
-- default_schema: public
-- expect sources: public.films
-- expect targets: public.films_recent
-- expect statements: select_into
-- expect edge: public.films.title -> public.films_recent.title
SELECT title INTO films_recent FROM films WHERE date_prod >= '2002-01-01'
