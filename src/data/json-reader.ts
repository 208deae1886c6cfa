// A JSON reader for hand-edited data files. Unlike JSON.parse it keeps where every value starts, so any later
// message can name the line and column; it refuses a key written twice in one object (JSON.parse keeps the last
// silently) and a number with more digits than a double holds; and it makes every key an own property, so a
// "__proto__" key is a key like any other, refused by the schema, never an object's prototype.
export interface JsonProblem {
  offset: number;
  path: Array<string | number>;
  message: string;
}

export interface JsonDocument {
  value: unknown;
  /** Where each value starts, by its path written as JSON ('["facts",3,"unit"]' → offset). */
  starts: Map<string, number>;
  /** Problems that do not stop the reading: keys written twice, numbers that cannot be stored. */
  problems: JsonProblem[];
}

/** The first character that breaks the JSON grammar, and what was expected there. */
export class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.name = "JsonSyntaxError";
    this.offset = offset;
  }
}

const escapes: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const numberToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const whitespace = /[ \t\n\r]*/y;

/** Significant digits of a JSON number token (leading and trailing zeros do not count). */
export function significantDigits(token: string): number {
  const mantissa = token
    .replace(/^-/, "")
    .replace(/[eE].*$/, "")
    .replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** The path key of a child: '["facts"]' and 3 give '["facts",3]'. */
const childKey = (key: string, name: string | number) =>
  `${key.slice(0, -1)}${key === "[]" ? "" : ","}${JSON.stringify(name)}]`;

/** Reads text as JSON; throws a JsonSyntaxError at the first character that breaks the grammar. */
export function readJson(text: string): JsonDocument {
  let i = 0;
  const starts = new Map<string, number>();
  const problems: JsonProblem[] = [];
  const problem = (offset: number, key: string, message: string) =>
    problems.push({ offset, path: JSON.parse(key), message });
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const found = () => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const space = () => {
    whitespace.lastIndex = i;
    whitespace.test(text);
    i = whitespace.lastIndex;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[i] !== char) fail(`expected ${what}, found ${found()}`);
    i++;
  };
  const string = (): string => {
    let result = "";
    for (i++; text[i] !== '"'; ) {
      const c = text[i];
      if (c === undefined) fail("a string is not closed");
      else if (c < " ") fail("a control character inside a string: write it as an escape or remove it");
      else if (c !== "\\") result += text[i++];
      else if (text[i + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        result += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (Object.hasOwn(escapes, text[i + 1] ?? "")) {
        result += escapes[text[i + 1]!];
        i += 2;
      } else fail(`an unknown escape \\${text[i + 1] ?? ""} in a string`);
    }
    i++;
    return result;
  };
  const number = (key: string): number => {
    numberToken.lastIndex = i;
    const token = numberToken.exec(text)?.[0] ?? fail(`expected a value, found ${found()}`);
    const value = Number(token);
    if (!Number.isFinite(value)) problem(i, key, `${token} is too large to be a number`);
    else if (significantDigits(token) > 15) {
      problem(i, key, `${token} has more than 15 significant digits, more than a number keeps`);
    }
    i += token.length;
    return value;
  };
  /** The members of an object or the items of an array, up to its closing bracket. */
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      expect(",", `a comma or "${close}"`);
    }
  };
  const object = (key: string): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    members("}", () => {
      space();
      if (text[i] !== '"') fail(`expected a key in double quotes, found ${found()}`);
      const at = i;
      const name = string();
      const child = childKey(key, name);
      if (Object.hasOwn(result, name)) problem(at, child, `the key "${name}" is written twice in one object`);
      expect(":", "a colon after the key");
      // defineProperty, not assignment: result["__proto__"] = … would replace the prototype instead of adding a key.
      Object.defineProperty(result, name, {
        value: value(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    return result;
  };
  const array = (key: string): unknown[] => {
    const result: unknown[] = [];
    members("]", () => result.push(value(childKey(key, result.length))));
    return result;
  };
  const literals = [
    ["true", true],
    ["false", false],
    ["null", null],
  ] as const;
  const value = (key: string): unknown => {
    space();
    starts.set(key, i);
    if (text[i] === "{") return object(key);
    if (text[i] === "[") return array(key);
    if (text[i] === '"') return string();
    const literal = literals.find(([word]) => text.startsWith(word, i));
    if (!literal) return number(key);
    i += literal[0].length;
    return literal[1];
  };
  const result = value("[]");
  space();
  if (i < text.length) fail(`expected the end of the file, found ${found()}`);
  return { value: result, starts, problems };
}
