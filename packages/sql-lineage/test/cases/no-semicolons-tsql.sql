-- dialect: tsql
-- expect sources: dbo.bar, dbo.foo
-- expect targets: dbo.tab1, dbo.tab2
insert into dbo.tab1 select * from dbo.foo
insert into dbo.tab2 select * from dbo.bar
