"""A view with where its nodes go, and its slide: what the screen draws and what every file exports come from
here, so the two agree."""

from collections.abc import Callable

from kg.explore.evidence import source_line
from kg.explore.layout import Placed
from kg.explore.render import placement, render
from kg.explore.state import ViewState
from kg.explore.views import View, entity_view
from kg.store.base import GraphStore

Laid = tuple[View, dict[str, Placed]]


def laid_out(store: GraphStore, state: ViewState, earlier: Callable[[ViewState], Laid] | None = None) -> Laid:
    """The view of `state` and its placement. A view with nodes grown keeps the places of the view before its last
    node grew (`earlier` finds that one: a cache, say), so the same URL is always drawn the same way."""
    view = entity_view(store, state)
    if not state.expanded:
        return view, placement(view)
    before = state.but(expanded=state.expanded[:-1])
    _, kept = (earlier or (lambda s: laid_out(store, s)))(before)
    return view, placement(view, kept)


def slide(store: GraphStore, laid: Laid, fmt: str) -> bytes:
    """The view as a slide file (svg, png or html), with the outlets and dates of the evidence it draws."""
    view, placed = laid
    return render(view, placed, fmt, source_line(store, [x for e in view.edges for x in e.evidence], view.lang))
