export function isTooOld(version: string): boolean;
export function message(version: string): string;
