// What the kiosk does when nobody touches it. On the start screen: the attract loop, figure by figure, Chinese and
// English by turns, its content moved a few pixels at every step so that no pixel shows the same thing for hours
// (screen care); outside the opening hours, a dimmed screen instead. Elsewhere: "still there?" with a countdown
// (at least 20 s) that any touch cancels, then the reset.
import { isOpen, type KioskConfig } from "../../kiosk/config.ts";
import type { Overlays } from "./overlays.ts";

export interface IdleHooks {
  onStartScreen(): boolean;
  /** The attract loop or the dimmed screen took over: the visit, if any, is over. */
  restful(): void;
  reset(): void;
}

/** Offsets in px for the attract content, one per step: a slow circle of radius 12. */
export function pixelShift(step: number): { x: number; y: number } {
  const angle = (step * 2 * Math.PI) / 7;
  return { x: Math.round(12 * Math.cos(angle)), y: Math.round(12 * Math.sin(angle)) };
}

const minutesNow = () => {
  const now = new Date();
  return now.getHours() * 60 + now.getMinutes();
};

export class IdleKeeper {
  private waitTimer = 0;
  private countdownTimer = 0;
  private loopTimer = 0;
  private step = 0;

  constructor(
    private root: HTMLElement,
    private overlays: Overlays,
    private config: KioskConfig,
    private hooks: IdleHooks,
  ) {}

  /** Any touch, key or wheel: stop waiting and start again. A key also closes "still there?" (a touch on a layer
   *  dismisses it itself, see overlays.ts). */
  activity(event: Event): void {
    this.stopTimers();
    if (event.type === "keydown")
      for (const name of ["attract", "still-there", "dim"] as const) this.overlays.hide(name);
    this.wait();
  }

  /** The layers a touch dismissed: nothing more to wait for but the next idle time. */
  woken(): void {
    this.stopTimers();
    this.wait();
  }

  wait(): void {
    window.clearTimeout(this.waitTimer);
    const onStart = this.hooks.onStartScreen();
    const seconds = onStart ? this.config.attract : this.config.idle;
    this.waitTimer = window.setTimeout(() => (onStart ? this.rest() : this.warn()), seconds * 1000);
  }

  /** The attract loop, or the dimmed screen outside opening hours; each looks at the clock at every step. */
  rest(): void {
    this.stopTimers();
    const open = isOpen(this.config.hours, minutesNow());
    this.overlays.hide(open ? "dim" : "attract");
    this.overlays.show(open ? "attract" : "dim");
    this.hooks.restful();
    const tick = () => {
      if (isOpen(this.config.hours, minutesNow()) !== open) return this.rest();
      this.step += 1;
      this.paint(open);
    };
    this.paint(open);
    this.loopTimer = window.setInterval(tick, (open ? this.config.cycle : 60) * 1000);
  }

  private paint(open: boolean): void {
    const shift = pixelShift(this.step);
    const content = this.root.querySelector<HTMLElement>(open ? ".attract-stage" : ".dim-note")!;
    content.style.transform = `translate(${shift.x}px, ${shift.y}px)`;
    if (!open) return;
    const frames = [...this.root.querySelectorAll<HTMLElement>(".attract-figure")];
    const figures = frames.length / 2;
    const figure = this.step % figures;
    const lang = this.step % 2 === 0 ? "zh" : "en";
    for (const frame of frames) {
      frame.classList.toggle(
        "is-current",
        Number(frame.dataset.figure) === figure && frame.dataset.figureLang === lang,
      );
    }
  }

  private warn(): void {
    const dialog = this.overlays.layer("still-there");
    const counter = dialog.querySelector(".countdown")!;
    let left = this.config.countdown;
    counter.textContent = String(left);
    this.overlays.show("still-there");
    dialog.querySelector<HTMLButtonElement>("button")!.focus({ preventScroll: true });
    this.countdownTimer = window.setInterval(() => {
      left -= 1;
      counter.textContent = String(left);
      if (left <= 0) {
        this.stopTimers();
        this.hooks.reset();
      }
    }, 1000);
  }

  stopTimers(): void {
    window.clearTimeout(this.waitTimer);
    window.clearInterval(this.countdownTimer);
    window.clearInterval(this.loopTimer);
  }
}
