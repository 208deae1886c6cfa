// Progress lines for the slow build steps (PNG downloads, share cards): one line per file with its time and
// size, so a long build shows where it is. `npm run bench:cards` reads these lines back.
const done = new Map<string, number>();

export function reportFile(step: string, total: number, path: string, startedAt: number, bytes: number): void {
  const count = (done.get(step) ?? 0) + 1;
  done.set(step, count);
  const ms = Math.round(performance.now() - startedAt);
  console.log(`\n[${step}] ${count}/${total} ${path} ${ms} ms ${bytes} bytes`);
}
