// Types for observablehq.config.ts, which imports this browser-side module at build time.
type Sidebar = readonly {name: string; pages: readonly {name: string; path: string}[]}[];
export declare const assumes: Record<string, string[]>;
export declare function coursePath(pages: Sidebar): {section: string; pages: {name: string; path: string}[]}[];
export declare function pathHeader(pages: Sidebar): (page: {path: string}) => string;
