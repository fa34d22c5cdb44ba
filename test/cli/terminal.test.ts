import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/run.js';
import { summarize } from '../../src/index.js';
import { SUMMARY_SCHEMA } from '../../src/schema.js';
import { fakeIo } from './fake-io.js';

// The project's own sample articles.
const ONE = readFileSync(new URL('../../samples/cairo-syria-talks.txt', import.meta.url), 'utf8');
const TWO = readFileSync(new URL('../../samples/amman-paris-phone-call.txt', import.meta.url), 'utf8');
const ANSI = /\u001b\[/;

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-term-'));
  writeFileSync(path('one.txt'), ONE);
  writeFileSync(path('records.ndjson'), [JSON.stringify({ id: 1, text: ONE }), '{"id": 2', JSON.stringify({ id: 'b', text: TWO })].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function khulasa(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const { io, out, err } = fakeIo(options);
  const code = await run(argv, io);
  return { code, out: out(), err: err() };
}

describe('--format brief and the table view', () => {
  it('--format brief prints only the brief; the table view starts with it', async () => {
    const brief = await khulasa(['--format', 'brief', path('one.txt')]);
    expect(brief.code).toBe(0);
    expect(brief.out).toMatch(/^Meetings\n\[1\] /);
    expect(brief.out).toMatch(/\n\d+ meetings? · \d+ participants? · \d+ positions? by \d+ holders? · \d+ resolutions?\n$/);
    expect(brief.out).not.toContain('┌');
    const table = await khulasa(['--format', 'table', path('one.txt')]);
    expect(table.out.startsWith(brief.out)).toBe(true);
    expect(table.out).toContain('┌');
  });

  it('--context follows each item by its sentence, brackets when piped, colour on a terminal', async () => {
    const piped = await khulasa(['--format', 'brief', '--context', path('one.txt')]);
    expect(piped.out).toContain('⟦');
    expect(piped.out).not.toMatch(ANSI);
    const tty = await khulasa(['--format', 'brief', '--context', path('one.txt')], { stdoutTTY: true, columns: 80 });
    expect(tty.out).toMatch(ANSI);
    expect(tty.out).not.toContain('⟦');
    // Named without a format, --context asks for the view it belongs to, even when piped.
    expect((await khulasa(['--context', path('one.txt')])).out).toContain('⟦');
  });

  it('--visual writes shaped letters in visual order, without bidi controls', async () => {
    const r = await khulasa(['--format', 'brief', '--visual', path('one.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/[\uFE70-\uFEFC]/);
    expect(r.out).not.toMatch(/[\u2066-\u2069]/);
    expect(r.out).not.toMatch(/[\u0622-\u063A\u0641-\u064A]/);
  });

  it('--context and --visual are refused for JSON output', async () => {
    for (const argv of [['--json', '--context'], ['--format', 'ndjson', '--visual'], ['--input', 'ndjson', '--context']]) {
      const r = await khulasa([...argv, path('one.txt')]);
      expect(r.code, argv.join(' ')).toBe(ExitCode.USAGE);
      expect(r.err, argv.join(' ')).toMatch(/^khulasa: --(context|visual) applies to --format brief and table, not (json|ndjson); see khulasa --help\n$/);
    }
  });
});

describe('--color', () => {
  it('auto (the default) colours a terminal only; always and never say it outright', async () => {
    expect((await khulasa(['--format', 'brief', path('one.txt')])).out).not.toMatch(ANSI);
    expect((await khulasa(['--format', 'brief', path('one.txt')], { stdoutTTY: true })).out).toMatch(ANSI);
    expect((await khulasa(['--color=auto', '--format', 'brief', path('one.txt')], { stdoutTTY: true })).out).toMatch(ANSI);
    expect((await khulasa(['--color=always', '--format', 'brief', path('one.txt')])).out).toMatch(ANSI);
    expect((await khulasa(['--color', '--format', 'brief', path('one.txt')])).out).toMatch(ANSI);
    expect((await khulasa(['--color=always', '--format', 'brief', path('one.txt')], { env: { NO_COLOR: '1' } })).out).toMatch(ANSI);
    expect((await khulasa(['--color=never', '--format', 'brief', path('one.txt')], { stdoutTTY: true })).out).not.toMatch(ANSI);
    expect((await khulasa(['--color=never', '--format', 'brief', path('one.txt')], { env: { FORCE_COLOR: '1' } })).out).not.toMatch(ANSI);
    const bad = await khulasa(['--color=sometimes', path('one.txt')]);
    expect(bad.code).toBe(ExitCode.USAGE);
  });
});

describe('--input ndjson with every format', () => {
  it('prints tables and briefs of the records, reporting bad ones on stderr (exit 1)', async () => {
    for (const format of ['table', 'brief']) {
      const r = await khulasa(['--input', 'ndjson', '--format', format, path('records.ndjson')]);
      expect(r.code, format).toBe(ExitCode.INPUT);
      expect(r.out).toContain('== 1 ==');
      expect(r.out).toContain('== b ==');
      expect(r.err).toMatch(new RegExp(`^khulasa: ${path('records.ndjson').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`));
    }
  });

  it('prints a JSON array with every source a string', async () => {
    const r = await khulasa(['--input', 'ndjson', '--format', 'json', path('records.ndjson')]);
    const list = JSON.parse(r.out) as { source: unknown }[];
    expect(list.map((s) => s.source)).toEqual(['1', 'b']);
  });

  it('NDJSON output: a numeric id comes out as a string, and every line (error records too) validates', async () => {
    const r = await khulasa(['--input', 'ndjson', '--jobs', '1', path('records.ndjson')]);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual(['1', `${path('records.ndjson')}:2`, 'b']);
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(SUMMARY_SCHEMA as object);
    const record = ajv.getSchema(`${SUMMARY_SCHEMA.$id}#/$defs/record`)!;
    for (const line of lines) expect(record(line), JSON.stringify(record.errors)).toBe(true);
    // The definition is not a blank cheque: a numeric source or an unknown code fails.
    expect(record({ ...lines[1], source: 2 })).toBe(false);
    expect(record({ source: 'x', error: { code: 'OOPS', message: 'm' } })).toBe(false);
    expect(record({ ...lines[0], source: 1 })).toBe(false);
  });
});

describe('options that would be ignored are refused (exit 2)', () => {
  const cases: [string[], string][] = [
    [['--jobs', '2'], '--jobs applies to --format ndjson (and --input ndjson, which writes it by default)'],
    [['--format', 'json', '--jobs', '2'], '--jobs applies to --format ndjson (and --input ndjson, which writes it by default)'],
    [['--id-field', 'url'], '--id-field applies to --input ndjson'],
    [['--text-field', 'body', '--format', 'ndjson'], '--text-field applies to --input ndjson'],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const r = await khulasa([...argv, path('one.txt')]);
    expect(r).toEqual({ code: ExitCode.USAGE, out: '', err: `khulasa: ${message}; see khulasa --help\n` });
  });

  it('--jobs with --format ndjson stays fine', async () => {
    expect((await khulasa(['--format', 'ndjson', '--jobs', '1', path('one.txt')])).code).toBe(0);
  });
});

describe('small things', () => {
  it('a missing file named like a command suggests the command', async () => {
    const help = await khulasa(['help']);
    expect(help.err).toBe('khulasa: help: no such file (did you mean khulasa --help?)\n');
    const scheme = await khulasa(['scheme']);
    expect(scheme.err).toBe('khulasa: scheme: no such file (did you mean khulasa schema?)\n');
    expect((await khulasa(['nothing-here.txt'])).err).toBe('khulasa: nothing-here.txt: no such file\n');
  });

  it('the choices message ends cleanly', async () => {
    const r = await khulasa(['--format', 'xml', path('one.txt')]);
    expect(r.err).toBe("khulasa: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, brief, explain, json, ndjson, events, events-csv; see khulasa --help\n");
  });

  it('summarize() refuses what is not a string with a TypeError that says so', () => {
    expect(() => summarize(null as unknown as string)).toThrow(new TypeError('summarize(text): text must be a string, got null'));
    expect(() => summarize(42 as unknown as string)).toThrow('got number');
  });

  it('ships a licence and names its repository', () => {
    const root = new URL('../../', import.meta.url);
    expect(existsSync(new URL('LICENSE', root))).toBe(true);
    expect(readFileSync(new URL('LICENSE', root), 'utf8')).toMatch(/^MIT License/);
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/.+\.git$/);
  });
});
