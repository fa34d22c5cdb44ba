import { describe, expect, it } from 'vitest';
import { processJob, DEFAULT_FIELDS } from '../../src/batch/job.js';

const where = 'in.ndjson:3';
const parse = (line: string, fields = DEFAULT_FIELDS) => {
  const out = processJob({ kind: 'ndjson', bytes: Buffer.from(line), where }, fields);
  return { ...out, value: JSON.parse(out.line as string) };
};

describe('processJob', () => {
  it('echoes a string id as source, first, followed by the summary', () => {
    const out = parse(JSON.stringify({ id: 'مقال-1', text: 'استقبل الوزير نظيره في القاهرة.' }));
    expect(out.error).toBe(false);
    expect(Object.keys(out.value)[0]).toBe('source');
    expect(out.value.source).toBe('مقال-1');
    expect(out.value.schemaVersion).toBe(1);
    expect(out.line).not.toContain('\n');
  });

  it('echoes a numeric id as a string (the schema types "source" as a string)', () => {
    expect(parse('{"id": 17, "text": "قال الوزير."}').value.source).toBe('17');
    expect(parse('{"id": 17}').value).toEqual({ source: '17', error: { code: 'NO_TEXT', message: 'no "text" field' } });
  });

  it('falls back to the line position when the id is missing or not a string or number', () => {
    expect(parse('{"text": "قال الوزير."}').value.source).toBe(where);
    expect(parse('{"id": {"a":1}, "text": "قال الوزير."}').value.source).toBe(where);
  });

  it('reads settable id and text fields, and ignores the default ones then', () => {
    const fields = { id: 'url', text: 'body' };
    const out = parse(JSON.stringify({ url: 'https://example.org/a', body: 'قال الوزير.', text: 5 }), fields);
    expect(out.error).toBe(false);
    expect(out.value.source).toBe('https://example.org/a');
    const missing = parse(JSON.stringify({ id: 'x', text: 'قال الوزير.' }), fields);
    expect(missing.value.error.code).toBe('NO_TEXT');
  });

  it('gives an error record for a malformed line, located by its position', () => {
    const out = parse('{"id": "a", "text": "مقطوع');
    expect(out.error).toBe(true);
    expect(out.value).toEqual({ source: where, error: { code: 'BAD_JSON', message: expect.stringContaining(where) } });
  });

  it('gives an error record for JSON that is not an object', () => {
    for (const line of ['[1,2]', '"نص"', '7', 'null']) expect(parse(line).value.error.code).toBe('NOT_OBJECT');
  });

  it('gives an error record, under the record id, for a missing text field', () => {
    const out = parse('{"id": "b", "title": "عنوان"}');
    expect(out.value).toEqual({ source: 'b', error: { code: 'NO_TEXT', message: expect.stringContaining('"text"') } });
  });

  it('gives an error record for a text that is not a string', () => {
    for (const text of [42, null, ['قال'], { a: 1 }, true]) {
      const out = parse(JSON.stringify({ id: 'c', text }));
      expect(out.value.source).toBe('c');
      expect(out.value.error.code).toBe('TEXT_NOT_STRING');
    }
  });

  it('gives an error record for an empty or blank text, as the CLI does for an empty file', () => {
    expect(parse('{"id": "d", "text": ""}').value).toEqual({ source: 'd', error: { code: 'EMPTY', message: 'empty text' } });
    expect(parse('{"id": "d", "text": " \\n\\u200f "}').value.error.code).toBe('BLANK');
    expect(parse('{"id": "d", "text": " قال "}').error).toBe(false);
  });

  it('passes text files and error jobs through', () => {
    expect(JSON.parse(processJob({ kind: 'text', source: 'a/b.txt', text: 'قال الوزير.' }).line as string).source).toBe('a/b.txt');
    const err = processJob({ kind: 'error', source: 'x.txt', code: 'NOT_FOUND', message: 'x.txt: no such file' });
    expect(err).toEqual({ error: true, internal: false, line: '{"source":"x.txt","error":{"code":"NOT_FOUND","message":"x.txt: no such file"}}' });
  });

  it('reads a line with a byte-order mark inside as data: not valid JSON', () => {
    expect(parse('\uFEFF{"id": "e", "text": "قال الوزير."}').value.error.code).toBe('BAD_JSON');
  });
});
