-- dialect: tsql
-- Azure Synapse / Fabric COPY INTO: the T-SQL grammar lacks it, Snowflake's has it; the load options go.
-- expect sources: https://myaccount.blob.core.windows.net/container/sales/
-- expect targets: dbo.sales
-- expect statements: copy
COPY INTO dbo.sales
FROM 'https://myaccount.blob.core.windows.net/container/sales/'
WITH (FILE_TYPE = 'CSV', FIRSTROW = 2, FIELDTERMINATOR = ',')
