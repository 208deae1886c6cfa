// <kiosk-shell>: runs the kiosk. Tiles open a code; buttons and swipes move through its slides; a language
// button switches every text in place. When nobody touches it: the attract loop on the start screen, and
// elsewhere a "still there?" countdown (at least 20 s, any touch cancels) before everything resets: start
// screen, Chinese, tooltips closed, scroll and zoom back. Settings come from the query string.
import { parseKioskConfig, type KioskConfig } from "../kiosk/config.ts";

class KioskShell extends HTMLElement {
  private config: KioskConfig = parseKioskConfig(location.search);
  private screen = "start";
  private slide = 0;
  private idleTimer = 0;
  private countdownTimer = 0;
  private attractTimer = 0;
  private attractIndex = 0;
  private swipeStart: { x: number; y: number } | undefined;
  /** A new service worker took over: the next reset reloads the page to show the updated kiosk. */
  private updateReady = false;

  connectedCallback(): void {
    this.classList.add("is-enhanced");
    this.show("start");
    this.addEventListener("click", (event) => this.onClick(event));
    this.addEventListener("pointerdown", (event) => (this.swipeStart = { x: event.clientX, y: event.clientY }));
    this.addEventListener("pointerup", (event) => this.onSwipe(event));
    this.addEventListener("pointercancel", () => (this.swipeStart = undefined));
    this.addEventListener("contextmenu", (event) => event.preventDefault());
    for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
      document.addEventListener(type, () => this.activity(), { capture: true, passive: true });
    }
    this.activity();
    if ("serviceWorker" in navigator) {
      const hadController = Boolean(navigator.serviceWorker.controller);
      navigator.serviceWorker.addEventListener("controllerchange", () => (this.updateReady = hadController));
      void navigator.serviceWorker.register("/kiosk/sw.js", { scope: "/kiosk/" }).catch(() => undefined);
    }
  }

  private onClick(event: Event): void {
    const target = (event.target as Element).closest<HTMLElement>("[data-action], [data-open]");
    if (!target) return;
    if (target.dataset.open) this.show(target.dataset.open);
    const action = target.dataset.action;
    if (action === "home") this.show("start");
    if (action === "lang") this.setLanguage(this.dataset.lang === "zh" ? "en" : "zh");
    if (action === "next") this.go(this.slide + 1);
    if (action === "prev") this.go(this.slide - 1);
  }

  private onSwipe(event: PointerEvent): void {
    const start = this.swipeStart;
    this.swipeStart = undefined;
    if (!start || this.screen === "start") return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) this.go(this.slide + (dx < 0 ? 1 : -1));
  }

  private show(screen: string): void {
    this.screen = screen;
    for (const element of this.querySelectorAll<HTMLElement>("[data-screen]")) element.hidden = element.dataset.screen !== screen;
    this.dataset.current = screen;
    this.go(0);
  }

  private slides(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(`[data-screen="${this.screen}"] .slide`)];
  }

  private go(index: number): void {
    const slides = this.slides();
    if (slides.length === 0) return;
    this.slide = Math.min(Math.max(index, 0), slides.length - 1);
    slides.forEach((slide, i) => (slide.hidden = i !== this.slide));
    const screen = this.querySelector(`[data-screen="${this.screen}"]`)!;
    const count = screen.querySelector(".slide-count");
    if (count) count.textContent = `${this.slide + 1} / ${slides.length}`;
    screen.querySelector<HTMLButtonElement>('[data-action="prev"]')!.disabled = this.slide === 0;
    screen.querySelector<HTMLButtonElement>('[data-action="next"]')!.disabled = this.slide === slides.length - 1;
    this.closeTooltips();
  }

  private setLanguage(lang: "zh" | "en"): void {
    this.dataset.lang = lang;
    document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
  }

  private closeTooltips(): void {
    for (const tip of this.querySelectorAll<HTMLElement>(".chart-tooltip")) tip.hidden = true;
    for (const mark of this.querySelectorAll(".is-active")) mark.classList.remove("is-active");
  }

  /** Any touch: stop the attract loop and the countdown, and start waiting again. */
  private activity(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.countdownTimer);
    clearInterval(this.attractTimer);
    this.attractTimer = 0;
    this.querySelector<HTMLElement>(".still-there")!.hidden = true;
    this.querySelector<HTMLElement>("[data-attract]")!.hidden = true;
    const wait = this.screen === "start" && this.dataset.lang === "zh" ? this.config.attract : this.config.idle;
    this.idleTimer = window.setTimeout(() => (this.screen === "start" && this.dataset.lang === "zh" ? this.startAttract() : this.warn()), wait * 1000);
  }

  private warn(): void {
    const dialog = this.querySelector<HTMLElement>(".still-there")!;
    const counter = dialog.querySelector(".countdown")!;
    let left = this.config.countdown;
    counter.textContent = String(left);
    dialog.hidden = false;
    dialog.querySelector<HTMLButtonElement>("button")!.focus();
    this.countdownTimer = window.setInterval(() => {
      left -= 1;
      counter.textContent = String(left);
      if (left <= 0) this.reset();
    }, 1000);
  }

  private reset(): void {
    clearInterval(this.countdownTimer);
    if (this.updateReady) {
      location.reload();
      return;
    }
    this.querySelector<HTMLElement>(".still-there")!.hidden = true;
    this.setLanguage("zh");
    this.show("start");
    window.scrollTo(0, 0);
    for (const element of this.querySelectorAll("*")) if (element.scrollTop) element.scrollTop = 0;
    this.resetZoom();
    (document.activeElement as HTMLElement | null)?.blur();
    this.startAttract();
  }

  /** Briefly forbids zoom in the viewport meta, which makes mobile browsers drop a pinch zoom, then allows it again. */
  private resetZoom(): void {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
    if (!meta) return;
    const allowed = meta.content;
    meta.content = `${allowed}, maximum-scale=1`;
    window.setTimeout(() => (meta.content = allowed), 300);
  }

  private startAttract(): void {
    const layer = this.querySelector<HTMLElement>("[data-attract]")!;
    const figures = [...layer.querySelectorAll<HTMLElement>("[data-figure]")];
    layer.hidden = false;
    const showFigure = () => {
      figures.forEach((figure, i) => figure.classList.toggle("is-current", i === this.attractIndex));
      this.attractIndex = (this.attractIndex + 1) % figures.length;
    };
    showFigure();
    clearInterval(this.attractTimer);
    this.attractTimer = window.setInterval(showFigure, this.config.cycle * 1000);
  }
}

if (!customElements.get("kiosk-shell")) customElements.define("kiosk-shell", KioskShell);
