import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/batch.js';
import { ndjsonJobs } from '../../src/batch/sources.js';
import { ensureBuilt } from './build.js';
import { chunks, collector, records } from './fixtures.js';

const built = ensureBuilt();
if (!built) console.warn('test/batch/pool.test.ts: skipped, dist/bundle/worker.js is missing and `npm run build` did not make it');

describe.skipIf(!built)('worker pool', () => {
  const input = records(200, 17).join('\n') + '\n';

  async function run(jobs: number, chunkJobs?: number): Promise<{ text: string; warnings: string[] }> {
    // Split the input at odd places so lines and characters straddle chunks.
    const bytes = Buffer.from(input);
    const pieces = [];
    for (let i = 0; i < bytes.length; i += 4093) pieces.push(bytes.subarray(i, i + 4093));
    const out = collector();
    const result = await runBatch(ndjsonJobs('stdin', chunks(pieces)), out, { jobs, chunkJobs });
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
});
