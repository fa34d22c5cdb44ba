import { availableParallelism } from 'node:os';

/** The default for --jobs: every core this process may use (cgroup and affinity limits included). */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}
