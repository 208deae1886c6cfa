// Render workers, as many as the machine has cores (fewer when there are fewer jobs): images are drawn in
// parallel within the build. The worker is the TypeScript file itself; Node runs it with its types stripped.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { FontFile } from "./fonts.ts";
import type { ImageJob } from "./job.ts";
import type { Drawn } from "./render.ts";

/** A drawn image or its error, for job `id`; or, once from each worker, its warm-up time. */
interface WorkerMessage {
  id?: number;
  drawn?: Drawn;
  error?: string;
  warmUp?: number;
  warmUpError?: string | undefined;
}

interface Pending {
  resolve: (drawn: Drawn) => void;
  reject: (error: Error) => void;
}

/** Characters for the workers' warm-up: the first 40 different ones the jobs draw (white space left out). */
export function warmUpSample(text: string): string {
  return [...new Set(text.replace(/\s/gu, ""))].slice(0, 40).join("");
}

export class RenderPool {
  readonly size: number;
  /** CPU time (ms) each worker spent warming up before its first image, as the workers report it. */
  readonly warmUps: number[] = [];
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ id: number; job: ImageJob }> = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  /**
   * `warmUp.sample`: characters the fonts hold and the jobs draw (Chinese among them, where they have it);
   * `warmUp.job`: one job of the build, drawn once and thrown away; both for the workers' warm-up.
   */
  constructor(
    fonts: FontFile[],
    jobs: number,
    warmUp: { sample?: string; job?: ImageJob | undefined } = {},
    root = process.cwd(),
  ) {
    const { sample = "0123456789", job: warmUpJob } = warmUp;
    this.size = Math.max(1, Math.min(availableParallelism(), jobs));
    // resvg's allocator (mimalloc, in the native module each worker loads) takes a fresh canvas of a few MB for
    // every image and touches it page by page; with large pages allowed it faults a 2 MB page at a time instead
    // of 4 KB, and draws an empty share card in about half the time (docs/benchmarks.md). The allocator reads
    // the setting from the process's environment when a worker first loads the module; set it to 0 to compare.
    process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= "1";
    // And it keeps the memory an image freed for the next one, instead of handing it back to the kernel 10 ms
    // later (its default): a worker draws one image after another, and memory handed back costs a fault and
    // zeroing per page the next time (worker.ts).
    process.env.MIMALLOC_PURGE_DELAY ??= "-1";
    // A canvas too large for the allocator's ordinary pages (a long image's: 20 to 86 MB) gets memory of its own
    // from the kernel and hands it back when freed, so the next long image has its pages mapped and zeroed
    // again. Memory set aside up front (address space: mapped only where touched) keeps those canvases too. In
    // the build, a long image then met a median of 2,471–5,020 page faults instead of 9,158–17,351, and the
    // twelve took 4.5–6.4 s of CPU instead of 5.7–7.3 s (ten runs against five, docs/benchmarks.md).
    process.env.MIMALLOC_RESERVE_OS_MEMORY ??= "1GiB";
    // Each worker's young generation is fixed at two semi-spaces of 8 MB. By default V8 starts them small and grows
    // them, up to 64 MB each, while many young objects survive (a long image's layout), then shrinks them again:
    // the collection after a card could then take 15–43 ms instead of 2–4, mapping hundreds of pages, while the
    // other worker drew a long image. With the size fixed, the slowest of 88 cards drawn beside long or chart
    // images took 33–43 ms instead of 46–99 (docs/benchmarks.md). V8 reads these settings when an isolate is
    // made, so they reach the workers made from here on; the build's own thread keeps its heap as it is.
    setFlagsFromString("--min-semi-space-size=8 --max-semi-space-size=8");
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(join(root, "src/images/worker.ts"), { workerData: { fonts, sample, warmUpJob } });
      worker.on("message", ({ id, drawn, error, warmUp, warmUpError }: WorkerMessage) => {
        if (warmUp !== undefined) {
          this.warmUps.push(warmUp);
          if (warmUpError)
            console.warn(`[images] a render worker's warm-up failed (its first image pays): ${warmUpError}`);
          return;
        }
        const waiting = this.pending.get(id!)!;
        this.pending.delete(id!);
        if (error) waiting.reject(new Error(error));
        else waiting.resolve({ ...drawn!, png: new Uint8Array(drawn!.png) });
        this.idle.push(worker);
        this.pump();
      });
      worker.on("error", (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  render(job: ImageJob): Promise<Drawn> {
    const id = this.next++;
    const done = new Promise<Drawn>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, job });
    this.pump();
    return done;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
