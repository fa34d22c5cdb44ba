import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/batch.js';
import { ndjsonJobs } from '../../src/batch/sources.js';
import { ensureBuilt } from './build.js';
import { chunks, collector, records } from './fixtures.js';

const built = ensureBuilt();
if (!built) console.warn('test/batch/pool.test.ts: skipped, dist/bundle/worker.js is missing and `npm run build` did not make it');

describe.skipIf(!built)('worker pool', () => {
  const input = records(200, 17).join('\n') + '\n';

  async function run(jobs: number, chunkJobs?: number, text = input, workerUrl?: URL): Promise<{ text: string; warnings: string[] }> {
    // Split the input at odd places so lines and characters straddle chunks.
    const bytes = Buffer.from(text);
    const pieces = [];
    for (let i = 0; i < bytes.length; i += 4093) pieces.push(bytes.subarray(i, i + 4093));
    const out = collector();
    const result = await runBatch(ndjsonJobs('stdin', chunks(pieces)), out, { jobs, chunkJobs, workerUrl });
    return { text: out.text(), warnings: result.warnings };
  }

  it('--jobs 2 writes byte-identical output to --jobs 1, error records included', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(two.warnings).toEqual([]); // the pool really ran
    expect(two.text).toBe(one.text);
    expect(one.text.split('\n')).toHaveLength(201);
    expect(one.text).toContain('"BAD_JSON"');
  }, 30_000);

  it('keeps input order when chunks are small and finish out of order', async () => {
    const one = await run(1);
    const three = await run(3, 1);
    expect(three.warnings).toEqual([]);
    expect(three.text).toBe(one.text);
  }, 30_000);

  it('loses nothing when a worker dies: its chunks are retried, the fatal article runs in the main thread', async () => {
    // Record 23's article kills any worker it is sent to (as one too big for the heap cap would);
    // the worker's other chunk in hand dies with it.
    const lines = records(60);
    lines[23] = JSON.stringify({ id: 'r23', text: 'CRASH-HERE ' + JSON.parse(lines[23]).text });
    const text = lines.join('\n') + '\n';
    const one = await run(1, undefined, text);
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-crash-'));
    process.env.CRASH_LOG = join(dir, 'deaths');
    try {
      const two = await run(2, 8, text, new URL('./crashing-worker.mjs', import.meta.url));
      expect(two.warnings).toEqual([]);
      expect(two.text).toBe(one.text);
      expect(JSON.parse(two.text.split('\n')[23])).toMatchObject({ source: 'r23', schemaVersion: 1 });
      // Two deaths: in r23's chunk (losing the lines summarised before it), then with r23 alone.
      expect(readFileSync(process.env.CRASH_LOG, 'utf8').trim().split('\n')).toEqual([expect.stringMatching(/^chunk \d+ of \d+ jobs/), expect.stringMatching(/of 1 jobs, at 0$/)]);
    } finally {
      delete process.env.CRASH_LOG;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
