import type { App, AppContext } from '../context.js';
import { registerAuditLogRoutes } from './audit-logs.js';
import { registerAuthRoutes } from './auth.js';
import { registerCatalogRoutes } from './catalog.js';
import { registerCollectionRoutes } from './collections.js';
import { registerCustomPropertyRoutes } from './custom-properties.js';
import { registerHealthRoutes } from './health.js';
import { registerIntegrationRoutes } from './integrations.js';
import { registerResourceRoutes } from './resources.js';
import { registerTagRoutes } from './tags.js';
import { registerTypedResourceRoutes } from './typed-resources.js';

/** Every route family, one line each (one file per family, mirroring the public paths). */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app);
  registerAuthRoutes(app, ctx);
  registerIntegrationRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerResourceRoutes(app, ctx);
  registerTypedResourceRoutes(app, ctx);
  registerAuditLogRoutes(app, ctx);
  registerCollectionRoutes(app, ctx);
  registerCustomPropertyRoutes(app, ctx);
  registerTagRoutes(app, ctx);
}
