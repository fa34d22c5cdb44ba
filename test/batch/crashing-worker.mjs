// A pool worker (the protocol of src/batch/worker.ts, on the built processJob) that dies when it
// reaches a record with CRASH-HERE in it, as a worker does when an article overflows its heap:
// the chunk's lines summarised before that record are lost with it. Each death is logged to the
// file named by CRASH_LOG, so the test knows that workers did die.
import { appendFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { processJob } from '../../dist/batch/job.js';
import { flagOf } from '../../dist/batch/record.js';

const utf8 = new TextEncoder();
parentPort.on('message', ({ seq, jobs }) => {
  let text = '';
  const flags = new Uint8Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    if (job.kind === 'ndjson' && Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).includes('CRASH-HERE')) {
      appendFileSync(process.env.CRASH_LOG, `chunk ${seq} of ${jobs.length} jobs, at ${i}\n`);
      process.exit(7);
    }
    const line = processJob(job, workerData.fields);
    text += line.line + '\n';
    flags[i] = flagOf(line);
  }
  const bytes = utf8.encode(text);
  parentPort.postMessage({ seq, bytes, flags }, [bytes.buffer, flags.buffer]);
});
