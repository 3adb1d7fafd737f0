import type { CoreClient } from '../../core/client.js';
import type { AnyEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import type { TrenzMeta } from '../meta.js';
import { trenzRequest, type TrenzResult } from '../result.js';
import { submitTask, type TrenzTask, type TrenzTasks } from '../tasks.js';
import {
  analysisRoutes,
  copywritingRoutes,
  creationVideoRoutes,
  imageRoutes,
  materialRoutes,
  videoRoutes,
} from './routes.js';
import type { AiRequest, MaterialSearchResult } from './schemas.js';

export { contentRoutes } from './routes.js';
export { publicUrlProblem, type AiRequest, type MaterialSearchResult } from './schemas.js';

/** An AI endpoint as a method: submits the body and returns a {@link TrenzTask} handle at once (T:525). */
export type AiVerb = (body: AiRequest, options?: CallOptions) => Promise<TrenzTask>;
/** The methods of an AI route table; hovering a method shows the TSDoc of its route-table entry. */
export type AiResource<Routes> = { readonly [K in keyof Routes]: AiVerb };

function aiResource<Routes extends Record<string, AnyEndpoint>>(
  core: CoreClient<TrenzMeta>,
  tasks: TrenzTasks,
  routes: Routes,
): AiResource<Routes> {
  const methods: Record<string, AiVerb> = {};
  for (const [verb, endpoint] of Object.entries(routes)) {
    methods[verb] = (body, options) => submitTask(core, tasks, endpoint, body, options);
  }
  return Object.freeze(methods) as AiResource<Routes>;
}

/** Content/Material Search. */
export class TrenzMaterials {
  readonly #core: CoreClient<TrenzMeta>;
  constructor(core: CoreClient<TrenzMeta>) {
    this.#core = core;
  }
  /** Aggregated Image Search (T:45). Body fields are n/g in the seed; the result is returned whole. */
  searchImages(body: AiRequest = {}, options?: CallOptions): Promise<TrenzResult<MaterialSearchResult>> {
    return trenzRequest(this.#core, materialRoutes.searchImages, { ...options, body });
  }
}

/**
 * Trenz Content (T:35-45): AI analysis, copywriting, image and video generation, and material search. Every AI
 * method returns a task handle; `await task.wait()` for the result.
 *
 * ```ts
 * const task = await trenz.content.analysis.videoScriptBreakdownV2({ video_url: 'https://cdn.example.com/a.mp4' });
 * const breakdown = await task.wait({ onProgress: (s, i) => console.log(s.status, i.elapsedMs) });
 * ```
 */
export class TrenzContent {
  /** Content/AI Analysis. */
  readonly analysis: AiResource<typeof analysisRoutes>;
  /** Content/AI Copywriting. */
  readonly copywriting: AiResource<typeof copywritingRoutes>;
  /** Content/AI Image. Every `*_url` field must be a public URL (T:440). */
  readonly image: AiResource<typeof imageRoutes>;
  /** Alias of {@link TrenzContent.image} (the group name of ENDPOINTS.md 1.10.2). */
  readonly images: AiResource<typeof imageRoutes>;
  /** Content/AI Video. Every `*_url` field must be a public URL (T:442). */
  readonly video: AiResource<typeof videoRoutes>;
  /** Alias of {@link TrenzContent.video} (the group name of ENDPOINTS.md 1.10.2). */
  readonly videos: AiResource<typeof videoRoutes>;
  /** Content/Material Search. */
  readonly materials: TrenzMaterials;

  constructor(core: CoreClient<TrenzMeta>, tasks: TrenzTasks) {
    this.analysis = aiResource(core, tasks, analysisRoutes);
    this.copywriting = aiResource(core, tasks, copywritingRoutes);
    this.image = this.images = aiResource(core, tasks, imageRoutes);
    this.video = this.videos = aiResource(core, tasks, videoRoutes);
    this.materials = new TrenzMaterials(core);
  }
}

/** Content Creation (T:82-84), a top-level tag of its own. */
export class TrenzContentCreation {
  /** Content Creation/AI Video. */
  readonly video: AiResource<typeof creationVideoRoutes>;

  constructor(core: CoreClient<TrenzMeta>, tasks: TrenzTasks) {
    this.video = aiResource(core, tasks, creationVideoRoutes);
  }
}
