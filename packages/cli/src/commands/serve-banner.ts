import type { bootstrapIfEmpty } from '@sextant/server';

export interface ServingBanner {
  url: string;
  backend: string;
  location: string;
  ms: number;
  workers: number;
  bootstrap: Awaited<ReturnType<typeof bootstrapIfEmpty>>;
}

/** What `serve` prints once it answers: where, on what, and on a first start how to get in (the key only now). */
export function printServing(banner: ServingBanner): void {
  const out = process.stdout;
  const workers = banner.workers > 1 ? `, ${banner.workers} workers` : '';
  out.write(
    `Sextant is serving ${banner.url} (store: ${banner.backend} ${banner.location}${workers}; ready in ${Math.round(banner.ms)} ms)\n`,
  );
  const b = banner.bootstrap;
  if (!b) return;
  out.write('\nFirst start: created a workspace, an admin user and an admin API key.\n');
  out.write(`  API key (shown only now; store it safely):\n    ${b.apiKey}\n`);
  out.write(
    `  Try it:  curl -H "Authorization: Bearer ${b.apiKey}" ${banner.url}/api/v1/integration/integrations\n`,
  );
  if (b.passwordFile)
    out.write(`  Sign in at ${banner.url}/ as ${b.adminEmail}; the password is in ${b.passwordFile}\n`);
  else
    out.write(
      `  Sign in at ${banner.url}/ as ${b.adminEmail} with the password from SEXTANT_ADMIN_PASSWORD\n`,
    );
  out.write('\n');
}
