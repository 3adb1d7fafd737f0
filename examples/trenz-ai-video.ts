/**
 * An AI video with Trenz: submit, then wait for the task with a progress bar. Ctrl+C stops waiting (the task goes
 * on running on the server) and prints the task id to resume with `trenz.tasks.wait(id)` later.
 *
 * Run: npx tsx examples/trenz-ai-video.ts   (emulator by default; a real run spends credits: see shared/target.ts)
 */
import { TaskFailedError, TaskTimeoutError, Trenz } from '../src/trenz/index.js';
import { AbortError } from '../src/index.js';
import { progressBar } from './shared/progress.js';
import { videoUrlOf } from './shared/samples.js';
import { connect, skippedWrite } from './shared/target.js';

const targets = await connect();
try {
  console.log(`Trenz: ${targets.trenz.describe}`);
  if (targets.trenz.writes) await generateVideo();
  else console.log(skippedWrite('an AI video task spends credits'));
} finally {
  await targets.close();
}

async function generateVideo(): Promise<void> {
  const trenz = new Trenz(targets.trenz.options);

  const task = await trenz.content.video.veo3({ prompt: 'A matte lipstick turning on a marble table, studio light' });
  console.log(`submitted task ${task.id} (${task.usage?.credits_cost ?? '?'} credits)`);

  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const bar = progressBar('veo3');
  try {
    const result = await task.wait({
      timeout: 10 * 60_000, // the task keeps running after this; only our waiting stops
      signal: stop.signal,
      ...(targets.trenz.pollInterval ? { pollInterval: targets.trenz.pollInterval } : {}),
      // Called after every poll; `progress` is an emulator extra the real API may not send.
      onProgress: (status, info) => bar.update(status.progress ?? 0, 100, `${status.status}, poll ${info.polls}`),
    });
    bar.done(`done: ${videoUrlOf(result) ?? JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof TaskFailedError) bar.done(`failed: ${error.message}`);
    else if (error instanceof TaskTimeoutError || error instanceof AbortError)
      bar.done(`stopped waiting; resume with trenz.tasks.wait('${task.id}')`);
    else throw error;
  }
}
