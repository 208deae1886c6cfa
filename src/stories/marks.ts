// Keyed marks for step stories: every mark names itself, so the page can find it again in the next state.
import type { Shape, Tone } from "../charts/model.ts";

type TextOptions = Partial<Extract<Shape, { kind: "text" }>>;

export function bar(
  key: string,
  x: number,
  y: number,
  width: number,
  height: number,
  tone: Tone,
  hollow = false,
): Shape {
  return { kind: "rect", x, y, width: Math.max(0, width), height, tone, hollow, key };
}

export function dot(key: string, cx: number, cy: number, tone: Tone = "text", r = 6): Shape {
  return { kind: "circle", cx, cy, r, tone, key };
}

export function rule(
  key: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  tone: Tone = "rule",
  dashed = false,
): Shape {
  return { kind: "line", x1, y1, x2, y2, tone, dashed, key };
}

export function text(key: string, x: number, y: number, content: string, options: TextOptions = {}): Shape {
  return { kind: "text", x, y, text: content, tone: "text", size: 13, ...options, key };
}
