import Type from 'typebox';
import type { App } from '../context.js';

export function registerHealthRoutes(app: App): void {
  app.get(
    '/healthcheck',
    {
      config: { access: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Liveness check (no authentication)',
        response: { 200: Type.Object({ status: Type.Literal('OK') }) },
      },
    },
    async () => ({ status: 'OK' as const }),
  );
}
