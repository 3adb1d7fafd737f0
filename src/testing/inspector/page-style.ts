/** The inspector page's stylesheet: inline (no build step, no download), light and dark by the system setting. */
export const INSPECTOR_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --line: #e3e6ea; --text: #1c2024; --muted: #667085; --accent: #2456d6;
  --ok: #157f3c; --ok-bg: #e6f4ea; --bad: #b42318; --bad-bg: #fdecea; --warn: #9a5b00; --warn-bg: #fff4e0;
  --sel: #eaf0ff; --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111315; --panel: #1a1d21; --line: #2c3137; --text: #e6e8eb; --muted: #9aa3ad; --accent: #7aa2ff;
    --ok: #5fd38d; --ok-bg: #15311f; --bad: #ff8a80; --bad-bg: #3a1715; --warn: #ffc266; --warn-bg: #3a2a10; --sel: #1f2a44;
  }
}
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { background: var(--bg); color: var(--text); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 14px; padding: 10px 16px; background: var(--panel);
  border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header h1 { font-size: 15px; margin: 0; font-weight: 600; }
header h1 span { color: var(--muted); font-weight: 400; }
.bases { color: var(--muted); font-size: 12px; }
.bases code { font-family: var(--mono); color: var(--text); }
.spacer { flex: 1; }
.live { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; color: var(--muted); }
.live::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--warn); }
.live[data-state="live"]::before { background: var(--ok); }
.live[data-state="down"]::before { background: var(--bad); }
header a { color: var(--accent); font-size: 12px; text-decoration: none; }
header input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg);
  color: var(--text); width: 200px; }
main { flex: 1; display: grid; grid-template-columns: minmax(0, 62fr) minmax(0, 38fr); min-height: 0; }
.list { overflow: auto; border-right: 1px solid var(--line); background: var(--panel); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.time { width: 78px; } col.api { width: 104px; } col.method { width: 70px; } col.route { width: 164px; }
col.status { width: 62px; } col.verdict { width: 184px; }
th { position: sticky; top: 0; background: var(--panel); text-align: left; font-weight: 600; color: var(--muted);
  font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 8px 8px; border-bottom: 1px solid var(--line); }
td { padding: 6px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; vertical-align: top; overflow: hidden;
  text-overflow: ellipsis; }
td.path { font-family: var(--mono); font-size: 12px; }
td.route, td.time { font-family: var(--mono); font-size: 12px; color: var(--muted); }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--bg); }
tbody tr[aria-selected="true"] { background: var(--sel); }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11px; font-weight: 600; max-width: 100%;
  overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
.badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.none { color: var(--muted); background: var(--bg); }
.method { font-family: var(--mono); font-size: 12px; font-weight: 600; }
.empty { padding: 40px 24px; color: var(--muted); text-align: center; }
.detail { overflow: auto; padding: 16px 20px 32px; }
.detail h2 { font-size: 14px; margin: 0 0 4px; font-family: var(--mono); word-break: break-all; }
.detail .sub { color: var(--muted); margin-bottom: 12px; }
.verdict { border-radius: 8px; padding: 10px 12px; margin: 8px 0 16px; }
.verdict.ok { background: var(--ok-bg); color: var(--ok); }
.verdict.bad { background: var(--bad-bg); color: var(--bad); }
.verdict.none { background: var(--bg); color: var(--muted); }
.verdict strong { display: block; margin-bottom: 2px; }
.verdict p { margin: 0; color: var(--text); }
section { margin-top: 18px; }
section h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 6px; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
dl.kv dt { color: var(--muted); font-family: var(--mono); font-size: 12px; }
dl.kv dd { margin: 0; font-family: var(--mono); font-size: 12px; word-break: break-all; }
.sigs { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.sig { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; background: var(--panel); }
.sig .label { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.sig code { display: block; font-family: var(--mono); font-size: 12px; word-break: break-all; margin-top: 4px; }
.sig.mismatch { border-color: var(--bad); }
pre { margin: 0; padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
  font-family: var(--mono); font-size: 12px; white-space: pre-wrap; word-break: break-all; max-height: 360px; overflow: auto; }
.placeholder { color: var(--accent); font-weight: 600; }
.note { color: var(--muted); font-size: 12px; margin-top: 6px; }
`;
