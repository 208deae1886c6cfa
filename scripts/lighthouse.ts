// `npm run lighthouse`: builds the site for a local origin (a preview build), serves it with its built _headers, and
// prints Lighthouse's four scores for the home page, the methods chapter and the first chart embed (when one is
// built). Lighthouse's default mobile profile is used: a mid-range phone on a slow 4G link, simulated, so the
// figures do not depend on this machine's network. Nothing leaves the machine: the browser runs with the flags
// that stop its own background traffic, and the pages load nothing from other hosts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBrowser } from "./ensure-browser.ts";
import { dropOpenerPolicy } from "./lib/without-opener-policy.ts";
import { startServer } from "./serve.ts";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4431);
const origin = `http://localhost:${port}`;
const outDir = ".lighthouse-dist";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

console.log(`Building the site for ${origin} into ${outDir}/ …`);
const build = spawnSync(process.execPath, ["scripts/build.ts", "--out", outDir], {
  env: { ...process.env, SITE: origin },
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

// LIGHTHOUSE_WITHOUT_COOP=1: the same build served without Cross-Origin-Opener-Policy (docs/quality.md says why).
const withoutCoop = process.env.LIGHTHOUSE_WITHOUT_COOP === "1";
if (withoutCoop) dropOpenerPolicy(outDir);

const pages: Array<[string, string]> = [
  ["home", "/"],
  ["methods chapter", "/methods/"],
];
const embedDir = join(outDir, "embed");
const firstEmbed = existsSync(embedDir)
  ? readdirSync(embedDir)
      .sort()
      .find((id) => existsSync(join(embedDir, id, "index.html")))
  : undefined;
if (firstEmbed) pages.push(["embed", `/embed/${firstEmbed}/`]);
else console.log("Notice: no /embed/<id>/ page is built yet, so no embed is measured.");

const chromePath = process.env.CHROME_PATH ?? ensureBrowser();
const server = await startServer({ root: outDir, port });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
let failed = false;
let settings = "";
const shortfalls: string[] = [];
try {
  console.log(`\n${"page".padEnd(28)}${categories.map((c) => c.padStart(16)).join("")}`);
  for (const [name, path] of pages) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: [...categories],
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      console.error(`${name} (${path}): Lighthouse failed: ${lhr?.runtimeError?.message ?? "no result"}`);
      failed = true;
      continue;
    }
    const scores = categories.map((c) => {
      const score = lhr.categories[c]?.score;
      return (score === null || score === undefined ? "n/a" : String(Math.round(score * 100))).padStart(16);
    });
    console.log(`${`${name} ${path}`.padEnd(28)}${scores.join("")}`);
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          shortfalls.push(`${path} ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
    const { formFactor, throttlingMethod } = lhr.configSettings;
    settings = `Lighthouse ${lhr.lighthouseVersion}, ${formFactor} profile, ${throttlingMethod} throttling, ${lhr.environment.hostUserAgent}`;
  }
  if (shortfalls.length > 0) console.log(`\nAudits below 90:\n  ${shortfalls.join("\n  ")}`);
  const served = withoutCoop ? "served without Cross-Origin-Opener-Policy" : "served with the site's headers";
  console.log(`\n${settings}\nChromium: ${chromePath}; ${served}`);
} finally {
  chrome.kill();
  await server.close();
}
if (failed) process.exit(1);
