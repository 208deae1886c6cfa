// `npm run kiosk`: for the hall. Builds the site once if there is no dist/, serves it on this machine (no
// network needed) and opens Chromium full screen on /kiosk/, with a profile kept between runs so the offline
// cache survives a restart. Settings go through: `npm run kiosk -- --idle=120`. Ctrl+C stops both.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { ensureBrowser } from "./ensure-browser.ts";
import { startServer } from "./serve.ts";

export function kioskBrowserArgs(url: string, profile: string): string[] {
  return [
    "--kiosk",
    `--user-data-dir=${profile}`,
    "--no-first-run",
    "--noerrdialogs",
    "--disable-session-crashed-bubble",
    "--disable-infobars",
    "--disable-translate",
    "--disable-features=Translate,TouchpadOverscrollHistoryNavigation",
    "--overscroll-history-navigation=0",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--check-for-update-interval=31536000",
    url,
  ];
}

/** Query string for the kiosk from "--idle=120"-style arguments (the kiosk checks and bounds each value). */
export function kioskQuery(args: string[]): string {
  const params = new URLSearchParams();
  for (const arg of args) {
    const match = /^--(idle|countdown|attract|cycle)=(.+)$/.exec(arg);
    if (match) params.set(match[1]!, match[2]!);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  if (!existsSync("dist/kiosk/index.html")) {
    console.log("No built site yet: building it once …");
    const build = spawnSync("astro", ["build"], { stdio: "inherit", env: { ...process.env, SITE: process.env.SITE ?? `http://localhost:${port}` } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await startServer({ root: "dist", port });
  const url = `http://localhost:${port}/kiosk/${kioskQuery(process.argv.slice(2))}`;
  const profile = process.env.KIOSK_PROFILE ?? join(homedir(), ".cache", "jianghua-kiosk");
  console.log(`Serving the kiosk at ${url}; opening Chromium full screen (profile ${profile}). Ctrl+C to stop.`);
  const browser = spawn(ensureBrowser(), kioskBrowserArgs(url, profile), { stdio: "inherit" });
  const stop = () => {
    browser.kill();
    void server.close().then(() => process.exit(0));
  };
  browser.on("exit", (code) => {
    if (code) console.error(`Chromium exited with code ${code}. On a machine without a display, open ${url} in a browser instead.`);
    void server.close().then(() => process.exit(code ?? 0));
  });
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
