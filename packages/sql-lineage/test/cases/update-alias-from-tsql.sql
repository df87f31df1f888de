-- dialect: tsql
-- expect sources: dbo.src
-- expect targets: dbo.tgt
-- expect edge: dbo.src.v -> dbo.tgt.v
UPDATE t SET t.v = s.v FROM dbo.tgt t JOIN dbo.src s ON t.id = s.id
