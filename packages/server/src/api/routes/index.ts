import type { App, AppContext } from '../context.js';
import { registerApiKeyRoutes } from './api-keys.js';
import { registerAuditLogRoutes } from './audit-logs.js';
import { registerAuthRoutes } from './auth.js';
import { registerCatalogRoutes } from './catalog.js';
import { registerCollectionRoutes } from './collections.js';
import { registerCustomPropertyRoutes } from './custom-properties.js';
import { registerDbtRoutes } from './dbt.js';
import { registerGroupRoutes } from './groups.js';
import { registerHealthRoutes } from './health.js';
import { registerImportRoutes } from './imports.js';
import { registerIntegrationRoutes } from './integrations.js';
import { registerLineageRoutes } from './lineage.js';
import { registerMarketplaceRoutes } from './marketplace.js';
import { registerResourceRoutes } from './resources.js';
import { registerSearchRoutes } from './search.js';
import { registerRunRoutes } from './runs.js';
import { registerSyncRoutes } from './syncs.js';
import { registerTagRoutes } from './tags.js';
import { registerTeamRoutes } from './teams.js';
import { registerTypedResourceRoutes } from './typed-resources.js';
import { registerUserRoutes } from './users.js';
import { registerWebUiRoutes } from './web-ui.js';

/** Every route family, one line each (one file per family, mirroring the public paths). */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app);
  registerAuthRoutes(app, ctx);
  registerIntegrationRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerGroupRoutes(app, ctx);
  registerApiKeyRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerResourceRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerTypedResourceRoutes(app, ctx);
  registerLineageRoutes(app, ctx);
  registerTagRoutes(app, ctx);
  registerCustomPropertyRoutes(app, ctx);
  registerCollectionRoutes(app, ctx);
  registerAuditLogRoutes(app, ctx);
  registerDbtRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerMarketplaceRoutes(app, ctx);
  registerRunRoutes(app, ctx);
  registerWebUiRoutes(app);
}
