/**
 * Route table of Trenz Content and Content Creation: all POST with a JSON body. Every AI endpoint is async and
 * answers `{ task_id }` (Trenz docs: Async Tasks, "All AI analysis and AI generation endpoints are async"); `task:
 * true` marks them. None is retried after it may have reached the server (`retrySafe` false): a replayed generation
 * would run, and be charged, twice. The methods are written out in ./index.ts, one line each against this table.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import { EXTERNAL, proposed } from '../route-kit.js';
import { taskSubmissionSchema } from '../tasks.js';
import { aiRequest, materialSearchRequest, materialSearchResult, publicUrlRequest } from './schemas.js';

const PROPOSED_AI = proposed('/open/v1/ai/{media}/{task}');

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

/** Content/AI Analysis plus the content-analysis path that the Trenz docs print in their async-task example. */
export const analysisRoutes = {
  /** Video Script Breakdown V2. */
  videoScriptBreakdownV2: aiTask('analysis.videoScriptBreakdownV2', '/open/v1/ai/videos/scripts/breakdown-v2', EXTERNAL),
  /** Video Storyboard Breakdown. */
  videoStoryboardBreakdown: aiTask('analysis.videoStoryboardBreakdown', '/open/v1/ai/videos/storyboards/breakdown', PROPOSED_AI),
  /**
   * Video content analysis: the example of the Trenz docs' "Async Task Workflow". No navigation entry names it,
   * but its path is the only documented AI path.
   */
  videoContentAnalysis: aiTask('analysis.videoContentAnalysis', '/open/v1/ai/videos/content-analysis', undefined),
};

/** Content/AI Copywriting. */
export const copywritingRoutes = {
  /** Product Review Analysis. */
  productReviewAnalysis: aiTask('copywriting.productReviewAnalysis', '/open/v1/ai/products/review-analysis', EXTERNAL),
};

/** Content/AI Image. Every `*_url` field must be a public URL (Trenz docs: Content/AI Image). */
export const imageRoutes = {
  /** GPT-Image-2 Image Generation. */
  gptImage2: aiTask('image.gptImage2', '/open/v1/ai/images/gpt-image-2', PROPOSED_AI, true),
  /** Nanobanana Image Generation. */
  nanobanana: aiTask('image.nanobanana', '/open/v1/ai/images/nanobanana', PROPOSED_AI, true),
};

/** Content/AI Video. Every `*_url` field must be a public URL (Trenz docs: Content/AI Video). */
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

/** Content/Material Search. */
export const materialRoutes = {
  /** Aggregated Image Search: a read, so retried like one. Sync: the Trenz docs do not call it async. */
  searchImages: defineEndpoint({
    method: 'POST',
    path: '/open/v1/materials/images/search',
    body: materialSearchRequest,
    response: materialSearchResult,
    retrySafe: true,
    name: 'materials.searchImages',
    inferred: proposed('/open/v1/{resource}/search'),
  }),
};

/**
 * Content Creation/AI Video: a separate top-level tag of the Trenz docs. The public-URL rule is stated only for
 * Content/AI Image and Video, so it is not enforced here.
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
