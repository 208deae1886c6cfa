// The kiosk's layout in numbers: the displays it is made for, its type size, and the box a chart gets on each.
// src/styles/kiosk.css draws the same layout (the screen-fit test measures the boxes in Chromium and holds them
// to these numbers), so a chart can be laid out for its box at build.
export interface KioskDisplay {
  width: number;
  height: number;
}

export type KioskFormat = "landscape" | "portrait";

/** The screens a hall may have: full HD either way up, and the two common laptop-class panels. */
export const kioskDisplays: KioskDisplay[] = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
];

export function formatOf(display: KioskDisplay): KioskFormat {
  return display.width > display.height ? "landscape" : "portrait";
}

/** The kiosk's type size in CSS px (kiosk.css: max(16px, 2.05vmin)): 22 px on a 1080-pixel side. */
export function emOf(display: KioskDisplay): number {
  return Math.max(16, 0.0205 * Math.min(display.width, display.height));
}

/** Layout measures in em, as kiosk.css sets them. */
export const measures = {
  /** Space around a screen's content and between its areas. */
  gap: 1,
  /** Width of the side panel (code, tabs, heading, takeaway) in landscape. */
  panel: 20,
  /** Side of a QR code; in landscape it sets the height of the bar at the foot of a slide. */
  qr: 5.5,
  /** Height of the bar of controls in portrait. */
  bar: 3,
  /** Height of the head (code, tabs, heading, takeaway, QR code) above the chart in portrait. */
  head: 15.5,
} as const;

/** The box in CSS px that a chart slide gives its chart on a display (in the plain mode, not reach or large text). */
export function chartBox(display: KioskDisplay): KioskDisplay {
  const em = emOf(display);
  const { gap, panel, qr, bar, head } = measures;
  if (formatOf(display) === "landscape") {
    return {
      width: display.width - (panel + 3 * gap) * em,
      height: display.height - (Math.max(qr * em, 96) + 3 * gap * em),
    };
  }
  return { width: display.width - 2 * gap * em, height: display.height - (head + bar + 4 * gap) * em };
}
