export const bundledPlatforms: string[];
export function isTooOld(version: string): boolean;
export function message(version: string, platform?: string): string;
