import { datasetColumnId, datasetId, jobId, type NamespaceJob } from './namespace-records.js';
import { type Facets, facetOf, type OpenLineageDataset } from './openlineage-model.js';

interface TagField {
  key?: unknown;
  value?: unknown;
  field?: unknown;
}

/** A tag's catalog name: its key alone when the value only says it applies (`pii: true`), else `key:value`. */
function tagName(tag: TagField): string | null {
  if (typeof tag?.key !== 'string' || tag.key.trim() === '') return null;
  const value = typeof tag.value === 'string' ? tag.value.trim() : '';
  return value === '' || value.toLowerCase() === 'true' ? tag.key.trim() : `${tag.key.trim()}:${value}`;
}

/**
 * The `tags` facets of the namespace's jobs and datasets as catalog tags by databuilder_id (a tag naming a `field`
 * goes to that column), added the way dbt's tags are: never taking away a tag a user set. Pure.
 */
export function facetTags(jobs: NamespaceJob[], standalone: OpenLineageDataset[]): Map<string, string[]> {
  const tags = new Map<string, Set<string>>();
  const add = (databuilderId: string, name: string) => {
    let set = tags.get(databuilderId);
    if (!set) {
      set = new Set();
      tags.set(databuilderId, set);
    }
    set.add(name);
  };
  const read = (facets: Facets | undefined, idOf: (field: string | null) => string) => {
    const list = facetOf<{ tags?: unknown }>(facets, 'tags')?.tags;
    if (!Array.isArray(list)) return;
    for (const tag of list as TagField[]) {
      const name = tagName(tag);
      if (name === null) continue;
      add(idOf(typeof tag.field === 'string' && tag.field !== '' ? tag.field : null), name);
    }
  };
  for (const job of jobs) read(job.facets, () => jobId(job.name));
  for (const dataset of [...jobs.flatMap((job) => [...job.io.inputs, ...job.io.outputs]), ...standalone]) {
    read(dataset.facets, (field) => (field === null ? datasetId(dataset) : datasetColumnId(dataset, field)));
  }
  return new Map([...tags].map(([id, set]) => [id, [...set].sort()]));
}
