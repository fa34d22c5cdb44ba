import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { nodeFs, type FileSystem } from '../../src/cli/io.js';
import { encodeUtf16, encodeWindows1256 } from './encode.js';
import { fakeIo } from './fake-io.js';

const SEED = readFileSync(new URL('../../samples/cairo-syria-talks.txt', import.meta.url), 'utf8');
// A short article of our own: a meeting with a place, a date and a stated position.
const SHORT = 'استقبل وزير الخارجية المصري في القاهرة اليوم الأحد نظيره الأردني، وأكد الوزيران "أهمية وقف التصعيد".\n';
const ANSI = /\u001b\[/;

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-cli-'));
  writeFileSync(path('seed.txt'), SEED);
  writeFileSync(path('short.txt'), SHORT);
  writeFileSync(path('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)]));
  writeFileSync(path('utf16le.txt'), encodeUtf16(SEED, 'le'));
  writeFileSync(path('utf16be.txt'), encodeUtf16(SEED, 'be'));
  writeFileSync(path('cp1256.txt'), encodeWindows1256(SEED));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('blank.txt'), ' \n\t\r\n  \u200f\n');
  writeFileSync(path('nul.txt'), Buffer.concat([Buffer.from('نص عربي'), Buffer.from([0, 1, 2]), Buffer.from('bin')]));
  // "مصر" in UTF-8, then a lone continuation byte at offset 7, then Latin-1 "é" (not Arabic in cp1256 either).
  writeFileSync(path('bad-utf8.txt'), Buffer.concat([Buffer.from('مصر '), Buffer.from([0x80]), Buffer.from(' caf'), Buffer.from([0xe9])]));
  writeFileSync(path('english.txt'), 'The ministers met in Geneva on Tuesday and discussed the ceasefire.\n');
  writeFileSync(path('html.txt'), '<html><body><p>' + SHORT + '</p></body></html>\n');
  mkdirSync(path('folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function khulasa(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const { io, out, err } = fakeIo(options);
  const code = await run(argv, io);
  return { code, out: out(), err: err() };
}

describe('formats', () => {
  it('prints one JSON object when stdout is not a terminal', async () => {
    const r = await khulasa([path('seed.txt')]);
    expect(r.code).toBe(ExitCode.OK);
    const summary = JSON.parse(r.out);
    expect(summary.schemaVersion).toBe(1);
    expect(summary).not.toHaveProperty('source');
    expect(r.out).toContain('\n  "participants"');
    expect(r.err).toBe('');
  });

  it('prints the brief and tables when stdout is a terminal, and JSON with --json or --format json', async () => {
    const table = await khulasa([path('seed.txt')], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(table.out).toMatch(/^Meetings\n\[1\] /);
    expect(table.out).toContain('┌');
    expect(table.out).toContain('Participants');
    expect(table.out).toContain('Resolutions');
    for (const flag of [['--json'], ['--format', 'json']]) {
      const json = await khulasa([...flag, path('seed.txt')], { stdoutTTY: true });
      expect(JSON.parse(json.out).schemaVersion).toBe(1);
    }
  });

  it('--format table works when piped, without any ANSI code', async () => {
    const r = await khulasa(['--format', 'table', path('seed.txt')]);
    expect(r.out).toContain('Positions');
    expect(r.out).not.toMatch(ANSI);
  });

  it('--compact prints one line', async () => {
    const r = await khulasa(['--compact', path('seed.txt')]);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out).schemaVersion).toBe(1);
  });

  it('--format ndjson prints one line per input, each naming its source', async () => {
    const r = await khulasa(['--format', 'ndjson', path('seed.txt'), path('short.txt')]);
    const lines = r.out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).source)).toEqual([path('seed.txt'), path('short.txt')]);
  });

  it('--lang ar labels the table in Arabic; en is the default', async () => {
    const ar = await khulasa(['--format', 'table', '--lang', 'ar', path('seed.txt')]);
    expect(ar.out).toContain('اللقاءات');
    expect(ar.out).not.toContain('Meetings');
    const en = await khulasa(['--format', 'table', path('seed.txt')]);
    expect(en.out).toContain('Meetings');
    expect((await khulasa(['--lang', 'fr', path('seed.txt')])).code).toBe(ExitCode.USAGE);
  });

  it('colours only on a terminal, and never with --no-color or NO_COLOR', async () => {
    expect((await khulasa([path('seed.txt')], { stdoutTTY: true })).out).toMatch(ANSI);
    expect((await khulasa(['--no-color', path('seed.txt')], { stdoutTTY: true })).out).not.toMatch(ANSI);
    expect((await khulasa([path('seed.txt')], { stdoutTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(ANSI);
    expect((await khulasa(['--format', 'table', path('seed.txt')], { env: { FORCE_COLOR: '1' } })).out).toMatch(ANSI);
    expect((await khulasa(['--no-color', '--format', 'table', path('seed.txt')], { env: { FORCE_COLOR: '1' } })).out).not.toMatch(ANSI);
    // JSON is never coloured.
    expect((await khulasa(['--json', path('seed.txt')], { stdoutTTY: true, env: { FORCE_COLOR: '1' } })).out).not.toMatch(ANSI);
  });

  it('several files give a JSON array, each summary naming its source first', async () => {
    const r = await khulasa([path('seed.txt'), path('short.txt')]);
    const list = JSON.parse(r.out);
    expect(list.map((s: { source: string }) => s.source)).toEqual([path('seed.txt'), path('short.txt')]);
    expect(Object.keys(list[0])[0]).toBe('source');
    const compact = await khulasa(['--compact', path('seed.txt'), path('short.txt')]);
    expect(JSON.parse(compact.out)).toEqual(list);
    expect(compact.out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('several files in a table each get a title line', async () => {
    const r = await khulasa(['--format', 'table', path('seed.txt'), path('short.txt')]);
    expect(r.out).toContain(`== ${path('seed.txt')} ==`);
    expect(r.out).toContain(`== ${path('short.txt')} ==`);
  });
});

describe('commands and usage', () => {
  it('--version prints the name and the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const r = await khulasa([flag]);
      expect(r).toEqual({ code: 0, out: `khulasa ${pkg.version}\n`, err: '' });
    }
  });

  it('--help shows usage and real examples', async () => {
    const r = await khulasa(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: khulasa');
    expect(r.out).toContain("| jq '.positions[]");
    expect(r.out).toContain('Exit codes:');
  });

  it('schema prints the JSON Schema', async () => {
    const r = await khulasa(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toContain('positions');
    expect((await khulasa(['schema', '--compact'])).out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an unknown option is a usage error in one line, exit 2', async () => {
    const r = await khulasa(['--bogus', path('seed.txt')]);
    expect(r.code).toBe(ExitCode.USAGE);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^khulasa: unknown option '--bogus'.*see khulasa --help\n$/);
  });

  it('bad option values are usage errors', async () => {
    for (const argv of [['--format', 'xml'], ['--encoding', 'klingon'], ['--max-bytes', 'lots'], ['--max-bytes', '0'], ['--json', '--format', 'table']]) {
      const r = await khulasa([...argv, path('seed.txt')]);
      expect(r.code, argv.join(' ')).toBe(ExitCode.USAGE);
      expect(r.err.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});

describe('stdin', () => {
  it('reads stdin when no file is given, and for -', async () => {
    const viaPipe = await khulasa([], { stdin: SHORT });
    const viaDash = await khulasa(['-'], { stdin: SHORT });
    const viaFile = await khulasa([path('short.txt')]);
    expect(viaPipe.code).toBe(0);
    expect(JSON.parse(viaPipe.out)).toEqual(JSON.parse(viaFile.out));
    expect(JSON.parse(viaDash.out)).toEqual(JSON.parse(viaFile.out));
  });

  it('stdin on a terminal with no file: a hint and exit 2, without waiting', async () => {
    const r = await khulasa([], { stdin: 'never', stdinTTY: true });
    expect(r.code).toBe(ExitCode.USAGE);
    expect(r.err).toMatch(/^khulasa: no input: .*--help\n$/);
    expect(r.out).toBe('');
  });

  it('empty stdin is an input error', async () => {
    const r = await khulasa([], { stdin: null });
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe('khulasa: <stdin>: empty input\n');
  });

  it('stdin beyond --max-bytes is refused', async () => {
    const r = await khulasa(['--max-bytes', '100'], { stdin: SEED });
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toMatch(/^khulasa: <stdin>: larger than --max-bytes \(100 bytes\)/);
  });
});

describe('bad input: one line naming the file, exit 1', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['missing file', 'missing.txt', /: no such file$/],
    ['empty file', 'empty.txt', /: empty input$/],
    ['whitespace only', 'blank.txt', /: input holds only whitespace$/],
    ['NUL bytes', 'nul.txt', /: binary data, not text \(NUL byte at byte offset 13\)$/],
    ['invalid UTF-8', 'bad-utf8.txt', /: invalid UTF-8 at byte offset 7; if it is a legacy Arabic file, try --encoding windows-1256$/],
  ];
  it.each(cases)('%s', async (_name, file, message) => {
    const r = await khulasa([path(file)]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`khulasa: ${path(file)}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
  });

  it('an unreadable file (EACCES, simulated: tests run as root)', async () => {
    const denied: FileSystem = {
      stat: nodeFs.stat,
      read: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' })) }),
      }),
    };
    const r = await khulasa([path('seed.txt')], { fs: denied });
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe(`khulasa: ${path('seed.txt')}: permission denied (cannot read the file)\n`);
  });

  it('a real chmod 000 file is refused when not root', async () => {
    if (process.getuid?.() === 0) return; // root reads anything; the simulated case above covers it
    writeFileSync(path('locked.txt'), SHORT);
    chmodSync(path('locked.txt'), 0);
    const r = await khulasa([path('locked.txt')]);
    expect(r.err).toContain('permission denied');
  });

  it('a file above --max-bytes is refused before it is read', async () => {
    let reads = 0;
    const counting: FileSystem = { stat: nodeFs.stat, read: (p) => (reads++, nodeFs.read(p)) };
    const r = await khulasa(['--max-bytes', '1k', path('seed.txt')], { fs: counting });
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe(`khulasa: ${path('seed.txt')}: larger than --max-bytes (1 KB); raise the limit with --max-bytes if this is intended\n`);
    expect(reads).toBe(0);
  });

  it('a file name cannot smuggle escape sequences into stderr', async () => {
    const r = await khulasa([path('evil\u001b[2J\u202e.txt')]);
    expect(r.err).toBe(`khulasa: ${path('evil\ufffd[2J\ufffd.txt')}: no such file\n`);
  });

  it('a stack trace only with DEBUG set', async () => {
    expect((await khulasa([path('missing.txt')])).err).not.toContain('    at ');
    const debug = await khulasa([path('missing.txt')], { env: { DEBUG: '1' } });
    expect(debug.err.split('\n')[0]).toBe(`khulasa: ${path('missing.txt')}: no such file`);
    expect(debug.err).toContain('    at ');
  });

  it('one bad file does not stop the others; the exit code says some failed', async () => {
    const r = await khulasa([path('seed.txt'), path('missing.txt'), path('empty.txt'), path('short.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(JSON.parse(r.out).map((s: { source: string }) => s.source)).toEqual([path('seed.txt'), path('short.txt')]);
    expect(r.err).toBe(`khulasa: ${path('missing.txt')}: no such file\nkhulasa: ${path('empty.txt')}: empty input\n`);
  });

  it('a directory with no .txt or .html file in it: one line, an empty array, exit 1', async () => {
    const r = await khulasa([path('folder')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(r.err).toBe(`khulasa: no .txt or .html files in ${path('folder')}\n`);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('a directory read as a file (EISDIR) is named as such', async () => {
    const { readInputs } = await import('../../src/cli/input.js');
    const { io } = fakeIo();
    const records = [];
    for await (const r of readInputs([path('folder')], { encoding: 'auto', maxBytes: 1000 }, io)) records.push(r);
    expect(records).toHaveLength(1);
    expect('error' in records[0] && records[0].error.message).toBe(`${path('folder')}: is a directory, not a file`);
  });

  it('all inputs bad in a multi-file run: an empty array and exit 1', async () => {
    const r = await khulasa([path('missing.txt'), path('empty.txt')]);
    expect(r.code).toBe(ExitCode.INPUT);
    expect(JSON.parse(r.out)).toEqual([]);
  });
});

describe('encodings: offsets are into the decoded text, so every encoding gives the same summary', () => {
  let reference: unknown;
  beforeAll(async () => {
    reference = JSON.parse((await khulasa([path('seed.txt')])).out);
  });

  it.each([['UTF-8 with BOM', 'bom.txt'], ['UTF-16LE with BOM', 'utf16le.txt'], ['UTF-16BE with BOM', 'utf16be.txt'], ['Windows-1256, detected', 'cp1256.txt']])(
    '%s',
    async (_name, file) => {
      const r = await khulasa([path(file)]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toEqual(reference);
    },
  );

  it('--encoding windows-1256 decodes a legacy file; --encoding utf8 refuses it with the byte offset', async () => {
    expect(JSON.parse((await khulasa(['--encoding', 'windows-1256', path('cp1256.txt')])).out)).toEqual(reference);
    const strict = await khulasa(['--encoding', 'utf8', path('cp1256.txt')]);
    expect(strict.code).toBe(ExitCode.INPUT);
    // The first non-ASCII byte of the seed is its first letter.
    expect(strict.err).toBe(`khulasa: ${path('cp1256.txt')}: invalid UTF-8 at byte offset 0\n`);
  });

  it('--encoding utf16le reads UTF-16 without a byte-order mark; auto calls it binary and hints', async () => {
    writeFileSync(path('utf16-nobom.txt'), encodeUtf16(SHORT, 'le', false));
    const hinted = await khulasa([path('utf16-nobom.txt')]);
    expect(hinted.code).toBe(ExitCode.INPUT);
    expect(hinted.err).toContain('binary data, not text (NUL byte at byte offset 13); if this is UTF-16 without a byte-order mark, pass --encoding utf16le\n');
    const r = await khulasa(['--encoding', 'utf16le', path('utf16-nobom.txt')]);
    expect(JSON.parse(r.out)).toEqual(JSON.parse((await khulasa([path('short.txt')])).out));
  });
});

describe('large input', () => {
  it('one 5 MB line with no punctuation is summarised, not refused or crashed on', async () => {
    const line = 'كتب الطالب درسه ثم ذهب الى البيت '.repeat(85_000);
    expect(Buffer.byteLength(line)).toBeGreaterThan(5_000_000);
    const r = await khulasa(['--compact'], { stdin: line });
    expect(r.code).toBe(ExitCode.OK);
    expect(JSON.parse(r.out).schemaVersion).toBe(1);
  }, 120_000);
});

describe('warnings', () => {
  it('text with no Arabic: a warning on stderr, an empty summary, exit 0', async () => {
    const r = await khulasa([path('english.txt')]);
    expect(r.code).toBe(ExitCode.OK);
    expect(r.err).toBe(`khulasa: warning: ${path('english.txt')}: no Arabic text found\n`);
    const s = JSON.parse(r.out);
    expect([s.participants, s.meetings, s.positions, s.resolutions]).toEqual([[], [], [], []]);
    expect(s.warnings).toContain('no Arabic text found');
  });

  it('a newline in a file name cannot start a second line on stderr', async () => {
    const name = path('two\nkhulasa: fake.txt');
    writeFileSync(name, 'The ministers met in Geneva.\n');
    const r = await khulasa([name]);
    expect(r.code).toBe(ExitCode.OK);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toContain('two\uFFFDkhulasa: fake.txt');
  });

  it('-q and --quiet silence warnings but not errors', async () => {
    for (const flag of ['-q', '--quiet']) {
      expect((await khulasa([flag, path('english.txt')])).err).toBe('');
      expect((await khulasa([flag, path('missing.txt')])).err).toContain('no such file');
    }
  });

  it('HTML in a .txt file is recognised by its content and its article read, offsets into document.text', async () => {
    const r = await khulasa([path('html.txt')]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.document.text).toContain(SHORT.trim());
    expect(summary.document.text).not.toMatch(/<\/?p>/);
    for (const p of summary.positions) expect(summary.document.text.slice(p.start, p.end)).toBe(p.statement);
    expect((await khulasa([path('short.txt')])).err).toBe('');
  });

  it('a lone tag in plain text is still read as text, with a warning', async () => {
    writeFileSync(path('one-tag.txt'), SHORT + '<p>\n');
    const r = await khulasa([path('one-tag.txt')]);
    expect(JSON.parse(r.out).warnings).toContain('input looks like HTML; tags are read as text');
    expect(JSON.parse(r.out).document).toBeUndefined();
  });
});

describe('pipes and signals', () => {
  it('a closed pipe (EPIPE) ends the run quietly with exit 0', async () => {
    const r = await khulasa([path('seed.txt'), path('short.txt'), path('seed.txt')], { failAfter: 1 });
    expect(r.code).toBe(ExitCode.OK);
    expect(r.err).toBe('');
    expect(r.out.startsWith('[\n  {\n    "source"')).toBe(true);
  });

  it('Ctrl-C before the next input stops cleanly with 130', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await khulasa([path('seed.txt'), path('short.txt')], { signal: controller.signal });
    expect(r.code).toBe(ExitCode.INTERRUPTED);
    expect(r.err).toBe('khulasa: interrupted\n');
  });

  it('Ctrl-C while waiting on stdin stops the wait', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const r = await khulasa([], { stdin: 'never', signal: controller.signal });
    expect(r.code).toBe(ExitCode.INTERRUPTED);
    expect(r.out).toBe('');
  });
});
