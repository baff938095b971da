"""`kg export --format html|svg|png`: the same files the app's export buttons give."""

from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.explore.backend import EmbeddedExplorer, Explorer
from kg.explore.render import to_html, to_png, to_svg
from kg.paths import graph_dir
from kg.rdf.io import atomic_write, built_trig


@lru_cache(maxsize=2)
def embedded(trig: Path) -> EmbeddedExplorer:
    return EmbeddedExplorer(trig)


def render_view(explorer: Explorer, fmt: str, focus: str, depth: int, lang: str) -> bytes:
    view = explorer.view(focus, depth, lang)
    if not view.nodes:
        raise KgError(f"nothing to draw around {focus}")
    title = explorer.caption(focus, lang)
    if fmt == "svg":
        return to_svg(view, lang=lang, title=title).encode("utf-8")
    if fmt == "png":
        return to_png(view, lang=lang, title=title)
    return to_html(view, lang=lang, title=title).encode("utf-8")


def export_view(fmt: str, out: Path, *, focus: str | None, depth: int, lang: str) -> Path:
    if lang not in ("vi", "en"):
        raise KgError(f"--lang {lang}: use vi or en")
    if not focus:
        raise KgError(f"--format {fmt} draws a view: name its centre with --focus (an id, a name or a number)")
    explorer = embedded(built_trig(graph_dir()))
    atomic_write(out, render_view(explorer, fmt, explorer.resolve(focus), depth, lang))
    return out
