export { generateExample, namedExamples } from './generate-example.js';
export { generateFitting, generateValue } from './generate-value.js';
export type { GenerateContext } from './types.js';
