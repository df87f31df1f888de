/**
 * A Cluvio-style dashboard integration, ported from the Python example of Secoda's SDK guide: sign in with
 * e-mail and password, read the dashboards and their reports (charts), and declare lineage from the tables
 * each report's SQL reads.
 *
 *   sextant run examples/cluvio/cluvio.ts --credentials cluvio.json
 *
 * Credentials: `email`, `password`, and optionally `base_url` (default https://api.cluvio.com).
 */
import { Integration } from '@sextant/sdk';

interface CluvioDashboard {
  id: string;
  attributes: { name: string; description: string | null; folder: string | null; updated_at: string };
}

interface CluvioReport {
  id: string;
  type: 'reports';
  attributes: { name: string; query: string; datasource_database: string; updated_at: string };
}

export default class CluvioIntegration extends Integration {
  async extract(): Promise<void> {
    const baseUrl = (this.credentials.base_url ?? 'https://api.cluvio.com').replace(/\/+$/, '');
    const headers = { token: await this.signIn(baseUrl), Accept: 'application/json' };

    const dashboards = (await this.httpGet(`${baseUrl}/dashboards`, { headers })).throwIfNotOk().json<{
      data: CluvioDashboard[];
    }>().data;
    const folders = new Set(dashboards.map((dashboard) => dashboard.attributes.folder ?? 'Unfiled'));
    for (const folder of folders) {
      this.declareResource({
        entity_type: 'dashboard_group',
        databuilder_id: `cluvio.folder.${folder}`,
        title: folder,
      });
    }

    for (const dashboard of dashboards) {
      const dashboardId = `cluvio.dashboard.${dashboard.id}`;
      const folder = dashboard.attributes.folder ?? 'Unfiled';
      this.declareResource({
        entity_type: 'dashboard',
        databuilder_id: dashboardId,
        parent_databuilder_id: `cluvio.folder.${folder}`,
        title: dashboard.attributes.name,
        description: dashboard.attributes.description,
        external_updated_at: dashboard.attributes.updated_at,
        group: folder,
      });
      const detail = await this.httpGet(`${baseUrl}/dashboards/${dashboard.id}`, {
        headers,
        params: { include: 'reports' },
      });
      const reports = detail.throwIfNotOk().json<{ included: CluvioReport[] }>().included;
      for (const report of reports.filter((item) => item.type === 'reports'))
        this.declareReport(report, dashboardId);
    }
  }

  /** Cluvio answers a sign-in with a token that later requests send in a `token` header. */
  private async signIn(baseUrl: string): Promise<string> {
    const response = await this.httpPost(`${baseUrl}/users/sign_in.json`, {
      json: {
        user: { email: this.requireCredential('email'), password: this.requireCredential('password') },
      },
    });
    if (response.status === 401) throw new Error('Cluvio refused the e-mail/password in the credentials');
    return response.throwIfNotOk().json<{ token: string }>().token;
  }

  private declareReport(report: CluvioReport, dashboardId: string): void {
    const chartId = `cluvio.report.${report.id}`;
    this.declareResource({
      entity_type: 'chart',
      databuilder_id: chartId,
      parent_databuilder_id: dashboardId,
      title: report.attributes.name,
      definition: `\`\`\`sql\n${report.attributes.query}\n\`\`\``,
      external_updated_at: report.attributes.updated_at,
      product: 'Cluvio',
    });
    for (const { schema, table } of tablesNamedIn(report.attributes.query)) {
      this.declareLineage({
        from_identifier: {
          type: 'external_table',
          database: report.attributes.datasource_database,
          schema,
          table,
        },
        to_identifier: { type: 'internal_resource', databuilder_id: chartId },
      });
    }
  }
}

/**
 * The `schema.table` names after FROM/JOIN. Enough for this example's simple queries; for real SQL declare
 * `{ type: 'tables_from_query', sql }` instead and let the catalog's SQL parser find the tables.
 */
export function tablesNamedIn(sql: string): Array<{ schema: string; table: string }> {
  const names = [...sql.matchAll(/\b(?:from|join)\s+([a-z_][\w]*)\.([a-z_][\w]*)/gi)].map((match) => ({
    schema: match[1]!.toLowerCase(),
    table: match[2]!.toLowerCase(),
  }));
  return names.filter(
    (name, index) =>
      names.findIndex((other) => other.table === name.table && other.schema === name.schema) === index,
  );
}
