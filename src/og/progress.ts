// Progress lines for the slow build steps (every image made at build): one line per file with its time and size
// and whether it was drawn or taken from the cache, so a long build shows where it is. `npm run bench:cards` reads these lines back.
const done = new Map<string, number>();

export function reportFile(step: string, total: number, path: string, ms: number, bytes: number, note?: string): void {
  const count = (done.get(step) ?? 0) + 1;
  done.set(step, count);
  console.log(`\n[${step}] ${count}/${total} ${path} ${Math.round(ms)} ms ${bytes} bytes${note ? ` (${note})` : ""}`);
}
