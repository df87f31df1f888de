import type { ResourceView } from '../catalog/resource-view.js';
import { parseJsonColumn, toBool } from '../lib/json.js';
import type { KnowledgeFieldsRow } from '../store/knowledge/index.js';
import type { KnowledgeEntityType } from './knowledge-types.js';

/** A knowledge item as the API answers it: the resource object plus its type's fields. */
export type KnowledgeView = ResourceView & {
  synonyms?: string[];
  icon?: string | null;
  status?: string;
  priority?: string;
  assigned_to?: string | null;
  resource_id?: string | null;
  subscribers?: string[];
  accepted_answer?: boolean;
};

/** Adds the type's fields to a resource view (defaults when the item has no knowledge row yet). */
export function toKnowledgeView(
  view: ResourceView,
  fields: KnowledgeFieldsRow | undefined,
  subscribers: string[] = [],
): KnowledgeView {
  const type = view.entity_type as KnowledgeEntityType;
  const icon = fields?.icon ?? null;
  switch (type) {
    case 'glossary':
      return { ...view, synonyms: parseJsonColumn<string[]>(fields?.synonyms ?? '[]', []) };
    case 'term_group':
    case 'document':
      return { ...view, icon };
    case 'question':
      return {
        ...view,
        status: fields?.status ?? 'open',
        priority: fields?.priority ?? 'medium',
        assigned_to: fields?.assigned_to ?? null,
        resource_id: fields?.subject_id ?? null,
        subscribers,
      };
    case 'reply':
      return { ...view, accepted_answer: toBool(fields?.accepted_answer ?? 0) };
    default:
      return view;
  }
}
