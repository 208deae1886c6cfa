import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { kioskBackoff, nextPause, watch } from "../../scripts/kiosk-watchdog.ts";

describe("the kiosk launcher's watchdog", () => {
  it("doubles the pause after each quick exit up to a minute, and starts over after a healthy run", () => {
    const pauses: number[] = [];
    let pause: number | undefined;
    for (let exit = 0; exit < 9; exit++) pauses.push((pause = nextPause(pause, 200, kioskBackoff)));
    expect(pauses).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(nextPause(60_000, 10 * 60_000, kioskBackoff)).toBe(1000);
  });

  it("starts a browser that exits again, with growing pauses, and not once stopped", async () => {
    const starts: number[] = [];
    const pauses: number[] = [];
    const dog = watch(
      () => {
        starts.push(Date.now());
        return spawn(process.execPath, ["-e", "process.exit(3)"]);
      },
      { first: 40, most: 160, healthy: 60_000 },
      (pause, code) => {
        expect(code).toBe(3);
        pauses.push(pause);
      },
    );
    await expect.poll(() => starts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    dog.stop();
    const count = starts.length;
    expect(pauses.slice(0, 3)).toEqual([40, 80, 160]);
    for (let i = 1; i < Math.min(count, 4); i++) {
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(pauses[i - 1]! - 5);
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(starts.length).toBe(count);
  });
});
