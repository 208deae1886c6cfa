// Every screen a visitor can reach, with a permanent id: the page marks each with data-screen="<id>", and
// /kiosk/?screen=<id> opens it directly (for staff checks and tests). A sequence's id opens its first slide.
// Where each control leads is decided here, at build, so the shell only follows data-go attributes.
import { kioskSequences, type KioskSequence, type Slide } from "./content.ts";

export const startScreen = "start";
export const staffScreen = "staff";

export interface SlideScreen {
  id: string;
  sequence: KioskSequence;
  slide: Slide;
  index: number;
  /** Where "previous" goes: the slide before, or nothing on a sequence's first slide. */
  previous: string | undefined;
  /** Where "next" goes: the slide after, or the next sequence's first slide at the end of one. */
  next: string;
  /** Set on a sequence's last slide: "next" opens this sequence. */
  nextSequence: KioskSequence | undefined;
}

export function slideScreenId(sequence: KioskSequence, slide: Slide): string {
  return `${sequence.code}-${slide.key}`;
}

export function slideScreens(sequences: KioskSequence[] = kioskSequences): SlideScreen[] {
  return sequences.flatMap((sequence, s) =>
    sequence.slides.map((slide, index) => {
      const last = index === sequence.slides.length - 1;
      const following = sequences[(s + 1) % sequences.length]!;
      return {
        id: slideScreenId(sequence, slide),
        sequence,
        slide,
        index,
        previous: index > 0 ? slideScreenId(sequence, sequence.slides[index - 1]!) : undefined,
        next: last ? slideScreenId(following, following.slides[0]!) : slideScreenId(sequence, sequence.slides[index + 1]!),
        nextSequence: last ? following : undefined,
      };
    }),
  );
}

/** Every screen id, in the order a visitor meets them; the build fails if two are the same. */
export function screenIds(sequences: KioskSequence[] = kioskSequences): string[] {
  const ids = [startScreen, ...slideScreens(sequences).map((screen) => screen.id), staffScreen];
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`src/kiosk/content.ts: screen ids used twice: ${twice.join(", ")} (slide keys must differ)`);
  return ids;
}
