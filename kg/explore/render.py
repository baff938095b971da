"""A view as a slide: SVG, PNG (2×) and one self-contained interactive HTML file.

All three are a 16:9 frame (1280×720) with the view's title, the graph placed by the same seeded,
label-aware layout the screen uses, a legend of the kinds shown and a source line (the outlets and
dates of the evidence behind what is drawn). The HTML file carries Cytoscape.js (the library the
explorer draws with, MIT) inline and its data as JSON; it loads nothing and sends nothing
(`Content-Security-Policy: default-src 'none'`).
"""

import html
import json
import math
from importlib.resources import files

import cairosvg

from kg.explore.cyto import FONT, elements, stylesheet
from kg.explore.i18n import groups, kind_name, t
from kg.explore.layout import Placed, layout
from kg.explore.views import View

WIDTH, HEIGHT = 1280, 720
TITLE_BAND, FOOT_BAND = 64, 70
GRAPH_HEIGHT = HEIGHT - TITLE_BAND - FOOT_BAND
EDGE_CAPTIONS_UP_TO = 24
CYTOSCAPE = files("kg.explore") / "assets" / "cytoscape.min.js"


def placement(view: View, kept: dict[str, Placed] | None = None) -> dict[str, Placed]:
    """Where each node goes in the frame's graph area (shared by the screen and every file); `kept`: the placement
    of the view this one grew from."""
    return layout(view, WIDTH, GRAPH_HEIGHT, kept=kept)


def _shape(shape: str, x: float, y: float, r: float, attrs: str, inner: str = "") -> str:
    """An SVG element for a node of the given Cytoscape shape, with `attrs` and `inner` content."""
    regular = {"triangle": (3, -math.pi / 2), "diamond": (4, -math.pi / 2), "hexagon": (6, 0), "octagon": (8, math.pi / 8),
               "tag": (5, -math.pi / 2), "vee": (3, math.pi / 2)}
    if shape in ("rectangle", "round-rectangle", "barrel", "round-tag"):
        rx = {"rectangle": 0, "round-rectangle": r * 0.35, "barrel": r * 0.7, "round-tag": r * 0.5}[shape]
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" rx="{rx:.1f}" {attrs}>{inner}</rect>'
    if shape in regular or shape == "star":
        if shape == "star":
            points = [((1 if k % 2 == 0 else 0.45) * math.cos(-math.pi / 2 + math.pi * k / 5),
                       (1 if k % 2 == 0 else 0.45) * math.sin(-math.pi / 2 + math.pi * k / 5)) for k in range(10)]
        else:
            sides, turn = regular[shape]
            points = [(math.cos(turn + 2 * math.pi * k / sides), math.sin(turn + 2 * math.pi * k / sides)) for k in range(sides)]
        coords = " ".join(f"{x + px * r:.1f},{y + py * r:.1f}" for px, py in points)
        return f'<polygon points="{coords}" {attrs}>{inner}</polygon>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {attrs}>{inner}</circle>'


def _haloed(kind: str, attrs: str, colour: str, text: str) -> list[str]:
    """Text with a white halo under it (two elements: renderers without paint-order draw it right too)."""
    body = html.escape(text)
    return [f'<text class="halo" {attrs} fill="#ffffff" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" '
            f'aria-hidden="true">{body}</text>', f'<text class="{kind}" {attrs} fill="{colour}">{body}</text>']


def _legend(view: View) -> list[tuple[str, str, str]]:
    present = {n.group for n in view.nodes}
    return [(g.colour, g.shape, kind_name(g.label, view.lang)) for g in groups().values() if g.label in present]


def to_svg(view: View, on_screen: dict[str, Placed], sources: str = "") -> str:
    esc = html.escape
    placed = {k: Placed(p.x, p.y + TITLE_BAND, p.radius, p.font, p.width, p.caption) for k, p in on_screen.items()}
    style = {g.label: g for g in groups().values()}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'font-family="{FONT}">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#94a3b8"/></marker></defs>',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
             f'<text class="title" x="28" y="42" font-size="24" font-weight="600" fill="#0f172a">{esc(view.title)}</text>']
    for e in view.edges:
        a, b = placed.get(e.source), placed.get(e.target)
        if a is None or b is None:
            continue
        angle = math.atan2(b.y - a.y, b.x - a.x)
        x2, y2 = b.x - math.cos(angle) * (b.radius + 2), b.y - math.sin(angle) * (b.radius + 2)
        width = 2.4 if e.fact else 1.6
        parts.append(f'<line x1="{a.x:.1f}" y1="{a.y:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#94a3b8" '
                     f'stroke-width="{width}" marker-end="url(#arrow)"><title>{esc(e.caption)}</title></line>')
    if len(view.edges) <= EDGE_CAPTIONS_UP_TO:
        for e in view.edges:
            a, b = placed.get(e.source), placed.get(e.target)
            if a and b:
                parts += _haloed("edge-label", f'x="{(a.x + b.x) / 2:.1f}" y="{(a.y + b.y) / 2 - 3:.1f}" '
                                 'font-size="10" text-anchor="middle"', "#475569", e.caption)
    for n in view.nodes:
        p = placed[n.id]
        group = style.get(n.group, style["Resource"])
        if n.focus:
            stroke = 'stroke="#0f172a" stroke-width="3"'
        elif n.members:
            stroke = 'stroke="#334155" stroke-width="2" stroke-dasharray="3 2"'
        else:
            stroke = 'stroke="#ffffff" stroke-width="1.5"'
        parts.append(_shape(group.shape, p.x, p.y, p.radius,
                            f'class="node" data-id="{esc(n.id)}" fill="{group.colour}" {stroke}', f"<title>{esc(n.full)}</title>"))
        weight = ' font-weight="600"' if n.focus else ""
        if p.caption:
            parts += _haloed("node-label", f'x="{p.x:.1f}" y="{p.y + p.radius + 4 + p.font:.1f}" font-size="{p.font}"{weight} '
                             'text-anchor="middle"', "#0f172a", p.caption)
    y = HEIGHT - FOOT_BAND + 22
    parts.append(f'<line x1="24" y1="{HEIGHT - FOOT_BAND + 4}" x2="{WIDTH - 24}" y2="{HEIGHT - FOOT_BAND + 4}" stroke="#e2e8f0"/>')
    x = 28.0
    for colour, shape, name in _legend(view):
        parts.append(_shape(shape, x + 6, y - 4, 6, f'fill="{colour}"'))
        parts.append(f'<text class="legend" x="{x + 17:.0f}" y="{y}" font-size="12.5" fill="#334155">{esc(name)}</text>')
        x += 34 + len(name) * 7.4
    if sources:
        parts.append(f'<text class="sources" x="28" y="{HEIGHT - 14}" font-size="11.5" fill="#64748b">'
                     f'{esc(t("sources", view.lang))}: {esc(sources)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def to_png(view: View, placed: dict[str, Placed], sources: str = "", scale: float = 2.0) -> bytes:
    return cairosvg.svg2png(bytestring=to_svg(view, placed, sources).encode("utf-8"), scale=scale)


_SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const cy = cytoscape({container: document.getElementById('kg-graph'), elements: data.elements, style: data.style,
                        layout: {name: 'preset', fit: true, padding: 24}, wheelSensitivity: 0.3,
                        boxSelectionEnabled: true});
  const info = document.getElementById('kg-info');
  cy.on('tap', 'node', ev => { const d = ev.target.data(); info.textContent = d[data.nameField] + ' · ' + d.label; });
  cy.on('tap', 'edge', ev => { info.textContent = ev.target.data('label'); });
  document.getElementById('kg-fit').addEventListener('click', () => cy.fit(undefined, 24));
  document.body.dataset.ready = 'true';
})();
"""


def to_html(view: View, placed: dict[str, Placed], sources: str = "") -> str:
    esc = html.escape
    data = json.dumps({"elements": elements(view, placed), "style": stylesheet(), "nameField": t("name_field", view.lang)},
                      ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(f'<span><i style="background:{c}"></i>{esc(name)}</span>' for c, _, name in _legend(view))
    library = CYTOSCAPE.read_text(encoding="utf-8").replace("</script", "<\\/script")
    source_line = f'<p class="sources">{esc(t("sources", view.lang))}: {esc(sources)}</p>' if sources else ""
    return f"""<!DOCTYPE html>
<html lang="{view.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{esc(view.title)}</title>
<style>
body{{margin:0;font-family:{FONT};background:#fff;color:#0f172a}}
.frame{{width:{WIDTH}px;max-width:100%;margin:0 auto;aspect-ratio:16/9;display:flex;flex-direction:column}}
header{{display:flex;align-items:center;gap:16px;padding:14px 28px 4px;font-size:24px;font-weight:600}}
header button{{margin-left:auto;font-size:13px;padding:4px 10px}}
#kg-graph{{flex:1;min-height:0}}
footer{{border-top:1px solid #e2e8f0;padding:6px 28px;font-size:12.5px;color:#334155}}
.legend{{display:flex;flex-wrap:wrap;gap:14px}}
.legend i{{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:5px;vertical-align:-1px}}
.sources{{margin:4px 0 0;color:#64748b;font-size:11.5px}} #kg-info{{font-size:13px;font-weight:400;color:#334155}}
</style></head><body>
<div class="frame">
<header><span>{esc(view.title)}</span><span id="kg-info"></span>
<button id="kg-fit" type="button">{esc(t("fit", view.lang))}</button></header>
<div id="kg-graph" role="img" aria-label="{esc(view.title)}"></div>
<footer><div class="legend">{legend}</div>{source_line}</footer>
</div>
<script type="application/json" id="kg-data">{data}</script>
<script>{library}</script>
<script>{_SCRIPT}</script>
</body></html>"""


def render(view: View, placed: dict[str, Placed], fmt: str, sources: str = "") -> bytes:
    """The view, placed as the screen places it, as an svg, png or html file."""
    if fmt == "svg":
        return to_svg(view, placed, sources).encode("utf-8")
    if fmt == "png":
        return to_png(view, placed, sources)
    return to_html(view, placed, sources).encode("utf-8")
