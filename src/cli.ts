#!/usr/bin/env node
/**
 * `social-commerce-sdk probe trenz`: checks, with your own API key, which Trenz paths that the Trenz docs do not
 * print the real server knows. Each request cannot change anything or be billed (see `probeTrenzRoutes`). Prints a
 * table: route id, path, found / not found / inconclusive / skipped.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import type { HttpMethod } from './core/endpoint.js';
import type { RouteCorrections } from './core/routes.js';
import { formatProbeTable, probeTrenzRoutes } from './trenz/probe.js';

const USAGE = `Usage: social-commerce-sdk probe trenz (--api-key-env NAME | --api-key KEY) [options]

Sends, for each Trenz route whose path the Trenz docs do not print, one request that cannot change anything or
be billed (no query for GET, an empty body for POST), and prints which paths the server knows.
  --api-key-env NAME     read the API key from this environment variable (e.g. TRENZ_API_KEY); required,
                         or --api-key (which leaves the key in your shell history)
  --base-url URL         the Trenz host (default: production)
  --route ID             probe only this route id (repeatable; any route, documented ones included)
  --correct ID=[METHOD ]PATH
                         probe a corrected path for a route id, as the routes option would send it (repeatable)
  --include-open-reads   also probe reads that need no parameter (they may answer with data, and be billed)
  --json                 print the report as JSON instead of a table
Exit code: 0 when no route is missing, 1 when some route was not found, 2 for a usage error, 3 when the probe
could not run (key refused, wrong host).`;

/** A mistake in how the CLI was called: printed with the usage, exit code 2. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'api-key-env': { type: 'string' },
      'api-key': { type: 'string' },
      'base-url': { type: 'string' },
      route: { type: 'string', multiple: true },
      correct: { type: 'string', multiple: true },
      'include-open-reads': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, api, ...extra] = positionals;
  if (command !== 'probe') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (api !== 'trenz') throw new UsageError(api ? `the probe knows Trenz only, got "${api}"` : 'name the API to probe: trenz');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);

  let apiKey = values['api-key'];
  const envName = values['api-key-env'];
  if (envName !== undefined) {
    if (apiKey !== undefined) throw new UsageError('give --api-key-env or --api-key, not both');
    apiKey = process.env[envName];
    if (!apiKey?.trim()) throw new UsageError(`the environment variable ${envName} is empty or not set`);
  }
  if (!apiKey?.trim()) throw new UsageError('the probe needs an explicit API key: --api-key-env NAME or --api-key KEY');

  const report = await probeTrenzRoutes({
    apiKey,
    ...(values['base-url'] ? { baseURL: values['base-url'] } : {}),
    ...(values.route ? { only: values.route } : {}),
    ...(values.correct ? { routes: corrections(values.correct) } : {}),
    includeOpenReads: values['include-open-reads'],
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatProbeTable(report));
  return report.counts['not found'] > 0 ? 1 : 0;
}

/** `--correct id=/path` or `--correct 'id=POST /path'` -> the routes option. */
function corrections(specs: string[]): RouteCorrections {
  const out: Record<string, { path: string; method?: HttpMethod }> = {};
  for (const spec of specs) {
    const match = /^([^=\s]+)=(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(\/\S*)$/i.exec(spec.trim());
    if (!match) throw new UsageError(`--correct takes ID=/path or 'ID=METHOD /path', got "${spec}"`);
    const [, id, method, path] = match;
    out[id!] = { path: path!, ...(method ? { method: method.toUpperCase() as HttpMethod } : {}) };
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(`social-commerce-sdk: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    // A refused key, a wrong host, an unknown route id: one line, not a stack.
    console.error(`social-commerce-sdk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
