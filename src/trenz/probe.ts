/**
 * The route probe: which of the Trenz paths that the Trenz docs do not print does the real server know? For each
 * such route it sends one request that cannot change anything or be billed, and reads the answer:
 *
 * - GET routes get no query, POST routes an empty JSON body `{}`, path values the placeholder `0` (naming nothing).
 *   A server that has the route answers with a parameter error (`MISSING_PARAM`, `INVALID_PARAM`): found. One that
 *   does not answers 404 `ROUTE_NOT_FOUND`: not found. Anything else (403, 429, 5xx, no answer) is inconclusive.
 * - A write whose empty body the SDK's own schema accepts (a QR login, a sync, an AI generation) could succeed: it is
 *   never sent, and is listed as skipped. A write that misses a required field cannot act.
 * - A read that needs no parameter (a search without filters, a list) could answer with data and be billed: skipped
 *   unless `includeOpenReads` (a read changes nothing; the answer's `usage` then says what it cost).
 *
 * It needs an explicit API key (never `TRENZ_API_KEY` implicitly) and checks it first, with one documented read.
 *
 * ```ts
 * const report = await probeTrenzRoutes({ apiKey: process.env.MY_TRENZ_KEY! });
 * console.log(formatProbeTable(report));
 * ```
 */
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { CoreClient } from '../core/client.js';
import { defineEndpoint, type AnyEndpoint, type HttpMethod } from '../core/endpoint.js';
import { AbortError, ApiError, AuthenticationError, ConfigurationError, SdkError } from '../core/errors/index.js';
import { provenanceOf, type RouteCorrections, type RouteProvenance } from '../core/routes.js';
import { trenzApi } from './api.js';
import { trenzApiKeyAuth, type TrenzAuthScheme } from './auth.js';
import { isRouteNotFound } from './errors.js';
import type { TrenzMeta } from './meta.js';
import { publishingRoutes } from './social/publishing.js';

export type ProbeVerdict = 'found' | 'not found' | 'inconclusive' | 'skipped';

/** One route's outcome. */
export interface RouteProbeResult {
  /** The route id (the key of the `routes` option). */
  id: string;
  method: HttpMethod;
  /** The path probed: the route's, or its correction. */
  path: string;
  provenance: RouteProvenance;
  verdict: ProbeVerdict;
  /** What the server answered (`400 MISSING_PARAM`, `404 ROUTE_NOT_FOUND`, ...), or why the route was not sent. */
  answer: string;
}

export interface TrenzProbeReport {
  baseURL: string;
  results: RouteProbeResult[];
  counts: Record<ProbeVerdict, number>;
}

export interface ProbeTrenzOptions {
  /** The API key. Required, and never read from the environment: the probe talks to the real server. */
  apiKey: string;
  authScheme?: TrenzAuthScheme;
  /** Default: the production host. */
  baseURL?: string;
  /** Route corrections to probe instead of the SDK's paths (the client's `routes` option). */
  routes?: RouteCorrections;
  /** Route ids to probe. Default: every route whose path the Trenz docs do not print. */
  only?: readonly string[];
  /** Also probe reads that need no parameter (they may answer with data, and may be billed). Default false. */
  includeOpenReads?: boolean;
  /** Requests in flight at once. Default 2. */
  concurrency?: number;
  /** Per-request timeout in ms. Default 15 000. */
  timeout?: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  /** Called with each result as it comes. */
  onResult?: (result: RouteProbeResult) => void;
}

/** The control request: a documented read that cannot succeed with an empty body (no session_token). */
const CONTROL = publishingRoutes.session;
/** Fills every path value: an id that names nothing. */
const PLACEHOLDER = '0';

/** Why a route is not sent, or undefined when its empty request cannot act (and is sent). */
export function probeSkipReason(route: AnyEndpoint, includeOpenReads = false): string | undefined {
  const schema = route.method === 'GET' || route.method === 'DELETE' ? route.query : route.body;
  const acceptsEmpty = schema === undefined || schema.safeParse({}).success;
  if (!acceptsEmpty) return undefined;
  if (!route.retrySafe) return 'a write that could succeed with an empty body: not sent';
  if (route.pathParams.length > 0) return undefined; // the placeholder id names nothing
  return includeOpenReads
    ? undefined
    : 'a read without required parameters could answer with data (and be billed): not sent without includeOpenReads';
}

/** Runs the probe; see the module comment. Throws when the key is refused or the host does not answer as Trenz. */
export async function probeTrenzRoutes(options: ProbeTrenzOptions): Promise<TrenzProbeReport> {
  const { apiKey, only, includeOpenReads = false, concurrency = 2, timeout = 15_000, signal } = options;
  if (typeof apiKey !== 'string' || !apiKey.trim()) {
    throw new ConfigurationError('Trenz probe: pass an explicit apiKey (the probe never reads TRENZ_API_KEY on its own).');
  }
  const core = new CoreClient<TrenzMeta>(trenzApi, trenzApiKeyAuth(apiKey.trim(), options.authScheme), {
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    timeout,
    maxRetries: 1,
    maxRetryDelay: 2_000,
    logLevel: 'off',
  });
  const known = new Map((trenzApi.routes ?? []).map((r) => [r.name, r]));
  for (const id of only ?? [])
    if (!known.has(id)) throw new ConfigurationError(`Trenz probe: unknown route id "${id}" (see Trenz.routes).`);
  const targets = only ? only.map((id) => known.get(id)!) : [...known.values()].filter((r) => provenanceOf(r) !== 'documented');

  await control(core, signal);

  const results: RouteProbeResult[] = new Array(targets.length);
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < targets.length) {
      const i = next++;
      const route = core.route(targets[i]!);
      const base = { id: route.name, method: route.method, path: route.path, provenance: provenanceOf(targets[i]!) };
      const skip = probeSkipReason(route, includeOpenReads);
      try {
        const result: RouteProbeResult = skip
          ? { ...base, verdict: 'skipped', answer: skip }
          : { ...base, ...answerOf(await probeOne(core, route, signal)) };
        results[i] = result;
        options.onResult?.(result);
      } catch (error) {
        stopped = true; // a refused key or an abort: send nothing more
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, targets.length)) }, worker));
  const counts: Record<ProbeVerdict, number> = { found: 0, 'not found': 0, inconclusive: 0, skipped: 0 };
  for (const r of results) counts[r.verdict]++;
  return { baseURL: core.baseURL, results, counts };
}

const answerOf = ({ verdict, answer }: { verdict: Exclude<ProbeVerdict, 'skipped'>; answer: string }) => ({ verdict, answer });

/** Checks the key and the host with a documented route before anything else is sent. */
async function control(core: CoreClient<TrenzMeta>, signal: AbortSignal | undefined): Promise<void> {
  const route = core.route(CONTROL);
  const outcome = await probeOne(core, route, signal, true);
  if (outcome.error instanceof AuthenticationError) {
    throw new ConfigurationError(`Trenz probe: the API key was refused (${outcome.answer}); nothing else was sent.`, {
      cause: outcome.error,
    });
  }
  if (outcome.verdict === 'not found') {
    throw new ConfigurationError(
      `Trenz probe: ${core.baseURL} does not know the documented route ${route.method} ${route.path} (${outcome.answer}): check the base URL. Nothing else was sent.`,
    );
  }
}

async function probeOne(
  core: CoreClient<TrenzMeta>,
  route: AnyEndpoint,
  signal: AbortSignal | undefined,
  control = false,
): Promise<{ verdict: Exclude<ProbeVerdict, 'skipped'>; answer: string; error?: unknown }> {
  // Its own name, so that no correction swaps it back for the route with its schemas: the empty request is the point.
  const bare = defineEndpoint({
    name: `probe:${route.name}`,
    method: route.method,
    path: route.path,
    response: z.unknown(),
    retrySafe: route.retrySafe,
  });
  const sendsBody = route.method !== 'GET' && route.method !== 'DELETE';
  try {
    const { meta } = await core.call({
      endpoint: bare,
      path: route.pathParams.map(() => PLACEHOLDER),
      ...(sendsBody ? { rawBody: { data: '{}', contentType: 'application/json' } } : {}),
      options: signal ? { signal } : {},
    });
    const cost = meta.usage?.credits_cost;
    return { verdict: 'found', answer: `${meta.status} with data${cost ? ` (usage: ${cost} credits)` : ''}` };
  } catch (error) {
    if (error instanceof AbortError) throw error;
    if (!(error instanceof SdkError)) throw error;
    if (!(error instanceof ApiError)) return { verdict: 'inconclusive', answer: `no answer (${error.name})`, error };
    const answer = `${error.status ?? '-'}${error.code !== undefined && error.code !== error.status ? ` ${error.code}` : ''}`;
    if (error.status === 401) {
      if (control) return { verdict: 'inconclusive', answer, error };
      throw new ConfigurationError(
        `Trenz probe: the API key was refused (${answer}) at ${route.method} ${route.path}; the probe stopped.`,
        { cause: error },
      );
    }
    if (isRouteNotFound(error)) return { verdict: 'not found', answer, error };
    if (error.status === 405) return { verdict: 'not found', answer: `${answer}: the path takes another method`, error };
    if (error.status === 400 || error.status === 422 || (error.status === 404 && error.code !== 404))
      return { verdict: 'found', answer, error };
    return { verdict: 'inconclusive', answer, error };
  }
}

/** The report as a plain-text table, with what to do about a route that was not found. */
export function formatProbeTable(report: TrenzProbeReport): string {
  const rows = report.results.map((r) => [r.id, `${r.method} ${r.path}`, r.verdict, r.answer]);
  const head = ['route id', 'path', 'result', 'answer'];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(width[c]!))).join('  ');
  const { counts } = report;
  const out = [
    `Trenz route probe of ${report.baseURL}`,
    line(head),
    line(width.map((w, c) => '-'.repeat(c === head.length - 1 ? head[c]!.length : w))),
    ...rows.map(line),
    '',
    `found ${counts.found}, not found ${counts['not found']}, inconclusive ${counts.inconclusive}, skipped ${counts.skipped}`,
  ];
  const openReads = report.results.filter((r) => r.verdict === 'skipped' && r.answer.startsWith('a read')).length;
  if (openReads > 0) {
    out.push(
      `${openReads} reads that need no parameter were not sent: --include-open-reads (includeOpenReads) sends them too; a read changes nothing, but may be billed.`,
    );
  }
  if (counts['not found'] > 0) {
    out.push(
      'A route not found has a wrong path in this SDK. Correct it today, without a release:',
      "  new Trenz({ routes: { '<route id>': { path: '/open/v1/...' } } })",
      'and please report it with this table and the right path, if you know it (docs/trenz.md, "A wrong path").',
    );
  }
  return out.join('\n');
}
