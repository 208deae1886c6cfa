// Messages to the program that runs the kiosk's browser (scripts/kiosk.ts), through a function it adds to the
// page over the DevTools protocol. Only what the page cannot do itself: on desktop Chromium a pinch zoom survives
// any change of the viewport meta, and a page cannot drop history entries. Without a launcher nothing happens.
export const hostBinding = "jianghuaKioskHost";

export type HostEvent = "reset";

export function notifyHost(event: HostEvent): void {
  const binding = (window as unknown as Record<string, unknown>)[hostBinding];
  if (typeof binding === "function") (binding as (payload: string) => void)(JSON.stringify({ event }));
}
