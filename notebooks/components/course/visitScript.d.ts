// Types for observablehq.config.ts, which imports this module at build time.
export declare const visitScript: string;
