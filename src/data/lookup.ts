// The one way code asks the dataset for a record it needs: by kind and id, or the first of several kinds. A
// missing record is a data error whose message says who asked and what was missing.
import type { Dataset } from "./load.ts";
import type { Claim, Event, Fact, Link, List, Organisation } from "./schemas/index.ts";

export interface RecordKinds {
  facts: Fact;
  events: Event;
  lists: List;
  claims: Claim;
  organisations: Organisation;
  links: Link;
}
export type RecordKind = keyof RecordKinds;

const singular: Record<RecordKind, string> = {
  facts: "fact",
  events: "event",
  lists: "list",
  claims: "claim",
  organisations: "organisation",
  links: "link",
};

function find<K extends RecordKind>(data: Dataset, kind: K, id: string): RecordKinds[K] | undefined {
  if (kind === "links") return data.links.find((link) => link.id === id) as RecordKinds[K] | undefined;
  return (data[kind] as Map<string, RecordKinds[K]>).get(id);
}

/** The first record with this id among the kinds, in their order; `where` names the asker in the error. */
export function lookupAny<K extends RecordKind>(
  data: Dataset,
  kinds: readonly K[],
  id: string,
  where: string,
): RecordKinds[K] {
  for (const kind of kinds) {
    const record = find(data, kind, id);
    if (record) return record;
  }
  throw new Error(`${where}: no ${kinds.map((k) => singular[k]).join(" or ")} has the id "${id}" in content/data`);
}

export function lookup<K extends RecordKind>(data: Dataset, kind: K, id: string, where = "chart data"): RecordKinds[K] {
  return lookupAny(data, [kind], id, where);
}
