/**
 * Reads a REST API that pages through a warehouse's tables with a cursor (the style of many public metadata
 * APIs) and declares databases, schemas, tables, columns and table lineage.
 *
 *   sextant run examples/rest-api/warehouse-api.ts --credentials-env WAREHOUSE_
 *
 * Credentials: `base_url` and `api_token` (sent as a bearer token).
 */
import { Integration } from '@sextant/sdk';

interface ApiTable {
  id: string;
  database: string;
  schema: string;
  name: string;
  kind: 'table' | 'view';
  description: string | null;
  updated_at: string;
  columns: Array<{ name: string; type: string; description: string | null; primary_key: boolean }>;
  upstream: Array<{ database: string; schema: string; name: string }>;
}

interface ApiPage {
  data: ApiTable[];
  next_cursor: string | null;
}

const PAGE_SIZE = 2;

export default class WarehouseApiIntegration extends Integration {
  async extract(): Promise<void> {
    const tables = await this.fetchAllTables();
    const idByName = new Map(tables.map((table) => [qualifiedName(table), `warehouse.table.${table.id}`]));
    const declared = new Set<string>();
    for (const table of tables) {
      this.declareContainers(table, declared);
      this.declareTable(table);
    }
    // Lineage comes last: an upstream table may appear on a later page than its downstream one.
    for (const table of tables) {
      for (const upstream of table.upstream) {
        const internalId = idByName.get(qualifiedName(upstream));
        this.declareLineage({
          from_identifier: internalId
            ? { type: 'internal_resource', databuilder_id: internalId }
            : {
                type: 'external_table',
                database: upstream.database,
                schema: upstream.schema,
                table: upstream.name,
              },
          to_identifier: { type: 'internal_resource', databuilder_id: `warehouse.table.${table.id}` },
        });
      }
    }
  }

  /** Follows `next_cursor` until the API says there is no next page. */
  private async fetchAllTables(): Promise<ApiTable[]> {
    const baseUrl = this.requireCredential('base_url').replace(/\/+$/, '');
    const headers = { Authorization: `Bearer ${this.requireCredential('api_token')}` };
    const tables: ApiTable[] = [];
    let cursor: string | null = null;
    do {
      const response = await this.httpGet(`${baseUrl}/v1/tables`, {
        headers,
        params: { limit: PAGE_SIZE, cursor },
      });
      const page: ApiPage = response.throwIfNotOk().json<ApiPage>();
      tables.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor !== null);
    return tables;
  }

  /** Declares the table's database and schema the first time either is seen. */
  private declareContainers(table: ApiTable, declared: Set<string>): void {
    const databaseId = `warehouse.db.${table.database}`;
    const schemaId = `${databaseId}.${table.schema}`;
    if (!declared.has(databaseId)) {
      declared.add(databaseId);
      this.declareResource({ entity_type: 'database', databuilder_id: databaseId, title: table.database });
    }
    if (!declared.has(schemaId)) {
      declared.add(schemaId);
      this.declareResource({
        entity_type: 'schema',
        databuilder_id: schemaId,
        parent_databuilder_id: databaseId,
        title: table.schema,
        database: table.database,
      });
    }
  }

  private declareTable(table: ApiTable): void {
    const tableId = `warehouse.table.${table.id}`;
    this.declareResource({
      entity_type: 'table',
      databuilder_id: tableId,
      parent_databuilder_id: `warehouse.db.${table.database}.${table.schema}`,
      title: table.name,
      description: table.description,
      native_type: table.kind,
      external_updated_at: table.updated_at,
      database: table.database,
      schema: table.schema,
    });
    table.columns.forEach((column, position) => {
      this.declareResource({
        entity_type: 'column',
        databuilder_id: `${tableId}.${column.name}`,
        parent_databuilder_id: tableId,
        title: column.name,
        description: column.description,
        type: column.type,
        is_pk: column.primary_key,
        sort_order: position + 1,
      });
    });
  }
}

function qualifiedName(table: { database: string; schema: string; name: string }): string {
  return `${table.database}.${table.schema}.${table.name}`.toLowerCase();
}
