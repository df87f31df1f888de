-- dialect: ansi
-- Vertica moves partitions and copies tables with functions called in a SELECT: the first argument is where
-- the rows come from, the last where they go.
-- expect sources: stage.sales, public.archive_src
-- expect targets: public.sales, public.archive
-- expect statements: move_partitions, move_partitions
-- expect edge: stage.sales.* -> public.sales.*
-- expect edge: public.archive_src.* -> public.archive.*
SELECT SWAP_PARTITIONS_BETWEEN_TABLES('stage.sales', '2024-01', '2024-03', 'public.sales');
SELECT MOVE_PARTITIONS_TO_TABLE('public.archive_src', '2020', '2021', 'public.archive');
