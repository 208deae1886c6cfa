// Data files are UTF-8. A file saved in another encoding (GB18030/GBK by a Chinese Windows editor, UTF-16 by some
// others) must be refused, not read as mojibake; so must text that a wrong conversion already damaged, which
// shows as U+FFFD. The message says where and which encoding the file seems to be in.
export interface EncodingProblem {
  line: number;
  column: number;
  message: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    // Overlong three- and four-byte forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 either.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The line of the bytes as GB18030 would read it, when it can: what the author of a GBK file sees there. */
function lineAsGb18030(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(bytes).trim().slice(0, 24);
  } catch {
    return undefined;
  }
}

/** The text of a UTF-8 file without its byte-order mark, or where and why it is not clean UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | EncodingProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, column: 1, message: "the file is saved as UTF-16: save it as UTF-8" };
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const lineEnd = bytes.indexOf(0x0a, bad);
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = [...utf8.decode(bytes.subarray(lineStart, bad))].length + 1;
    const gb = lineAsGb18030(bytes.subarray(lineStart, lineEnd < 0 ? bytes.length : lineEnd));
    const hint = gb ? `it reads as GB18030 (GBK) ("${gb}" on this line): save it as UTF-8` : "save it as UTF-8";
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    return { line, column, message: `the file is not valid UTF-8 (byte 0x${byte}): ${hint}` };
  }
  // Some editors save UTF-8 with a byte-order mark: the decoder drops it, as it is not part of the JSON.
  const text = utf8.decode(bytes);
  const replaced = text.indexOf("\uFFFD");
  if (replaced >= 0) {
    const before = text.slice(0, replaced);
    return {
      line: before.split("\n").length,
      column: replaced - before.lastIndexOf("\n"),
      message:
        "contains U+FFFD (the replacement character left by a wrong encoding): the text was damaged before it " +
        "was saved; put back the characters it replaced",
    };
  }
  return { text };
}
