// `npm run bench:cards`: builds the site once into bench/out/site and reads back the progress lines the build
// prints for its slow steps, to report the time and size of every share card and chart PNG, and the totals.
// A measurement, not a test: run it on a quiet machine and record the figures in docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

interface Made {
  step: string;
  path: string;
  ms: number;
  bytes: number;
}

const started = performance.now();
const build = spawnSync("astro", ["build", "--outDir", "bench/out/site"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const wall = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(build.status ?? 1);
}

const made: Made[] = [...build.stdout.matchAll(/^\[(share card|chart png)\] \d+\/\d+ (\S+) (\d+) ms (\d+) bytes$/gm)].map((m) => ({
  step: m[1]!,
  path: m[2]!,
  ms: Number(m[3]),
  bytes: Number(m[4]),
}));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length ? Math.round((sorted[Math.floor(mid)]! + sorted[Math.ceil(mid) - 1]!) / 2) : 0;
};

const lines = [
  `date: ${new Date().toISOString().slice(0, 10)}`,
  `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  `whole build: ${wall.toFixed(1)} s`,
  "",
  "| step | files | first (cold) ms | median ms | max ms | total ms | total KB | median KB |",
  "|---|---|---|---|---|---|---|---|",
];
for (const step of ["share card", "chart png"]) {
  const rows = made.filter((m) => m.step === step);
  const ms = rows.map((r) => r.ms);
  const kb = rows.map((r) => r.bytes / 1024);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  lines.push(
    `| ${step} | ${rows.length} | ${ms[0] ?? 0} | ${median(ms)} | ${Math.max(0, ...ms)} | ${sum(ms)} | ${sum(kb).toFixed(0)} | ${median(kb).toFixed(0)} |`,
  );
}
lines.push("", "| file | ms | KB |", "|---|---|---|", ...made.map((m) => `| ${m.path} | ${m.ms} | ${(m.bytes / 1024).toFixed(1)} |`));
console.log(lines.join("\n"));
