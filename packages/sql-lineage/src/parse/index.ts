export { type Ast, firstPosition, type Ident, objectNameParts, variantOf } from './ast.js';
export type {
  Assignment,
  Delete,
  Insert,
  Merge,
  MergeAction,
  MergeClause,
  MergeInsert,
  TableWithJoins,
  Update,
} from './dml-ast.js';
export { type ParsedScript, type ParsedStatement, parseScript } from './parse-script.js';
