// The comparison case for the benchmark: the same chart built in the browser. The page ships the data as JSON
// and this bundle (the chart's build function, the renderer and the d3 modules they use) draws it on load.
import { buildChart } from "./client-registry.ts";

const element = document.getElementById("chart")!;
const payload = JSON.parse(document.getElementById("data")!.textContent!);
const data = {
  ...payload,
  facts: new Map(payload.facts),
  claims: new Map(payload.claims),
  events: new Map(payload.events),
  lists: new Map(payload.lists),
  organisations: new Map(payload.organisations),
};
element.innerHTML = buildChart(element.dataset.id!, data);
