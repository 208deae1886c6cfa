// The parts of citation-js this site uses (the packages ship no types).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: {
      get(plugin: "@csl"): { styles: Register<string>; locales: Register<string> };
      get(plugin: "@bibtex"): { format: { asciiOnly: boolean } };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
