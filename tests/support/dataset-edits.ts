// Copies of the dataset with one figure changed, for tests that prove a chart's texts follow the data.
import type { Dataset } from "../../src/data/load.ts";

export function withFactValue(data: Dataset, id: string, value: number): Dataset {
  const fact = data.facts.get(id);
  if (!fact) throw new Error(`test data: no fact "${id}"`);
  return { ...data, facts: new Map(data.facts).set(id, { ...fact, value }) };
}

/** Claims live both in the map and in their theme (the audit reads the themes), so both are changed. */
export function withClaimStated(data: Dataset, id: string, stated: number): Dataset {
  const claim = data.claims.get(id);
  if (!claim) throw new Error(`test data: no claim "${id}"`);
  const themes = data.themes.map((t) => ({ ...t, claims: t.claims.map((c) => (c.id === id ? { ...c, stated } : c)) }));
  return { ...data, claims: new Map(data.claims).set(id, { ...claim, stated }), themes };
}
