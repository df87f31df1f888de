export { type Ast, type Ident, firstPosition, objectNameParts, variantOf } from './ast.js';
export { type ParsedScript, type ParsedStatement, parseScript } from './parse-script.js';
