import { describe, expect, it } from 'vitest';
import { JsonArrayWriter, renderJson, renderNdjsonLine } from '../../src/render/json.js';

const items = [{ source: 'a.txt', statement: 'قال "نعم"\u001b[31m', n: [1, 2] }, { source: 'b.txt', nested: { x: null } }];

async function written(compact: boolean, values: unknown[]): Promise<string> {
  let text = '';
  const w = new JsonArrayWriter(compact, async (c) => void (text += c));
  for (const v of values) await w.item(v);
  await w.end();
  return text;
}

describe('JSON output', () => {
  it('streams an array exactly as JSON.stringify would print it', async () => {
    expect(await written(false, items)).toBe(JSON.stringify(items, null, 2) + '\n');
    expect(await written(true, items)).toBe(JSON.stringify(items) + '\n');
    expect(await written(false, [])).toBe('[]\n');
  });

  it('keeps the text intact: JSON escaping is what makes controls harmless', () => {
    const text = renderJson(items[0], true);
    expect(text).toContain('\\u001b[31m');
    expect(JSON.parse(text).statement).toBe(items[0].statement);
    expect(renderJson({ a: 1 }, false)).toBe('{\n  "a": 1\n}\n');
  });

  it('writes an NDJSON line whole, with its newline', () => {
    const line = renderNdjsonLine({ statement: 'سطر\nثان' });
    expect(line.split('\n')).toEqual(['{"statement":"سطر\\nثان"}', '']);
  });
});
