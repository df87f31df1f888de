/**
 * The catalog queries of the PostgreSQL connector, all on `pg_catalog` (information_schema hides objects the
 * user has no privilege on and is slow on large catalogs). Each takes a batch of oids, so memory stays bounded
 * however many tables a schema has.
 */

/** Databases the user may connect to (templates left out). */
export const LIST_DATABASES = `
  select d.datname as name
  from pg_database d
  where d.datallowconn and not d.datistemplate and has_database_privilege(d.datname, 'CONNECT')
  order by d.datname`;

export const CURRENT_DATABASE = `
  select d.datname as name, shobj_description(d.oid, 'pg_database') as description, version() as version,
    current_setting('server_version') as server_version
  from pg_database d where d.datname = current_database()`;

/** Schemas, system ones (pg_*, information_schema) always left out. */
export const LIST_SCHEMAS = `
  select n.oid::text as oid, n.nspname as name, obj_description(n.oid, 'pg_namespace') as description,
    has_schema_privilege(n.oid, 'USAGE') as is_readable
  from pg_namespace n
  where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
  order by n.nspname`;

/**
 * Relations of one schema: tables, views, materialized views, foreign and partitioned tables. Partitions are
 * folded into their parent: left out here, their rows and bytes summed into the partitioned table.
 */
export const LIST_RELATIONS = `
  select c.oid::text as oid, c.relname as name, c.relkind as kind,
    obj_description(c.oid, 'pg_class') as description,
    has_any_column_privilege(c.oid, 'SELECT') or has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') as is_readable,
    case when c.relkind = 'p' then
      (select sum(greatest(p.reltuples, 0))::bigint from pg_partition_tree(c.oid) t join pg_class p on p.oid = t.relid where t.isleaf)
    when c.relkind in ('r', 'm') and c.reltuples >= 0 then c.reltuples::bigint end as row_count,
    case when c.relkind = 'p' then
      (select sum(pg_total_relation_size(t.relid))::bigint from pg_partition_tree(c.oid) t where t.isleaf)
    when c.relkind in ('r', 'm') then pg_total_relation_size(c.oid) end as byte_size
  from pg_class c
  where c.relnamespace = $1::oid and c.relkind in ('r', 'v', 'm', 'f', 'p') and not c.relispartition
  order by c.relname`;

/** Columns of a batch of relations, with type as PostgreSQL prints it, default, primary key and comment. */
export const LIST_COLUMNS = `
  select a.attrelid::text as relation, a.attname as name, a.attnum as position,
    format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as is_nullable,
    pg_get_expr(d.adbin, d.adrelid) as column_default,
    col_description(a.attrelid, a.attnum) as description,
    exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any(i.indkey))
      as is_pk
  from pg_attribute a
  left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
  where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
  order by a.attrelid, a.attnum`;

/** Foreign keys declared on a batch of relations (constraints inherited by partitions left out). */
export const LIST_FOREIGN_KEYS = `
  select r.conrelid::text as relation, r.conname as name,
    array(select a.attname from unnest(r.conkey) with ordinality k(num, ord)
      join pg_attribute a on a.attrelid = r.conrelid and a.attnum = k.num order by k.ord)::text[] as columns,
    fn.nspname as ref_schema, fc.relname as ref_table,
    array(select a.attname from unnest(r.confkey) with ordinality k(num, ord)
      join pg_attribute a on a.attrelid = r.confrelid and a.attnum = k.num order by k.ord)::text[] as ref_columns
  from pg_constraint r
  join pg_class fc on fc.oid = r.confrelid
  join pg_namespace fn on fn.oid = fc.relnamespace
  where r.contype = 'f' and r.conparentid = 0 and r.conrelid = any($1::oid[])
  order by r.conrelid, r.conname`;

/** View and materialized view definitions of a batch (run with an empty search_path: names come qualified). */
export const LIST_VIEW_DEFINITIONS = `
  select c.oid::text as oid, pg_get_viewdef(c.oid, true) as definition
  from pg_class c where c.oid = any($1::oid[])`;

/** Whether query history can be read: the extension in this database, and the role that shows every query. */
export const QUERY_HISTORY_PREREQUISITES = `
  select exists (select 1 from pg_extension where extname = 'pg_stat_statements') as has_extension,
    (select rolsuper from pg_roles where rolname = current_user)
      or pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') as has_read_all_stats,
    current_user as user_name`;

/**
 * Statements of this database (pg_stat_statements is shared by the whole server: filtered by dbid), the most
 * called first. The connector's own catalog queries carry a mark and are left out.
 */
export const LIST_STATEMENTS = `
  select s.query as query, sum(s.calls)::bigint as calls
  from pg_stat_statements s
  where s.dbid = (select oid from pg_database where datname = current_database())
    and s.query not like '%sextant-connector%'
    and s.query ~* '^\\s*(with|select|insert|update|merge|create|delete)'
  group by s.query
  order by calls desc
  limit $1`;
