/**
 * Emulated Trenz Content and Content Creation endpoints, one handler per route of the SDK's route table. AI
 * endpoints charge credits on submission and answer `{ task_id }` (Trenz docs: Async Tasks); the task then
 * runs in the task store. Aggregated Image Search answers at once.
 */
import type { RequestHandler } from 'msw';
import { contentRoutes } from '../../trenz/content/routes.js';
import type { TrenzEmulatorContext } from './common.js';
import { hash, prng } from './fixtures.js';
import { served } from './route-kit.js';
import { taskStore } from './tasks.js';

/** Credits per submission (the Trenz docs do not print their prices: emulator choices, video costs most). */
export const CONTENT_COSTS: Readonly<Record<string, number>> = {
  'analysis.videoScriptBreakdownV2': 20,
  'analysis.videoStoryboardBreakdown': 20,
  'analysis.videoContentAnalysis': 15,
  'copywriting.productReviewAnalysis': 10,
  'image.gptImage2': 30,
  'image.nanobanana': 20,
  'video.seedance2ProFast': 120,
  'video.seedance2': 200,
  'video.grok': 150,
  'video.veo3': 300,
  'video.wan26': 100,
  'contentCreation.video.happyHorse': 150,
  'materials.searchImages': 5,
};

const CDN = 'https://oss-data.trenz.ai/generated';

/** A plausible result for each kind of task. */
function resultFor(endpoint: string, body: Record<string, unknown>, taskSeed: number): unknown {
  const rnd = prng(taskSeed);
  if (endpoint.startsWith('analysis.')) {
    const scenes = [
      'Hook: problem shown in the first 2 s',
      'Product reveal close-up',
      'Before/after demo',
      'Social proof',
      'Call to action',
    ];
    return {
      duration_seconds: 20 + Math.floor(rnd() * 40),
      scenes: scenes.map((summary, i) => ({ index: i + 1, start: i * 4, end: i * 4 + 4, summary })),
      hook_type: 'problem-solution',
      source: body.video_url ?? body.video_id ?? null,
    };
  }
  if (endpoint.startsWith('copywriting.')) {
    return {
      sentiment: { positive: 0.72, neutral: 0.18, negative: 0.1 },
      pros: ['long-lasting', 'good value', 'fast shipping'],
      cons: ['color differs from photos'],
      selling_points: ['Stays on for 12 hours', 'Under $10'],
      summary: 'Buyers love the longevity and price; a few mention the shade looks darker than in photos.',
    };
  }
  if (endpoint.startsWith('image.')) {
    const n = typeof body.n === 'number' && body.n > 0 ? Math.min(body.n, 4) : 1;
    return {
      images: Array.from({ length: n }, (_, i) => ({
        url: `${CDN}/${taskSeed.toString(16)}-${i}.png`,
        width: 1024,
        height: 1024,
      })),
    };
  }
  return {
    video_url: `${CDN}/${taskSeed.toString(16)}.mp4`,
    cover_url: `${CDN}/${taskSeed.toString(16)}.jpg`,
    duration_seconds: typeof body.duration === 'number' ? body.duration : 5 + Math.floor(rnd() * 6),
    resolution: '1080x1920',
  };
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await request.json();
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Hosts Trenz cannot fetch from: loopback, private networks, link-local, and local names. */
const NOT_PUBLIC =
  /^(localhost|[^.]+|.*\.(local|localhost|internal|lan|home)|127\..*|10\..*|192\.168\..*|172\.(1[6-9]|2\d|3[01])\..*|169\.254\..*|0\.0\.0\.0|\[(::1?|f[cd][0-9a-f]*:.*|fe80:.*)\])$/i;

/**
 * The first `*_url` / `*_urls` value that is not a public http(s) URL (Trenz docs, Content/AI Image and Content/AI
 * Video: "All *_url fields in this section require publicly accessible URLs"), as an error message.
 */
function notPublicUrl(body: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(body)) {
    const values = key.endsWith('_urls') ? (Array.isArray(value) ? value : [value]) : key.endsWith('_url') ? [value] : [];
    for (const v of values) {
      let url: URL | undefined;
      try {
        url = typeof v === 'string' ? new URL(v) : undefined;
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || NOT_PUBLIC.test(url.hostname)) {
        return `${key} must be a publicly accessible http(s) URL, got ${JSON.stringify(v)}; upload local files with Generate Presigned Upload URL first`;
      }
    }
  }
  return undefined;
}

export function trenzContentHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const publicUrlRoutes = new Set(
    [...Object.values(contentRoutes.image), ...Object.values(contentRoutes.video)].map((r) => r.name),
  );
  const routes = Object.values(contentRoutes).flatMap((group) => Object.values(group));
  return routes.map((route) => {
    const name = route.name ?? route.id;
    const cost = CONTENT_COSTS[name] ?? 10;
    return served(ctx, route, ({ request }) =>
      ctx.guard(request, cost, async () => {
        const body = await jsonBody(request);
        if (!body) return ctx.error(400, 'BAD_REQUEST', 'Malformed request: the body must be a JSON object');
        if (!route.task) {
          const rnd = prng(hash(JSON.stringify(body)));
          const items = Array.from({ length: 12 }, (_, i) => ({
            id: `img_${Math.floor(rnd() * 1e9).toString(36)}`,
            image_url: `${CDN}/material-${i}.jpg`,
            source: ['tiktok', 'amazon', 'pinterest'][i % 3],
            width: 1080,
            height: 1350,
          }));
          return ctx.ok({ items }, { cost, page: 1, page_size: items.length, total: items.length });
        }
        if (Object.keys(body).length === 0)
          return ctx.error(400, 'MISSING_PARAM', 'Required parameter missing: the request body is empty');
        const badUrl = publicUrlRoutes.has(name) ? notPublicUrl(body) : undefined;
        if (badUrl) return ctx.error(400, 'INVALID_PARAM', badUrl);
        const store = taskStore(ctx);
        const seed = hash(`${name}:${store.size}:${JSON.stringify(body)}`);
        const task = store.create(name, body, resultFor(name, body, seed));
        return ctx.ok({ task_id: task.task_id }, { cost });
      }),
    );
  });
}
