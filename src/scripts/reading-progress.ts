// Keeps a <progress> at the share of `text` the reader has scrolled past: 0 while its top is at or below the top of
// the window, 100 once its end has come into view. Work happens at most once a frame, however fast the scroll.

/** Share (0–100) of a block read, from its box relative to the window and the window's height. */
export function shareRead(top: number, height: number, viewport: number): number {
  const travel = height - viewport;
  if (travel <= 0) return top + height <= viewport ? 100 : 0;
  return Math.min(100, Math.max(0, (-top / travel) * 100));
}

export function followReading(bar: HTMLProgressElement, text: HTMLElement): void {
  let queued = false;
  const update = () => {
    queued = false;
    const box = text.getBoundingClientRect();
    bar.value = Math.round(shareRead(box.top, box.height, window.innerHeight) * 10) / 10;
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener("scroll", queue, { passive: true });
  window.addEventListener("resize", queue);
  update();
  bar.hidden = false;
}
