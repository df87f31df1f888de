-- dialect: athena
-- default_database: awsdatacatalog
-- default_schema: analytics
-- expect sources: awsdatacatalog.analytics.clicks
-- expect targets: awsdatacatalog.analytics.daily_clicks
-- expect edge: awsdatacatalog.analytics.clicks.day -> awsdatacatalog.analytics.daily_clicks.day
INSERT INTO daily_clicks SELECT day, count(*) AS clicks FROM clicks GROUP BY day
