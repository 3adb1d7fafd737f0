/**
 * The inspector page: one static HTML document with its style and script inline. It holds no request data and no
 * credential; everything arrives over the event stream and is written into the page as text.
 */
import { createHash } from 'node:crypto';
import { INSPECTOR_SCRIPT } from './page-script.js';
import { INSPECTOR_STYLE } from './page-style.js';

/** Where the page's event stream and the JSON list are served. */
export const INSPECTOR_EVENTS_PATH = '/__inspector/events';
export const INSPECTOR_REQUESTS_PATH = '/__inspector/requests';

export const INSPECTOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Request inspector · social-commerce-sdk emulator</title>
<link rel="icon" href="data:,">
<style>${INSPECTOR_STYLE}</style>
</head>
<body>
<header>
  <h1>Request inspector <span>· social-commerce-sdk emulator</span></h1>
  <div class="bases">Base URL <code id="origin"></code> · Local Service <code>+/v2/localservice/saas</code></div>
  <div class="spacer"></div>
  <input id="filter" type="search" placeholder="Filter requests…" aria-label="Filter requests">
  <span id="count" class="bases"></span>
  <span id="live" class="live" data-state="connecting">connecting</span>
  <a href="/?format=json" title="What this emulator serves and its test credentials, as JSON">Start page (JSON)</a>
</header>
<main>
  <div class="list">
    <table>
      <colgroup><col class="time"><col class="api"><col class="method"><col class="path"><col class="route"><col class="status"><col class="verdict"></colgroup>
      <thead><tr><th>Time</th><th>API</th><th>Method</th><th>Path</th><th>Route id</th><th>Status</th><th>Verdict</th></tr></thead>
      <tbody id="rows"></tbody>
    </table>
    <div id="empty" class="empty">No requests yet. Point a client at this emulator: each request appears here as it arrives.</div>
  </div>
  <div id="detail" class="detail"></div>
</main>
<script>${INSPECTOR_SCRIPT}</script>
</body>
</html>
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Only this page's own style and script run, and it talks only to this server: a request crafted to inject markup
 * could not run anything even if it reached the DOM as HTML (it does not: the script writes text).
 */
export const INSPECTOR_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(INSPECTOR_SCRIPT)}`,
  `style-src ${sha256(INSPECTOR_STYLE)}`,
  "connect-src 'self'",
  // The empty icon: without one the browser asks for /favicon.ico, a request the list would show.
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
