// The site's public origin, decided in one place. Every absolute URL the site writes (canonical, hreflang, og:*,
// sitemap, robots, oEmbed, embed code and its listener, citations, download footers, share cards, QR codes) is
// built from it through `absoluteUrl`. It comes from the SITE environment variable, else from "origin" in
// site.config.json. Without a public one the build is a preview: absolute URLs point at the local server, the
// build prints one warning, and the pages that hand out addresses say so.
import { readFileSync } from "node:fs";

/** public: a real address to publish; local: this machine (localhost, 127.x …); missing: no setting at all. */
export type OriginKind = "public" | "local" | "missing";

export interface SiteOrigin {
  /** The origin as a URL with the path "/". */
  url: URL;
  kind: OriginKind;
  /** Where it was read: the environment variable, the committed file, or nothing (preview default). */
  from: "SITE" | "site.config.json" | "default";
  /** True unless the origin is public: addresses in this build only work on this machine. */
  preview: boolean;
}

export const configFile = "site.config.json" as const;

/** One-line error about the origin setting; the build prints its message and nothing else. */
export class OriginError extends Error {}

const localHost =
  /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(?:\.\d{1,3}){3}\])$/i;

export function isLocalHost(hostname: string): boolean {
  return localHost.test(hostname) || hostname.endsWith(".local");
}

/** Parses an origin setting: http(s), a host, no path, query, fragment or credentials. */
export function parseOrigin(text: string, setting: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new OriginError(`${setting}="${text}" is not an address: expected an origin such as https://example.org`);
  }
  const problem = !["http:", "https:"].includes(url.protocol)
    ? `uses ${url.protocol.slice(0, -1)}, expected https`
    : url.username || url.password
      ? "carries a user name or password"
      : url.pathname !== "/" || url.search || url.hash || /[?#]/.test(text)
        ? "carries a path, query or fragment: give the origin only"
        : undefined;
  if (problem) throw new OriginError(`${setting}="${text}" ${problem} (e.g. https://example.org)`);
  return new URL(`${url.origin}/`);
}

/** Reads the committed setting; an unreadable or malformed file is an error naming the file. */
export function readOriginSetting(text: string | undefined): string {
  if (text === undefined) return "";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new OriginError(`${configFile} is not valid JSON: ${(error as Error).message}`);
  }
  const origin = (parsed as { origin?: unknown } | null)?.origin;
  if (origin !== undefined && typeof origin !== "string")
    throw new OriginError(`${configFile}: "origin" must be a string`);
  return origin ?? "";
}

function readConfigFile(): string | undefined {
  try {
    return readFileSync(configFile, "utf8");
  } catch {
    return undefined;
  }
}

/** The origin for a build, from the environment first, then the committed file, else the local preview default. */
export function resolveOrigin(
  env: Record<string, string | undefined> = process.env,
  fileText = readConfigFile(),
): SiteOrigin {
  const fromEnv = env.SITE?.trim();
  const fromFile = readOriginSetting(fileText).trim();
  const [text, from] = fromEnv
    ? [fromEnv, "SITE" as const]
    : fromFile
      ? [fromFile, configFile]
      : [undefined, "default" as const];
  if (text === undefined) {
    const port = Number(env.PORT) > 0 ? Number(env.PORT) : 4321;
    return { url: new URL(`http://localhost:${port}/`), kind: "missing", from, preview: true };
  }
  const url = parseOrigin(text, from === "SITE" ? "SITE" : `${configFile} "origin"`);
  const kind = isLocalHost(url.hostname) ? "local" : "public";
  return { url, kind, from, preview: kind !== "public" };
}

/** A release build is asked for with RELEASE=1 (`npm run build:release` sets it). */
export function isRelease(env: Record<string, string | undefined> = process.env): boolean {
  return env.RELEASE === "1";
}

/** Why a release build cannot use this origin, in one line, or undefined when it can. */
export function releaseProblem(origin: SiteOrigin): string | undefined {
  const how = `set SITE=https://your.domain or "origin" in ${configFile}`;
  if (origin.kind === "missing") return `release build needs a public origin: ${how}`;
  if (origin.kind === "local")
    return `release build needs a public origin, not the local address ${origin.url.origin}: ${how}`;
  if (origin.url.protocol !== "https:") return `release build needs an https origin, got ${origin.url.origin}: ${how}`;
  return undefined;
}

/** The warning a preview build prints once. */
export function previewWarning(origin: SiteOrigin): string | undefined {
  if (!origin.preview) return undefined;
  const why = origin.kind === "missing" ? "no public origin is set" : `the origin ${origin.url.origin} is local`;
  return (
    `preview build: ${why}, so embed code, citations, share cards and QR codes point at ${origin.url.origin} and ` +
    `the pages say so. Set SITE=https://… (or "origin" in ${configFile}) and run npm run build:release to publish.`
  );
}

let resolved: SiteOrigin | undefined;

/** This build's origin, resolved once from the process's environment (on first use, so that a bad setting is
 *  reported where it is used, not when a module is imported). */
export function siteOrigin(): SiteOrigin {
  resolved ??= resolveOrigin();
  return resolved;
}

/** An absolute URL on this build's origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin().url).href;
}
