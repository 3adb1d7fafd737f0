import type { CoreClient } from '../../core/client.js';
import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import type { TrenzTasks } from '../tasks.js';
import { TrenzAiResource } from './ai-resource.js';
import { analysisRoutes, copywritingRoutes, creationVideoRoutes, imageRoutes, materialRoutes, videoRoutes } from './routes.js';

export { contentRoutes } from './routes.js';
export { publicUrlProblem, type AiRequest, type MaterialSearchResult } from './schemas.js';
export { TrenzAiResource } from './ai-resource.js';

/** The params of one route of a table: its schema's input type (AI bodies are open objects). */
type Params<T, K extends keyof T> = EndpointParams<T[K]>;

/** Content/AI Analysis. Each method returns a task handle; `await task.wait()` for the result. */
export class TrenzAiAnalysis extends TrenzAiResource {
  /** Video Script Breakdown V2. */
  videoScriptBreakdownV2(params: Params<typeof analysisRoutes, 'videoScriptBreakdownV2'>, options?: CallOptions) {
    return this._task(analysisRoutes.videoScriptBreakdownV2, params, options);
  }
  /** Video Storyboard Breakdown. */
  videoStoryboardBreakdown(params: Params<typeof analysisRoutes, 'videoStoryboardBreakdown'>, options?: CallOptions) {
    return this._task(analysisRoutes.videoStoryboardBreakdown, params, options);
  }
  /** Video content analysis (the Trenz docs' async-task example). */
  videoContentAnalysis(params: Params<typeof analysisRoutes, 'videoContentAnalysis'>, options?: CallOptions) {
    return this._task(analysisRoutes.videoContentAnalysis, params, options);
  }
}

/** Content/AI Copywriting. */
export class TrenzAiCopywriting extends TrenzAiResource {
  /** Product Review Analysis. */
  productReviewAnalysis(params: Params<typeof copywritingRoutes, 'productReviewAnalysis'>, options?: CallOptions) {
    return this._task(copywritingRoutes.productReviewAnalysis, params, options);
  }
}

/** Content/AI Image. Every `*_url` field must be a public URL (checked before sending). */
export class TrenzAiImage extends TrenzAiResource {
  /** GPT-Image-2 Image Generation. */
  gptImage2(params: Params<typeof imageRoutes, 'gptImage2'>, options?: CallOptions) {
    return this._task(imageRoutes.gptImage2, params, options);
  }
  /** Nanobanana Image Generation. */
  nanobanana(params: Params<typeof imageRoutes, 'nanobanana'>, options?: CallOptions) {
    return this._task(imageRoutes.nanobanana, params, options);
  }
}

/** Content/AI Video. Every `*_url` field must be a public URL (checked before sending). */
export class TrenzAiVideo extends TrenzAiResource {
  /** SeeDance2.0 Pro Fast Video Generation. */
  seedance2ProFast(params: Params<typeof videoRoutes, 'seedance2ProFast'>, options?: CallOptions) {
    return this._task(videoRoutes.seedance2ProFast, params, options);
  }
  /** SeeDance2.0 Video Generation. */
  seedance2(params: Params<typeof videoRoutes, 'seedance2'>, options?: CallOptions) {
    return this._task(videoRoutes.seedance2, params, options);
  }
  /** Grok Video Generation. */
  grok(params: Params<typeof videoRoutes, 'grok'>, options?: CallOptions) {
    return this._task(videoRoutes.grok, params, options);
  }
  /** Veo3 Video Generation. */
  veo3(params: Params<typeof videoRoutes, 'veo3'>, options?: CallOptions) {
    return this._task(videoRoutes.veo3, params, options);
  }
  /** Wan2.6 Video Generation. */
  wan26(params: Params<typeof videoRoutes, 'wan26'>, options?: CallOptions) {
    return this._task(videoRoutes.wan26, params, options);
  }
}

/** Content/Material Search: a plain call, not a task. */
export class TrenzMaterials extends ApiResource<TrenzMeta> {
  /** Aggregated Image Search. The Trenz docs give no body fields; the result is returned whole. */
  searchImages(params?: Params<typeof materialRoutes, 'searchImages'>, options?: CallOptions) {
    return this._request(materialRoutes.searchImages, [], params, options);
  }
}

/**
 * Trenz Content: AI analysis, copywriting, image and video generation, and material search. Every AI method
 * returns a task handle; `await task.wait()` for the result.
 *
 * ```ts
 * const task = await trenz.content.analysis.videoScriptBreakdownV2({ video_url: 'https://cdn.example.com/a.mp4' });
 * const breakdown = await task.wait({ onProgress: (s, i) => console.log(s.status, i.elapsedMs) });
 * ```
 */
export class TrenzContent extends ApiResource<TrenzMeta> {
  /** Content/AI Analysis. */
  readonly analysis: TrenzAiAnalysis;
  /** Content/AI Copywriting. */
  readonly copywriting: TrenzAiCopywriting;
  /** Content/AI Image. */
  readonly image: TrenzAiImage;
  /** Alias of {@link TrenzContent.image}, for those who read the group as "images". */
  readonly images: TrenzAiImage;
  /** Content/AI Video. */
  readonly video: TrenzAiVideo;
  /** Alias of {@link TrenzContent.video}, for those who read the group as "videos". */
  readonly videos: TrenzAiVideo;
  /** Content/Material Search. */
  readonly materials: TrenzMaterials;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>, tasks: TrenzTasks) {
    super(client);
    this.analysis = new TrenzAiAnalysis(client, tasks);
    this.copywriting = new TrenzAiCopywriting(client, tasks);
    this.image = this.images = new TrenzAiImage(client, tasks);
    this.video = this.videos = new TrenzAiVideo(client, tasks);
    this.materials = new TrenzMaterials(client);
  }
}

/** Content Creation/AI Video. */
export class TrenzCreationVideo extends TrenzAiResource {
  /** Happy Horse Video Generation. */
  happyHorse(params: Params<typeof creationVideoRoutes, 'happyHorse'>, options?: CallOptions) {
    return this._task(creationVideoRoutes.happyHorse, params, options);
  }
}

/** Content Creation, a top-level tag of the Trenz docs of its own. */
export class TrenzContentCreation extends ApiResource<TrenzMeta> {
  /** Content Creation/AI Video. */
  readonly video: TrenzCreationVideo;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>, tasks: TrenzTasks) {
    super(client);
    this.video = new TrenzCreationVideo(client, tasks);
  }
}
