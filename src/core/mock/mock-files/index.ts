export { createMockDataLookup } from './create-mock-data-lookup.js';
export { findMockBody, findMockHeaders, findMockMedia } from './mock-data-lookup.js';
export { readMockFiles } from './read-mock-files.js';
export { DEFAULT_SEED, renderMockFiles } from './render-mock-files.js';
export type * from './types.js';
export { writeMockFiles } from './write-mock-files.js';
