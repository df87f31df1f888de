-- dialect: tsql
-- expect sources: dbo.orders
-- expect targets: dbo.report
-- expect intermediates: -
-- expect statements: select_into, insert, drop
-- expect edge: dbo.orders.id -> dbo.report.order_id
SELECT id, created_at INTO #recent FROM dbo.orders WHERE created_at > '2024-01-01';
INSERT INTO dbo.report (order_id) SELECT id FROM #recent;
DROP TABLE #recent;
