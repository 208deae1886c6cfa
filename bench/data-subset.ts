// Only the data a chart needs, found by watching what its build reads: every record looked up by id, and whole
// collections the build walks through. The subset is checked by building the chart from it (bench/charts.ts).
import type { Dataset } from "../src/data/load.ts";

type MapKey = "facts" | "events" | "lists" | "claims" | "organisations" | "fileOf";
const mapKeys: MapKey[] = ["facts", "events", "lists", "claims", "organisations", "fileOf"];

/** The dataset as JSON: maps as arrays of [id, record]. */
export type DataPayload = Partial<Record<keyof Dataset, unknown>>;

export function watchDataset(data: Dataset): { watched: Dataset; subset: () => DataPayload } {
  const keys = new Map<MapKey, Set<string>>(mapKeys.map((key) => [key, new Set()]));
  const whole = new Set<keyof Dataset>();
  const watchMap = (name: MapKey, map: Map<string, unknown>) =>
    new Proxy(map, {
      get(target, prop) {
        if (prop === "get" || prop === "has") {
          return (id: string) => {
            keys.get(name)!.add(id);
            return target[prop](id);
          };
        }
        whole.add(name);
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const watched = new Proxy(data, {
    get(target, prop: keyof Dataset) {
      const value = target[prop];
      if (mapKeys.includes(prop as MapKey)) return watchMap(prop as MapKey, value as Map<string, unknown>);
      whole.add(prop);
      return value;
    },
  });
  const subset = () => {
    const payload: DataPayload = {};
    for (const key of Object.keys(data) as (keyof Dataset)[]) {
      if (mapKeys.includes(key as MapKey)) {
        const map = data[key] as Map<string, unknown>;
        const wanted = keys.get(key as MapKey)!;
        payload[key] = [...map].filter(([id]) => whole.has(key) || wanted.has(id));
      } else if (whole.has(key)) payload[key] = data[key];
    }
    return payload;
  };
  return { watched, subset };
}

/** The payload back as a Dataset: maps rebuilt, what the chart did not read left empty. */
export function datasetOf(payload: DataPayload): Dataset {
  const map = (key: MapKey) => new Map((payload[key] as [string, unknown][] | undefined) ?? []);
  return {
    ...(payload as object),
    facts: map("facts"),
    events: map("events"),
    lists: map("lists"),
    claims: map("claims"),
    organisations: map("organisations"),
    fileOf: map("fileOf"),
    links: (payload.links as Dataset["links"] | undefined) ?? [],
    themes: (payload.themes as Dataset["themes"] | undefined) ?? [],
  } as Dataset;
}
