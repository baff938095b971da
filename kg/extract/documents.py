"""Documents and programmes: which, of what type, dated, issued by whom, based on what, concluding which
meeting, adopting which programme.

    Số: 83/TB-VPCP … Hà Nội, ngày 07 tháng 3 năm 2023      the notice or decision the article itself is, and its date
    Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng   dated, issued by (written, or given by the number's code:
                                                           QĐ-TTg the Prime Minister, QĐ-UBND the province's committee)
    Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW           issued by the body written before "ban hành"
    Căn cứ Luật …; Quyết định số …                         based on (eli:based_on)
    Kết luận … tại Phiên họp thứ năm …                     the notice concludes that meeting
    Đề án 06 … được phê duyệt tại Quyết định số 06/QĐ-TTg  the programme adopted by that decision
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import DOC, ORG, PLACE, PROGRAMME, ArticleContext, EventRecord, SentenceView, Span
from kg.extract.docnumbers import DocRef
from kg.extract.lexicon import vocabulary
from kg.extract.organisations import provincial_body
from kg.model import LegalDocument, Programme
from kg.text.normalize import fold

_AFTER_NUMBER_DATE = re.compile(r"^\s*,?\s*(?:(?:ban hành|ký|dated|issued on)\s+)?(?:ngày\s+|on\s+)?$", re.IGNORECASE)
_OF = re.compile(r"^\s*,?\s*(?:của|do|by|of(?: the)?)\s+", re.IGNORECASE)
_ISSUES_BEFORE = re.compile(r"\s*(?:đã |vừa |mới )?(?:ban hành|ký ban hành|issued|adopted)\s+$", re.IGNORECASE)
_BASIS = re.compile(r"^(?:căn cứ|pursuant to|based on)\b", re.IGNORECASE)
_ADOPTS = re.compile(r"phê duyệt|approv|ban hành|về việc ban hành|adopt", re.IGNORECASE)
_PROGRAMME_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:Đề án|Chương trình|Kế hoạch|Chiến lược)(?= [^\d\s])")
_PROGRAMME_STOP = re.compile(r"^(?:được|đã|tại|theo|do|trình|ban hành|để|nhằm|với|là|cho|trong|ngày|"
                             r"phê duyệt|khi|sau|trước|nhưng|mà|từ|cũng|đặt|khép|ở|sẽ|giao|nêu|gồm|có|xác định|yêu cầu|"
                             r"đề ra|tập trung|bảo đảm|đảm bảo|hướng tới đến)$", re.IGNORECASE)
_PROGRAMME_TYPES = {"Đề án": "de-an", "Chương trình": "chuong-trinh", "Kế hoạch": "ke-hoach", "Chiến lược": "chien-luoc"}


@dataclass
class Cited:
    start: int
    end: int
    doc: str


@cache
def _type_labels() -> dict[str, str]:
    return {slug: d.label_vi for slug, d in vocabulary().doctypes.items()}


def _number_key(number: str) -> str:
    return fold(number).replace(" ", "")


_REGISTRY_NUMBERS: dict[int, dict[str, str]] = {}


def _registry_numbers(ctx: ArticleContext) -> dict[str, str]:
    key = id(ctx.registry)
    if key not in _REGISTRY_NUMBERS:
        _REGISTRY_NUMBERS[key] = {_number_key(e.number): e.id for e in ctx.registry.entities.values()
                                  if isinstance(e, LegalDocument) and e.number}
    return _REGISTRY_NUMBERS[key]


def _short_key(doctype: str | None, number: str) -> tuple:
    digits = re.match(r"0*(\d+)", number)
    return doctype, int(digits.group(1)) if digits else number


def document_for(ctx: ArticleContext, ref: DocRef) -> str | None:
    """The registry's or the article's document this reference names, else a new one."""
    if ref.number:
        known = _registry_numbers(ctx).get(_number_key(ref.number)) or ctx.lookup(ref.number, "documents")
        if known is None:
            label = f"{_type_labels().get(ref.doctype, 'Văn bản')} số {ref.number}"
            issuer = ref.issuer if ref.issuer in vocabulary().issuers else None
            known = ctx.mint(LegalDocument, label, alt=[ref.number], key=ref.number, number=ref.number,
                             doctype=ref.doctype or "van-ban", issuer_code=issuer, year=ref.year)
        ctx.numbered.setdefault(_short_key(ref.doctype, ref.number), known)
        return known
    if ref.short:
        return _short(ctx, ref)
    known = ctx.lookup(ref.name, "documents")
    if known:
        return known
    return ctx.mint(LegalDocument, ref.name, doctype=ref.doctype or "van-ban")


def _short(ctx: ArticleContext, ref: DocRef) -> str | None:
    """"Nghị quyết 57": the registry's alias, or the document of that type and number the article cites."""
    known = ctx.lookup(ref.name)
    if known:
        return known
    return ctx.numbered.get(_short_key(ref.doctype, re.search(r"\d+", ref.name).group(0)))


def issuer_by_code(ctx: ArticleContext, code: str | None) -> str | None:
    """The body a number's issuer code names: the registry's (TTg, CP, VPCP, QH), or the province's (UBND, VP)."""
    issuer = vocabulary().issuers.get(code or "")
    if issuer is None:
        return None
    if issuer.implied_body:
        return provincial_body(ctx, issuer.implied_body)
    if issuer.body_head:
        return ctx.in_focus(issuer.body_head)
    return ctx.lookup(issuer.label_vi, "organizations")


def _cited(ctx: ArticleContext, view: SentenceView) -> list[tuple[DocRef | None, Cited]]:
    out = []
    for ref in view.docs:
        doc = document_for(ctx, ref)
        if doc:
            out.append((ref, Cited(ref.start, ref.end, doc)))
    for s in view.of(DOC):
        if s.value:
            out.append((None, Cited(s.start, s.end, s.value)))
    return sorted(out, key=lambda x: x[1].start)


def _date_after(view: SentenceView, end: int):
    """The day written right after a document's number ("…/QĐ-TTg ngày 3/6/2020", "…, ban hành ngày …")."""
    for d in view.dates_from(end, 40):
        if d.kind == "day" and _AFTER_NUMBER_DATE.match(view.between(end, d.start)):
            return d
    return None


def _dated(ctx: ArticleContext, view: SentenceView, cited: Cited) -> None:
    d = _date_after(view, cited.end)
    if d is not None:
        ctx.statement(view, cited.doc, "date_document", d.value, "document-date")


def _issued(ctx: ArticleContext, view: SentenceView, ref: DocRef | None, cited: Cited) -> None:
    date = _date_after(view, cited.end)
    after = date.end if date else cited.end
    of = _OF.match(view.after(after, 20))
    by = view.org_at(after + of.end()) if of else None
    if by is None:
        issues = _ISSUES_BEFORE.search(view.before(cited.start, 30))
        by = view.org_ending(cited.start - len(issues.group(0))) if issues else None
    issuer = by.value if by else issuer_by_code(ctx, ref.issuer if ref else None)
    if issuer is None and ref is None:
        entity = ctx.entity(cited.doc)
        issuer = issuer_by_code(ctx, getattr(entity, "issuer_code", None))
    if issuer:
        ctx.statement(view, cited.doc, "passed_by", issuer, "document-issuer")


def _programme_end(ctx: ArticleContext, view: SentenceView, start: int) -> int | None:
    """Where a programme's name written after its head ends: at the last natural ending (a year or period, a
    place or body, a document, an acronym in brackets) before the clause stops, else at the first comma when
    the words before it read as a name; None when they do not."""
    ends_at = {s.end for s in view.spans_from(start, 260) if s.kind in (ORG, PLACE, DOC)}
    ends_at |= {d.end for d in view.dates_from(start, 260)}
    text = view.text
    good, first_stop, words = None, None, 0
    for w in re.finditer(r"\(([A-Z0-9][\w-]{1,12})\)|[^\s,;.()]+|[,;.()]", view.after(start, 260)):
        pos = start + w.start()
        word = w.group(0)
        if w.start() > 240 or word in (";", ".", "(", ")") or _PROGRAMME_STOP.match(word) or _PROGRAMME_HEAD.match(text, pos - view.base):
            first_stop = first_stop or pos
            break
        if word == ",":
            first_stop = first_stop or pos
            continue
        words += 1
        end = pos + len(word)
        if end in ends_at or word.startswith("(") or re.fullmatch(r"\d{4}", word):
            good = end
    if good:
        owner = re.match(r",?\s*(?:của|cho) (?:tỉnh|thành phố)(?=[\s,.;]|$)", view.after(good, 20))
        return good + owner.end() if owner else good
    if first_stop and words >= 2:
        prefix = view.text[start - view.base:first_stop - view.base].split()
        if len(prefix) >= 2 and prefix[0][:1].islower() or len(prefix) >= 2 and prefix[0][:1].isupper() and start - view.base > 0:
            return start + len(view.text[start - view.base:first_stop - view.base].rstrip())
    return None


def _programmes(ctx: ArticleContext, view: SentenceView) -> list[Span]:
    """Programmes named in the sentence: the registry's, and plans, projects and strategies written out in full."""
    found = list(view.of(PROGRAMME))
    last_end = view.base
    for m in _PROGRAMME_HEAD.finditer(view.text):
        start = view.base + m.start()
        if start < last_end or view.span_covering(start) is not None:
            continue
        end = _programme_end(ctx, view, start + len(m.group(0)) + 1)
        if end is None:
            continue
        name = view.text[m.start():end - view.base]
        if re.search(r"(?:của|cho) (?:tỉnh|thành phố)$", name):
            place = ctx.entity(ctx.home)
            if place is not None:
                name = f"{name} {place.label_vi}"
        ptype = _PROGRAMME_TYPES[m.group(0)]
        programme = ctx.lookup(name, "programmes") or ctx.mint(Programme, name, ptype=ptype)
        found.append(Span(start, end, PROGRAMME, programme, name))
        last_end = end
    return sorted(found, key=lambda s: s.start)


def extract_documents(ctx: ArticleContext, view: SentenceView, events: list[EventRecord]) -> list[tuple[int, int, str]]:
    """The sentence's documents and programmes with what the sentence says of them; returns (start, end, id)."""
    text = view.sentence.text
    cited = _cited(ctx, view)
    if re.match(r"^\s*(?:Số|No)\s*[:.]", text) and cited and ctx.this_document is None:
        ctx.this_document = cited[0][1].doc
    for ref, c in cited:
        ctx.remember(c.doc, view)
        _dated(ctx, view, c)
        if ctx.kind(c.doc) == "documents" and c.doc != ctx.this_document:
            _issued(ctx, view, ref, c)
    if ctx.this_document and _BASIS.match(text.lstrip("- ")):
        for _, c in cited:
            if c.doc != ctx.this_document and ctx.kind(c.doc) == "documents":
                ctx.statement(view, ctx.this_document, "based_on", c.doc, "based-on")
    programmes = _programmes(ctx, view)
    for p in programmes:
        ctx.remember(p.value, view)
    _adoptions(ctx, view, cited, programmes)
    _conclusions(ctx, view, cited, events)
    docs = [(c.start, c.end, c.doc) for _, c in cited] + [(p.start, p.end, p.value) for p in programmes]
    for _, _, d in docs:
        if ctx.kind(d) == "documents" and getattr(ctx.entity(d), "number", None):
            ctx.current_doc = d
    return sorted(docs)


def _adoptions(ctx: ArticleContext, view: SentenceView, cited: list, programmes: list[Span]) -> None:
    """A programme and a document close to it, with "phê duyệt" (or "ban hành") between them, or "D về P"."""
    docs = [c for _, c in cited if ctx.kind(c.doc) == "documents"]
    for p in programmes:
        if ctx.kind(p.value) != "programmes":
            continue
        for c in docs:
            lo, hi = (p.end, c.start) if p.end <= c.start else (c.end, p.start)
            if hi - lo > 120:
                continue
            between = view.between(lo, hi)
            if _ADOPTS.search(between) or c.end <= p.start and re.fullmatch(r"[^.;]{0,60}\s(?:về|on)\s*", between):
                ctx.statement(view, p.value, "adopted_by", c.doc, "programme-adopted")
                break


def _conclusions(ctx: ArticleContext, view: SentenceView, cited: list, events: list[EventRecord]) -> None:
    if not events or not re.search(r"(?i)kết luận|conclu", view.text):
        return
    notices = [c.doc for _, c in cited if getattr(ctx.entity(c.doc), "doctype", None) == "thong-bao"]
    this = ctx.entity(ctx.this_document)
    if not notices and this is not None and getattr(this, "doctype", None) == "thong-bao":
        notices = [ctx.this_document]
    for notice in notices[:1]:
        ctx.conclusions.append((notice, events[0], view))
