// `npm run soak:kiosk -- --minutes N`: a random visitor at the kiosk for N minutes (taps on whatever control is
// on screen, swipes, pauses long enough for the idle warning and reset), with the heap, DOM nodes and event
// listeners measured after a garbage collection at every sample. Prints a table and whether anything grew after
// the warm-up (the first five minutes, or the first half of a shorter run). Serves dist/ (or --root=DIR) itself
// unless --origin=URL is given; --every=SECONDS between samples (60). Chromium runs the engine the hall's launcher
// gives it (kioskEngineArgs in scripts/kiosk.ts: no JavaScript compilers); --jit runs a desktop browser's instead.
import { chromium, type CDPSession, type Page } from "playwright-core";
import { ensureBrowser } from "./ensure-browser.ts";
import { kioskEngineArgs } from "./kiosk.ts";
import { startServer } from "./serve.ts";

export interface SoakSample {
  minute: number;
  heapMb: number;
  /** Chromium's count of DOM nodes alive in the renderer (those in the page and any not yet collected). */
  nodes: number;
  /** Nodes in the page's document itself, counted by walking it. */
  liveNodes: number;
  /** DOM objects (elements, text, comments) a heap snapshot finds reachable, in the document or held off it. */
  heapNodes: number;
  /** Attribute nodes alive (in Chromium's node count, outside any tree). */
  attrs: number;
  /** The JavaScript heap in a snapshot, in KB: objects (what a leak adds to), and compiled code apart. */
  objectsKb: number;
  codeKb: number;
  listeners: number;
  /** Different screens the visitor has had in front of them so far (proof that the taps do reach somewhere). */
  screens: number;
}

export interface SoakOptions {
  origin: string;
  minutes: number;
  /** Seconds between samples (60 for the record, less for a short run). */
  every?: number;
  /** Pauses between a visitor's steps are multiplied by this (1: 0.2–3 s; a short run goes faster). */
  pace?: number;
  /** The random number generator (seeded runs repeat the same visit). */
  random?: () => number;
  /** Run V8 with its compilers, as a desktop browser does, instead of the hall's engine (kioskEngineArgs). */
  jit?: boolean;
}

/** A seeded generator (mulberry32), so a run can be repeated. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function visitorStep(page: Page, cdp: CDPSession, random: () => number, pace: number): Promise<void> {
  const roll = random();
  if (roll < 0.05) return page.waitForTimeout(30_000); // long enough for "still there?" and the reset
  if (roll < 0.2) {
    // A swipe across the slide, with real touch events.
    const [from, to] = random() < 0.5 ? [1500, 700] : [700, 1500];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y: 540 }] });
    for (let step = 1; step <= 5; step++) {
      const x = from + ((to - from) * step) / 5;
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: 540 }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  } else {
    // A tap on any control on screen (or a layer over it), but never on "clear the counts". The control is picked
    // in the page and touched at its centre through DevTools, as the swipe is: the test driver's own selector
    // engine never reaches the kiosk's elements, so what the soak measures is the kiosk's own (the engine reads
    // every attribute of an element it acts on, which leaves attribute nodes and caches in the page's heap).
    const at = await page.evaluate((roll) => {
      const on =
        "[data-screen]:not([hidden]) button:not(:disabled):not([data-action*=clear]), " +
        "[data-overlay]:not([hidden])";
      const shown = [...document.querySelectorAll(on)]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight);
      const box = shown[Math.floor(roll * shown.length)];
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
    }, random());
    if (at) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [at] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    }
  }
  await page.waitForTimeout((200 + random() * 2800) * pace);
}

/** The DevTools Performance metrics (JSHeapUsedSize, Nodes, JSEventListeners …) read after a forced garbage
 *  collection, by name (0 for a name Chromium does not report). Needs `Performance.enable` on the session. */
export async function metricsAfterGc(cdp: CDPSession): Promise<(name: string) => number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
}

/** From a heap snapshot (which collects garbage first): the DOM objects (elements, text, comments) the page and
 *  its scripts keep alive, in the document or held off it by a variable, a listener or a cache; the attribute
 *  nodes (Attr), which Chromium counts as DOM nodes although they are in no tree; and the bytes of the JavaScript
 *  heap, split into compiled code (bytecode and V8's feedback on each function, made as a visitor first reaches
 *  a part of the kiosk, and with --jit the optimised code of functions used often: bounded by the kiosk's own
 *  code) and everything else, the objects a leak would add to. Chromium's own objects (styles, fonts,
 *  performance entries) are not in either. */
async function heapCensus(
  cdp: CDPSession,
): Promise<{ nodes: number; attrs: number; objectsKb: number; codeKb: number }> {
  let text = "";
  const collect = (event: { chunk: string }) => {
    text += event.chunk;
  };
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [name, type, size] = ["name", "type", "self_size"].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
  ];
  let [nodes, attrs, objects, code] = [0, 0, 0, 0];
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = snapshot.strings[snapshot.nodes[i + name]!]!;
    if (/^(Detached )?(HTML\w*Element|SVG\w*Element|Text|Comment|CDATASection)$/.test(kind)) nodes++;
    else if (kind === "Attr") attrs++;
    const nodeType = types[snapshot.nodes[i + type]!];
    if (nodeType === "code") code += snapshot.nodes[i + size]!;
    else if (nodeType !== "native" && nodeType !== "synthetic") objects += snapshot.nodes[i + size]!;
  }
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return { nodes, attrs, objectsKb: kb(objects), codeKb: kb(code) };
}

export async function soak(options: SoakOptions, report: (sample: SoakSample) => void = () => undefined) {
  const { origin, minutes, every = 60, pace = 1, random = seeded(14), jit = false } = options;
  const args = ["--no-sandbox", "--disable-gpu", ...(jit ? [] : kioskEngineArgs)];
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const kiosk = `${origin}/kiosk/?idle=5&countdown=20&attract=3&cycle=2`;
  const response = await page.goto(kiosk);
  if (!response?.ok() || !(await page.locator("kiosk-shell").count())) {
    await browser.close();
    throw new Error(`soak: no kiosk at ${kiosk} (HTTP ${response?.status()}): build the site first (npm run build)`);
  }
  const samples: SoakSample[] = [];
  const seen = new Set<string>();
  const measure = async () => {
    const value = await metricsAfterGc(cdp);
    const liveNodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document);
      let count = 1;
      while (walker.nextNode()) count++;
      return count;
    });
    const heap = await heapCensus(cdp);
    const sample = {
      minute: Math.round(((samples.length * every) / 60) * 100) / 100,
      heapMb: Math.round(value("JSHeapUsedSize") / 1e4) / 100,
      nodes: value("Nodes"),
      liveNodes,
      heapNodes: heap.nodes,
      attrs: heap.attrs,
      objectsKb: heap.objectsKb,
      codeKb: heap.codeKb,
      listeners: value("JSEventListeners"),
      screens: seen.size,
    };
    samples.push(sample);
    report(sample);
  };
  await measure();
  // Without V8's compilers there is no WebAssembly either: what the page sees tells which engine ran.
  const jitless = await page.evaluate(() => typeof WebAssembly === "undefined");
  const end = Date.now() + minutes * 60_000;
  let next = Date.now() + every * 1000;
  while (Date.now() < end) {
    await visitorStep(page, cdp, random, pace);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-screen]:not([hidden])")].map((screen) => screen.dataset.screen),
    );
    for (const screen of shown) if (screen) seen.add(screen);
    if (Date.now() >= next) {
      await measure();
      next += every * 1000;
    }
  }
  await browser.close();
  return { samples, jitless };
}

/** Growth from the first sample after the warm-up to the last, as fractions (0.1 = 10 % more). */
export function growthAfter(samples: SoakSample[], warmMinutes: number) {
  const warm = samples.find((s) => s.minute >= warmMinutes) ?? samples[0]!;
  const last = samples.at(-1)!;
  const grow = (key: "heapMb" | "objectsKb" | "codeKb" | "nodes" | "liveNodes" | "heapNodes" | "listeners") =>
    (last[key] - warm[key]) / warm[key];
  return {
    from: warm.minute,
    heap: grow("heapMb"),
    objects: grow("objectsKb"),
    code: grow("codeKb"),
    nodes: grow("nodes"),
    liveNodes: grow("liveNodes"),
    heapNodes: grow("heapNodes"),
    listeners: grow("listeners"),
  };
}

if (import.meta.main) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const minutes = Number(arg("minutes") ?? process.argv[process.argv.indexOf("--minutes") + 1] ?? 5);
  const every = Number(arg("every") ?? 60);
  const server = arg("origin") ? undefined : await startServer({ root: arg("root") ?? "dist", port: 0 });
  const origin = arg("origin") ?? `http://localhost:${server!.port}`;
  // Each column of the table: its heading and the sample's field it shows.
  const columns: Array<[string, keyof SoakSample]> = [
    ["minute", "minute"],
    ["heap (MB)", "heapMb"],
    ["DOM nodes (renderer)", "nodes"],
    ["nodes in the page", "liveNodes"],
    ["DOM objects in the heap", "heapNodes"],
    ["Attr nodes", "attrs"],
    ["heap objects (KB)", "objectsKb"],
    ["compiled code (KB)", "codeKb"],
    ["listeners", "listeners"],
    ["screens seen", "screens"],
  ];
  const jit = process.argv.includes("--jit");
  console.log(`Chromium's JavaScript engine: ${jit ? "with its compilers (--jit)" : "the hall's, without compilers"}`);
  const line = (cells: Array<string | number>) => console.log(`| ${cells.join(" | ")} |`);
  line(columns.map(([heading]) => heading));
  line(columns.map(() => "---"));
  const row = (s: SoakSample) => line(columns.map(([, field]) => s[field]));
  const { samples } = await soak({ origin, minutes, every, jit }, row);
  await server?.close();
  const growth = growthAfter(samples, Math.min(5, minutes / 2));
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const { heap, objects, code, nodes, liveNodes, heapNodes, listeners } = growth;
  console.log(
    `After minute ${growth.from}: heap ${pct(heap)} (objects ${pct(objects)}, compiled code ${pct(code)}), ` +
      `nodes ${pct(nodes)} (in the page ${pct(liveNodes)}, ` +
      `in the heap ${pct(heapNodes)}), listeners ${pct(listeners)}`,
  );
}
