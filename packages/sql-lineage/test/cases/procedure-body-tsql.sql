-- dialect: tsql
-- expect sources: dbo.b
-- expect targets: dbo.a
-- expect edge: dbo.b.x -> dbo.a.x
CREATE PROCEDURE dbo.load_a AS
BEGIN
  INSERT INTO dbo.a (x) SELECT x FROM dbo.b;
END
