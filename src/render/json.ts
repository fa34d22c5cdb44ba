/**
 * JSON text for one value: pretty (two-space indent) by default, one line with `compact`.
 * Text is kept intact; JSON string escaping already makes control characters harmless.
 */
export function renderJson(value: unknown, compact: boolean): string {
  return JSON.stringify(value, null, compact ? undefined : 2) + '\n';
}

/**
 * Writes a JSON array one element at a time, so several inputs stream out as they are
 * summarised; the text equals JSON.stringify(array, null, 2) (or the compact form).
 */
export class JsonArrayWriter {
  private count = 0;
  constructor(
    private readonly compact: boolean,
    private readonly write: (chunk: string) => Promise<void>,
  ) {}

  /** Append one element. */
  async item(value: unknown): Promise<void> {
    const body = this.compact ? JSON.stringify(value) : '  ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    const lead = this.count === 0 ? (this.compact ? '[' : '[\n') : this.compact ? ',' : ',\n';
    this.count++;
    await this.write(lead + body);
  }

  /** Close the array (or print `[]` when nothing was added). */
  async end(): Promise<void> {
    await this.write(this.count === 0 ? '[]\n' : this.compact ? ']\n' : '\n]\n');
  }
}

/** One NDJSON line: a whole JSON value and its newline in one write, so no half line is left. */
export function renderNdjsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
