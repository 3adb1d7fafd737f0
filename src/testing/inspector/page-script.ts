/**
 * The inspector page's script, plain browser JavaScript served inline (no build step, no framework, nothing
 * downloaded). Everything a request carries is put into the page with `textContent`, never parsed as HTML, so a
 * path or body written to attack the page is only ever shown; the page's CSP allows this one script and nothing else.
 */
export const INSPECTOR_SCRIPT = `
'use strict';
const LIMIT = 500;
const requests = new Map();
let selected = null; // null: follow the newest request
let filter = '';
let queued = false;

const HINTS = {
  'bad app_key': 'The app_key query parameter is not the app key this emulator knows.',
  'missing sign': 'Every business request carries sign in the query.',
  'invalid timestamp': 'timestamp must be Unix time in seconds, a non-negative integer.',
  'timestamp too old': 'timestamp is more than 5 minutes behind the emulator clock: send the current Unix time in seconds.',
  'timestamp in the future': 'timestamp is more than 30 seconds ahead of the emulator clock: check the client clock.',
  'bad content-type': 'Business requests need content-type: application/json (multipart/form-data for uploads), GET too.',
  'bad signature': 'Compare your string to sign with the one below: path, then the query parameters sorted by key (sign and access_token left out) as {key}{value}, then the body exactly as sent (none for multipart), wrapped in the app secret on both sides; HMAC-SHA256 keyed with the app secret, lowercase hex.',
  'invalid access token': 'x-tts-access-token is unknown or revoked: get a token with an auth code or refresh it.',
  'expired access token': 'The access token expired: refresh it (GET /api/v2/token/refresh) and retry.',
  'missing shop_cipher': 'Shop-scoped endpoints need shop_cipher in the query (Get Authorized Shops lists each shop\\'s cipher).',
  'unexpected shop_cipher': 'Seller-scoped endpoints (Get Authorized Shops, Global Categories) take no shop_cipher.',
  'shop not authorized': 'The shop_cipher is not one of the shops this token\\'s seller authorized.',
  'missing key': 'No API key was sent: Trenz takes X-API-Key: <key> or Authorization: Bearer <key>.',
  'missing key: Authorization is not Bearer <key>': 'A bare Authorization: <key> carries no key: send Authorization: Bearer <key> or X-API-Key: <key>.',
  'invalid key': 'The API key is not one this emulator accepts (the bin prints it; GET /?format=json lists it).',
  'missing token': 'Local Service business endpoints take Authorization: Bearer <access token>.',
  'invalid or expired token': 'The bearer token is unknown or expired: get a new merchant token (client_key, client_secret, merchant_id).',
  'client_key or client_secret wrong': 'The merchant token endpoint did not accept the app credentials.',
  'rate limited (20 QPS)': 'Local Service allows 20 requests per second per endpoint: slow down or queue.',
};

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-')) el.setAttribute(k, String(v));
    else el[k] = v;
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function tone(r) {
  if (r.outcome === 'pending') return 'none';
  if (r.verdict === 'ok') return r.status !== null && r.status >= 400 ? 'warn' : 'ok';
  if (r.verdict === 'not checked') return r.status !== null && r.status >= 400 ? 'warn' : 'none';
  return 'bad';
}

function statusText(r) {
  if (r.outcome === 'pending') return '…';
  if (r.outcome === 'reset') return 'dropped';
  if (r.outcome === 'aborted') return 'gone';
  return String(r.status);
}

function time(iso) {
  const d = new Date(iso);
  const p = (n, w) => String(n).padStart(w || 2, '0');
  return p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds());
}

function visible() {
  const all = [...requests.values()].sort((a, b) => b.seq - a.seq);
  if (!filter) return all;
  const f = filter.toLowerCase();
  return all.filter((r) => [r.api, r.method, r.path, r.routeId || '', r.verdict, String(r.status)].join(' ').toLowerCase().includes(f));
}

function renderList(rows) {
  const body = document.getElementById('rows');
  const current = selected !== null ? selected : rows.length ? rows[0].seq : null;
  body.replaceChildren(...rows.map((r) => h('tr', { 'data-seq': r.seq, 'aria-selected': r.seq === current ? 'true' : 'false',
    onclick: () => { selected = r.seq; schedule(); } },
    h('td', { class: 'time', title: r.at }, time(r.at)),
    h('td', {}, r.api),
    h('td', { class: 'method' }, r.method),
    h('td', { class: 'path', title: r.path }, r.path),
    h('td', { class: 'route', title: r.routeId || '' }, r.routeId || '—'),
    h('td', {}, h('span', { class: 'badge ' + (r.status !== null && r.status >= 400 ? 'warn' : 'none') }, statusText(r))),
    h('td', { 'data-field': 'verdict', title: r.verdict }, h('span', { class: 'badge ' + tone(r) }, r.verdict)))));
  document.getElementById('empty').hidden = rows.length > 0;
  document.getElementById('count').textContent = requests.size + (requests.size === 1 ? ' request' : ' requests');
  return current;
}

function kv(pairs) {
  if (!pairs.length) return h('p', { class: 'note' }, 'none');
  return h('dl', { class: 'kv' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function stringToSign(text) {
  // The placeholder stands where the secret is: shown as a label, the rest as text.
  const parts = text.split('<app_secret>');
  const out = [];
  parts.forEach((p, i) => { if (i > 0) out.push(h('span', { class: 'placeholder' }, '<app_secret>')); out.push(p); });
  return h('pre', { 'data-field': 'string-to-sign' }, out);
}

function signatureSection(s) {
  return h('section', {},
    h('h3', {}, 'Signature'),
    h('div', { class: 'sigs' },
      h('div', { class: 'sig' }, h('div', { class: 'label' }, 'Expected (emulator)'), h('code', { 'data-field': 'expected-sign' }, s.expected === null ? '(body too large to recompute)' : s.expected)),
      h('div', { class: 'sig' + (s.match ? '' : ' mismatch') }, h('div', { class: 'label' }, 'Received (sign)'), h('code', { 'data-field': 'received-sign' }, s.received === null ? '(none)' : s.received))),
    h('section', {}, h('h3', {}, 'String to sign'), stringToSign(s.stringToSign),
      h('p', { class: 'note' }, 'HMAC-SHA256, keyed with the app secret ', h('code', { 'data-field': 'secret' }, s.secret), ', of the string above; lowercase hex.')),
    h('section', {}, h('h3', {}, 'Timestamp window'), kv([
      ['received', s.timestamp.received === null ? '(none)' : s.timestamp.received],
      ['emulator now', String(s.timestamp.now)],
      ['accepted', s.timestamp.window[0] + ' … ' + s.timestamp.window[1]],
    ])));
}

function bodySection(b) {
  const head = (b.contentType || 'no content-type') + ', ' + b.bytes + ' bytes' + (b.truncated ? ' (cut)' : '');
  const content = b.parsed !== null ? h('pre', { 'data-field': 'body' }, JSON.stringify(b.parsed, null, 2))
    : b.text ? h('pre', { 'data-field': 'body' }, b.text) : h('p', { class: 'note' }, 'no body');
  return h('section', {}, h('h3', {}, b.parsed !== null ? 'Body as parsed' : 'Body'), h('p', { class: 'note' }, head), content);
}

function renderDetail(seq) {
  const panel = document.getElementById('detail');
  const r = seq === null ? undefined : requests.get(seq);
  if (!r) { panel.replaceChildren(h('div', { class: 'empty' }, 'Select a request to see how the emulator checked it.')); return; }
  const t = tone(r);
  const verdictTone = t === 'bad' ? 'bad' : r.verdict === 'ok' ? 'ok' : 'none';
  const hint = HINTS[r.verdict];
  panel.replaceChildren(...[
    h('h2', {}, r.method + ' ' + r.path),
    h('div', { class: 'sub' }, r.api + ' · ' + (r.routeId || 'no route id') + ' · #' + r.seq + ' · ' + new Date(r.at).toLocaleString() +
      (r.fault ? ' · fault: ' + r.fault : '')),
    h('div', { class: 'verdict ' + verdictTone, 'data-field': 'rule' },
      h('strong', {}, r.verdict === 'ok' ? 'Credentials accepted' : r.verdict === 'pending' ? 'In flight'
        : r.verdict === 'not checked' ? 'No credential check on this path' : 'Failed check: ' + r.verdict),
      hint ? h('p', {}, hint) : null),
    r.signature ? signatureSection(r.signature) : null,
    r.auth ? h('section', {}, h('h3', {}, 'Auth header'), kv([['header', r.auth.header || '(none)'], ['verdict', r.auth.verdict]])) : null,
    h('section', {}, h('h3', {}, 'Query'), kv(r.query)),
    h('section', {}, h('h3', {}, 'Headers'), kv(r.headers)),
    bodySection(r.body),
  ].filter(Boolean));
}

function render() {
  queued = false;
  const current = renderList(visible());
  renderDetail(current);
}

function schedule() {
  if (queued) return;
  queued = true;
  requestAnimationFrame(render);
}

function upsert(r) {
  requests.set(r.seq, r);
  if (requests.size > LIMIT) {
    const oldest = [...requests.keys()].sort((a, b) => a - b).slice(0, requests.size - LIMIT);
    for (const k of oldest) requests.delete(k);
  }
}

function connect() {
  const live = document.getElementById('live');
  const events = new EventSource('/__inspector/events');
  events.addEventListener('open', () => { live.dataset.state = 'live'; live.textContent = 'live'; });
  events.addEventListener('error', () => { live.dataset.state = 'down'; live.textContent = 'reconnecting'; });
  events.addEventListener('snapshot', (e) => {
    requests.clear();
    for (const r of JSON.parse(e.data).requests) upsert(r);
    schedule();
  });
  events.addEventListener('request', (e) => { upsert(JSON.parse(e.data)); schedule(); });
}

document.getElementById('origin').textContent = location.origin;
document.getElementById('filter').addEventListener('input', (e) => { filter = e.target.value; schedule(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { selected = null; schedule(); } });
render();
connect();
`;
