export { DIALECT_NAMES, findDialect, normalizeIdentifier } from './dialects.js';
export type { CaseRule, DialectInfo } from './dialects.js';
