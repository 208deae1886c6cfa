// Every screen a visitor can reach, with a permanent id: the page marks each with data-screen="<id>", and
// /kiosk/?screen=<id> opens it directly (for staff checks and tests). A sequence's id opens its first slide.
// Where each control leads is decided here, at build, so the shell only follows data-go attributes. A story
// slide is a screen per step (`<sequence>-<step id>`), the steps' ids being the chapters' addresses of them.
import { storyDefinition } from "../stories/registry.ts";
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
  /** Set on a sequence's last screen: "next" opens this sequence. */
  nextSequence: KioskSequence | undefined;
  /** On a story slide's screens: which step, of how many. */
  step?: { id: string; index: number; count: number };
}

/** The ids of a slide's screens: one, or one per step of a story. */
function screenIdsOf(sequence: KioskSequence, slide: Slide): string[] {
  if (slide.kind !== "story") return [`${sequence.code}-${slide.key}`];
  return storyDefinition(slide.id).steps.map((step) => `${sequence.code}-${step}`);
}

/** The screen a slide opens on (its tab and the start cards lead there). */
export function slideScreenId(sequence: KioskSequence, slide: Slide): string {
  return screenIdsOf(sequence, slide)[0]!;
}

export function slideScreens(sequences: KioskSequence[] = kioskSequences): SlideScreen[] {
  return sequences.flatMap((sequence, s) => {
    const following = sequences[(s + 1) % sequences.length]!;
    const screens = sequence.slides.flatMap((slide, index) => {
      const steps = slide.kind === "story" ? storyDefinition(slide.id).steps : undefined;
      return screenIdsOf(sequence, slide).map((id, k) => ({
        id,
        slide,
        index,
        step: steps ? { id: steps[k]!, index: k, count: steps.length } : undefined,
      }));
    });
    return screens.map(({ id, slide, index, step }, i): SlideScreen => {
      const last = i === screens.length - 1;
      return {
        id,
        sequence,
        slide,
        index,
        previous: i > 0 ? screens[i - 1]!.id : undefined,
        next: last ? slideScreenId(following, following.slides[0]!) : screens[i + 1]!.id,
        nextSequence: last ? following : undefined,
        ...(step ? { step } : {}),
      };
    });
  });
}

/** Every screen id, in the order a visitor meets them; the build fails if two are the same. */
export function screenIds(sequences: KioskSequence[] = kioskSequences): string[] {
  const ids = [startScreen, ...slideScreens(sequences).map((screen) => screen.id), staffScreen];
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) {
    throw new Error(`src/kiosk/content.ts: screen ids used twice: ${twice.join(", ")} (slide keys must differ)`);
  }
  return ids;
}
