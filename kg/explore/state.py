"""What a view shows, as the URL says it: the entity, depth, filters, expanded nodes, language and tab.

The query string is the view's only state, so a link, the Back and Forward buttons and an embedded
iframe all reproduce it. Everything read from the URL is validated and clamped here: a bad value is
dropped with a note, never an error page.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlsplit

from kg.errors import InputError
from kg.explore.i18n import groups
from kg.namespaces import ID

TABS = ("explore", "timeline", "paths", "measures", "query")
LANGS = ("vi", "en")
MAX_DEPTH = 3
MAX_PARAM = 300        # characters of one URL value that count
MAX_ITEMS = 60         # values of one list parameter
_NAME = re.compile(r"^[\w:./#&%+,()'’\- \u00C0-\u1EF9]+$")


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value or len(value) > MAX_PARAM or not _NAME.match(value):
        return None
    return value


def _items(value: str | None, allowed: set[str] | None = None) -> tuple[str, ...]:
    if not value:
        return ()
    out = []
    for part in value.split(",")[:MAX_ITEMS]:
        item = _text(part)
        if item and (allowed is None or item in allowed) and item not in out:
            out.append(item)
    return tuple(out)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def short_id(iri: str) -> str:
    """An entity as the URL writes it: the registry id for the project's IRIs."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


@dataclass(frozen=True)
class ViewState:
    entity: str | None = None                  # a registry id, an IRI, or a name as typed
    depth: int = 1
    kinds: tuple[str, ...] = ()                # groups shown (empty: all)
    relations: tuple[str, ...] = ()            # relationship types shown (empty: all)
    since: dt.date | None = None
    until: dt.date | None = None
    expanded: tuple[str, ...] = ()             # group nodes opened, facts shown as nodes, nodes grown by a step
    lang: str = "vi"
    tab: str = "explore"
    query: str = ""                            # the search box
    source: str | None = None                  # paths: from
    target: str | None = None                  # paths: to
    slide: bool = False
    notes: tuple[str, ...] = field(default=(), compare=False)  # what the URL asked that could not be used

    @classmethod
    def from_params(cls, params, kinds: set[str] | None = None) -> "ViewState":
        """From a mapping of query parameters (st.query_params or a dict)."""
        notes = []
        get = params.get
        depth_text = get("depth")
        depth = 1
        if depth_text is not None:
            if str(depth_text).isdigit():
                depth = min(max(int(depth_text), 1), MAX_DEPTH)
                if str(depth) != str(depth_text):
                    notes.append("depth")
            else:
                notes.append("depth")
        entity = _text(get("entity"))
        if get("entity") and entity is None:
            notes.append("entity")
        lang = get("lang") if get("lang") in LANGS else "vi"
        tab = get("tab") if get("tab") in TABS else "explore"
        return cls(
            entity=entity, depth=depth, kinds=_items(get("kinds"), kinds), relations=_items(get("rel")),
            since=_date(get("since")), until=_date(get("until")), expanded=_items(get("open")), lang=lang, tab=tab,
            query=(get("q") or "")[:MAX_PARAM], source=_text(get("from")), target=_text(get("to")),
            slide=get("slide") in ("1", "true"), notes=tuple(notes))

    def to_params(self) -> dict[str, str]:
        """The query string that reproduces this view (defaults left out)."""
        out = {
            "entity": short_id(self.entity) if self.entity else None, "depth": str(self.depth) if self.depth != 1 else None,
            "kinds": ",".join(self.kinds) or None, "rel": ",".join(self.relations) or None,
            "since": self.since.isoformat() if self.since else None, "until": self.until.isoformat() if self.until else None,
            "open": ",".join(self.expanded) or None, "lang": self.lang if self.lang != "vi" else None,
            "tab": self.tab if self.tab != "explore" else None, "q": self.query or None,
            "from": short_id(self.source) if self.source else None, "to": short_id(self.target) if self.target else None,
            "slide": "1" if self.slide else None,
        }
        return {k: v for k, v in out.items() if v}

    def with_entity(self, entity: str) -> "ViewState":
        return replace(self, entity=entity, expanded=())

    def opened(self, entity: str) -> "ViewState":
        """The view an Open button leads to: the entity in the Explore tab, nothing expanded, the search cleared."""
        return replace(self.with_entity(entity), tab="explore", query="")

    def toggled(self, item: str) -> "ViewState":
        """The same view with one node expanded, or collapsed again."""
        expanded = tuple(x for x in self.expanded if x != item) if item in self.expanded else (*self.expanded, item)
        return replace(self, expanded=expanded[-MAX_ITEMS:])

    def but(self, **changes) -> "ViewState":
        return replace(self, **changes)


def explorer_view(address: str) -> ViewState:
    """The view an explorer URL (or its query string) shows; one clear error for a value it cannot take."""
    query = urlsplit(address).query if "?" in address else address
    state = ViewState.from_params(dict(parse_qsl(query)), kinds=set(groups()))
    if state.notes:
        raise InputError(f"the view {address[:120]!r} has a value that cannot be read: {', '.join(state.notes)}")
    return state
