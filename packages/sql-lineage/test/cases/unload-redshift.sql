-- dialect: redshift
-- expect sources: venue
-- expect targets: s3://bucket/unload/
-- expect statements: unload
UNLOAD ('select * from venue') TO 's3://bucket/unload/' IAM_ROLE 'arn:aws:iam::123:role/unload'
