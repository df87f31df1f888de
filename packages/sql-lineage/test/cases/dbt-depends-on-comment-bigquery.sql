-- dialect: bigquery
-- depends_on: `proj`.`ds`.`upstream_model`
-- expect sources: proj.ds.upstream_model
-- expect statements: depends_on, select
select 1 as x
