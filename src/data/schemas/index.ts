export * from "./common.ts";
export * from "./text.ts";
export * from "./units.ts";
export * from "./records.ts";
export * from "./meta.ts";
