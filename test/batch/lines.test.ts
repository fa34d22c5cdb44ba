import { describe, expect, it } from 'vitest';
import { splitLines, type RawLine } from '../../src/batch/lines.js';
import { chunks } from './fixtures.js';

type Read = { lineNo: number; text: string } | Exclude<RawLine, { bytes: Uint8Array }>;

/** The lines, with their bytes decoded (keeping any BOM) for comparison. */
async function all(pieces: (string | Buffer)[], max?: number): Promise<Read[]> {
  const out: Read[] = [];
  for await (const line of splitLines(chunks(pieces), max)) {
    out.push('bytes' in line ? { lineNo: line.lineNo, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(line.bytes) } : line);
  }
  return out;
}

describe('splitLines', () => {
  it('joins a line split across chunks, even inside an Arabic letter', async () => {
    const bytes = Buffer.from('{"text":"سلام"}\n{"text":"حوار"}\n');
    // Byte 11 falls in the middle of the two-byte "س".
    expect((await all([bytes.subarray(0, 11), bytes.subarray(11)])).map((l) => ('text' in l ? l.text : l.error))).toEqual(['{"text":"سلام"}', '{"text":"حوار"}']);
  });

  it('handles CRLF, a last line without newline, and numbers lines counting blank ones', async () => {
    expect(await all(['أ\r\n\n  \r\nب'])).toEqual([
      { lineNo: 1, text: 'أ' },
      { lineNo: 4, text: 'ب' },
    ]);
  });

  it('skips lines blank by Unicode spaces too (as trim() does), but not invisible non-spaces', async () => {
    expect(await all(['\u00A0\u3000\t\n\u200F\n\uFEFF \nت'])).toEqual([
      { lineNo: 2, text: '\u200F' },
      { lineNo: 4, text: 'ت' },
    ]);
  });

  it('drops a BOM on the first line only', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const lines = await all([Buffer.concat([bom, Buffer.from('{}\n'), bom, Buffer.from('{}\n')])]);
    expect(lines).toEqual([
      { lineNo: 1, text: '{}' },
      { lineNo: 2, text: '\uFEFF{}' },
    ]);
  });

  it('reports invalid UTF-8 on its own line and keeps the neighbours', async () => {
    const lines = await all([Buffer.from('"أ"\n'), Buffer.from([0x22, 0xd8, 0x22, 0x0a]), Buffer.from('"ب"\n')]);
    expect(lines[0]).toEqual({ lineNo: 1, text: '"أ"' });
    expect(lines[1]).toMatchObject({ lineNo: 2, error: 'BAD_ENCODING' });
    expect(lines[2]).toEqual({ lineNo: 3, text: '"ب"' });
  });

  it('skips a line over the limit without holding it, and reads the next one whole', async () => {
    const long = 'ث'.repeat(5000); // 10,000 bytes, arriving in pieces
    const pieces = ['"قصير"\n', ...Array.from({ length: 10 }, () => long.slice(0, 500)), '\n"تال"\n'];
    const lines = await all(pieces, 1000);
    expect(lines[0]).toEqual({ lineNo: 1, text: '"قصير"' });
    expect(lines[1]).toMatchObject({ lineNo: 2, error: 'TOO_LARGE' });
    expect(lines[2]).toEqual({ lineNo: 3, text: '"تال"' });
    // At the limit exactly is still accepted.
    expect(await all(['12345\n'], 5)).toEqual([{ lineNo: 1, text: '12345' }]);
  });
});
