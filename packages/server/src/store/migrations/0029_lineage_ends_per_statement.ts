import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL: lineage's two resource ends are checked once per statement instead of by a foreign key per row
 * (issue 17). A sync inserts up to a million edges in one statement, and the two foreign keys ran two trigger calls
 * per edge, each locking the resource row (and writing WAL for the lock) even when the sync had just inserted it:
 * at 200k edges the insert took 17.7 s with them and 7.8 s without (store/lineage/lineage-ends.test.ts keeps the
 * guarantees they gave):
 *
 *   insert/update on lineage ──statement trigger──> every end exists; ends written by another transaction are
 *                                                   locked `for key share`, as the foreign key did, so that no
 *                                                   concurrent delete of a resource can leave an edge behind
 *   delete on resources      ──statement trigger──> its edges go with it (the `on delete cascade` of before)
 *
 * A row this transaction wrote needs no lock: no other transaction can delete it before this one commits.
 * SQLite keeps its foreign keys (its checks are in-process index probes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!db.getExecutor().adapter.supportsTransactionalDdl) return;
  for (const statement of POSTGRES) await sql.raw(statement).execute(db);
}

const ENDS = 'select from_resource_id as id from new_rows union select to_resource_id from new_rows';

const POSTGRES = [
  `alter table lineage drop constraint lineage_from_resource_id_fkey,
                       drop constraint lineage_to_resource_id_fkey`,
  `create function sextant_lineage_check_ends() returns trigger language plpgsql as $$
   declare
     mine xid := pg_current_xact_id()::xid;
     wanted bigint;
     found bigint;
   begin
     select count(*) into wanted from (${ENDS}) e;
     if wanted = 0 then return null; end if;
     select count(*) into found from (
       select 1 from resources r where r.id in (${ENDS}) and r.xmin <> mine for key share) l;
     found := found + (select count(*) from resources r where r.id in (${ENDS}) and r.xmin = mine);
     if found < wanted then
       raise exception 'insert or update on table "lineage" violates foreign key constraint "lineage_resource_ends"'
         using errcode = 'foreign_key_violation',
               detail = 'An edge names a resource that does not exist.';
     end if;
     return null;
   end $$`,
  `create trigger lineage_check_ends_insert after insert on lineage referencing new table as new_rows
     for each statement execute function sextant_lineage_check_ends()`,
  `create trigger lineage_check_ends_update after update on lineage referencing new table as new_rows
     for each statement execute function sextant_lineage_check_ends()`,
  `create function sextant_resources_delete_lineage() returns trigger language plpgsql as $$
   begin
     delete from lineage l where l.from_resource_id in (select id from old_rows);
     delete from lineage l where l.to_resource_id in (select id from old_rows);
     return null;
   end $$`,
  `create trigger resources_delete_lineage after delete on resources referencing old table as old_rows
     for each statement execute function sextant_resources_delete_lineage()`,
];
