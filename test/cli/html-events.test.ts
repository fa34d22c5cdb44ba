import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { EVENT_COLUMNS } from '../../src/events/index.js';
import { ensureBuilt } from '../batch/build.js';
import { encodeWindows1256 } from './encode.js';
import { fakeIo } from './fake-io.js';

const PAGES = new URL('../html/pages/', import.meta.url);
const page = (name: string) => readFileSync(new URL(name, PAGES));
// An article of our own: a reception, dated أمس.
const ARTICLE = 'استقبل وزير الخارجية المصري كريم نصار في القاهرة أمس نظيره الأردني سامر عيد، وبحث معه تطورات المنطقة.\n';
const HEADER = EVENT_COLUMNS.map((c) => c.name).join('\t');

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-html-'));
  writeFileSync(path('a.txt'), ARTICLE);
  writeFileSync(path('cp1256.txt'), encodeWindows1256(ARTICLE));
  mkdirSync(path('site'));
  writeFileSync(path('site/one.html'), page('semantic-jsonld.html'));
  writeFileSync(path('site/two.htm'), page('div-portal-og.html'));
  writeFileSync(path('site/notes.md'), '# not an article');
  writeFileSync(path('huge.html'), '<html><body>' + '<p>نص</p>'.repeat(100_001) + '</body></html>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function khulasa(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const { io, out, err } = fakeIo(options);
  const code = await run(argv, io);
  return { code, out: out(), err: err() };
}

describe('--format events', () => {
  it('writes a header and one row per ordered pair, dated against --date', async () => {
    const r = await khulasa(['--format', 'events', '--date', '2019-03-12', path('a.txt')]);
    expect(r.code).toBe(ExitCode.OK);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      expect(cells).toHaveLength(16);
      expect(cells[1]).toBe(path('a.txt'));
      expect(cells[2]).toBe('2019-03-11');
      expect(['042', '043']).toContain(cells[10]);
      expect(ARTICLE.slice(Number(cells[14]), Number(cells[15]))).toContain('استقبل');
    }
  });

  it('without a reference day the relative date stays unresolved (empty date)', async () => {
    const r = await khulasa(['--format', 'events', path('a.txt')]);
    expect(r.out.trimEnd().split('\n')[1].split('\t')[2]).toBe('');
  });

  it('events-csv: the same rows as CSV', async () => {
    const r = await khulasa(['--format', 'events-csv', '--date', '2019-03-12', path('a.txt')]);
    expect(r.out.startsWith(EVENT_COLUMNS.map((c) => c.name).join(',') + '\r\n')).toBe(true);
    expect(r.out).toContain(',2019-03-11,day,');
  });

  it('an article with no meeting gives the header alone', async () => {
    writeFileSync(path('none.txt'), 'رحبت الوزارة بالقرار الصادر اليوم.\n');
    expect((await khulasa(['--format', 'events', path('none.txt')])).out).toBe(HEADER + '\n');
  });

  it('khulasa schema --events prints the header', async () => {
    const r = await khulasa(['schema', '--events']);
    expect(r.out).toBe(HEADER + '\n');
  });

  it('--input ndjson --format events --date-field: rows streamed per record, each dated by its own field', async () => {
    const stdin = [
      JSON.stringify({ id: 'r1', text: ARTICLE, published: '2019-03-12T10:00:00+02:00' }),
      JSON.stringify({ id: 'r2', text: ARTICLE, published: '2020-01-01' }),
      '{bad json',
    ].join('\n') + '\n';
    const r = await khulasa(['--input', 'ndjson', '--format', 'events', '--date-field', 'published', '--jobs', '1'], { stdin });
    const rows = r.out.trimEnd().split('\n');
    expect(rows[0]).toBe(HEADER);
    expect(rows.filter((l) => l.split('\t')[1] === 'r1').every((l) => l.split('\t')[2] === '2019-03-11')).toBe(true);
    expect(rows.filter((l) => l.split('\t')[1] === 'r2').every((l) => l.split('\t')[2] === '2019-12-31')).toBe(true);
    expect(r.err).toMatch(/^khulasa: <stdin>:3: not valid JSON/m);
    expect(r.code).toBe(ExitCode.INPUT);
  });

  it('--input ndjson --format json --date-field: each summary dated by its record', async () => {
    const stdin = JSON.stringify({ id: 'r1', text: ARTICLE, published: '2019-03-12' }) + '\n';
    const r = await khulasa(['--input', 'ndjson', '--format', 'json', '--date-field', 'published'], { stdin });
    const [summary] = JSON.parse(r.out);
    expect(summary.referenceDate).toEqual({ date: '2019-03-12', source: 'record' });
    expect(summary.meetings[0].isoDate).toBe('2019-03-11');
  });

  it('--date-field without --input ndjson, and a date that does not exist, are usage errors', async () => {
    expect((await khulasa(['--date-field', 'x', path('a.txt')])).code).toBe(ExitCode.USAGE);
    const bad = await khulasa(['--date', '2019-02-30', path('a.txt')]);
    expect(bad.code).toBe(ExitCode.USAGE);
    expect(bad.err).toMatch(/YYYY-MM-DD/);
  });
});

describe('web pages in', () => {
  it('an HTML page on stdin (curl … | khulasa): its article summarised, document in the JSON', async () => {
    const r = await khulasa([], { stdin: page('semantic-jsonld.html') });
    expect(r.code).toBe(ExitCode.OK);
    const s = JSON.parse(r.out);
    expect(s.document.title).toBe('وزير الخارجية الأردني يبحث مع نظيره العماني تطورات الأوضاع الإقليمية');
    expect(s.document.url).toBe('https://aldoha-news.example/politics/2019/03/12/jordan-oman-talks');
    expect(s.referenceDate).toEqual({ date: '2019-03-12', source: 'page' });
    expect(s.meetings[0].isoDate).toBe('2019-03-12');
    for (const p of s.positions) expect(s.document.text.slice(p.start, p.end)).toBe(p.statement);
    expect(r.out).not.toContain('</p>');
    expect(r.err).toBe('');
  });

  it('a legacy page declaring windows-1256 in a <meta> is decoded by it', async () => {
    const r = await khulasa([], { stdin: page('legacy-cp1256.html') });
    expect(JSON.parse(r.out).document.title).toBe('الحريري يلتقي وفداً من البنك الدولي');
  });

  it('a directory stands for its .txt and .html files', async () => {
    const r = await khulasa(['--format', 'ndjson', '--jobs', '1', path('site')]);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([path('site/one.html'), path('site/two.htm')]);
    expect(lines.every((l) => typeof l.document.text === 'string')).toBe(true);
    const json = JSON.parse((await khulasa([path('site')])).out);
    expect(json.map((s: { source: string }) => s.source)).toEqual([path('site/one.html'), path('site/two.htm')]);
  });

  it('a page beyond the limits: one line, exit 1, the other inputs still summarised', async () => {
    const r = await khulasa([path('huge.html'), path('a.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe(`khulasa: ${path('huge.html')}: HTML page with more than 100,000 elements; that is not one article\n`);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
});

describe('--encoding by its common names', () => {
  it('cp1256, windows-1256, x-cp1256 and CP1256 all read a legacy file', async () => {
    const expected = JSON.parse((await khulasa([path('a.txt')])).out);
    for (const label of ['cp1256', 'windows-1256', 'x-cp1256', 'CP1256']) {
      const r = await khulasa(['--encoding', label, path('cp1256.txt')]);
      expect(r.code, label).toBe(ExitCode.OK);
      expect(JSON.parse(r.out), label).toEqual(expected);
    }
  });

  it('arabic (ISO-8859-6) and utf-8 labels; an unknown label is a usage error', async () => {
    // "مصر" in ISO-8859-6: م=0xE5 ص=0xD5 ر=0xD1.
    writeFileSync(path('iso.txt'), Buffer.from([0xe5, 0xd5, 0xd1, 0x0a]));
    const r = await khulasa(['--encoding', 'arabic', path('iso.txt')]);
    expect(r.code).toBe(ExitCode.OK);
    expect((await khulasa(['--encoding', 'UTF-8', path('a.txt')])).code).toBe(ExitCode.OK);
    expect((await khulasa(['--encoding', 'utf8', path('a.txt')])).code).toBe(ExitCode.OK);
    const bad = await khulasa(['--encoding', 'klingon', path('a.txt')]);
    expect(bad.code).toBe(ExitCode.USAGE);
    expect(bad.err).toMatch(/^khulasa: option '--encoding <encoding>' argument 'klingon' is invalid/);
  });

  it('bytes an encoding does not map are refused with their offset', async () => {
    writeFileSync(path('iso-bad.txt'), Buffer.from([0xe5, 0xd5, 0xa1]));
    const r = await khulasa(['--encoding', 'iso-8859-6', path('iso-bad.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe(`khulasa: ${path('iso-bad.txt')}: invalid ISO-8859-6 at byte offset 2\n`);
  });
});

describe('the built CLI with worker threads', () => {
  const built = ensureBuilt();
  it.skipIf(!built)('--input ndjson --format events: --jobs 2 writes what --jobs 1 writes, HTML records included', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'khulasa.js');
    const records = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify(i % 4 === 0 ? { id: `p${i}`, text: page('spa-microdata.html').toString('utf8') } : { id: `t${i}`, text: ARTICLE, day: '2019-03-12' }),
    ).join('\n') + '\n';
    const go = (jobs: string) =>
      new Promise<{ out: string; code: number | null }>((resolve) => {
        const child = spawn(process.execPath, [bin, '--input', 'ndjson', '--format', 'events', '--date-field', 'day', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d));
        child.on('close', (code) => resolve({ out, code }));
        child.stdin.end(records);
      });
    const one = await go('1');
    const two = await go('2');
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.out).toContain('\tp0\t2021-06-02\t');
    expect(one.out).toContain('\tt1\t2019-03-11\t');
  }, 60_000);
});
