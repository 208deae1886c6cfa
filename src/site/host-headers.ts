// The _headers file static hosts read (Netlify, Cloudflare Pages), made at build from what was built. It is
// written so both hosts give the same effective headers: no "! Name" removal (Netlify's parser drops it), and no
// header set by two rules that match the same path (hosts join repeated values with commas, which turns
// "DENY" into an invalid "DENY, DENY"). Framing is refused path by path, one rule per top-level name, so that
// /embed/ and /en/embed/ stay open to every site without a rule to undo.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const commonHeaders: Array<[string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
];

/** Pages of this site may not be framed by any other, and keep their window to themselves. */
export const pageHeaders: Array<[string, string]> = [
  ["Content-Security-Policy", "frame-ancestors 'none'"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** Top-level folders whose pages other sites may frame: the chart embeds. */
export const embedFolders = ["embed"];

interface Rule {
  path: string;
  headers: Array<[string, string]>;
  comment?: string;
}

function entries(dir: string): Array<{ name: string; folder: boolean }> {
  return readdirSync(dir)
    .filter((name) => name !== "_headers" && name !== "_redirects")
    .sort()
    .map((name) => ({ name, folder: statSync(join(dir, name)).isDirectory() }));
}

/** One framing rule per name in a folder: `/name/*` for a folder, `/name` for a file; embed folders skipped. */
function pageRules(dist: string, prefix: string): Rule[] {
  return entries(join(dist, prefix)).flatMap(({ name, folder }) => {
    if (folder && embedFolders.includes(name)) return [];
    if (folder && prefix === "/" && name === "en") return pageRules(dist, "/en/");
    return [{ path: `${prefix}${name}${folder ? "/*" : ""}`, headers: pageHeaders }];
  });
}

export function hostRules(dist: string): Rule[] {
  const hashed = readdirSync(join(dist, "_astro")).sort();
  return [
    { path: "/*", headers: commonHeaders, comment: "Every response" },
    { path: "/", headers: pageHeaders, comment: "Pages refuse framing, one rule per top-level name; embeds have none" },
    { path: "/en/", headers: pageHeaders },
    ...pageRules(dist, "/"),
    {
      path: "/charts/:id/:file",
      headers: [["Access-Control-Allow-Origin", "*"]],
      comment: "oEmbed and downloads may be read by other sites; module scripts load in sandboxed embeds",
    },
    { path: "/en/charts/:id/:file", headers: [["Access-Control-Allow-Origin", "*"]] },
    { path: "/_astro/*", headers: [["Access-Control-Allow-Origin", "*"]] },
    ...hashed.map((name, i) => ({
      path: `/_astro/${name}`,
      headers: [["Cache-Control", "public, max-age=31536000, immutable"]] as Array<[string, string]>,
      ...(i === 0 ? { comment: "Hashed assets that exist: cached for a year" } : {}),
    })),
    {
      path: "/kiosk/sw.js",
      headers: [["Cache-Control", "no-cache"]],
      comment: "The kiosk's worker checks for a new build",
    },
  ];
}

export function headersFile(rules: Rule[]): string {
  const head =
    "# Made at build by src/site/host-headers.ts: the same effective headers on Netlify and Cloudflare Pages.\n" +
    "# HSTS is a host setting (docs/deploy.md), not set here.\n";
  const body = rules.map(
    ({ path, headers, comment }) =>
      `${comment ? `\n# ${comment}\n` : ""}${path}\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`,
  );
  return head + body.join("");
}
