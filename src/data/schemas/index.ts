export * from "./common.ts";
export * from "./records.ts";
export * from "./meta.ts";
