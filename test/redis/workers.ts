/** Starts and drives the worker processes of the scale-out tests (fixtures/worker.ts, run with tsx). */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ParentMessage, WorkerConfig, WorkerMessage } from './fixtures/worker.js';

const script = join(import.meta.dirname, 'fixtures', 'worker.ts');
const running = new Set<ChildProcess>();
let nextJob = 1;

export type Report = Extract<WorkerMessage, { type: 'done' }>;

export interface Worker {
  child: ChildProcess;
  /** Runs a job; resolves with its report, rejects if the worker exits first or takes longer than `ms`. */
  run(config: WorkerConfig, ms: number): Promise<Report>;
  /** SIGKILL, resolved once the process is gone. */
  kill(): Promise<void>;
}

/** Forks a worker and resolves once it is ready (both clients loaded). */
export async function startWorker(readyWithinMs = 20_000): Promise<Worker> {
  const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      reject(new Error(`worker exited (${signal ?? code})`));
    });
  });
  exited.catch(() => undefined); // killed on purpose, or reported through the promises below
  const ready = new Promise<void>((resolve) => child.on('message', (m: WorkerMessage) => m.type === 'ready' && resolve()));
  await within(readyWithinMs, 'worker ready', Promise.race([ready, exited]));
  return {
    child,
    run(config, ms) {
      const id = nextJob++;
      const report = new Promise<Report>((resolve) =>
        child.on('message', (m: WorkerMessage) => m.type === 'done' && m.id === id && resolve(m)),
      );
      child.send({ type: 'run', id, config } satisfies ParentMessage);
      return within(ms, `worker job ${config.mode}`, Promise.race([report, exited]));
    },
    kill: () => kill(child),
  };
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** Kills every worker still running and waits for them to exit (for afterAll). */
export async function killWorkers(): Promise<void> {
  await Promise.all([...running].map(kill));
}

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
