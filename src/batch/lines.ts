import { isUtf8 } from 'node:buffer';

/**
 * One line of an NDJSON input, as its bytes (checked to be valid UTF-8, without the newline, the
 * CR of a CRLF or the stream's leading BOM), or the reason it cannot be read.
 */
export type RawLine =
  | { lineNo: number; bytes: Uint8Array }
  | { lineNo: number; error: 'BAD_ENCODING' | 'TOO_LARGE'; message: string };

/**
 * Split a byte stream into lines (LF or CRLF) and check that each is valid UTF-8. Lines stay bytes:
 * whoever summarises a line decodes it (a worker, in a pooled batch), so the thread that reads the
 * input never holds its text. Memory stays bounded by the longest line accepted: a line longer
 * than `maxLineBytes` is skipped as it streams past and reported as TOO_LARGE, and a line that is
 * not valid UTF-8 is reported as BAD_ENCODING, so one bad line never costs the others. Blank lines
 * are not records and yield nothing.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, maxLineBytes = Infinity): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let lineNo = 0;

  const finish = (): RawLine | null => {
    lineNo++;
    const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    const seen = size;
    parts = [];
    size = 0;
    if (tooLarge) {
      tooLarge = false;
      return { lineNo, error: 'TOO_LARGE', message: `line ${lineNo}: longer than the limit of ${maxLineBytes} bytes (at least ${seen} bytes)` };
    }
    let end = whole.length;
    if (end > 0 && whole[end - 1] === 13) end--; // CRLF
    // Only the stream's first line may start with a BOM that is not data; elsewhere a BOM is
    // kept (and makes the line invalid JSON, as it should).
    const start = lineNo === 1 && end >= 3 && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf ? 3 : 0;
    const bytes = whole.subarray(start, end);
    if (!isUtf8(bytes)) return { lineNo, error: 'BAD_ENCODING', message: `line ${lineNo}: not valid UTF-8` };
    if (isBlank(bytes)) return null;
    return { lineNo, bytes };
  };

  const take = (chunk: Buffer): void => {
    if (tooLarge) {
      size += chunk.length;
      return;
    }
    if (size + chunk.length > maxLineBytes) {
      tooLarge = true;
      parts = [];
      size += chunk.length;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };

  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      const line = finish();
      if (line) yield line;
      from = nl + 1;
    }
    // Copy the tail: a subarray would pin the whole chunk in memory until the line ends.
    if (from < chunk.length) take(from === 0 ? chunk : Buffer.from(chunk.subarray(from)));
  }
  if (size > 0 || tooLarge) {
    const line = finish();
    if (line) yield line;
  }
}

/** ASCII whitespace that String.prototype.trim() removes. */
const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/**
 * Is a (valid UTF-8) line empty once trimmed, as `text.trim() === ''`? Decided on the bytes: a
 * printable ASCII byte settles it at once (a record starts with `{`); only a line of spaces and
 * non-ASCII characters is decoded, to ask trim() about Unicode spaces.
 */
function isBlank(bytes: Uint8Array): boolean {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) ascii = false;
    else if (!ASCII_SPACE.has(b)) return false;
  }
  return ascii || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').trim() === '';
}
