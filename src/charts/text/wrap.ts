// Line breaking by measured width: English breaks at spaces (and inside hyphenated words when it must),
// Chinese between any two characters, except that closing punctuation never starts a line and opening
// punctuation never ends one (the usual 避头尾 rules), and a Chinese paragraph does not end on a line of one
// character. A word wider than the whole line is cut by characters.
import { measureText, type Weight } from "./measure.ts";

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Never at the start of a line. */
const closing = /^[，。、；：？！）》」』”’·…%,.;:?!)\]]/u;
/** Never at the end of a line. */
const opening = /[（《「『“‘(\[]$/u;

/** Pieces between which a line may break, each carrying the spaces that follow it. */
export function breakPieces(text: string): string[] {
  const raw = text.match(/[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+|./gsu) ?? [];
  const pieces: string[] = [];
  for (const token of raw.flatMap((t) => (cjk.test(t) ? [t] : t.split(/(?<=\p{L}-)(?=\p{L})/u)))) {
    const last = pieces.length - 1;
    if (last >= 0 && (closing.test(token) || opening.test(pieces[last]!) || /^\s+$/u.test(token)))
      pieces[last] += token;
    else pieces.push(token);
  }
  return pieces;
}

function cutByCharacters(piece: string, maxWidth: number, size: number, weight: Weight): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of piece) {
    if (line && measureText(line + char, size, weight) > maxWidth) {
      lines.push(line);
      line = char;
    } else line += char;
  }
  return line ? [...lines, line] : lines;
}

/** The text in lines no wider than maxWidth when set at `size`; never an empty line. */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight = "normal"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of breakPieces(text.trim())) {
    const candidate = (line + piece).trimEnd();
    if (measureText(candidate, size, weight) <= maxWidth) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    if (measureText(piece.trimEnd(), size, weight) <= maxWidth) line = piece;
    else {
      const cut = cutByCharacters(piece.trimEnd(), maxWidth, size, weight);
      lines.push(...cut.slice(0, -1));
      line = cut.at(-1) ?? "";
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return withoutOrphan(lines, maxWidth, size, weight);
}

/**
 * A last line of one Chinese character (with any punctuation after it) takes the last piece of the line before,
 * so that "…限时办 / 结" reads "…限时 / 办结"; kept as it was when the line before would be left empty or the new
 * last line would not fit.
 */
function withoutOrphan(lines: string[], maxWidth: number, size: number, weight: Weight): string[] {
  const last = lines.at(-1);
  if (lines.length < 2 || !last || breakPieces(last).length !== 1 || !cjk.test(last)) return lines;
  const before = breakPieces(lines.at(-2)!);
  const moved = before.pop()!;
  const kept = before.join("").trimEnd();
  const joined = moved + last;
  if (!kept || measureText(joined, size, weight) > maxWidth) return lines;
  return [...lines.slice(0, -2), kept, joined];
}

/** Width of the widest of some lines. */
export function widest(lines: string[], size: number, weight: Weight = "normal"): number {
  return Math.max(0, ...lines.map((line) => measureText(line, size, weight)));
}
