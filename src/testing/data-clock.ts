/**
 * The instant an emulator's data is dated against. Fixture dates are offsets back from it (orders over the last
 * 30 days), so "updated in the last 7 days" finds data whenever the emulator runs, and the same `now` gives the
 * same data byte for byte. It does not stop the emulator's clock: signatures, token expiry and AI tasks still run
 * on real time (a pinned clock would refuse every signed request whose timestamp is today's).
 */

/** `now` as emulator options take it: a Date, or milliseconds since the epoch. */
export type EmulatorNow = Date | number;

/** `now` in whole seconds since the epoch; the current time when not given. */
export function dataNowSeconds(now: EmulatorNow | undefined): number {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`emulator: now must be a valid Date or epoch milliseconds, got ${String(now)}`);
  return Math.floor(ms / 1000);
}
