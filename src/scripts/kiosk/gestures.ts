// Touch on the kiosk: a pressed look on every control while a finger is on it, horizontal swipes on a slide, and
// the staff gesture: five taps in the top-left corner within three seconds, then a hold of two seconds there.
export interface GestureHooks {
  swipe(direction: "next" | "previous"): void;
  staff(): void;
}

const corner = 96;
const tapsNeeded = 5;
const tapWindowMs = 3000;
const holdMs = 2000;

export function installGestures(root: HTMLElement, hooks: GestureHooks): void {
  let pressed: Element | undefined;
  const release = () => {
    pressed?.classList.remove("is-pressed");
    pressed = undefined;
  };
  root.addEventListener("pointerdown", (event) => {
    release();
    pressed = (event.target as Element).closest("button:not(:disabled)") ?? undefined;
    pressed?.classList.add("is-pressed");
  });
  for (const type of ["pointerup", "pointercancel", "pointerleave"]) root.addEventListener(type, release);
  root.addEventListener("contextmenu", (event) => event.preventDefault());

  let start: { x: number; y: number } | undefined;
  root.addEventListener("pointerdown", (event) => {
    start = (event.target as Element).closest(".slide-stage") ? { x: event.clientX, y: event.clientY } : undefined;
  });
  root.addEventListener("pointerup", (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) hooks.swipe(dx < 0 ? "next" : "previous");
  });
  root.addEventListener("pointercancel", () => (start = undefined));

  let taps: number[] = [];
  let hold = 0;
  const inCorner = (event: PointerEvent) => event.clientX < corner && event.clientY < corner;
  document.addEventListener(
    "pointerdown",
    (event) => {
      window.clearTimeout(hold);
      if (!inCorner(event)) return void (taps = []);
      const now = event.timeStamp;
      if (taps.length === tapsNeeded && now - taps[tapsNeeded - 1]! < tapWindowMs) {
        taps = [];
        hold = window.setTimeout(hooks.staff, holdMs);
        return;
      }
      taps = [...taps.filter((time) => now - time < tapWindowMs), now].slice(-tapsNeeded);
    },
    { capture: true },
  );
  const cancelHold = () => window.clearTimeout(hold);
  document.addEventListener("pointerup", cancelHold, { capture: true });
  document.addEventListener("pointercancel", cancelHold, { capture: true });
}
