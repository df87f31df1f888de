export * from './manage-manual-lineage.js';
export * from './manual-lineage-view.js';
