-- dialect: tsql
-- expect sources: dbo.sales
-- expect targets: dbo.summary
-- expect edge: dbo.sales.region -> dbo.summary.region
-- expect edge: dbo.sales.amount -> dbo.summary.total
-- expect indirect: dbo.sales.year -> dbo.summary.total
INSERT INTO dbo.summary (region, total)
SELECT s.region, s.total
FROM (SELECT Region, SUM(Amount) AS total FROM dbo.Sales WHERE [Year] = 2024 GROUP BY Region) AS s
