// <chart-explorer>: makes a server-rendered chart explorable. Hover or tap shows a tooltip; Tab focuses the chart
// (one tab stop), arrow keys move across marks (left/right within a series, up/down between series), Home/End
// jump, Escape closes; a polite live region reads each value in the page's language. Focus shows the same
// tooltip as hover. It also adds the chart ↔ table toggle. No d3 here: the chart is already drawn.
interface PointData {
  series: number;
  index: number;
  label: string;
  value: string;
}

const words = {
  zh: {
    read: (p: PointData, k: number, n: number) => `${p.label}：${p.value}，第${k}项，共${n}项`,
    role: "可交互图表",
    table: "以表格显示",
    chart: "以图表显示",
  },
  en: {
    read: (p: PointData, k: number, n: number) => `${p.label}: ${p.value}, ${k} of ${n}`,
    role: "interactive chart",
    table: "Show as table",
    chart: "Show as chart",
  },
};

class ChartExplorer extends HTMLElement {
  private active = -1;
  private tooltip = document.createElement("div");
  private live = document.createElement("p");
  // The tooltip and the live region keep the same nodes and change only their text: a page left open for
  // months (the kiosk) holds the same DOM after its thousandth tap as after its first.
  private tipLabel = document.createTextNode("");
  private tipValue = document.createTextNode("");
  private liveText = document.createTextNode("");
  private language: "zh" | "en" = "zh";

  connectedCallback(): void {
    this.language = this.dataset.lang === "en" ? "en" : "zh";
    const w = words[this.language];
    this.tabIndex = 0;
    this.setAttribute("role", "group");
    this.setAttribute("aria-roledescription", w.role);
    this.setAttribute("aria-label", this.dataset.title ?? "");
    this.tooltip.className = "chart-tooltip";
    this.tooltip.hidden = true;
    this.live.className = "visually-hidden";
    this.live.setAttribute("aria-live", "polite");
    const label = document.createElement("strong");
    label.append(this.tipLabel);
    this.tooltip.replaceChildren(label, document.createElement("br"), this.tipValue);
    this.live.replaceChildren(this.liveText);
    this.append(this.tooltip, this.live);
    this.addToggle();
    this.addEventListener("pointermove", (e) => e.pointerType === "mouse" && this.fromEvent(e));
    this.addEventListener("pointerdown", (e) => e.pointerType !== "mouse" && this.fromEvent(e));
    this.addEventListener("pointerleave", (e) => e.pointerType === "mouse" && this.clear());
    this.addEventListener("focus", () => this.show(Math.max(this.active, 0), true));
    this.addEventListener("blur", () => this.clear());
    this.addEventListener("keydown", (e) => this.onKey(e));
    document.addEventListener("pointerdown", (e) => !this.contains(e.target as Node) && this.clear());
  }

  /** The layout being shown (wide or narrow, by the stylesheet's media query). */
  private view(): HTMLElement | undefined {
    return [...this.querySelectorAll<HTMLElement>(".chart-view")].find((v) => v.offsetParent !== null);
  }

  private points(): PointData[] {
    return JSON.parse(this.dataset.points ?? "[]") as PointData[];
  }

  private fromEvent(event: PointerEvent): void {
    const hit = (event.target as Element).closest?.("[data-point]");
    const mark = hit && this.contains(hit) ? hit : event.pointerType === "mouse" ? undefined : this.nearMark(event);
    if (mark) this.show(Number(mark.getAttribute("data-point")), false);
    else if (!(event.target as Element).closest?.(".chart-tooltip")) this.clear();
  }

  /** For a finger: the mark nearest the touch within --tap-radius CSS px (0 unless a stylesheet sets it), so
   *  small marks still make targets a finger can hit. */
  private nearMark(event: PointerEvent): Element | undefined {
    const radius = parseFloat(getComputedStyle(this).getPropertyValue("--tap-radius")) || 0;
    let best: { mark: Element; distance: number } | undefined;
    for (const mark of this.view()?.querySelectorAll("[data-point]") ?? []) {
      const box = mark.getBoundingClientRect();
      const dx = Math.max(box.left - event.clientX, 0, event.clientX - box.right);
      const dy = Math.max(box.top - event.clientY, 0, event.clientY - box.bottom);
      const distance = Math.hypot(dx, dy);
      if (distance <= radius && (!best || distance < best.distance)) best = { mark, distance };
    }
    return best?.mark;
  }

  private onKey(event: KeyboardEvent): void {
    const points = this.points();
    const current = points[this.active];
    if (!current) return;
    const inSeries = (series: number) => points.filter((p) => p.series === series);
    const seriesIds = [...new Set(points.map((p) => p.series))];
    let next: PointData | undefined;
    const row = inSeries(current.series);
    const at = row.indexOf(current);
    switch (event.key) {
      case "ArrowRight":
        next = row[at + 1] ?? inSeries(seriesIds[seriesIds.indexOf(current.series) + 1] ?? -1)[0];
        break;
      case "ArrowLeft":
        next = row[at - 1] ?? inSeries(seriesIds[seriesIds.indexOf(current.series) - 1] ?? -1).at(-1);
        break;
      case "ArrowDown":
      case "ArrowUp": {
        const step = event.key === "ArrowDown" ? 1 : -1;
        const other = inSeries(seriesIds[seriesIds.indexOf(current.series) + step] ?? -1);
        next = other[Math.min(at, other.length - 1)];
        break;
      }
      case "Home":
        next = points[0];
        break;
      case "End":
        next = points.at(-1);
        break;
      case "Escape":
        this.clear();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.show(points.indexOf(next), true);
  }

  private show(index: number, announce: boolean): void {
    const points = this.points();
    const point = points[index];
    const view = this.view();
    if (!point || !view) return;
    this.active = index;
    for (const mark of this.querySelectorAll(".is-active")) mark.classList.remove("is-active");
    const marks = [...view.querySelectorAll(`[data-point="${index}"]`)];
    for (const mark of marks) mark.classList.add("is-active");
    this.tipLabel.data = point.label;
    this.tipValue.data = point.value;
    this.tooltip.hidden = false;
    const box = marks[0]?.getBoundingClientRect();
    const own = this.getBoundingClientRect();
    if (box) {
      const left = Math.min(Math.max(box.left + box.width / 2 - own.left, 60), own.width - 60);
      this.tooltip.style.left = `${left}px`;
      this.tooltip.style.top = `${box.top - own.top}px`;
    }
    if (announce) this.liveText.data = words[this.language].read(point, index + 1, points.length);
  }

  private clear(): void {
    this.tooltip.hidden = true;
    for (const mark of this.querySelectorAll(".is-active")) mark.classList.remove("is-active");
  }

  private addToggle(): void {
    const figure = this.closest("figure");
    const details = figure?.querySelector<HTMLDetailsElement>("details.chart-data");
    if (!figure || !details) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chart-toggle";
    button.textContent = words[this.language].table;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      const table = figure.dataset.view !== "table";
      figure.dataset.view = table ? "table" : "chart";
      details.open = table || details.open;
      button.setAttribute("aria-pressed", String(table));
      button.textContent = table ? words[this.language].chart : words[this.language].table;
    });
    this.before(button);
  }
}

if (!customElements.get("chart-explorer")) customElements.define("chart-explorer", ChartExplorer);

// The page's line on how to explore charts waits for the explorer: without it there are no tooltips to promise.
for (const hint of document.querySelectorAll<HTMLElement>("[data-chart-hint][hidden]")) hint.hidden = false;

// A module (not a classic script) so that embeds can import it only when they are not ?static.
export {};
