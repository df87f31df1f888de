/**
 * The marketplace routes (docs/marketplace.md) as the marketplace page calls them. Uploads are multipart with text
 * fields and one code file, so they go through `postForm` rather than the JSON `api` helper.
 */

import type { paths } from '@sextant/client';
import { ApiError, api, apiUrl, errorFromResponse } from '../api/client';
import type { ListEnvelope } from '../api/types';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Item<List> = List extends { results: Array<infer T> } ? T : never;

export type MarketplaceIntegration = Item<
  Json<paths['/api/v1/marketplace/integrations']['get']['responses'][200]>
>;
export type MarketplaceVersion = Item<
  Json<paths['/api/v1/marketplace/integrations/{id}/versions']['get']['responses'][200]>
>;
export type ReviewItem = Item<Json<paths['/api/v1/marketplace/reviews']['get']['responses'][200]>>;
export type ListingItem = Item<Json<paths['/api/v1/marketplace/listing']['get']['responses'][200]>>;
export type CredentialField = MarketplaceVersion['credential_fields'][number];

/** One compiler error of a 422 `integration_build_failed`. */
export interface BuildError {
  line: number;
  column: number;
  text: string;
}

/** The compiler's errors when `error` is a refused build, else null. */
export function buildErrorsOf(error: unknown): { file: string; errors: BuildError[] } | null {
  if (!(error instanceof ApiError) || error.code !== 'integration_build_failed') return null;
  const errors = Array.isArray(error.details.errors) ? (error.details.errors as BuildError[]) : [];
  return { file: String(error.details.file ?? 'the code'), errors };
}

async function postForm<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method: 'POST', credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'network_error', 'cannot reach the Sextant server; is it running?');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

export interface UploadInput {
  name: string;
  description: string;
  category: string;
  icon: string;
  code: File;
  credentialFields: CredentialField[];
  allowedEndpoints: string[];
}

export function uploadMarketplaceIntegration(input: UploadInput) {
  const form = new FormData();
  form.append('name', input.name);
  form.append('category', input.category);
  if (input.description) form.append('description', input.description);
  if (input.icon) form.append('icon', input.icon);
  form.append('credential_fields', JSON.stringify(input.credentialFields));
  form.append('allowed_endpoints', JSON.stringify(input.allowedEndpoints));
  form.append('code', input.code, input.code.name);
  return postForm<{ id: string; version: number }>('/marketplace/integrations', form);
}

/** A new version: new code, and the fields and endpoints when given (else the previous version's). */
export function uploadMarketplaceVersion(
  id: string,
  code: File,
  fields?: { credentialFields: CredentialField[]; allowedEndpoints: string[] },
) {
  const form = new FormData();
  if (fields) {
    form.append('credential_fields', JSON.stringify(fields.credentialFields));
    form.append('allowed_endpoints', JSON.stringify(fields.allowedEndpoints));
  }
  form.append('code', code, code.name);
  return postForm<{ id: string; version: number }>(
    `/marketplace/integrations/${encodeURIComponent(id)}/versions`,
    form,
  );
}

export const fetchOwnMarketplace = () =>
  api<ListEnvelope<MarketplaceIntegration>>('/marketplace/integrations', { query: { page_size: 200 } });
export const fetchVersions = (id: string) =>
  api<{ results: MarketplaceVersion[] }>(`/marketplace/integrations/${encodeURIComponent(id)}/versions`);
export const fetchReviewQueue = () =>
  api<ListEnvelope<ReviewItem>>('/marketplace/reviews', { query: { page_size: 200 } });
export const fetchListing = () =>
  api<ListEnvelope<ListingItem>>('/marketplace/listing', { query: { page_size: 200 } });

export type ReviewStep = 'submit' | 'approve' | 'reject';
/** Moves a version along draft → submitted → approved | rejected; a rejection carries a note. */
export const reviewVersion = (id: string, version: number, step: ReviewStep, note?: string) =>
  api<MarketplaceVersion>(`/marketplace/integrations/${encodeURIComponent(id)}/versions/${version}/${step}`, {
    method: 'POST',
    body: step === 'reject' ? { note: note ?? '' } : undefined,
  });

/** Connects (installs) a marketplace integration: an ordinary integration of type `marketplace:<id>`. */
export const connectMarketplace = (input: {
  name: string;
  type: string;
  credentials: Record<string, string>;
  version?: number;
}) =>
  api<{ id: string }>('/integration/integrations', {
    method: 'POST',
    body: {
      name: input.name,
      type: input.type,
      credentials: input.credentials,
      ...(input.version === undefined ? {} : { marketplace_version: input.version }),
    },
  });
