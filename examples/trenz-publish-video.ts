/**
 * Publish one video to two social accounts with Trenz, one now and one scheduled for tomorrow. `publishVideo` runs
 * the whole workflow: upload to a presigned URL (progress bar), validate, publish once, poll the session. A video is
 * never posted twice, even when a response is lost.
 *
 * Run: npx tsx examples/trenz-publish-video.ts   (emulator by default; TRENZ_VIDEO_FILE=./clip.mp4 for a real file)
 */
import { Trenz } from '../src/trenz/index.js';
import { formatBytes, progressBar } from './shared/progress.js';
import { sampleVideo } from './shared/samples.js';
import { connect, skippedWrite } from './shared/target.js';

const targets = await connect();
try {
  console.log(`Trenz: ${targets.trenz.describe}`);
  if (targets.trenz.writes) await publish();
  else console.log(skippedWrite('publishing posts to your accounts'));
} finally {
  await targets.close();
}

async function publish(): Promise<void> {
  const trenz = new Trenz(targets.trenz.options);

  const accounts = [];
  for await (const account of trenz.social.accounts.list()) if (accounts.push(account) === 2) break;
  if (accounts.length < 2)
    throw new Error('Bind two accounts first: trenz.social.accounts.qrLogin() (see docs/trenz-social.md).');
  console.log(`accounts: ${accounts.map((a) => `${a.id} (${a.platform})`).join(', ')}`);

  const video = await sampleVideo();
  const upload = progressBar('upload');
  const tomorrow = Math.floor(Date.now() / 1000) + 24 * 3600; // Unix seconds; 5 minutes to 90 days ahead
  const result = await trenz.social.publishVideo(
    {
      file: video.file, // a path is streamed from disk, never read whole
      fileName: video.name,
      video_title: 'Matte lipstick, new shades',
      video_description: 'Four new shades, out now',
      publications: [
        { platform_account_id: accounts[0]!.id, title: 'Out now!' },
        { platform_account_id: accounts[1]!.id, title: 'Tomorrow', scheduled_at: tomorrow },
      ],
    },
    {
      ...(targets.trenz.pollInterval ? { pollInterval: targets.trenz.pollInterval } : {}),
      onProgress: (p) => {
        if (p.stage === 'uploading') upload.update(p.loaded, p.total ?? video.size, formatBytes(p.loaded));
        else if (p.stage === 'validating') upload.done(`${formatBytes(video.size)} uploaded`);
        else if (p.stage === 'polling') console.log(`  session        ${p.status} (poll ${p.polls})`);
      },
    },
  );
  for (const p of result.publications) {
    const when = p.scheduled_at ? new Date(p.scheduled_at * 1000).toISOString() : 'now';
    console.log(
      `  account ${p.platform_account_id.padEnd(6)} ${p.status} ${when}${p.error_message ? `: ${p.error_message}` : ''}`,
    );
  }
  console.log(
    `session ${result.session_token}: ${result.status}${result.warnings.length ? `; warnings: ${result.warnings.join('; ')}` : ''}`,
  );
}
