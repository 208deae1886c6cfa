// The page's side of offline health: registers the kiosk's service worker, asks for persistent storage, looks for
// a new build at every reset and every few minutes, and reloads into a new build only when the shell says it is
// on the start screen (until then the worker serves this page its own build's files). Failures (an install that
// did not finish, a full disk, no network) are kept in the health record for the staff screen.
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
  /** A worker of a newer build took over while this page was running. */
  private updated = false;
  /** Called when a new build is ready to be shown. */
  onUpdateReady: () => void = () => undefined;

  start(minutes: number, build: string): void {
    if (!("serviceWorker" in navigator)) return;
    const hadController = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      // The first install takes control of this very page: nothing newer to show.
      if (!hadController) return;
      this.updated = true;
      this.onUpdateReady();
    });
    navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
      const data = event.data as { type?: string; reason?: string };
      if (data?.type !== "install-failed") return;
      noteHealth({ installFailure: { at: Date.now(), reason: String(data.reason) } });
    });
    navigator.serviceWorker.controller?.postMessage({ type: "running", build });
    navigator.serviceWorker
      .register("/kiosk/sw.js", { scope: "/kiosk/", updateViaCache: "none" })
      .then((registration) => {
        this.registration = registration;
        registration.addEventListener("updatefound", () => this.watch(registration.installing));
        this.watch(registration.installing);
      })
      .catch((error: Error) => noteHealth({ installFailure: { at: Date.now(), reason: error.message } }));
    void navigator.storage?.persist?.().then((persisted) => noteHealth({ persisted }));
    window.setInterval(() => void this.lookForUpdate(), minutes * 60_000);
  }

  private watch(worker: ServiceWorker | null): void {
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" || worker.state === "activated") noteHealth({ installFailure: undefined });
      if (worker.state === "redundant" && readHealth().installFailure === undefined) {
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
    return this.updated;
  }

  /** Only on the start screen: the page reloads into the new build. */
  swap(): boolean {
    if (!this.updated) return false;
    location.reload();
    return true;
  }

  /** The worker's own account of its files ("status" verifies, "check" also repairs when the network allows). */
  ask(type: "status" | "check"): Promise<WorkerStatus | undefined> {
    const worker = navigator.serviceWorker?.controller;
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // A port with a handler lives until it is closed: closed after the answer (or none), or every question
      // asked at a reset would stay in memory for as long as the kiosk runs.
      const answer = (status: WorkerStatus | undefined) => {
        window.clearTimeout(timeout);
        channel.port1.onmessage = null;
        channel.port1.close();
        resolve(status);
      };
      const timeout = window.setTimeout(() => answer(undefined), 10_000);
      channel.port1.onmessage = (event) => answer(event.data as WorkerStatus);
      worker.postMessage({ type }, [channel.port2]);
    });
  }
}
