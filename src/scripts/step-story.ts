// Step stories (<section data-scrolly>): the step whose text has reached a line a little below the middle of the
// window is the active one, and its chart state is shown in the pinned stage. The choice is worked out afresh from
// where the steps are each time (at most once a frame), never from what happened before, so a fast scroll, a jump,
// a reload or a zoom always ends on the step in view. Moving to the next or previous step animates: marks with the
// same key move by CSS transforms (Web Animations, so no style attribute is written) and the others fade; a jump
// of more steps, the first state and reduced motion swap without motion. The address follows the active step with
// history.replaceState only, so the back button leaves the page rather than replaying steps.

const motion = matchMedia("(prefers-reduced-motion: reduce)");
const duration = 450;
const easing = "cubic-bezier(0.3, 0, 0.2, 1)";

/** Index of the active step: the last whose text top is at or above the line (the first if none is). */
export function activeStep(tops: number[], line: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

const keyed = (root: Element) =>
  new Map([...root.querySelectorAll("[data-key]")].map((el) => [el.getAttribute("data-key"), el]));

/** Marks of `to` that `from` also has start where they were there and move to their place; new ones fade in. */
function move(from: Element, to: Element): void {
  const before = keyed(from);
  const options = { duration, easing };
  from.animate({ opacity: [1, 0] }, { duration: duration / 2, easing });
  for (const [key, mark] of keyed(to)) {
    const old = before.get(key);
    if (!old) {
      mark.animate({ opacity: [0, 1] }, options);
      continue;
    }
    const [a, b] = [old.getBoundingClientRect(), mark.getBoundingClientRect()];
    const scale =
      (to.querySelector("svg")?.getBoundingClientRect().width ?? 1) /
      (to.querySelector("svg")?.viewBox.baseVal.width || 1);
    const sized = mark.localName !== "text" && mark.localName !== "circle";
    const sx = sized && b.width > 0.5 && a.width > 0.5 ? a.width / b.width : 1;
    const sy = sized && b.height > 0.5 && a.height > 0.5 ? a.height / b.height : 1;
    const [dx, dy] = [(a.left - b.left) / scale, (a.top - b.top) / scale];
    if (Math.abs(dx) + Math.abs(dy) < 0.5 && Math.abs(sx - 1) + Math.abs(sy - 1) < 0.01) continue;
    mark.animate({ transform: [`translate(${dx}px, ${dy}px) scale(${sx}, ${sy})`, "none"] }, options);
  }
}

class StepStory {
  private readonly steps: HTMLElement[];
  private readonly texts: HTMLElement[];
  private active = -1;
  private announce = false;
  private queued = false;

  constructor(private readonly section: HTMLElement) {
    this.steps = [...section.querySelectorAll<HTMLElement>("[data-step][id]")];
    this.texts = this.steps.map((step) => step.querySelector<HTMLElement>(".step-text") ?? step);
    section.querySelector<HTMLElement>(".scrolly-controls")?.removeAttribute("hidden");
    for (const button of section.querySelectorAll<HTMLButtonElement>("[data-go]")) {
      button.addEventListener("click", () => this.go(Number(button.dataset.go)));
    }
    section.addEventListener("click", (event) => this.onLink(event));
    section.addEventListener("focusin", (event) => this.onFocus(event));
    const queue = () => this.queue();
    addEventListener("scroll", queue, { passive: true });
    addEventListener("resize", queue);
    addEventListener("hashchange", queue);
    addEventListener("load", queue);
    // Opened at a step's address: be there at once, whether or not the browser has scrolled to it yet.
    this.steps.find((step) => `#${step.id}` === location.hash)?.scrollIntoView({ block: "start" });
    this.update();
    section.dataset.live = "";
  }

  private queue(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.update();
    });
  }

  /** Shows the step in view and puts it in the address while the story is on screen. */
  private update(): void {
    const line = innerHeight * 0.6;
    const next = activeStep(
      this.texts.map((text) => text.getBoundingClientRect().top),
      line,
    );
    const box = this.section.getBoundingClientRect();
    const onScreen = box.top < innerHeight && box.bottom > 0;
    this.show(next, onScreen);
    const reached = onScreen && this.texts[0]!.getBoundingClientRect().top <= line;
    const ours = this.steps.some((step) => `#${step.id}` === location.hash);
    const hash = reached ? `#${this.steps[next]!.id}` : ours ? "" : location.hash;
    if (hash !== location.hash) {
      try {
        history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
      } catch {
        // Browsers limit how often the address may change; the next change will bring it up to date.
      }
    }
  }

  private show(index: number, onScreen: boolean): void {
    const previous = this.active;
    if (index === previous) return;
    this.active = index;
    for (const animation of this.section.getAnimations({ subtree: true })) animation.cancel();
    this.steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
    const chart = (i: number) => this.steps[i]!.querySelector(".step-chart")!;
    if (previous >= 0 && Math.abs(index - previous) === 1 && onScreen && !motion.matches)
      move(chart(previous), chart(index));
    const count = this.section.querySelector("[data-count]");
    if (count) count.textContent = String(index + 1);
    for (const button of this.section.querySelectorAll<HTMLButtonElement>("[data-go]")) {
      const target = index + Number(button.dataset.go);
      button.setAttribute("aria-disabled", String(target < 0 || target >= this.steps.length));
    }
    const live = this.section.querySelector("[data-announce]");
    if (live && this.announce) {
      const template = this.section.dataset.position ?? "{n} / {count}";
      live.textContent = template.replace("{n}", String(index + 1)).replace("{count}", String(this.steps.length));
      this.announce = false;
    }
  }

  /** Scrolls to a step so that its text reaches the line; the scroll itself then changes the state. */
  private reach(index: number): void {
    const step = this.steps[index];
    if (!step) return;
    step.scrollIntoView({ block: "start", behavior: motion.matches ? "auto" : "smooth" });
  }

  private go(delta: number): void {
    const target = this.active + delta;
    if (target < 0 || target >= this.steps.length) return;
    this.announce = true;
    this.reach(target);
  }

  /** A step's own link changes the address without adding to the history, and brings the step into view. */
  private onLink(event: MouseEvent): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>(".step-link a");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const index = this.steps.findIndex((step) => step.contains(link));
    event.preventDefault();
    history.replaceState(history.state, "", link.href);
    this.reach(index);
  }

  /** Keyboard focus entering another step brings that step to the line, so the chart shows its state. */
  private onFocus(event: FocusEvent): void {
    const index = this.steps.findIndex((step) => step.contains(event.target as Node));
    if (index >= 0 && index !== this.active) this.steps[index]!.scrollIntoView({ block: "start" });
  }
}

export function enhanceStepStories(): void {
  for (const section of document.querySelectorAll<HTMLElement>("section[data-scrolly]:not([data-live])")) {
    new StepStory(section);
  }
}
