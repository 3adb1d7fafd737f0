/** Inputs the examples need that a real run takes from the environment. */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * The video to publish: TRENZ_VIDEO_FILE when set (streamed from disk, never read whole), else 6 MB of stand-in
 * bytes, which the emulator accepts as an mp4 (it checks the content type, not the codec).
 */
export async function sampleVideo(): Promise<{ file: string | Uint8Array; name: string; size: number }> {
  const path = process.env.TRENZ_VIDEO_FILE?.trim();
  if (path) return { file: path, name: basename(path), size: (await stat(path)).size };
  const bytes = new Uint8Array(6 * 1024 * 1024).fill(0x2a);
  return { file: bytes, name: 'demo-lipstick.mp4', size: bytes.byteLength };
}

/** The video URL in an AI video task's result: its shape is not documented, so look before using it. */
export function videoUrlOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('video_url' in result)) return undefined;
  return typeof result.video_url === 'string' ? result.video_url : undefined;
}
