// <kiosk-shell>: runs the kiosk. Controls carry where they lead (data-go, decided at build), so the shell shows
// one screen at a time, switches language and modes in place, and hands the rest to small parts: layers that a
// touch only dismisses (overlays.ts), the idle loop (idle.ts), touch (gestures.ts), counts (src/kiosk/counts.ts),
// offline health (offline.ts) and the staff screen (staff.ts). The page never adds a history entry, so there is
// nothing to swipe back to; the launcher, when there is one, also resets pinch zoom and history (host.ts).
import { parseKioskConfig, screenFor } from "../../kiosk/config.ts";
import { KioskCounts } from "../../kiosk/counts.ts";
import { installGestures } from "./gestures.ts";
import { notifyHost } from "./host.ts";
import { IdleKeeper } from "./idle.ts";
import { noteHealth, OfflineHealth } from "./offline.ts";
import { Overlays } from "./overlays.ts";
import { renderStaff } from "./staff.ts";

type Lang = "zh" | "en";
type Mode = "reach" | "large";

class KioskShell extends HTMLElement {
  private config = parseKioskConfig(location.search);
  private current = "start";
  private sequence: string | undefined;
  private inSession = false;
  private staffTimer = 0;
  private overlays!: Overlays;
  private idle!: IdleKeeper;
  private counts = new KioskCounts(localStorage);
  private offline = new OfflineHealth();

  connectedCallback(): void {
    this.classList.add("is-enhanced");
    document.documentElement.classList.add("kiosk-live");
    this.overlays = new Overlays(this);
    this.idle = new IdleKeeper(this, this.overlays, this.config, {
      onStartScreen: () => this.current === "start",
      restful: () => {
        this.inSession = false;
        this.offline.swap();
      },
      reset: () => this.reset(),
    });
    this.overlays.dismissed(() => this.idle.woken());
    this.offline.onUpdateReady = () => {
      const resting = this.overlays.isShown("attract") || this.overlays.isShown("dim");
      if (this.current === "start" && resting) this.offline.swap();
    };
    const params = new URLSearchParams(location.search);
    this.setLanguage(params.get("lang") === "en" ? "en" : "zh");
    this.setMode("reach", this.config.reach === 1);
    this.setMode("large", false);
    const screens = [...this.querySelectorAll<HTMLElement>("[data-screen]")];
    const sequences = [...new Set(screens.flatMap((screen) => screen.dataset.sequence ?? []))];
    this.show(
      screenFor(
        params.get("screen"),
        screens.map((screen) => screen.dataset.screen!),
        sequences,
      ),
    );
    this.addEventListener("click", (event) => this.onClick(event));
    installGestures(this, { swipe: (direction) => this.step(direction), staff: () => this.show("staff") });
    for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
      document.addEventListener(type, (event) => this.activity(event), { capture: true, passive: true });
    }
    this.offline.start(this.config.update, this.dataset.buildId ?? "");
  }

  private activity(event: Event): void {
    if (!this.inSession && (event.type === "pointerdown" || event.type === "keydown")) {
      this.inSession = true;
      this.counts.session();
      if (this.dataset.lang === "en") this.counts.english();
    }
    this.idle.activity(event);
  }

  private onClick(event: Event): void {
    const control = (event.target as Element).closest<HTMLButtonElement>("[data-go], [data-action]");
    if (!control || control.disabled) return;
    if (control.dataset.go) {
      this.show(control.dataset.go);
      return;
    }
    const action = control.dataset.action;
    if (action === "lang") this.setLanguage(this.dataset.lang === "zh" ? "en" : "zh");
    else if (action === "reach" || action === "large") this.setMode(action, !this.hasAttribute(`data-${action}`));
    else if (action === "stay") {
      this.overlays.hide("still-there");
      this.idle.woken();
    } else if (action === "clear-counts") this.confirmClear(true);
    else if (action === "confirm-clear") {
      this.counts.clear();
      this.confirmClear(false);
      void this.renderStaff();
    }
  }

  private step(direction: "next" | "previous"): void {
    const control = this.querySelector<HTMLButtonElement>(`[data-screen="${this.current}"] [data-step="${direction}"]`);
    if (control && !control.disabled && control.dataset.go) this.show(control.dataset.go);
  }

  show(id: string): void {
    const screens = [...this.querySelectorAll<HTMLElement>("[data-screen]")];
    const target = screens.find((screen) => screen.dataset.screen === id) ?? screens[0]!;
    for (const screen of screens) screen.hidden = screen !== target;
    this.current = target.dataset.screen!;
    this.dataset.current = this.current;
    const sequence = target.dataset.sequence;
    if (sequence && sequence !== this.sequence && this.inSession) this.counts.codeOpened(sequence);
    this.sequence = sequence;
    this.closeTooltips();
    this.confirmClear(false);
    // The staff screen follows what happens while it is open (a check, an install, a repair).
    window.clearInterval(this.staffTimer);
    if (this.current === "staff") {
      void this.renderStaff();
      this.staffTimer = window.setInterval(() => void this.renderStaff(), 5000);
    }
    this.idle?.wait();
  }

  private setLanguage(lang: Lang): void {
    this.dataset.lang = lang;
    document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
    for (const element of this.querySelectorAll<HTMLElement>("[data-aria-zh]")) {
      element.setAttribute("aria-label", lang === "zh" ? element.dataset.ariaZh! : element.dataset.ariaEn!);
    }
    if (lang === "en" && this.inSession) this.counts.english();
  }

  private setMode(mode: Mode, on: boolean): void {
    this.toggleAttribute(`data-${mode}`, on);
    const buttons = this.querySelectorAll(`[data-action="${mode}"]`);
    for (const button of buttons) button.setAttribute("aria-pressed", String(on));
    this.closeTooltips();
  }

  private closeTooltips(): void {
    for (const tip of this.querySelectorAll<HTMLElement>(".chart-tooltip")) tip.hidden = true;
    for (const mark of this.querySelectorAll(".is-active")) mark.classList.remove("is-active");
  }

  private confirmClear(asking: boolean): void {
    const ask = this.querySelector<HTMLElement>('[data-action="clear-counts"]');
    const confirm = this.querySelector<HTMLElement>('[data-action="confirm-clear"]');
    if (ask && confirm) [ask.hidden, confirm.hidden] = [asking, !asking];
  }

  private renderStaff(): Promise<void> {
    const screen = this.querySelector<HTMLElement>('[data-screen="staff"]')!;
    return renderStaff(screen, this.offline, this.counts.read(), this.dataset.buildId ?? "");
  }

  /** Back to how a new visitor should find the kiosk: start screen, Chinese, modes off, tooltips closed,
   *  nothing scrolled, zoom and history reset by the launcher; then a look for a new build, and rest. */
  private reset(): void {
    this.counts.reset();
    this.inSession = false;
    noteHealth({ lastReset: Date.now() });
    for (const name of ["attract", "still-there", "dim"] as const) this.overlays.hide(name);
    this.setLanguage("zh");
    this.setMode("reach", this.config.reach === 1);
    this.setMode("large", false);
    this.show("start");
    window.scrollTo(0, 0);
    for (const element of this.querySelectorAll("*")) if (element.scrollTop) element.scrollTop = 0;
    (document.activeElement as HTMLElement | null)?.blur();
    const url = new URL(location.href);
    url.searchParams.delete("screen");
    url.searchParams.delete("lang");
    history.replaceState(null, "", url);
    notifyHost("reset");
    void this.offline.lookForUpdate();
    this.idle.rest();
  }
}

if (!customElements.get("kiosk-shell")) customElements.define("kiosk-shell", KioskShell);
