/**
 * A generated lineage fixture: `layers` columns of `width` tables, where table i of a layer feeds tables 2i and
 * 2i+1 (mod width) of the next. Reach doubles with each hop, so from the middle table of the middle layer a
 * walk of `depth` hops both ways reaches about 2 × (2 + 4 + … + width + …) tables: 1,053 for 21 × 100 at depth
 * 10. Two edges per table keeps it as sparse as real warehouses are.
 */
export function layeredLineage(
  layers: number,
  width: number,
): { resources: string; lineages: string; root: string } {
  const id = (layer: number, index: number) =>
    `t_${String(layer).padStart(2, '0')}_${String(index).padStart(3, '0')}`;
  const resources = [
    { entity_type: 'database', databuilder_id: 'db', title: 'lake' },
    { entity_type: 'schema', databuilder_id: 'db.s', parent_databuilder_id: 'db', title: 'layers' },
  ];
  const lineages: unknown[] = [];
  for (let layer = 0; layer < layers; layer++) {
    for (let index = 0; index < width; index++) {
      resources.push({
        entity_type: 'table',
        databuilder_id: id(layer, index),
        parent_databuilder_id: 'db.s',
        title: id(layer, index),
        ...{ database: 'lake', schema: 'layers' },
      } as (typeof resources)[number]);
      if (layer + 1 === layers) continue;
      for (const next of [(2 * index) % width, (2 * index + 1) % width]) {
        lineages.push({
          from_identifier: { type: 'internal_resource', databuilder_id: id(layer, index) },
          to_identifier: { type: 'internal_resource', databuilder_id: id(layer + 1, next) },
        });
      }
    }
  }
  const toLines = (records: unknown[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
  return { resources: toLines(resources), lineages: toLines(lineages), root: id(Math.floor(layers / 2), 0) };
}
