import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { streamWriter } from '../../src/batch/sink.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/batch.js';
import { jobsFrom, ndjsonJobs } from '../../src/batch/sources.js';
import { articleDir, chunks, collector, records } from './fixtures.js';

async function ndjson(input: string, jobs = 1): Promise<string> {
  const out = collector();
  await runBatch(ndjsonJobs('stdin', chunks([input])), out, { jobs });
  return out.text();
}

describe('runBatch (one thread)', () => {
  it('writes one line per record, in input order, each carrying its id', async () => {
    const input = records(40, 9);
    const out = collector();
    const result = await runBatch(ndjsonJobs('stdin', chunks([input.join('\n') + '\n'])), out, { jobs: 1 });
    const lines = out.text().split('\n');
    expect(lines.pop()).toBe(''); // ends in a whole line
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(input.map((_, i) => (i % 9 === 8 && (i / 9) % 3 < 1 ? `stdin:${i + 1}` : `r${i}`)));
    expect(result).toMatchObject({ records: 40, errors: 4, end: 'done' });
  });

  it('puts each kind of bad record on its own line as an error record, between good ones', async () => {
    const input = ['{"id":"a","text":"قال الوزير."}', '{"id":"b","text":', '{"id":"c"}', '{"id":"d","text":7}', '[]', '{"id":"f","text":"أكد الرئيس."}'];
    const lines = (await ndjson(input.join('\n'))).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'BAD_JSON', 'NO_TEXT', 'TEXT_NOT_STRING', 'NOT_OBJECT', 'ok']);
    expect(lines.map((l) => l.source)).toEqual(['a', 'stdin:2', 'c', 'd', 'stdin:5', 'f']);
  });

  it('reads files and directories in order, with an error record for a missing path', async () => {
    const dir = articleDir();
    const out = collector();
    const result = await runBatch(jobsFrom([dir, 'no/such.txt', join(dir, 'a.txt')], { input: 'text' }), out, { jobs: 1 });
    rmSync(dir, { recursive: true });
    const lines = out.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.txt'), 'no/such.txt', join(dir, 'a.txt')]);
    expect(lines[2].error).toEqual({ code: 'NOT_FOUND', message: 'no/such.txt: no such file' });
    expect(result.errors).toBe(1);
  });

  it('sharded then concatenated equals unsharded (GNU parallel --pipe, Hadoop Streaming, RDD.pipe)', async () => {
    const input = records(60, 11);
    const whole = await ndjson(input.join('\n') + '\n');
    // Malformed lines have no id to carry, so only records with ids are shard-independent.
    const withIds = input.filter((l) => l.startsWith('{"id":"r') && l.endsWith('}'));
    const unsharded = await ndjson(withIds.join('\n') + '\n');
    expect(whole.split('\n').length).toBe(61);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: withIds.length - 1 }), { maxLength: 6 }), async (cuts) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), withIds.length];
        let joined = '';
        for (let k = 0; k + 1 < bounds.length; k++) joined += await ndjson(withIds.slice(bounds[k], bounds[k + 1]).join('\n') + '\n');
        expect(joined).toBe(unsharded);
      }),
      { seed: 20240605, numRuns: 25 },
    );
    // ~1,600 summaries: past vitest's 5 s default on a loaded two-core machine.
  }, 30_000);

  it('streams: the first line is out before the input ends', async () => {
    for (const jobs of [1, 2]) {
      let firstOut: () => void = () => {};
      const sawOutput = new Promise<boolean>((resolve) => (firstOut = () => resolve(true)));
      const lines = records(6);
      let outputBeforeEnd = false;
      const input = Readable.from(
        (async function* () {
          yield lines.slice(0, 3).join('\n') + '\n';
          // Hold the rest back until a line comes out (or give up after a while, and fail below).
          outputBeforeEnd = await Promise.race([sawOutput, new Promise<boolean>((r) => setTimeout(r, 3000, false))]);
          yield lines.slice(3).join('\n') + '\n';
        })(),
      );
      const out = collector(() => firstOut());
      await runBatch(ndjsonJobs('stdin', input), out, { jobs });
      expect(outputBeforeEnd, `--jobs ${jobs}`).toBe(true);
      expect(out.text().split('\n').length).toBe(7);
    }
  });

  it('ends quietly when the reader goes away (EPIPE), with whole lines only', async () => {
    let written = '';
    const stream = new Writable({
      highWaterMark: 1,
      write(chunk, _enc, done) {
        if (written) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        written += String(chunk);
        done();
      },
    });
    const result = await runBatch(ndjsonJobs('stdin', chunks([records(50).join('\n')])), streamWriter(stream), { jobs: 1 });
    expect(result.end).toBe('closed');
    expect(result.writeError).toBeNull();
    expect(written.endsWith('\n')).toBe(true);
  });

  it('reports another write failure instead of swallowing it', async () => {
    const out = { write: () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' })) };
    const result = await runBatch(ndjsonJobs('stdin', chunks([records(5).join('\n')])), out, { jobs: 1 });
    expect(result.end).toBe('write-failed');
    expect(result.writeError?.message).toBe('no space left');
  });

  it('stops taking input when aborted (Ctrl-C), leaving whole lines', async () => {
    const controller = new AbortController();
    const out = collector();
    const result = await runBatch(ndjsonJobs('stdin', chunks([records(30).join('\n')])), out, {
      jobs: 1,
      signal: controller.signal,
      onProgress: (s) => s.records === 3 && controller.abort(),
    });
    expect(result).toMatchObject({ end: 'aborted', records: 3 });
    expect(out.text().split('\n')).toHaveLength(4);
  });
});
