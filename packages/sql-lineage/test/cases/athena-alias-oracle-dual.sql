-- dialect: athena
-- expect sources: awsdatacatalog.db.logs
SELECT count(*) FROM awsdatacatalog.db.logs
