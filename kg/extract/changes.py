"""Renamings, mergers and foundings of organisations (and of provinces), with the document that decided them.

    Đổi tên Ban Chỉ đạo A thành Ban Chỉ đạo B · A được đổi tên thành B · kiện toàn A và đổi tên thành B
    hợp nhất A và B thành C · C được thành lập (tổ chức lại, hình thành) trên cơ sở hợp nhất A và B
    A được hợp nhất vào B · tỉnh C mới (hợp nhất từ các tỉnh A, B và C)
    X được thành lập theo Quyết định … · thành lập X · A (thành lập tại Quyết định …)
A change's date is the day it took effect ("từ ngày 01/7/2025"), else a day the clause gives, else the deciding
document's date (set once the article is read).
"""

import re

from kg.extract.context import ORG, PLACE, WINDOW, ArticleContext, SentenceView, Span
from kg.extract.events import document_date
from kg.model import ChangeEvent

_RENAMED = re.compile(r"(?i)đổi tên|renamed(?: it)?(?P<into> as| to| into|(?<= it))?")
_INTO = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:thành(?! lập| phố| viên| phần| công| tựu| ủy(?! ban))|vào|into|to|as|it)(?![\wÀ-ỹ])")
_MERGE = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:hợp nhất|sáp nhập|merg(?:ed|ing|e))(?:\s+(?:từ|với|with)(?: các (?:tỉnh|bộ|sở))?)?\s+")
_BASIS_BEFORE = re.compile(r"(?i)(?:(?:được|mới được|đã được)?\s*(?:thành lập|tổ chức lại|hình thành)\s+)?(?:trên cơ sở|từ việc|\()\s*$"
                           r"|(?:,\s*)?(?:formed|established|created|set up) (?:by|from|through)\s*$")
_JOIN = re.compile(r"\s*(?:,|và|and|,\s*và|,\s*and|with|với)\s*(?:the\s+|các\s+)?")
_LEAD_IN = re.compile(r"\s*(?:the\s+|các\s+|cả\s+|hai\s+)?(?:provinces?|tỉnh)?\s*(?:mới\s*)?(?:đã |được |were |was |has been |have been |had been )?\s*")
# "C (mới) được thành lập …, trên cơ sở hợp nhất": the body made, written before the verb
_MADE = re.compile(r"(?i)(?:mới\s+)?(?:đã\s+|mới\s+)?(?:được|was|were|has been|have been)\s+(?:thành lập|tổ chức lại|hình thành|formed|established|set up|created)")
_FOUNDED = re.compile(r"(?i)(?<!sau khi )(?<!khi )(?<!năm )(?:được |đã |vừa )?(?:thành lập|establish(?:ed|es|ing)?|set up)\s+(?:the\s+|a\s+)?")
_CLAUSE_END = re.compile(r"[;.)]|,\s*(?:đồng thời|theo|từ ngày|với|nhằm|và đổi)|\s(?:theo|từ ngày)\s")
_EFFECTIVE = re.compile(r"(?i)(?:từ|kể từ) ngày\s*$|(?:from|as of|effective)\s*$")


def _clause(view: SentenceView, start: int) -> int:
    """Where the clause that starts at an article offset ends."""
    m = _CLAUSE_END.search(view.text, start - view.base)
    return view.base + m.start() if m else view.sentence.end


def _day(ctx: ArticleContext, view: SentenceView):
    days = [d for d in view.dates if d.kind == "day" and not d.deadline and not document_date(view, d.start)]
    effective = [d for d in days if _EFFECTIVE.search(view.between(view.sentence.start, d.start))]
    return (effective or days or [None])[0]


def _decided(ctx: ArticleContext, docs, near: int | None = None) -> str | None:
    numbered = [(s, d) for s, _, d in docs if ctx.kind(d) == "documents"]
    if near is not None and numbered:
        return min(numbered, key=lambda x: abs(x[0] - near))[1]
    return numbered[0][1] if numbered else ctx.this_document


def _add(ctx, view, kind, original, resulting, docs, rule, near=None) -> None:
    original = [o for o in dict.fromkeys(original) if kind == "merger" or o not in resulting]
    if not resulting or kind == "merger" and not set(original) - set(resulting):
        return
    day = _day(ctx, view)
    ctx.add(ChangeEvent, view, rule, "c", kind=kind, original=original, resulting=resulting[:1],
            date=day.value if day else None, decided_by=_decided(ctx, docs, near))


def _joined_before(view: SentenceView, pos: int) -> list[Span]:
    """The bodies or places written just before a position and joined to each other ("A, B và C", "A and B")."""
    out: list[Span] = []
    end = pos
    for u in reversed([u for u in view.spans_before(pos, 300) if u.kind in (ORG, PLACE)]):
        gap = view.between(u.end, end)
        if out and not _JOIN.fullmatch(gap) or not out and not _LEAD_IN.fullmatch(gap):
            break
        out.insert(0, u)
        end = u.start
    return out


def _joined_after(view: SentenceView, pos: int, stop: int) -> list[Span]:
    out: list[Span] = []
    for u in view.spans_from(pos, min(WINDOW, max(1, stop - pos))):
        if u.kind not in (ORG, PLACE) or any(o.start <= u.start < o.end for o in out):
            continue
        if out and not _JOIN.fullmatch(view.between(out[-1].end, u.start)):
            break
        out.append(u)
    return out


def _mergers(ctx: ArticleContext, view: SentenceView, docs) -> dict[str, str]:
    """Mergers in the sentence; returns resulting → the merger's id of those that a renaming may continue."""
    text, base = view.text, view.base
    done = {}
    for m in list(_MERGE.finditer(text))[:16]:
        start, end = base + m.start(), base + m.end()
        clause_end = _clause(view, end)
        into = _INTO.search(text, m.end(), clause_end - base)
        target = _joined_after(view, base + into.end(), clause_end)[:1] if into else []
        after = _joined_after(view, end, base + into.start() if into else clause_end)
        before = _joined_before(view, start)
        basis = _BASIS_BEFORE.search(view.before(start, 40))
        if basis:   # "C được thành lập trên cơ sở hợp nhất A và B", "C, formed by merging A with B"
            subject = _joined_before(view, start - len(basis.group(0)))
            made = list(_MADE.finditer(view.before(start, 300)))
            if not subject and made:
                subject = _joined_before(view, start - len(view.before(start, 300)) + made[-1].start())
            originals, resulting = after, subject[-1:]
        elif target:   # "hợp nhất A và B thành C", "A được hợp nhất vào C", "A and B were merged into C"
            originals, resulting = (after or before) + target, target
        elif after and before:   # "A merged with B"
            originals, resulting = before[-1:] + after, before[-1:]
        else:
            continue
        originals = [u.value for u in originals]
        resulting = [u.value for u in resulting]
        if resulting and len(set(originals) - set(resulting)) >= 1:
            ctx.set_focus(resulting[0], pinned=True)
            _add(ctx, view, "merger", originals, resulting, docs, "merged", end)
            done[resulting[0]] = originals
    return done


def extract_changes(ctx: ArticleContext, view: SentenceView, docs) -> None:
    text, base = view.text, view.base
    orgs = [s for s in view.spans[:256] if s.kind == ORG and ctx.kind(s.value) == "organizations"]
    merged = _mergers(ctx, view, docs)
    renamed = _RENAMED.search(text)
    if renamed:
        into = _INTO.search(text, renamed.end()) if renamed.group("into") is None else renamed
        if into:
            between = [] if into is renamed else [o.value for o in orgs if renamed.end() <= o.start - base < into.start()]
            before = [o.value for o in orgs if o.end - base <= renamed.start()]
            after = [o.value for o in orgs if o.start - base >= (into.end() if into is not renamed else renamed.end())]
            original = between[:1] or before[-1:]
            if original and after and original[0] != after[0]:
                ctx.set_focus(after[0], pinned=True)
                if not between and merged:   # "… trên cơ sở hợp nhất A và B, đồng thời đổi tên thành C"
                    result, originals = next(iter(merged.items()))
                    ctx.facts = [f for f in ctx.facts if not (isinstance(f, ChangeEvent) and f.resulting == [result])]
                    _add(ctx, view, "merger", [result, *originals], after[:1], docs, "merged", base + renamed.start())
                else:
                    _add(ctx, view, "renaming", original, after[:1], docs, "renamed", base + renamed.start())
    for m in list(_FOUNDED.finditer(text))[:16]:
        written_before = m.group(0).lower().startswith(("được", "đã", "vừa")) or text[max(0, m.start() - 1):m.start()] == "("
        if written_before:
            cut = base + m.start() - (1 if text[max(0, m.start() - 1):m.start()] == "(" else 0)
            subject = [o for o in view.spans_before(cut, 200) if o.kind == ORG][-1:]
        else:
            after = base + m.end()
            listed = re.match(r"[^:;.]{0,60}:\s*", text[m.end():m.end() + 80])
            if listed:
                after += listed.end()
            subject = [o for o in view.spans_from(after, 1) if o.kind == ORG]
            if listed:
                subject = [o for o in view.spans_from(after) if o.kind == ORG]
        doc = _decided(ctx, docs, base + m.end())
        for s in subject:
            if text[max(0, m.start() - 1):m.start()] != "(":
                ctx.set_focus(s.value, pinned=True)   # the body just made is the one the text goes on about
            if s.value not in merged:   # a body made by a merger: the merger says so
                _add(ctx, view, "founding", [], [s.value], [(0, 0, doc)] if doc else [], "founded")
