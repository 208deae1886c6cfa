// What an embedded chart adds with script, unless the address says ?static: the explorer (tooltips, keyboard),
// and a message to the host page with the height the embed needs at its current width, so hosts that listen
// can size the iframe. It only ever sends a number; it reads no message.
const root = document.documentElement;

/** Height with the chart drawn at its own aspect ratio at the current width, whatever the iframe's height. */
function neededHeight(): number | undefined {
  const view = [...document.querySelectorAll<HTMLElement>(".embed-chart .chart-view")].find(
    (v) => v.offsetParent !== null,
  );
  const box = view?.querySelector("svg")?.viewBox.baseVal;
  if (!view || !box || !box.width) return undefined;
  const area = view.getBoundingClientRect();
  return Math.ceil(root.scrollHeight - area.height + (area.width * box.height) / box.width);
}

function reportHeight(): void {
  let last = 0;
  const id = root.dataset.embedId ?? "";
  const post = () => {
    const height = neededHeight();
    if (!height || height === last) return;
    last = height;
    parent.postMessage({ type: "jianghua-embed-height", id, height }, "*");
    parent.postMessage({ "datawrapper-height": { [id]: height } }, "*");
  };
  const observer = new ResizeObserver(() => requestAnimationFrame(post));
  for (const element of document.querySelectorAll(".embed-head, .embed-foot")) observer.observe(element);
  observer.observe(document.body);
  void document.fonts.ready.then(post);
}

if (!new URLSearchParams(location.search).has("static")) {
  void import("./chart-explorer.ts");
  if (parent !== window) reportHeight();
}
