/** One line of an NDJSON input, decoded, or the reason it could not be. */
export type RawLine =
  | { lineNo: number; text: string }
  | { lineNo: number; error: 'BAD_ENCODING' | 'TOO_LARGE'; message: string };

/**
 * Split a byte stream into lines (LF or CRLF), decoding each as strict UTF-8. Memory stays bounded
 * by the longest line accepted: a line longer than `maxLineBytes` is skipped as it streams past and
 * reported as TOO_LARGE, and a line that is not valid UTF-8 is reported as BAD_ENCODING, so one bad
 * line never costs the others. Blank lines are not records and yield nothing.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, maxLineBytes = Infinity): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
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
    let text: string;
    try {
      text = decoder.decode(whole.subarray(0, end));
    } catch {
      return { lineNo, error: 'BAD_ENCODING', message: `line ${lineNo}: not valid UTF-8` };
    }
    // The decoder drops a leading BOM on every line; only the stream's first line may carry one,
    // elsewhere it is data (and makes the line invalid JSON, as it should).
    if (lineNo > 1 && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf) text = '\uFEFF' + text;
    if (text.trim() === '') return null;
    return { lineNo, text };
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
