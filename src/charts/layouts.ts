// The sizes a chart is built at. A build is a function of { lang, width, text }: `text` is the smallest font
// size in viewBox units and the other sizes follow a small type scale from it; the chart's height follows from
// its content. Presets name the sizes pages use; any other { name, width, text } works the same way, and
// fitChart (./fit.ts) picks the text size that fits a box.
//
// How the presets were chosen (CSS px = viewBox units × drawn width ÷ viewBox width):
// - wide: desktop article columns and wide embeds. 760 wide, text 13.2: drawn 640 px wide its smallest text is
//   11.1 px, its largest (×1.08) at 760 px is 14.3 px.
// - narrow: phones and narrow embeds, drawn 268–400 px wide. 360 wide, text 14.9: 11.1 px at 268 px, 14.2 px on a
//   375 px phone (drawn 343 px), largest 17.9 px at 400 px. The type scale's ×1.08 top step is what fits
//   between "≥ 11 px at 268" and "≤ 18 px at 400" (their ratio allows at most ×1.096).
// - kiosk: a touch screen drawn 1:1, text 22 px, tap targets of 48 px; fitChart sizes it to the screen's box.
export interface LayoutSpec {
  /** A preset's name, or what a custom size is for ("share-square", "card"): it ends up in ids and classes. */
  name: string;
  /** Width of the picture in viewBox units. */
  width: number;
  /** The smallest font size, in viewBox units. */
  text: number;
  /** Smallest tap target around an explorable mark, in viewBox units; none unless the picture is touched. */
  target?: number;
}

export const presets = {
  wide: { name: "wide", width: 760, text: 13.2 },
  narrow: { name: "narrow", width: 360, text: 14.9 },
  kiosk: { name: "kiosk", width: 1800, text: 22, target: 48 },
} as const satisfies Record<string, LayoutSpec>;

export type PresetName = keyof typeof presets;
/** The narrowest measure a chart is laid out for, in ems of its smallest text (the narrow preset is 24.2). */
export const minEms = 24;

export const presetNames = Object.keys(presets) as PresetName[];

/** Font sizes of one chart: small for ticks, notes and units; body for labels and values; large for headings. */
export interface TypeScale {
  small: number;
  body: number;
  large: number;
}

export const typeSteps: Readonly<TypeScale> = { small: 1, body: 1.04, large: 1.08 };
/** Distance between the baselines of wrapped lines, in em. */
export const lineHeight = 1.3;

export function typeScale(text: number): TypeScale {
  const at = (step: number) => Math.round(text * step * 100) / 100;
  return { small: at(typeSteps.small), body: at(typeSteps.body), large: at(typeSteps.large) };
}

/** A preset by name, or a custom spec checked for sense; anything else is refused with what was given. */
export function resolveLayout(layout: PresetName | LayoutSpec): LayoutSpec {
  if (typeof layout === "string") {
    const preset = (presets as Record<string, LayoutSpec>)[layout];
    if (!preset)
      throw new Error(
        `unknown chart layout "${layout}": expected one of ${presetNames.join(", ")} or { name, width, text }`,
      );
    return preset;
  }
  const { name, width, text, target } = layout;
  const problems = [
    !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) && `name "${name}" should be ASCII kebab-case`,
    !(Number.isFinite(width) && width >= 200 && width <= 4000) && `width ${width} should be between 200 and 4000`,
    !(Number.isFinite(text) && text >= 6 && text <= width / minEms) &&
      `text ${text} should be at least 6 and at most width ÷ ${minEms}`,
    target !== undefined && !(Number.isFinite(target) && target > 0) && `target ${target} should be a positive number`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`chart layout ${JSON.stringify(layout)}: ${problems.join("; ")}`);
  return layout;
}
