-- dialect: postgres
-- schema: {"public.customers": ["id", "name", "email"]}
-- default_schema: public
-- expect sources: public.customers
-- expect targets: public.customers_copy
-- expect edge: public.customers.id -> public.customers_copy.id
-- expect edge: public.customers.name -> public.customers_copy.name
-- expect edge: public.customers.email -> public.customers_copy.email
CREATE TABLE customers_copy AS SELECT * FROM customers
