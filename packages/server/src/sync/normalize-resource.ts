import { hash } from 'node:crypto';
import type { Resource } from '@sextant/sdk';
import type { ImportPolicy } from '../store/schema.js';
import type { PropertyValues } from './effective-values.js';

/** The columns of a resource row that always follow the source (no user-edit policy applies to them). */
export interface StructuralValues {
  entity_type: string;
  native_type: string | null;
  title: string;
  title_lower: string;
  external_updated_at: string | null;
  type: string | null;
  sort_order: number | null;
  is_pk: 0 | 1;
  hidden: 0 | 1;
  schema_name: string | null;
  database_name: string | null;
  group_name: string | null;
  product: string | null;
  row_count: number | null;
  byte_size: number | null;
  external_usage: number;
  /** JSON object text. */
  properties: string;
}

/** A validated resource, split the way the store keeps it. */
export interface NormalizedResource {
  databuilder_id: string;
  parent_databuilder_id: string | null;
  structural: StructuralValues;
  /** The editable properties as the source sent them (becomes `source_values`). */
  source: PropertyValues;
  /** Digest of everything above plus the import policy: equal digests mean the row needs no write. */
  hash: string;
}

const text = (value: string | null | undefined): string | null =>
  value === undefined || value === null ? null : value;

/** Splits a validated resource into structural columns and editable source values, and hashes it. */
export function normalizeResource(resource: Resource, policy: ImportPolicy): NormalizedResource {
  const title = resource.title ?? '';
  const structural: StructuralValues = {
    entity_type: resource.entity_type,
    native_type: text(resource.native_type),
    title,
    title_lower: title.toLowerCase(),
    external_updated_at: text(resource.external_updated_at),
    type: text(resource.type),
    sort_order: resource.sort_order ?? null,
    is_pk: resource.is_pk ? 1 : 0,
    hidden: resource.hidden ? 1 : 0,
    schema_name: text(resource.schema),
    database_name: text(resource.database),
    group_name: text(resource.group),
    product: text(resource.product),
    row_count: resource.row_count ?? null,
    byte_size: resource.byte_size ?? null,
    external_usage: resource.external_usage ?? 0,
    properties: resource.properties ? JSON.stringify(resource.properties) : '{}',
  };
  const source: PropertyValues = {
    description: resource.description ?? null,
    definition: resource.definition ?? null,
    owners: resource.owners ?? null,
  };
  const parent = resource.parent_databuilder_id || null;
  // The policy is part of the digest: changing an integration's policy makes its next sync recompute values.
  const digest = hash(
    'sha1',
    JSON.stringify([policy, resource.databuilder_id, parent, structural, source]),
    'base64',
  );
  return {
    databuilder_id: resource.databuilder_id,
    parent_databuilder_id: parent,
    structural,
    source,
    hash: digest,
  };
}

/**
 * The dotted full title (`db.schema.table`) when it follows from the record alone; otherwise undefined and it is
 * derived from the parent's full title (columns, charts).
 */
export function ownTitleFull(resource: NormalizedResource): string | undefined {
  const { entity_type, title, database_name, schema_name } = resource.structural;
  if (entity_type === 'table') return [database_name, schema_name, title].filter((part) => part).join('.');
  if (entity_type === 'schema' && database_name) return `${database_name}.${title}`;
  if (entity_type === 'schema' && !resource.parent_databuilder_id) return title;
  if (['database', 'dashboard_group', 'job_group'].includes(entity_type)) return title;
  if (!resource.parent_databuilder_id) return title;
  return undefined;
}
