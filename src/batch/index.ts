/** Batch mode: many articles in, one NDJSON line out per article, in order, on all cores. */
export { runBatch, type BatchOptions, type BatchResult, type BatchStats, type BatchEnd } from './batch.js';
export { jobsFrom, ndjsonJobs, STDIN_NAME, type InputKind, type SourceOptions, type TextRead } from './sources.js';
export { processJob } from './job.js';
export { errorLine, DEFAULT_FIELDS, ERROR_CODES, type Job, type Fields, type ErrorCode, type Line } from './record.js';
export { startProgress, shouldSpin, type Progress } from './progress.js';
export { walkTextFiles } from './walk.js';
export { streamWriter, type LineWriter } from './sink.js';
export { defaultJobs } from './cores.js';
