import { chromium, type CDPSession } from "playwright-core";
import { ensureBrowser } from "./ensure-browser.ts";
import { startServer } from "./serve.ts";
import { seeded } from "./soak-kiosk.ts";
const server = await startServer({ root: "dist", port: 0 });
const origin = `http://localhost:${server.port}`;
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
await page.goto(`${origin}/kiosk/?idle=600&attract=600`);
const nodes = async () => { await cdp.send("HeapProfiler.collectGarbage"); const { metrics } = await cdp.send("Performance.getMetrics"); return metrics.find((m) => m.name === "Nodes")!.value; };
async function snapshot(cdp: CDPSession) {
  let chunks = "";
  const on = (e: { chunk: string }) => { chunks += e.chunk; };
  cdp.on("HeapProfiler.addHeapSnapshotChunk", on);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", on);
  const snap = JSON.parse(chunks);
  const fields = snap.snapshot.meta.node_fields as string[];
  const nf = fields.length, nameIdx = fields.indexOf("name"), typeIdx = fields.indexOf("type");
  const counts = new Map<string, number>();
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const name = snap.strings[snap.nodes[i + nameIdx]] as string;
    if (/^(Detached )?(HTML|SVG|Text|Comment)|^Detached/.test(name) || name === "Text") counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
const random = seeded(14);
const tap = async (n: number) => {
  for (let i = 0; i < n; i++) {
    const on = "[data-screen]:not([hidden]) button:visible:not(:disabled):not([data-action*=clear])";
    const controls = await page.locator(`${on}, [data-overlay]:not([hidden])`).all();
    const pick = controls[Math.floor(random() * controls.length)];
    if (pick) await pick.tap({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(100);
  }
};
await tap(30);
console.log("warm", await nodes());
const a = await snapshot(cdp);
await tap(80);
console.log("after 80", await nodes());
const b = await snapshot(cdp);
const diff = [...new Set([...a.keys(), ...b.keys()])].map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0)] as const).filter(([, d]) => d !== 0).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
console.log(diff.slice(0, 25));
await browser.close(); await server.close();
