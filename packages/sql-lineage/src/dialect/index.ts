export type { CaseRule, DialectInfo } from './dialects.js';
export { DIALECT_NAMES, findDialect, normalizeIdentifier } from './dialects.js';
