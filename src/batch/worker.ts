import { parentPort, workerData } from 'node:worker_threads';
import { processJob, type Fields, type Job } from './job.js';

/**
 * A pool worker: summarises chunks of jobs and sends back their lines, in the chunk's order.
 * Runs bundled (dist/bundle/worker.js); the serialisation to JSON happens here too, so the main
 * thread only splits input and writes output.
 */
const fields = (workerData as { fields: Fields }).fields;
parentPort?.on('message', (chunk: { seq: number; jobs: Job[] }) => {
  parentPort?.postMessage({ seq: chunk.seq, lines: chunk.jobs.map((job) => processJob(job, fields)) });
});
