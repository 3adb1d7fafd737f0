/**
 * A progress bar for the examples, fed by the SDK's progress callbacks. On a terminal it redraws one line; in
 * CI, pipes and logs (no TTY) it prints nothing until `done()`, which prints one plain line, so logs stay short.
 */

/** One bar: call `update(done, total?)` as often as you like, then `done()` once. */
export interface ProgressBar {
  update(current: number, total?: number, note?: string): void;
  done(summary: string): void;
}

const WIDTH = 24;
const REDRAW_MS = 50; // at most 20 redraws a second, however often the SDK reports

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout): ProgressBar {
  const tty = stream.isTTY === true;
  let last = 0;
  const draw = (line: string): void => void stream.write(`\r${line}\x1b[K`);
  return {
    update(current, total, note = '') {
      if (!tty || Date.now() - last < REDRAW_MS) return;
      last = Date.now();
      const ratio = total ? Math.min(1, current / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = total
        ? `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%`
        : `${current}`;
      draw(`  ${label.padEnd(14)} ${bar} ${note}`);
    },
    done(summary) {
      if (tty) draw('');
      stream.write(`${tty ? '\r' : ''}  ${label.padEnd(14)} ${summary}\n`);
    },
  };
}

/** Bytes as `1.5 MB`. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
