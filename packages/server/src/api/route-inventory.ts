import type { FastifyInstance } from 'fastify';
import { type Access, accessOf } from './plugins/auth.js';

export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

const inventories = new WeakMap<FastifyInstance, RouteInfo[]>();

/**
 * Records every route as it is registered, with the access it requires, so tests can walk all routes (the auth
 * matrix, the malformed-input sweep) without a hand-kept list that could drift.
 */
export function trackRoutes(app: FastifyInstance): void {
  const routes: RouteInfo[] = [];
  inventories.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access: accessOf(method, route.config?.access) });
    }
  });
}

export function listRoutes(app: FastifyInstance): RouteInfo[] {
  return inventories.get(app) ?? [];
}
