/**
 * Route table of Trenz Content and Content Creation (ENDPOINTS.md 1.10.2): all POST with a JSON body. Every AI
 * endpoint is async and answers `{ task_id }` (T:525); `task: true` marks them. None is retried after it may have
 * reached the server (`retrySafe` false): a replayed generation would run, and be charged, twice.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import { taskSubmissionSchema } from '../tasks.js';
import { aiRequest, materialSearchRequest, materialSearchResult, publicUrlRequest } from './schemas.js';

const EXTERNAL = 'external evidence, not in the seed (ENDPOINTS.md 1.10.2)';
const PROPOSED_AI = 'proposed: /open/v1/ai/{media}/{task} convention (ENDPOINTS.md 1.10)';

function aiTask<Path extends string>(name: string, path: Path, inferred: string | undefined, urlRule = false) {
  return defineEndpoint({
    method: 'POST',
    path,
    body: urlRule ? publicUrlRequest : aiRequest,
    response: taskSubmissionSchema,
    task: true,
    retrySafe: false,
    name,
    ...(inferred ? { inferred } : {}),
  });
}

/** Content/AI Analysis (T:36-37) plus the doc-only content-analysis path (T:519). */
export const analysisRoutes = {
  /** Video Script Breakdown V2. */
  videoScriptBreakdownV2: aiTask('analysis.videoScriptBreakdownV2', '/open/v1/ai/videos/scripts/breakdown-v2', EXTERNAL),
  /** Video Storyboard Breakdown. */
  videoStoryboardBreakdown: aiTask('analysis.videoStoryboardBreakdown', '/open/v1/ai/videos/storyboards/breakdown', PROPOSED_AI),
  /**
   * Video content analysis: the seed's async-task example (T:519). No navigation entry names it (ENDPOINTS.md
   * 5.1 item 5), but its path is the only documented AI path.
   */
  videoContentAnalysis: aiTask('analysis.videoContentAnalysis', '/open/v1/ai/videos/content-analysis', undefined),
};

/** Content/AI Copywriting (T:38-39). */
export const copywritingRoutes = {
  /** Product Review Analysis. */
  productReviewAnalysis: aiTask('copywriting.productReviewAnalysis', '/open/v1/ai/products/review-analysis', EXTERNAL),
};

/** Content/AI Image (T:40-41). Every `*_url` field must be public (T:440). */
export const imageRoutes = {
  /** GPT-Image-2 Image Generation. */
  gptImage2: aiTask('image.gptImage2', '/open/v1/ai/images/gpt-image-2', PROPOSED_AI, true),
  /** Nanobanana Image Generation. */
  nanobanana: aiTask('image.nanobanana', '/open/v1/ai/images/nanobanana', PROPOSED_AI, true),
};

/** Content/AI Video (T:42-43). Every `*_url` field must be public (T:442). */
export const videoRoutes = {
  /** SeeDance2.0 Pro Fast Video Generation. */
  seedance2ProFast: aiTask('video.seedance2ProFast', '/open/v1/ai/videos/seedance-2.0-pro-fast', PROPOSED_AI, true),
  /** SeeDance2.0 Video Generation. */
  seedance2: aiTask('video.seedance2', '/open/v1/ai/videos/seedance-2.0', PROPOSED_AI, true),
  /** Grok Video Generation. */
  grok: aiTask('video.grok', '/open/v1/ai/videos/grok', PROPOSED_AI, true),
  /** Veo3 Video Generation. */
  veo3: aiTask('video.veo3', '/open/v1/ai/videos/veo3', PROPOSED_AI, true),
  /** Wan2.6 Video Generation. */
  wan26: aiTask('video.wan26', '/open/v1/ai/videos/wan-2.6', PROPOSED_AI, true),
};

/** Content/Material Search (T:44-45). */
export const materialRoutes = {
  /** Aggregated Image Search: a read, so retried like one. Sync: the seed does not call it async. */
  searchImages: defineEndpoint({
    method: 'POST',
    path: '/open/v1/materials/images/search',
    body: materialSearchRequest,
    response: materialSearchResult,
    retrySafe: true,
    name: 'materials.searchImages',
    inferred: 'proposed: /open/v1/{resource}/search convention (ENDPOINTS.md 1.10)',
  }),
};

/**
 * Content Creation/AI Video (T:82-84): a separate top-level tag (ENDPOINTS.md 5.1 item 8). The public-URL rule is
 * stated only for Content/AI Image and Video, so it is not enforced here.
 */
export const creationVideoRoutes = {
  /** Happy Horse Video Generation. */
  happyHorse: aiTask('contentCreation.video.happyHorse', '/open/v1/ai/videos/happy-horse', PROPOSED_AI),
};

/** Every Content route group, keyed as on `trenz.content` / `trenz.contentCreation`. */
export const contentRoutes = {
  analysis: analysisRoutes,
  copywriting: copywritingRoutes,
  image: imageRoutes,
  video: videoRoutes,
  materials: materialRoutes,
  creationVideo: creationVideoRoutes,
};
