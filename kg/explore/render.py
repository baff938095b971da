"""Drawing a view: SVG (and PNG from it) for slides, and one self-contained interactive HTML file.

Both use the seeded layout, so the file looks like the screen. The HTML carries its own small
script (pan, zoom, drag, hover) and loads nothing from anywhere.
"""

import html
import json

from kg.explore.layout import layout
from kg.explore.views import GROUP_COLOURS, GROUP_NAMES, ViewGraph

FONT = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif"
WIDTH, HEIGHT = 1200, 800
LEGEND = 44  # the strip under the drawing that holds the legend
EDGE_CAPTION_LIMIT = 60  # past this, relation names move into tooltips so the picture stays legible


def _legend_items(view: ViewGraph, lang: str) -> list[tuple[str, str]]:
    groups = sorted({n["group"] for n in view.nodes}, key=list(GROUP_COLOURS).index)
    index = 0 if lang == "vi" else 1
    return [(GROUP_COLOURS[g], GROUP_NAMES[g][index]) for g in groups]


def to_svg(view: ViewGraph, *, lang: str = "vi", title: str = "") -> str:
    pos = {n: (x, y + (24 if title else 0)) for n, (x, y) in layout(view, WIDTH, HEIGHT - LEGEND).items()}
    esc = html.escape
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'font-family="{FONT}">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="20" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
             '<path d="M 0 0 L 10 5 L 0 10 z" fill="#94a3b8"/></marker></defs>',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>']
    if title:
        parts.append(f'<text x="24" y="36" font-size="22" font-weight="600" fill="#0f172a">{esc(title)}</text>')
    edge_captions = len(view.edges) <= EDGE_CAPTION_LIMIT
    for e in view.edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#cbd5e1" stroke-width="1.6" marker-end="url(#arrow)"><title>{esc(e["caption"])}</title></line>')
        if edge_captions:
            parts.append(f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 4:.1f}" font-size="10" fill="#64748b" text-anchor="middle">{esc(e["caption"])}</text>')
    for n in view.nodes:
        x, y = pos[n["id"]]
        radius = 14 if n["id"] == view.focus else 9
        stroke = ' stroke="#0f172a" stroke-width="3"' if n["id"] == view.focus else ' stroke="#ffffff" stroke-width="1.5"'
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{GROUP_COLOURS[n["group"]]}"{stroke}><title>{esc(n["title"])}</title></circle>')
        label = f'x="{x:.1f}" y="{y + radius + 14:.1f}" font-size="12.5" text-anchor="middle"'
        parts.append(f'<text {label} fill="#ffffff" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round">{esc(n["caption"])}</text>')
        parts.append(f'<text {label} fill="#0f172a">{esc(n["caption"])}</text>')
    x, y = 24.0, HEIGHT - 18
    parts.append(f'<line x1="16" y1="{HEIGHT - LEGEND + 8}" x2="{WIDTH - 16}" y2="{HEIGHT - LEGEND + 8}" stroke="#e2e8f0"/>')
    for colour, name in _legend_items(view, lang):
        parts.append(f'<circle cx="{x + 6:.0f}" cy="{y - 4}" r="6" fill="{colour}"/><text x="{x + 17:.0f}" y="{y}" font-size="12.5" fill="#334155">{esc(name)}</text>')
        x += 30 + 7.2 * len(name)
    parts.append("</svg>")
    return "\n".join(parts)


def to_png(view: ViewGraph, *, lang: str = "vi", title: str = "", scale: float = 2.0) -> bytes:
    import cairosvg

    return cairosvg.svg2png(bytestring=to_svg(view, lang=lang, title=title).encode("utf-8"), scale=scale)


_SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const svg = document.getElementById('kg-svg');
  const NS = 'http://www.w3.org/2000/svg';
  const view = document.createElementNS(NS, 'g'); svg.appendChild(view);
  let scale = 1, tx = 0, ty = 0;
  const apply = () => view.setAttribute('transform', `translate(${tx},${ty}) scale(${scale})`);
  const el = (name, attrs, parent) => { const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]); (parent || view).appendChild(e); return e; };
  const lines = data.edges.map(e => ({e, line: el('line', {stroke: '#cbd5e1', 'stroke-width': 1.6}),
                                      text: el('text', {'font-size': 10, fill: '#64748b', 'text-anchor': 'middle'})}));
  lines.forEach(l => { l.text.textContent = data.edgeCaptions ? l.e.caption : '';
                       el('title', {}, l.line).textContent = l.e.caption; });
  const nodes = {};
  data.nodes.forEach(n => {
    const g = el('g', {class: 'node', 'data-id': n.id, cursor: 'grab'});
    const r = n.id === data.focus ? 14 : 9;
    el('circle', {r, fill: n.colour, stroke: n.id === data.focus ? '#0f172a' : '#fff', 'stroke-width': n.id === data.focus ? 3 : 1.5}, g);
    const t = el('text', {y: r + 14, 'font-size': 12.5, 'text-anchor': 'middle', 'paint-order': 'stroke', stroke: '#fff', 'stroke-width': 3}, g);
    t.textContent = n.caption;
    el('title', {}, g).textContent = n.title;
    nodes[n.id] = {n, g};
  });
  const draw = () => {
    data.nodes.forEach(n => nodes[n.id].g.setAttribute('transform', `translate(${n.x},${n.y})`));
    lines.forEach(({e, line, text}) => { const a = nodes[e.source].n, b = nodes[e.target].n;
      line.setAttribute('x1', a.x); line.setAttribute('y1', a.y); line.setAttribute('x2', b.x); line.setAttribute('y2', b.y);
      text.setAttribute('x', (a.x + b.x) / 2); text.setAttribute('y', (a.y + b.y) / 2 - 4); });
  };
  let dragging = null, panning = null;
  svg.addEventListener('mousedown', ev => {
    const g = ev.target.closest('.node');
    if (g) dragging = nodes[g.dataset.id].n; else panning = {x: ev.clientX - tx, y: ev.clientY - ty};
  });
  window.addEventListener('mousemove', ev => {
    if (dragging) { const r = svg.getBoundingClientRect(); const k = svg.viewBox.baseVal.width / r.width;
      dragging.x = ((ev.clientX - r.left) * k - tx) / scale; dragging.y = ((ev.clientY - r.top) * k - ty) / scale; draw(); }
    else if (panning) { tx = ev.clientX - panning.x; ty = ev.clientY - panning.y; apply(); }
  });
  window.addEventListener('mouseup', () => { dragging = null; panning = null; });
  svg.addEventListener('wheel', ev => { ev.preventDefault(); const f = ev.deltaY < 0 ? 1.1 : 1 / 1.1;
    scale = Math.min(6, Math.max(0.2, scale * f)); apply(); }, {passive: false});
  svg.addEventListener('dblclick', ev => { const g = ev.target.closest('.node');
    if (g && window.parent !== window) window.parent.postMessage({kgEntity: g.dataset.id}, '*'); });
  draw(); apply();
  document.body.dataset.ready = 'true';
})();
"""


def to_html(view: ViewGraph, *, lang: str = "vi", title: str = "", height: int = HEIGHT) -> str:
    """One self-contained page: the data, the layout and the script inline; nothing is fetched."""
    pos = layout(view, WIDTH, HEIGHT)
    nodes = [{**n, "x": round(pos[n["id"]][0], 1), "y": round(pos[n["id"]][1], 1), "colour": GROUP_COLOURS[n["group"]]}
             for n in view.nodes]
    data = json.dumps({"nodes": nodes, "edges": view.edges, "focus": view.focus,
                       "edgeCaptions": len(view.edges) <= EDGE_CAPTION_LIMIT}, ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(f'<span><i style="background:{c}"></i>{html.escape(name)}</span>' for c, name in _legend_items(view, lang))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{html.escape(title or 'Knowledge graph view')}</title>
<style>
body{{margin:0;font-family:{FONT};background:#fff;color:#0f172a}}
header{{padding:8px 14px;font-weight:600}} #kg-svg{{width:100%;height:{height}px;display:block;user-select:none}}
.legend{{display:flex;flex-wrap:wrap;gap:12px;padding:6px 14px;font-size:13px;color:#334155}}
.legend i{{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}}
</style></head><body>
{f'<header>{html.escape(title)}</header>' if title else ''}
<svg id="kg-svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{html.escape(title)}"></svg>
<div class="legend">{legend}</div>
<script type="application/json" id="kg-data">{data}</script>
<script>{_SCRIPT}</script>
</body></html>"""
