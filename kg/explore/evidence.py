"""The sentence behind a statement: an evidence span read back from its article's text.

Article texts are the user's data (`KG_CORPUS_DIR`); a span whose article is not at hand is shown by its
reference only."""

from dataclasses import dataclass
from functools import lru_cache

from kg.explore.i18n import t
from kg.paths import corpus_dir
from kg.store.base import EvidenceSpan, GraphStore
from kg.text.sentences import sentence_at


@dataclass(frozen=True)
class Quote:
    sentence: str | None
    span: EvidenceSpan

    @property
    def reference(self) -> str:
        return f"{self.span.source} [{self.span.start}–{self.span.end}]"


@lru_cache(maxsize=64)
def _article(source_id: str) -> str | None:
    folder = corpus_dir()
    if folder is None or "/" in source_id or source_id.startswith("."):
        return None
    path = folder / f"{source_id}.txt"
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        return None


def quote(span: EvidenceSpan) -> Quote:
    text = _article(span.source)
    if not text or span.end > len(text):
        return Quote(None, span)
    found = sentence_at(text, span.start, span.end)
    return Quote(found.text if found else text[span.start:span.end], span)


def quotes(store: GraphStore, evidence_iris) -> list[Quote]:
    return [quote(span) for span in store.evidence(evidence_iris)]


def cited(span: EvidenceSpan, lang: str) -> str:
    """Where a quote is read from: headline, outlet and date."""
    return t("evidence_from", lang, headline=span.headline, outlet=_outlet(span, lang), date=span.published)


def _outlet(span: EvidenceSpan, lang: str) -> str:
    return span.outlet or t("outlet_unknown", lang)


def source_line(store: GraphStore, evidence_iris, lang: str, limit: int = 6) -> str:
    """The outlets and dates behind what a view draws, for a slide's foot."""
    seen: dict[tuple[str, str], None] = {}
    for span in store.evidence(sorted(set(evidence_iris))[:500]):
        seen.setdefault((_outlet(span, lang), span.published), None)
    items = [f"{outlet} ({published})" if published else outlet for outlet, published in sorted(seen, key=lambda k: k[1])]
    return "; ".join(items[:limit]) + (f"; … (+{len(items) - limit})" if len(items) > limit else "")
