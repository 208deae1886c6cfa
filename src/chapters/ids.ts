// Ids that end up in URLs and fragments: chart ids, chapter slugs, heading anchors. They are ASCII kebab-case and
// unique where they meet (DESIGN.md), so a language switch keeps the reader's place and no link breaks.
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PlacedId {
  id: string;
  /** Where it is written, for the message: "content/chapters/zh/03-service.mdx:12" or "src/charts/registry.ts". */
  where: string;
}

/** Ids that are not kebab-case, and ids used a second time, each named with where it stands. */
export function idProblems(ids: readonly PlacedId[], what: string): string[] {
  const first = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, where } of ids) {
    if (!kebabCase.test(id)) problems.push(`${where}: ${what} "${id}" is not ASCII kebab-case (like growth-2015-2020)`);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, where);
    else problems.push(`${where}: ${what} "${id}" is already used at ${earlier}`);
  }
  return problems;
}
