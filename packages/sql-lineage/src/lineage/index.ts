export { analyzeScript, dedupeEdges } from './analyze-script.js';
