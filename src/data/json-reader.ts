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
  /** Where each value starts, by its path ("[\"facts\",3,\"unit\"]" → offset). */
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

/** Significant digits of a JSON number token (leading and trailing zeros do not count). */
export function significantDigits(token: string): number {
  const mantissa = token
    .replace(/^-/, "")
    .replace(/[eE].*$/, "")
    .replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** Reads text as JSON; throws a JsonSyntaxError at the first character that breaks the grammar. */
export function readJson(text: string): JsonDocument {
  let i = 0;
  const starts = new Map<string, number>();
  const problems: JsonProblem[] = [];
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const describe = () => (i >= text.length ? "the end of the file" : `"${text[i]}"`);
  const space = () => {
    while (" \t\n\r".includes(text[i] ?? "x")) i++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[i] !== char) fail(`expected ${what}, found ${describe()}`);
    i++;
  };
  const string = (): string => {
    let result = "";
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail("a string is not closed");
      if (c === '"') break;
      if (c!.charCodeAt(0) < 0x20) fail("a control character inside a string: write it as an escape or remove it");
      if (c === "\\") {
        const e = text[i + 1] ?? "";
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          result += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        if (!(e in escapes)) fail(`an unknown escape \\${e} in a string`);
        result += escapes[e];
        i += 2;
        continue;
      }
      result += c;
      i++;
    }
    i++;
    return result;
  };
  const number = (path: Array<string | number>): number => {
    const token = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i))?.[0];
    if (!token) fail(`expected a value, found ${describe()}`);
    const value = Number(token);
    if (!Number.isFinite(value)) problems.push({ offset: i, path, message: `${token} is too large to be a number` });
    else if (significantDigits(token!) > 15) {
      problems.push({
        offset: i,
        path,
        message: `${token} has more than 15 significant digits, more than a number keeps`,
      });
    }
    i += token!.length;
    return value;
  };
  const object = (path: Array<string | number>): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    const keys = new Map<string, number>();
    i++;
    space();
    if (text[i] === "}") {
      i++;
      return result;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`expected a key in double quotes, found ${describe()}`);
      const keyAt = i;
      const key = string();
      const first = keys.get(key);
      if (first !== undefined)
        problems.push({
          offset: keyAt,
          path: [...path, key],
          message: `the key "${key}" is written twice in one object`,
        });
      else keys.set(key, keyAt);
      expect(":", "a colon after the key");
      // defineProperty, not assignment: result["__proto__"] = … would replace the prototype instead of adding a key.
      Object.defineProperty(result, key, {
        value: value([...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      space();
      if (text[i] === "}") {
        i++;
        return result;
      }
      expect(",", 'a comma or "}"');
    }
  };
  const array = (path: Array<string | number>): unknown[] => {
    const result: unknown[] = [];
    i++;
    space();
    if (text[i] === "]") {
      i++;
      return result;
    }
    for (;;) {
      result.push(value([...path, result.length]));
      space();
      if (text[i] === "]") {
        i++;
        return result;
      }
      expect(",", 'a comma or "]"');
    }
  };
  const value = (path: Array<string | number>): unknown => {
    space();
    starts.set(JSON.stringify(path), i);
    const c = text[i];
    if (c === "{") return object(path);
    if (c === "[") return array(path);
    if (c === '"') return string();
    for (const [word, literal] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return literal;
      }
    }
    return number(path);
  };
  const result = value([]);
  space();
  if (i < text.length) fail(`expected the end of the file, found ${describe()}`);
  return { value: result, starts, problems };
}
