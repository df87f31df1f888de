import type { App, AppContext } from '../context.js';
import { registerAuthRoutes } from './auth.js';
import { registerHealthRoutes } from './health.js';

/** Every route family, one line each (one file per family, mirroring the public paths). */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app);
  registerAuthRoutes(app, ctx);
}
