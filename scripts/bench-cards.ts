// `npm run bench:cards`: builds the site twice into bench/out/site with an empty image cache of its own, so the
// first build is cold (every image drawn) and the second warm (every image from the cache), and reads back the
// lines the build prints per image and for the whole image step. Then it draws the cold build's share cards again
// on their own: one render worker (the build's code, fonts and warm-up), every card BENCH_ROUNDS times (5), in
// turn, with nothing else drawing; what a card costs without the rest of the build running beside it. The first
// round is what a build asks of a worker (each card drawn once); later rounds draw cards the worker has drawn
// before, with its caches warm, and are reported apart. A measurement, not a test: run it on a quiet machine and
// record the figures in docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { median as medianOf } from "../bench/ratio.ts";
import { cutFonts } from "../src/images/fonts.ts";
import type { ImageJob } from "../src/images/job.ts";
import { RenderPool, warmUpSample } from "../src/images/pool.ts";

interface Made {
  step: string;
  path: string;
  ms: number;
  bytes: number;
  drawn: boolean;
  /** CPU time of the worker thread that drew it. */
  cpu: number;
  /** Pages the kernel mapped for it in that thread (Linux). */
  faults: number;
}

function build(cache: string, jobsFile?: string) {
  const started = performance.now();
  const run = spawnSync("astro", ["build", "--outDir", "bench/out/site"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, IMAGE_CACHE: cache, ...(jobsFile ? { IMAGE_JOBS_FILE: jobsFile } : {}) },
  });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
  const line = new RegExp(
    String.raw`^\[([a-z ]+)\] \d+/\d+ (\S+) (\d+) ms (\d+) bytes ` +
      String.raw`\((drawn|cached)(?:, CPU (\d+) ms)?(?:, (\d+) page faults)?\)$`,
    "gm",
  );
  const made: Made[] = [...run.stdout.matchAll(line)].map((m) => ({
    step: m[1]!,
    path: m[2]!,
    ms: Number(m[3]),
    bytes: Number(m[4]),
    drawn: m[5] === "drawn",
    cpu: Number(m[6] ?? 0),
    faults: Number(m[7] ?? 0),
  }));
  const step = /^\[images\] (.*)$/m.exec(run.stdout)?.[1] ?? "no summary line";
  return { wall, made, step };
}

/** Whole milliseconds or kilobytes; 0 for a step that drew nothing. */
const median = (values: number[]) => (values.length ? Math.round(medianOf(values)) : 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const cache = mkdtempSync(join(tmpdir(), "jianghua-bench-images-"));
const jobsFile = join(cache, "share-card-jobs.json");
const cold = build(cache, jobsFile);
const warm = build(cache);

/** Every share card of the cold build, drawn `rounds` times in one worker: the CPU ms of each drawing, per card. */
async function cardsAlone(rounds: number): Promise<{ warmUp: number; cpu: Map<string, number[]> }> {
  const { text, cards } = JSON.parse(readFileSync(jobsFile, "utf8")) as { text: string; cards: ImageJob[] };
  process.env.IMAGE_CACHE = cache; // the fonts the cold build cut
  const pool = new RenderPool(await cutFonts(text), 1, { sample: warmUpSample(text), job: cards[0] });
  const cpu = new Map(cards.map((card) => [card.path, [] as number[]]));
  for (let round = 0; round < rounds; round++)
    for (const card of cards) cpu.get(card.path)!.push((await pool.render(card)).cpuMs);
  await pool.close();
  return { warmUp: pool.warmUps[0] ?? 0, cpu };
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const alone = await cardsAlone(rounds);
rmSync(cache, { recursive: true, force: true });

const lines = [
  `date: ${new Date().toISOString().slice(0, 10)}`,
  `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}`,
  `cold build: ${cold.wall.toFixed(1)} s in all; image step: ${cold.step}`,
  `warm build: ${warm.wall.toFixed(1)} s in all; image step: ${warm.step}`,
  "",
  "Drawing time of each image in its worker (cold build), wall clock and the worker thread's CPU time.",
];
const firsts = [...alone.cpu.values()].map((values) => values[0]!);
const later = [...alone.cpu.values()].map((values) => values.slice(1));
const laterMedians = later.map(median);
const laterDrawings = later.flat();
lines.push(
  "",
  `Share cards drawn again on their own (one worker, warm-up CPU ${alone.warmUp} ms, ${rounds} rounds of all ` +
    `${alone.cpu.size} cards). First round, each card drawn once as in a build: CPU ms ` +
    `${Math.min(...firsts)}–${Math.max(...firsts)}, median ${median(firsts)}, over 60 ms: ` +
    `${firsts.filter((c) => c > 60).length}. Later rounds: median per card ` +
    `${Math.min(...laterMedians)}–${Math.max(...laterMedians)} ms, ` +
    `slowest drawing ${Math.max(...laterDrawings)} ms, ` +
    `over 60 ms: ${laterDrawings.filter((c) => c > 60).length} of ${laterDrawings.length}.`,
  "",
  "| step | files | median ms | max ms | median CPU ms | max CPU ms | over 60 CPU ms | total CPU ms " +
    "| median page faults | total KB | median KB |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
);
for (const step of [...new Set(cold.made.map((m) => m.step))]) {
  const rows = cold.made.filter((m) => m.step === step && m.drawn);
  const ms = rows.map((r) => r.ms);
  const cpu = rows.map((r) => r.cpu);
  const kb = rows.map((r) => r.bytes / 1024);
  lines.push(
    `| ${step} | ${rows.length} | ${median(ms)} | ${Math.max(0, ...ms)} | ${median(cpu)} | ${Math.max(0, ...cpu)} ` +
      `| ${cpu.filter((c) => c > 60).length} | ${sum(cpu)} | ${median(rows.map((r) => r.faults))} ` +
      `| ${sum(kb).toFixed(0)} | ${median(kb).toFixed(0)} |`,
  );
}
lines.push(
  "",
  "| file | cold ms | cold CPU ms | page faults | warm ms | KB | alone, first: CPU ms | alone, later: median CPU ms |",
  "|---|---|---|---|---|---|---|---|",
);
for (const m of cold.made) {
  const again = warm.made.find((w) => w.path === m.path);
  const warmText = again ? `${again.ms}${again.drawn ? " (drawn again)" : ""}` : "–";
  const drawings = alone.cpu.get(m.path);
  const aloneText = drawings ? `${drawings[0]} | ${median(drawings.slice(1))}` : "– | –";
  lines.push(
    `| ${m.path} | ${m.ms} | ${m.cpu} | ${m.faults} | ${warmText} | ${(m.bytes / 1024).toFixed(1)} | ${aloneText} |`,
  );
}
console.log(lines.join("\n"));
