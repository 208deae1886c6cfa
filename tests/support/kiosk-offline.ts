// A kiosk site of its own for the offline tests: a copy of the test build served on a port that stays the same
// when the server is stopped and started again (a service worker belongs to its origin), and a way to publish a
// new build into it, as `npm run build` would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildIdPlaceholder, stampBuild, workerSource } from "../../src/integrations/kiosk-worker.ts";
import { startServer, type StaticServer } from "../../scripts/serve.ts";

export class KioskSite {
  private server: StaticServer | undefined;
  port = 0;
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  static async copyOf(dist: string): Promise<KioskSite> {
    const site = new KioskSite(mkdtempSync(join(tmpdir(), "jianghua-kiosk-site-")));
    cpSync(dist, site.root, { recursive: true });
    await site.start();
    return site;
  }

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = await startServer({ root: this.root, port: this.port });
    this.port = this.server.port;
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  /** A new build: the page marked with `marker`, a new build id, a new worker with its manifest. */
  publish(marker: string): string {
    const file = join(this.root, "kiosk", "index.html");
    const page = readFileSync(file, "utf8")
      .replace(/data-build-id="[0-9a-f]{12}"/, `data-build-id="${buildIdPlaceholder}"`)
      .replace('<h1 class="kiosk-title"', `<h1 data-build="${marker}" class="kiosk-title"`);
    writeFileSync(file, page);
    const build = stampBuild(this.root);
    writeFileSync(join(this.root, "kiosk", "sw.js"), workerSource(build));
    return build.id;
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface WorkerStatus {
  id: string;
  files: number;
  intact: number;
  missing: string[];
  corrupt: string[];
  repaired: string[];
}

/** Asks the controlling worker for its account of its files ("check" also repairs what it can). */
export function workerStatus(page: Page, type: "status" | "check"): Promise<WorkerStatus> {
  return page.evaluate(
    (kind) =>
      new Promise<WorkerStatus>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data as WorkerStatus);
        navigator.serviceWorker.controller!.postMessage({ type: kind }, [channel.port2]);
      }),
    type,
  );
}

/** Loads the kiosk until its service worker controls it (the first load installs, the reload is served by it). */
export async function loadUntilOffline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/** Whether the kiosk runs: its script has started and its styles apply. */
export function kioskRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const shell = document.querySelector("kiosk-shell");
    return Boolean(shell?.classList.contains("is-enhanced")) && getComputedStyle(shell!).userSelect === "none";
  });
}

/** Replaces or deletes one entry of the kiosk's cache from inside the page, as a damaged disk would. */
export function damageEntry(page: Page, path: string, how: "corrupt" | "delete"): Promise<void> {
  return page.evaluate(
    async ([entry, action]) => {
      const name = (await caches.keys()).find((key) => key.startsWith("kiosk-"))!;
      const cache = await caches.open(name);
      if (action === "delete") await cache.delete(entry);
      else await cache.put(entry, new Response("/* damaged */", { headers: { "content-type": "text/javascript" } }));
    },
    [path, how] as const,
  );
}

/** What an operator's browser policy does: grants the origin persistent storage, so the browser never evicts it.
 *  The grant lasts as long as the session that made it, so that session stays open with the browser. */
export async function grantPersistentStorage(browser: Browser, context: BrowserContext, page: Page, origin: string) {
  const target = await context.newCDPSession(page);
  const { targetInfo } = await target.send("Target.getTargetInfo");
  const browserContextId = targetInfo.browserContextId;
  if (!browserContextId) throw new Error("grantPersistentStorage: the page's target names no browser context");
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send("Browser.grantPermissions", { permissions: ["durableStorage"], origin, browserContextId });
  await target.detach();
}

/** What the kiosk does at a reset: asks the server whether there is a new build ("no network" when it is down). */
export function lookForBuild(page: Page): Promise<string> {
  return page.evaluate(() =>
    navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration!.update())
      .then(
        () => "looked",
        () => "no network",
      ),
  );
}
