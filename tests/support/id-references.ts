// Attributes that name other elements by id (aria-labelledby, aria-describedby, a label's for …): a reference to
// an id the page does not have gives the element no name or description at all, and nothing on screen shows it.
import { elementsOf } from "./html-elements.ts";

const referring = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details", "aria-flowto"];

/** Each reference to a missing id, as `element[attribute] → #id`; and each id that two elements carry. */
export function idReferenceProblems(html: string): string[] {
  const elements = elementsOf(html);
  const counts = new Map<string, number>();
  for (const element of elements) {
    const id = element.attributes.get("id");
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const element of elements) {
    const names = [...referring, ...(element.name === "label" ? ["for"] : [])];
    for (const attribute of names) {
      for (const id of element.attributes.get(attribute)?.split(/\s+/).filter(Boolean) ?? []) {
        if (!counts.has(id)) problems.push(`${element.name}[${attribute}] → #${id}: no element has this id`);
      }
    }
  }
  for (const [id, count] of counts) if (count > 1) problems.push(`#${id}: ${count} elements have this id`);
  return problems;
}
