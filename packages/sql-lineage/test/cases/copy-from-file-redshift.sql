-- dialect: redshift
-- expect sources: s3://bucket/events/
-- expect targets: analytics.events
-- expect statements: copy
COPY analytics.events FROM 's3://bucket/events/' IAM_ROLE 'arn:aws:iam::123:role/load'
