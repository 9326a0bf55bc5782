// Data files bundled as text (scripts/build.mjs `loader`, the vitest plugin in vitest.config.ts).
declare module '*.yaml' {
  const text: string;
  export default text;
}
