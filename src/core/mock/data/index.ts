export { generateExample, namedExamples } from './generate-example.js';
export { generateValue } from './generate-value.js';
export type { GenerateContext } from './types.js';
