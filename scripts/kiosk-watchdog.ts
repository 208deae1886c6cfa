// The kiosk launcher's watchdog: whenever Chromium exits (a crash, a kill, an update), it is started again after
// a pause that doubles with each quick exit (1 s, 2 s, 4 s … at most a minute), so a browser that cannot start
// does not spin the machine; a browser that ran for a while is restarted after the shortest pause again.
import type { ChildProcess } from "node:child_process";

export interface Backoff {
  /** The first pause, ms. */
  first: number;
  /** The longest pause, ms. */
  most: number;
  /** A run at least this long (ms) counts as healthy: the next pause starts from `first` again. */
  healthy: number;
}

export const kioskBackoff: Backoff = { first: 1000, most: 60_000, healthy: 5 * 60_000 };

/** The pause before the next start, given the last pause and how long the last run lasted. */
export function nextPause(last: number | undefined, ran: number, backoff: Backoff): number {
  if (last === undefined || ran >= backoff.healthy) return backoff.first;
  return Math.min(backoff.most, last * 2);
}

export interface Watchdog {
  /** Stops watching and ends the running child. */
  stop(): void;
}

/** Keeps `start()`'s child running: started now, and again after each exit, until stopped. */
export function watch(
  start: () => ChildProcess,
  backoff: Backoff = kioskBackoff,
  onRestart: (pause: number, code: number | null) => void = () => undefined,
): Watchdog {
  let stopped = false;
  let child: ChildProcess | undefined;
  let pause: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    const started = Date.now();
    child = start();
    child.on("exit", (code) => {
      if (stopped) return;
      pause = nextPause(pause, Date.now() - started, backoff);
      onRestart(pause, code);
      timer = setTimeout(run, pause);
    });
  };
  run();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      child?.kill();
    },
  };
}
