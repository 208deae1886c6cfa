// Launches Debian's Chromium through playwright-core with flags that keep it from reaching the network on its
// own, and opens pages while recording console errors and every request that leaves the site.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ensureBrowser } from "../../scripts/ensure-browser.ts";

/**
 * One Chromium for the test file that calls this at its top level: launched before its tests, closed after them.
 * The returned object stands for that browser (calls go to it once it is running).
 */
export function sharedBrowser(): Browser {
  let running: Browser | undefined;
  beforeAll(async () => {
    running = await launchBrowser();
  });
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as Browser, {
    get(_, property) {
      if (!running) throw new Error("the shared browser is used before its test file's tests start");
      const value = Reflect.get(running, property, running);
      return typeof value === "function" ? value.bind(running) : value;
    },
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureBrowser(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
    ],
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Requests to any origin other than the allowed ones. */
  foreignRequests: string[];
}

/** A fresh context and page that records console errors, page errors and requests outside `allowed` origins. */
export async function watchedPage(
  browser: Browser,
  allowed: string[],
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return;
    if (!allowed.some((origin) => url.startsWith(`${origin}/`) || url === origin)) foreignRequests.push(url);
  });
  return { page, context, consoleErrors, foreignRequests };
}

/**
 * Watched pages kept for a whole test file, one for each key (a width, a view, a theme), made with `options(key)`
 * when first asked for: a new context for every page a test visits costs most of a second. Each time a page is
 * handed out its records of console errors and outside requests are emptied; the contexts close after the file.
 */
export function reusedPages<Key>(
  browser: Browser,
  allowed: string[],
  options: (key: Key) => BrowserContextOptions,
): (key: Key) => Promise<Watched> {
  const pages = new Map<Key, Promise<Watched>>();
  afterAll(async () => {
    for (const watched of pages.values()) await (await watched).context.close();
  });
  return async (key) => {
    if (!pages.has(key)) pages.set(key, watchedPage(browser, allowed, options(key)));
    const watched = await pages.get(key)!;
    watched.consoleErrors.length = 0;
    watched.foreignRequests.length = 0;
    return watched;
  };
}

/**
 * Loads `url` as a new document even where the page already shows it at another fragment (where `goto` would
 * only scroll): one navigation, to the same page with a query of its own each time (`?load=N`), which no chapter
 * or story page reads. Not by way of another page first (two navigations a landing), and not by way of
 * about:blank: the site's pages ask for a browsing context group of their own (Cross-Origin-Opener-Policy), so
 * every navigation from about:blank starts a new renderer process, about a third of a second each time.
 */
let loads = 0;
export async function freshLoad(page: Page, url: string) {
  const fresh = new URL(url);
  fresh.searchParams.set("load", String(++loads));
  return page.goto(fresh.href);
}
