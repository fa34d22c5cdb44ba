/** Batch mode: many articles in, one NDJSON line out per article, in order, on all cores. */
export { runBatch, defaultJobs, type BatchOptions, type BatchResult, type BatchStats, type BatchEnd } from './batch.js';
export { jobsFrom, ndjsonJobs, STDIN_NAME, type InputKind, type SourceOptions } from './sources.js';
export { processJob, errorLine, DEFAULT_FIELDS, type Job, type Fields, type ErrorCode, type Line } from './job.js';
export { startProgress, shouldSpin, type Progress } from './progress.js';
export { walkTextFiles } from './walk.js';
