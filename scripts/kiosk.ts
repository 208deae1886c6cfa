// `npm run kiosk`: for the hall. Builds the site once if there is no dist/ (the atomic build of scripts/build.ts),
// serves it on this machine with the local server (no network needed; PORT, default 4321) and opens Chromium
// full screen on /kiosk/, with a profile kept between runs so the offline cache survives a restart; a watchdog
// starts Chromium again whenever it exits. Settings go through: `npm run kiosk -- --idle=120`. Ctrl+C stops all.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseKioskConfig, settingNames } from "../src/kiosk/config.ts";
import { ensureBrowser } from "./ensure-browser.ts";
import { connectHost } from "./kiosk-host.ts";
import { kioskBackoff, watch } from "./kiosk-watchdog.ts";
import { startServer } from "./serve.ts";

/**
 * The JavaScript engine the hall's Chromium runs: without its compilers (V8's "jitless" mode, which also turns
 * WebAssembly off). The kiosk's scripts are small and wait on taps, so interpreting them costs a visitor nothing
 * they could notice (a tap still shows its screen in the next frame), while a kiosk that runs for months keeps a
 * steady heap, as V8 no longer adds compiled code as parts of it become hot (with all its compilers the code grew
 * 108 KB between minutes 5 and 60 of a random visitor; without them the heap was 2.06 MB at minute 5 and 2.03 MB
 * at minute 60: docs/benchmarks.md), and a public machine offers less to attack. `npm run soak:kiosk -- --jit`
 * runs a desktop browser's engine to compare.
 */
export const kioskEngineArgs = ["--js-flags=--jitless"];

export function kioskBrowserArgs(url: string, profile: string, debugPort: number): string[] {
  return [
    "--kiosk",
    ...kioskEngineArgs,
    // For the launcher's host (scripts/kiosk-host.ts); DevTools listens on this machine only.
    `--remote-debugging-port=${debugPort}`,
    "--remote-debugging-address=127.0.0.1",
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

/** Query string for the kiosk from "--idle=120"-style arguments, one per setting of src/kiosk/config.ts (the
 *  kiosk checks and bounds each value, and names the one it ignores). */
export function kioskQuery(args: string[]): string {
  const params = new URLSearchParams();
  for (const arg of args) {
    const match = /^--([a-z]+)=(.+)$/.exec(arg);
    if (match && (settingNames as readonly string[]).includes(match[1]!)) params.set(match[1]!, match[2]!);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  if (!existsSync("dist/kiosk/index.html")) {
    // The public origin comes from SITE or site.config.json as for any build, never from this machine's address:
    // QR codes must open the public site on a visitor's phone (a preview build leaves them out and says why).
    console.log("No built site yet: building it once …");
    const build = spawnSync(process.execPath, ["scripts/build.ts"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await startServer({ root: "dist", port });
  const url = `http://localhost:${port}/kiosk/${kioskQuery(process.argv.slice(2))}`;
  const profile = process.env.KIOSK_PROFILE ?? join(homedir(), ".cache", "jianghua-kiosk");
  console.log(`Serving the kiosk at ${url}; opening Chromium full screen (profile ${profile}). Ctrl+C to stop.`);
  const debugPort = Number(process.env.KIOSK_DEBUG_PORT ?? 9222);
  const awayMs = parseKioskConfig(new URL(url).search).idle * 1000;
  const dog = watch(
    () => {
      const child = spawn(ensureBrowser(), kioskBrowserArgs(url, profile, debugPort), { stdio: "inherit" });
      connectHost(debugPort, url, awayMs).catch((error: Error) =>
        console.error(`No DevTools connection to Chromium on port ${debugPort} (KIOSK_DEBUG_PORT): ${error.message}`),
      );
      return child;
    },
    kioskBackoff,
    (pause, code) => console.error(`Chromium exited (code ${code}); starting it again in ${pause / 1000} s.`),
  );
  const stop = () => {
    dog.stop();
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
