import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../batch/build.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'khulasa-audit-'));
const records = [
  { id: 'a1', text: 'التقى وزير الخارجية المصري سامي عبد الله نظيره الأردني خالد المومني في عمان اليوم، وأكد الوزير أن التعاون مستمر.' },
  { id: 'a2', text: 'ارتفعت أسعار النفط في الأسواق العالمية، وقال محللون إن الطلب يتزايد.' },
  { id: 'a3', text: 'وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في الرباط.' },
];
const lines = [JSON.stringify(records[0]), '{"id": "broken", "text": ', '', JSON.stringify(records[1]), JSON.stringify(records[2])].join('\n') + '\n';
const plain = join(dir, 'news.ndjson');
const gz = join(dir, 'news.ndjson.gz');

/** Run test/audit.mjs the way `npm run audit` does (under tsx). */
function audit(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'audit.mjs'), '--jobs', '1', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  expect(ensureBuilt()).toBe(true);
  writeFileSync(plain, lines);
  writeFileSync(gz, gzipSync(lines));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit', () => {
  let plainReport: Record<string, unknown> & { articles: number };

  it('runs every record through khulasa and lists the error records', () => {
    const r = audit(plain, '--json');
    expect(r.code).toBe(0);
    const report = (plainReport = JSON.parse(r.out));
    expect(report.articles).toBe(4); // the blank line is no record; the broken one is an error record
    expect(report.errorRecords).toHaveLength(1);
    expect(report.errorRecords[0].code).toBe('BAD_JSON');
    expect(Object.keys(report.classes)).toContain('holder.particle');
    expect(report.perArticle.positions.total).toBe(report.positions);
    const ruleTotal = Object.entries(report.rules as Record<string, { count: number }>)
      .filter(([k]) => k.startsWith('positions: rule='))
      .reduce((a, [, v]) => a + v.count, 0);
    expect(ruleTotal).toBe(report.positions); // every position names its rule
  }, 60_000);

  it('reads gzip input like plain input, honours --limit, and fails on error records when asked', () => {
    const b = JSON.parse(audit(gz, '--json').out);
    expect({ ...b, file: null, seconds: 0 }).toEqual({ ...plainReport, file: null, seconds: 0 });
    const first = audit(gz, '--json', '--limit', '1', '--fail-on-errors');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).articles).toBe(1);
    const failed = audit(gz, '--fail-on-errors');
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/error records 1/);
    expect(failed.out).toMatch(/ERROR \S*2: BAD_JSON/);
  }, 60_000);

  it('refuses an unknown class with one line and exit code 2', () => {
    const r = audit(plain, '--class', 'nonsense');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^audit: unknown class nonsense/);
  }, 60_000);
});
