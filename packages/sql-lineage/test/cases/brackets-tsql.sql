-- dialect: tsql
-- expect sources: sales.dbo.orders
-- expect targets: sales.dbo.orderarchive
-- expect edge: sales.dbo.orders.orderid -> sales.dbo.orderarchive.orderid
INSERT INTO [Sales].[dbo].[OrderArchive] ([OrderID])
SELECT [OrderID] FROM [Sales].[dbo].[Orders] WITH (NOLOCK) WHERE [Status] = 'closed'
