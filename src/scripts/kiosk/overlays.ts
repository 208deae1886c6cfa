// The layers over the screens (attract loop, "still there?", dimmed screen). A touch on one only wakes or
// dismisses it: the layer turns transparent but stays under the finger until the gesture is over, so neither the
// pointerup, nor the click that Chromium hit-tests after a tap, nor a compatibility mouse event reaches the
// control that lay beneath.
export type OverlayName = "attract" | "still-there" | "dim";

/** How long a dismissed layer keeps catching the rest of the gesture after the finger lifts. */
const settleMs = 400;

export class Overlays {
  private onDismiss: (name: OverlayName) => void = () => undefined;

  constructor(private root: HTMLElement) {
    for (const layer of root.querySelectorAll<HTMLElement>("[data-overlay]")) {
      layer.addEventListener("pointerdown", (event) => this.dismissBy(layer, event));
      layer.addEventListener("click", (event) => {
        if (layer.dataset.leaving !== undefined) {
          event.preventDefault();
          event.stopPropagation();
        }
      });
    }
  }

  /** Called when a touch dismisses a layer (not when the kiosk hides one itself). */
  dismissed(callback: (name: OverlayName) => void): void {
    this.onDismiss = callback;
  }

  layer(name: OverlayName): HTMLElement {
    return this.root.querySelector<HTMLElement>(`[data-overlay="${name}"]`)!;
  }

  isShown(name: OverlayName): boolean {
    const layer = this.layer(name);
    return !layer.hidden && layer.dataset.leaving === undefined;
  }

  show(name: OverlayName): void {
    const layer = this.layer(name);
    delete layer.dataset.leaving;
    layer.hidden = false;
  }

  hide(name: OverlayName): void {
    const layer = this.layer(name);
    delete layer.dataset.leaving;
    layer.hidden = true;
  }

  private dismissBy(layer: HTMLElement, event: PointerEvent): void {
    if (layer.dataset.leaving !== undefined) return;
    // No focus change, no compatibility mouse events, no text selection from this touch.
    event.preventDefault();
    layer.dataset.leaving = "";
    const pointer = event.pointerId;
    const finish = () => {
      document.removeEventListener("pointerup", settle, true);
      document.removeEventListener("pointercancel", settle, true);
      window.clearTimeout(fallback);
      window.setTimeout(() => {
        if (layer.dataset.leaving !== undefined) this.hide(layer.dataset.overlay as OverlayName);
      }, settleMs);
    };
    const settle = (up: PointerEvent) => up.pointerId === pointer && finish();
    // A gesture whose end never arrives (the pointer left the window) must not leave an invisible wall.
    const fallback = window.setTimeout(finish, 5000);
    document.addEventListener("pointerup", settle, true);
    document.addEventListener("pointercancel", settle, true);
    this.onDismiss(layer.dataset.overlay as OverlayName);
  }
}
