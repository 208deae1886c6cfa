// Fills the staff screen: build, offline health, storage, updates, the last reset, and the counts as a table and
// as a QR code of their JSON (the encoder loads only when the staff screen opens). Values are shown as they are,
// with units; the labels beside them are in both languages already.
import { countsJson, type CountsData } from "../../kiosk/counts.ts";
import { readHealth, type Health, type OfflineHealth } from "./offline.ts";

const time = (at: number | undefined) => (at ? new Date(at).toLocaleString("sv-SE").slice(0, 16) : "—");
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function offlineLine(status: Awaited<ReturnType<OfflineHealth["ask"]>>, failure: string | undefined): string {
  const failed = failure ? ` · install failed: ${failure}` : "";
  if (!status) return `not ready: no service worker in control${failed}`;
  const problems = [
    ...status.missing.map((file) => `missing ${file}`),
    ...status.corrupt.map((file) => `damaged ${file}`),
  ];
  const state = problems.length === 0 ? "ready" : `not ready (${problems.join(", ")})`;
  const repaired = status.repaired.length > 0 ? ` · repaired ${status.repaired.length}` : "";
  const files = `${status.intact} of ${status.files} files intact`;
  return `${state}: ${files}, checked ${time(status.checkedAt)}${repaired}${failed}`;
}

/** Whether the browser keeps the kiosk's files when the disk fills up, and what it said when the kiosk asked. */
function persistence(now: boolean | undefined, answer: boolean | undefined): string {
  if (now) return "persistent: yes";
  if (answer === undefined) return "persistent: no (not asked yet)";
  return "persistent: no (asked; the browser refused, so it may clear the offline copy when the disk is full)";
}

/** Usage against quota; SHORT when a new build would not fit beside this one, or the last install ran out of room. */
async function storageLine(needed: number, health: Health): Promise<string> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = await navigator.storage?.persisted?.().catch(() => false);
  if (!estimate?.quota) return "unknown";
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  const full = /QuotaExceeded/.test(health.installFailure?.reason ?? "") || (needed > 0 && free < 2 * needed);
  const short = full ? `SHORT: ${megabytes(free)} free, a new build needs about ${megabytes(needed)} · ` : "";
  const used = `${megabytes(estimate.usage ?? 0)} used of ${megabytes(estimate.quota)}`;
  return `${short}${used} · ${persistence(persisted, health.persisted)}`;
}

export async function renderStaff(
  root: HTMLElement,
  offline: OfflineHealth,
  counts: CountsData,
  buildId: string,
): Promise<void> {
  const set = (key: string, text: string) => {
    const cell = root.querySelector(`[data-status="${key}"]`);
    if (cell) cell.textContent = text;
  };
  const health = readHealth();
  const status = await offline.ask("status");
  const date = (root.closest("kiosk-shell") as HTMLElement | null)?.dataset.buildDate ?? "";
  // The build's stated date (site.config.json or SOURCE_DATE_EPOCH), not the clock: builds are reproducible.
  set("build", `${buildId} · ${date}`);
  set("offline", offlineLine(status, health.installFailure?.reason));
  set("storage", await storageLine(status?.bytes ?? 0, health));
  const update = health.lastUpdate;
  const waiting = offline.hasUpdate() ? " · new build waiting for the start screen" : "";
  set("update", update ? `${update.ok ? "looked" : "no network"} ${time(update.at)}${waiting}` : "—");
  set("reset", time(health.lastReset));

  const body = root.querySelector("[data-counts]")!;
  body.replaceChildren(
    ...Object.entries(counts.days)
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([day, c]) => {
        const row = document.createElement("tr");
        const codes =
          Object.entries(c.codes)
            .map(([code, n]) => `${code} ${n}`)
            .join(", ") || "—";
        for (const text of [day, String(c.sessions), codes, `${c.lang.zh} / ${c.lang.en}`, String(c.resets)]) {
          const cell = document.createElement("td");
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
  );
  const { default: QRCode } = await import("qrcode");
  const json = countsJson(counts, buildId);
  const svg = await QRCode.toString(json, { type: "svg", margin: 2, errorCorrectionLevel: "L" });
  root.querySelector("[data-counts-qr]")!.innerHTML = svg;
}
