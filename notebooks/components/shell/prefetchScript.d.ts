// Types for observablehq.config.ts, which imports this module at build time.
export declare const prefetchScript: string;
