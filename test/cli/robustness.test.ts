import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/cli/args.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { readInputs } from '../../src/cli/input.js';
import { run } from '../../src/cli/run.js';
import type { Summary } from '../../src/types.js';
import { encodeUtf16, encodeWindows1256 } from './encode.js';
import { fakeIo } from './fake-io.js';
import { topIsolates } from '../render/uba.js';

// Our own short article: a visit with place and date, two positions (one quoted) and a resolution.
const ARTICLE = [
  'استقبل الرئيس المصري في القاهرة اليوم الأحد وزير الخارجية الأردني سامي الخطيب.',
  'وقال الخطيب إن "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".',
  'وأكد الجانبان ضرورة تنفيذ قرار مجلس الأمن رقم 2254 دون إبطاء.',
].join('\n');

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function khulasa(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const { io, out, err } = fakeIo(options);
  const code = await run(argv, io);
  return { code, out: out(), err: err() };
}

/** Every evidence span of a summary with the text it claims to be (where the contract has one). */
function evidence(s: Summary): { span: [number, number]; claim: string | null }[] {
  return [
    ...s.positions.map((p) => ({ span: [p.start, p.end] as [number, number], claim: p.statement })),
    ...s.resolutions.map((r) => ({ span: [r.start, r.end] as [number, number], claim: r.text })),
    ...s.meetings.flatMap((m) => [
      ...(m.locationSpan && m.location ? [{ span: [m.locationSpan.start, m.locationSpan.end] as [number, number], claim: m.location }] : []),
      ...(m.dateSpan && m.date ? [{ span: [m.dateSpan.start, m.dateSpan.end] as [number, number], claim: m.date }] : []),
    ]),
  ];
}

describe('offsets are into the decoded text, whatever the encoding', () => {
  const encodings: [string, () => Uint8Array, string[]][] = [
    ['UTF-8 without BOM', () => Buffer.from(ARTICLE), []],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), []],
    ['UTF-16LE with BOM', () => encodeUtf16(ARTICLE, 'le'), []],
    ['UTF-16BE with BOM', () => encodeUtf16(ARTICLE, 'be'), []],
    ['Windows-1256, detected', () => encodeWindows1256(ARTICLE), []],
    ['Windows-1256, chosen with --encoding', () => encodeWindows1256(ARTICLE), ['--encoding', 'windows-1256']],
  ];

  it.each(encodings)('%s: every evidence span slices the decoded article to its claim', async (_name, bytes, flags) => {
    writeFileSync(path('in.txt'), bytes());
    const r = await khulasa([...flags, path('in.txt')]);
    expect(r.err).toBe('');
    const summary = JSON.parse(r.out) as Summary;
    const spans = evidence(summary);
    // The article has a position and a resolution: the check is not vacuous.
    expect(summary.positions.length).toBeGreaterThanOrEqual(1);
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const { span, claim } of spans) expect(ARTICLE.slice(...span)).toBe(claim);
    // Byte offsets would differ: the first position starts past Arabic letters of 2 bytes each.
    const first = summary.positions[0];
    expect(Buffer.from(ARTICLE).subarray(first.start, first.end).toString()).not.toBe(first.statement);
  });

  it('invalid UTF-8 names its byte offset, and is never read with replacement characters', async () => {
    // "قال " is 7 bytes; then a truncated 3-byte sequence (E2 80) and ASCII.
    writeFileSync(path('bad.txt'), Buffer.concat([Buffer.from('قال '), Buffer.from([0xe2, 0x80]), Buffer.from('abc')]));
    const r = await khulasa([path('bad.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.out).not.toContain('\ufffd');
    expect(r.err).toBe(`khulasa: ${path('bad.txt')}: invalid UTF-8 at byte offset 7; if it is a legacy Arabic file, try --encoding windows-1256\n`);
  });
});

describe('limits', () => {
  it('the default --max-bytes is generous (50 MB): a 6 MB file is read whole', async () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    const big = 'كتب الطالب درسه ثم ذهب الى البيت.\n'.repeat(101_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(6_000_000);
    writeFileSync(path('big.txt'), big);
    const { io } = fakeIo();
    const records = [];
    for await (const r of readInputs([path('big.txt')], { encoding: 'auto', maxBytes: DEFAULT_MAX_BYTES }, io)) records.push(r);
    expect(records).toHaveLength(1);
    expect('text' in records[0] && records[0].text).toBe(big);
  });

  it('--max-bytes with a suffix refuses a larger file with a clear one-line error', async () => {
    writeFileSync(path('article.txt'), ARTICLE);
    const r = await khulasa(['--max-bytes', '100', path('article.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.out).toBe('');
    expect(r.err).toBe(`khulasa: ${path('article.txt')}: larger than --max-bytes (100 bytes); raise the limit with --max-bytes if this is intended\n`);
  });
});

describe('text in another language', () => {
  it.each([
    ['French', 'Les ministres se sont réunis à Genève mardi et ont appelé au cessez-le-feu.'],
    ['Hebrew', 'השרים נפגשו בז׳נבה ביום שלישי.'],
    ['Chinese', '部长们周二在日内瓦会晤。'],
  ])('%s: a warning on stderr, an empty summary, exit 0', async (_name, text) => {
    const r = await khulasa(['-'], { stdin: text });
    expect(r.code).toBe(ExitCode.OK);
    expect(r.err).toBe('khulasa: warning: <stdin>: no Arabic text found\n');
    const s = JSON.parse(r.out) as Summary;
    expect([s.participants, s.meetings, s.positions, s.resolutions]).toEqual([[], [], [], []]);
  });
});

describe('terminal safety end to end', () => {
  // Escapes inside the statement: a colour, a cursor move, a title, a C1 CSI, a bidi override.
  const HOSTILE =
    ARTICLE.split('\n')[0] +
    '\nوقال الخطيب إن "الحل السياسي\u001b[31m هو\u001b[0m الطريق\u001b[2J\u001b[H الوحيد\u001b]0;pwned\u0007 للسلام\u009b1m والأمن\u202e في\u202c المنطقة\u2067 كلها\u2069".';
  // Bidi embeddings and overrides never reach the terminal; isolates only as khulasa's own, closed on their line.
  const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;

  it('the table shows the statement with every escape neutralised', async () => {
    writeFileSync(path('hostile.txt'), HOSTILE);
    const r = await khulasa(['--format', 'table', '--no-color', path('hostile.txt')]);
    expect(r.code).toBe(ExitCode.OK);
    expect(r.out).toContain('Positions');
    expect(r.out).toContain('السياسي');
    expect(r.out).toContain('المنطقة');
    expect(r.out).not.toMatch(UNSAFE);
    for (const line of r.out.split('\n')) expect(() => topIsolates(line), line).not.toThrow();
    expect(r.out).not.toContain('كلها\u2069\u2069');
  });

  it('JSON keeps the statement intact, with C0 controls JSON-escaped', async () => {
    writeFileSync(path('hostile.txt'), HOSTILE);
    const r = await khulasa(['--json', path('hostile.txt')]);
    const position = (JSON.parse(r.out) as Summary).positions[0];
    const { statement } = position;
    expect(statement).toBe(HOSTILE.slice(position.start, position.end));
    expect(statement).toContain('\u001b]0;pwned\u0007');
    // No raw C0 control in the JSON text but its line breaks.
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(r.out).toContain('\\u001b[31m');
  });

  it('a hostile file name is neutralised in warnings and errors on stderr', async () => {
    const name = path('evil\u001b]0;pwned\u0007\u009b2J\u202e.txt');
    writeFileSync(name, 'The ministers met in Geneva on Tuesday.\n');
    const warned = await khulasa([name]);
    expect(warned.err).toContain('no Arabic text found');
    expect(warned.err).not.toMatch(UNSAFE);
    const missing = await khulasa([name + '.missing']);
    expect(missing.err).toContain('no such file');
    expect(missing.err).not.toMatch(UNSAFE);
  });
});
