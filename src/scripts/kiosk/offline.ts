// The page's side of offline health: registers the kiosk's service worker, asks for persistent storage, looks for
// a new build at every reset and every few minutes, and swaps to a new build only when the shell says it is on
// the start screen. Failures (an install that did not finish, a full disk, no network) are kept in the health
// record for the staff screen.
export interface WorkerStatus {
  id: string;
  files: number;
  bytes: number;
  intact: number;
  missing: string[];
  corrupt: string[];
  repaired: string[];
  checkedAt: number;
}

export interface Health {
  installFailure?: { at: number; reason: string };
  lastUpdate?: { at: number; ok: boolean };
  lastReset?: number;
  persisted?: boolean;
}

const healthKey = "jianghua-kiosk-health";

export function readHealth(): Health {
  try {
    return (JSON.parse(localStorage.getItem(healthKey) ?? "{}") as Health) ?? {};
  } catch {
    return {};
  }
}

/** Merges a change into the health record; a key set to undefined is removed. */
export function noteHealth(change: { [K in keyof Health]?: Health[K] | undefined }): void {
  const next = { ...readHealth(), ...change };
  for (const key of Object.keys(change) as Array<keyof Health>) if (change[key] === undefined) delete next[key];
  try {
    localStorage.setItem(healthKey, JSON.stringify(next));
  } catch {
    // Storage full: the staff screen shows what it can read.
  }
}

export class OfflineHealth {
  private registration: ServiceWorkerRegistration | undefined;
  private swapping = false;
  /** Called when a new build is installed and waiting for the start screen. */
  onUpdateReady: () => void = () => undefined;

  start(minutes: number): void {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.addEventListener("controllerchange", () => this.swapping && location.reload());
    navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
      const data = event.data as { type?: string; reason?: string };
      if (data?.type === "install-failed") noteHealth({ installFailure: { at: Date.now(), reason: String(data.reason) } });
    });
    navigator.serviceWorker
      .register("/kiosk/sw.js", { scope: "/kiosk/", updateViaCache: "none" })
      .then((registration) => {
        this.registration = registration;
        registration.addEventListener("updatefound", () => this.watch(registration.installing));
        this.watch(registration.installing);
        if (registration.waiting) this.onUpdateReady();
      })
      .catch((error: Error) => noteHealth({ installFailure: { at: Date.now(), reason: error.message } }));
    void navigator.storage?.persist?.().then((persisted) => noteHealth({ persisted }));
    window.setInterval(() => void this.lookForUpdate(), minutes * 60_000);
  }

  private watch(worker: ServiceWorker | null): void {
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") {
        noteHealth({ installFailure: undefined });
        if (navigator.serviceWorker.controller) this.onUpdateReady();
      }
      if (worker.state === "redundant" && !this.swapping && readHealth().installFailure === undefined) {
        noteHealth({ installFailure: { at: Date.now(), reason: "install did not finish" } });
      }
    });
  }

  /** Asks the server for a newer build, and the worker to repair what it holds; without network both wait. */
  async lookForUpdate(): Promise<void> {
    const registration = this.registration;
    if (!registration) return;
    try {
      await registration.update();
      noteHealth({ lastUpdate: { at: Date.now(), ok: true } });
    } catch {
      noteHealth({ lastUpdate: { at: Date.now(), ok: false } });
    }
    void this.ask("check");
  }

  hasUpdate(): boolean {
    return Boolean(this.registration?.waiting && navigator.serviceWorker.controller);
  }

  /** Only on the start screen: the waiting build takes over and the page reloads into it. */
  swap(): boolean {
    const waiting = this.registration?.waiting;
    if (!waiting || !navigator.serviceWorker.controller) return false;
    this.swapping = true;
    waiting.postMessage({ type: "skip-waiting" });
    return true;
  }

  /** The worker's own account of its files ("status" verifies, "check" also repairs when the network allows). */
  ask(type: "status" | "check"): Promise<WorkerStatus | undefined> {
    const worker = navigator.serviceWorker?.controller;
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      const timeout = window.setTimeout(() => resolve(undefined), 10_000);
      channel.port1.onmessage = (event) => {
        window.clearTimeout(timeout);
        resolve(event.data as WorkerStatus);
      };
      worker.postMessage({ type }, [channel.port2]);
    });
  }
}
