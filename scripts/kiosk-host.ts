// The launcher's side of the kiosk page's messages (src/scripts/kiosk/host.ts), over the DevTools protocol: what
// a page cannot do itself. At each idle reset the pinch zoom goes back to 1× (desktop Chromium keeps it through
// anything the page does) and the history is cleared, so no swipe leads anywhere; a kiosk that left /kiosk/ by
// any route is sent back after the idle time.
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { hostBinding, type HostEvent } from "../src/scripts/kiosk/host.ts";

export async function attachHost(context: BrowserContext, kioskUrl: string, awayMs: number): Promise<void> {
  await context.exposeBinding(hostBinding, async ({ page }, payload: string) => {
    const { event } = JSON.parse(payload) as { event: HostEvent };
    if (event !== "reset") return;
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send("Emulation.setPageScaleFactor", { pageScaleFactor: 1 });
      await cdp.send("Page.resetNavigationHistory");
    } finally {
      await cdp.detach();
    }
  });
  const guard = (page: Page) => {
    let timer: NodeJS.Timeout | undefined;
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      clearTimeout(timer);
      if (new URL(frame.url()).pathname.startsWith("/kiosk/")) return;
      timer = setTimeout(() => void page.goto(kioskUrl).catch(() => undefined), awayMs);
    });
    page.on("close", () => clearTimeout(timer));
  };
  for (const page of context.pages()) guard(page);
  context.on("page", guard);
}

/** Connects to the kiosk's Chromium on its DevTools port (retrying while it starts) and attaches the host. */
export async function connectHost(port: number, kioskUrl: string, awayMs: number, tries = 40): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      await attachHost(browser.contexts()[0]!, kioskUrl, awayMs);
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
