// The import-policy rule lives in catalog/ (a user edit and a sync both apply it); re-exported for sync's files.
export * from '../catalog/effective-values.js';
