/**
 * Issue 8, fault suite: under each fault of the table, an order sync of 500 orders and a Trenz publish flow run
 * against the emulators. A fault is "survived" when the SDK's contract held: every order seen exactly once, no
 * write sent twice, the right error (class, code, requestId) where one must surface, and no secret in any
 * captured log line or error. One summary line per fault is printed at the end.
 *
 * Issue 15 adds hostile servers (hostile.ts): there "survived" also means the process's RSS grew less than the
 * case's bound and the case ended within its time bound, both measured here by the harness.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findLeaks } from './capture.js';
import { FAULTS, type FaultCase } from './faults.js';
import { HOSTILE, type HostileCase } from './hostile.js';
import { runOrderSync, type Evidence } from './order-sync.js';
import { runPublishStep } from './publish-flow.js';
import { Verdict } from './verdict.js';

const summary = new Map<string, string>();

afterAll(() => {
  for (const fault of [...FAULTS, ...HOSTILE])
    console.log(summary.get(fault.name) ?? `fault: ${fault.name} - failed (did not run)`);
});

async function runFault(fault: FaultCase): Promise<Verdict> {
  const verdict = new Verdict();
  const evidence: Evidence[] = [];
  try {
    evidence.push(await runOrderSync(fault.transport, fault.timeout, fault.sync, verdict.scoped('order sync')));
    for (const step of fault.publish)
      evidence.push(await runPublishStep(fault.transport, fault.timeout, step, verdict.scoped('publish')));
  } catch (error) {
    verdict.check(false, `the scenario itself broke: ${error instanceof Error ? error.message : String(error)}`);
  }
  const leaks = evidence.flatMap((e) => findLeaks(e.secrets, e.sources));
  verdict.check(leaks.length === 0, `secret leaked: ${leaks.join(', ')}`);
  return verdict;
}

describe('fault suite (issue 8)', () => {
  it.each(FAULTS.map((f) => [f.name, f] as const))('keeps its contract under: %s', async (name, fault) => {
    const verdict = await runFault(fault);
    summary.set(name, verdict.line(name));
    expect(verdict.problems).toEqual([]);
  });
});

const MB = 1024 * 1024;

/**
 * Runs a hostile case under a watchdog: RSS is sampled every 20 ms, and when the growth over the case or its wall
 * time passes the bound, the case is told to stop (its server drops the connection) and the bound is reported.
 * A case that ignores the stop is abandoned after twice its time bound, so a hang cannot stall the suite.
 */
async function runHostile(c: HostileCase): Promise<Verdict> {
  const verdict = new Verdict();
  const stop = new AbortController();
  const baseline = process.memoryUsage.rss();
  const started = Date.now();
  let peak = baseline;
  const watchdog = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    if (peak - baseline > c.maxRssGrowthMB * MB || Date.now() - started > c.maxMs) stop.abort();
  }, 20);
  let evidence: Evidence | undefined;
  let abandon: NodeJS.Timeout | undefined;
  try {
    const gaveUp = new Promise<undefined>((resolve) => (abandon = setTimeout(() => resolve(undefined), 2 * c.maxMs)));
    evidence = await Promise.race([c.run(verdict, stop.signal), gaveUp]);
    if (!evidence) verdict.check(false, `did not end within ${2 * c.maxMs} ms, even after it was told to stop`);
  } catch (error) {
    verdict.check(false, `the scenario itself broke: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearInterval(watchdog);
    clearTimeout(abandon);
    stop.abort();
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  const growth = Math.round((peak - baseline) / MB);
  const ms = Date.now() - started;
  verdict.check(growth < c.maxRssGrowthMB, `RSS grew by ${growth} MB, bound ${c.maxRssGrowthMB} MB`);
  verdict.check(ms < c.maxMs, `took ${ms} ms, bound ${c.maxMs} ms`);
  const leaks = evidence ? findLeaks(evidence.secrets, evidence.sources) : [];
  verdict.check(leaks.length === 0, `secret leaked: ${leaks.join(', ')}`);
  return verdict;
}

describe('hostile servers (issue 15)', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))('keeps memory and time bounded under: %s', async (name, c) => {
    const verdict = await runHostile(c);
    summary.set(name, verdict.line(name));
    expect(verdict.problems).toEqual([]);
  });
});
