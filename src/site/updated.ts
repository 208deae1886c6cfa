// The date the site was last updated, the one date a build writes into its pages and files (citations of the
// site and its charts give it as the date of update). It comes from SOURCE_DATE_EPOCH when that is set (the
// reproducible-builds convention: whole seconds since 1970, read as a UTC date), else from "updated" in
// site.config.json, so a build never reads the clock and two builds of the same commit are the same.
import { readFileSync } from "node:fs";
import { configFile } from "./origin.ts";

export class UpdatedDateError extends Error {}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(text: string): boolean {
  const match = isoDay.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The update date as YYYY-MM-DD, from the environment first, then the committed file. */
export function resolveUpdated(env: Record<string, string | undefined> = process.env, fileText = readConfig()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch) * 1000)) {
      throw new UpdatedDateError(
        `SOURCE_DATE_EPOCH="${epoch}": expected whole seconds since 1970-01-01 UTC, e.g. 1764547200`,
      );
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  let updated: unknown;
  try {
    updated = (JSON.parse(fileText) as { updated?: unknown } | null)?.updated;
  } catch (error) {
    throw new UpdatedDateError(`${configFile} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof updated !== "string" || !isRealDay(updated)) {
    const got = updated === undefined ? "nothing" : JSON.stringify(updated);
    throw new UpdatedDateError(
      `${configFile}: "updated": expected the date of the last update as YYYY-MM-DD, got ${got}`,
    );
  }
  return updated;
}

function readConfig(): string {
  try {
    return readFileSync(configFile, "utf8");
  } catch {
    throw new UpdatedDateError(`${configFile} is missing: it holds "updated", the date citations give for the site`);
  }
}

let resolved: string | undefined;

/** This build's update date (YYYY-MM-DD), resolved once. */
export function siteUpdated(): string {
  resolved ??= resolveUpdated();
  return resolved;
}
