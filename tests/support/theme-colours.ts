// Reads the theme's colour custom properties out of a stylesheet and measures WCAG 2 contrast between them, so
// the contrast promise of src/styles/global.css is checked without a browser.

/** Custom properties of each rule, keyed by its selector (innermost rules, comments removed). */
export function customPropertiesBySelector(css: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const [, selector, body] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const properties = rules.get(selector!.trim()) ?? new Map<string, string>();
    for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) properties.set(name!, value!.trim());
    rules.set(selector!.trim(), properties);
  }
  return rules;
}

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`expected a #rgb or #rrggbb colour, got "${colour}"`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance as WCAG 2 defines it. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
