/**
 * The publish half of a fault: `trenz.social.publishVideo` to two accounts (one now, one tomorrow) on a fresh
 * emulator, with the fault on upload-and-publish or on the session poll. The emulator is the judge:
 * - the video is posted at most once, and upload-and-publish is sent once (twice only after a 429, which the
 *   server refuses unprocessed);
 * - if the emulator holds the session, publishVideo returns it, or (only when the session cannot be read)
 *   throws PublishOutcomeUnknownError naming it; if it holds none, PublishOutcomeUnknownError says so.
 */
import { PublishOutcomeUnknownError, type PublishVideoResult } from '../../src/trenz/social/index.js';
import type { FaultRule } from '../../src/testing/faults.js';
import { errorTexts } from './capture.js';
import type { Evidence } from './order-sync.js';
import { trenzRig, type TrenzRig, type Transport } from './rigs.js';
import type { ErrorExpectation, Verdict } from './verdict.js';

export const PUBLISH = '/open/v1/social/publish/upload-and-publish';
export const SESSION = '/open/v1/social/publish/session';

const RECOVERED_WARNING = /found by reading, and was not posted again/;
const VIDEO = new Uint8Array(64 * 1024).fill(7);

/**
 * - `completed`: the flow ends as if nothing happened (the fault was retried away);
 * - `recovered`: the answer of upload-and-publish was lost after the server acted; the session is found by reading;
 * - `outcome-unknown`: the server never acted; PublishOutcomeUnknownError, no session named;
 * - `session-unreadable`: the session exists but cannot be read; PublishOutcomeUnknownError names it.
 */
export type PublishOutcome = 'completed' | 'recovered' | 'outcome-unknown' | 'session-unreadable';

export interface PublishStep {
  /** The fault in words, for the summary. */
  what: string;
  rule: FaultRule;
  expect: PublishOutcome;
  /** upload-and-publish requests the emulator must receive. Default 1. */
  sends?: number;
  /** The cause PublishOutcomeUnknownError must carry. */
  cause?: ErrorExpectation;
}

interface Attempt {
  result: PublishVideoResult | undefined;
  error: unknown;
}

export async function runPublishStep(
  transport: Transport,
  timeout: number | undefined,
  step: PublishStep,
  verdict: Verdict,
): Promise<Evidence> {
  const rig = await trenzRig(transport, timeout);
  try {
    rig.emu.faults.add(step.rule);
    const attempt = await publishToTwoAccounts(rig);
    const scoped = verdict.scoped(step.what);
    checkPostedAtMostOnce(rig, step, scoped);
    checkOutcome(rig, step, attempt, scoped);
    return {
      secrets: rig.secrets(),
      sources: { [`${step.what}: log lines`]: rig.logger.lines, [`${step.what}: error texts`]: errorTexts(attempt.error) },
    };
  } finally {
    await rig.close();
  }
}

async function publishToTwoAccounts(rig: TrenzRig): Promise<Attempt> {
  const tomorrow = Math.floor(Date.now() / 1000) + 86_400;
  try {
    const result = await rig.trenz.social.publishVideo(
      {
        file: VIDEO,
        fileName: 'fault-drill.mp4',
        video_title: 'Fault drill',
        publications: [
          { platform_account_id: 4687, title: 'now' },
          { platform_account_id: 5678, title: 'tomorrow', scheduled_at: tomorrow },
        ],
      },
      { pollInterval: 5, timeout: 5_000 },
    );
    return { result, error: undefined };
  } catch (error) {
    return { result: undefined, error };
  }
}

function checkPostedAtMostOnce(rig: TrenzRig, step: PublishStep, verdict: Verdict): void {
  verdict.equal(rig.emu.faults.count('POST', PUBLISH), step.sends ?? 1, 'upload-and-publish requests sent');
  verdict.check(rig.publish.publishCalls <= 1, `upload-and-publish processed ${rig.publish.publishCalls} times`);
  verdict.check(rig.publish.sessions.size <= 1, `the video was posted ${rig.publish.sessions.size} times`);
}

function checkOutcome(rig: TrenzRig, step: PublishStep, { result, error }: Attempt, verdict: Verdict): void {
  const truth = [...rig.publish.sessions.values()][0];
  const expectsSession = step.expect === 'completed' || step.expect === 'recovered' || step.expect === 'session-unreadable';
  verdict.check(
    expectsSession === (truth !== undefined),
    truth ? 'the emulator holds a session the step did not expect' : 'the emulator holds no session',
  );

  if (step.expect === 'completed' || step.expect === 'recovered') {
    if (!result) return verdict.noError(error, 'publishVideo threw');
    verdict.equal(result.session_token, truth?.session_token, 'session returned');
    verdict.equal(result.status, 'completed', 'session status');
    verdict.equal(result.publications.map((p) => p.status).join(','), 'published,scheduled', 'publication statuses');
    const recovered = result.warnings.some((w) => RECOVERED_WARNING.test(w));
    verdict.check(
      recovered === (step.expect === 'recovered'),
      recovered ? 'recovered a lost answer that was not lost' : 'no warning that the lost answer was recovered by reading',
    );
    return;
  }
  if (result)
    return verdict.check(false, `publishVideo returned session ${result.session_token}, expected PublishOutcomeUnknownError`);
  if (!(error instanceof PublishOutcomeUnknownError))
    return verdict.error(error, { cls: PublishOutcomeUnknownError }, 'publishVideo');
  verdict.equal(error.bucketKey, [...rig.uploads.objects.keys()][0], 'PublishOutcomeUnknownError.bucketKey');
  verdict.equal(
    error.sessionToken,
    step.expect === 'session-unreadable' ? truth?.session_token : undefined,
    'PublishOutcomeUnknownError.sessionToken',
  );
  if (step.cause) verdict.error(error.cause, step.cause, 'PublishOutcomeUnknownError.cause');
}
