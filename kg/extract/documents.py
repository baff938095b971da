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
from kg.extract.docnumbers import PROGRAMME_SHORT, DocRef
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.extract.organisations import place_with_unit, provincial_body
from kg.extract.programmes_en import english_programmes
from kg.model import LegalDocument, Programme
from kg.text.normalize import fold



@dataclass(frozen=True)
class _Words:
    after_number_date: re.Pattern   # between a number and its date
    clause_date: re.Pattern         # … or a clause on its issuing: ", which the provincial People's Committee issued on"
    issuer_after: re.Pattern        # "… của <body>", "by <body>"
    issuer_before: re.Pattern       # "<body> ban hành …"
    basis: re.Pattern               # "Căn cứ …"
    adopts: re.Pattern
    about: re.Pattern
    programme_head: re.Pattern      # "Kế hoạch", "Đề án" written before a programme's name
    programme_types: dict[str, str]
    event_head: re.Pattern   # a programme's head that opens an event's ("Chương trình chào mừng Ngày …")
    programme_stop: re.Pattern
    programme_opener: re.Pattern     # a stop that may open a name: "Đề án xác định Chỉ số …"
    comma_pairs: re.Pattern          # "xã, phường": a pair written with a comma, one item of a name
    stop_kept: re.Pattern            # before a stop word, a word that keeps it in the name: "giai đoạn tiếp| theo"
    programme_owner_after: re.Pattern   # ", của tỉnh" after a programme's name
    programme_owner_end: re.Pattern     # a name that ends "của tỉnh" or "tỉnh" ("Đề án Chính quyền số tỉnh")
    programme_place_inside: re.Pattern  # a bare "tỉnh" before the year in a name: "Kế hoạch chuyển đổi số tỉnh năm 2026"
    topic_short: re.Pattern             # the short forms of topics a name may hold ("CĐS")
    topic_shorts: dict[str, str]        # … and what each stands for
    owned_programme: re.Pattern         # words of a name that say whose programme it is
    programme_owners: list[str]
    number_line: re.Pattern
    concludes: re.Pattern
    this_document: re.Pattern       # "Quyết định này", "this Decision": the document the article is
    continuation: re.Pattern        # after a comma, words that continue a programme's name: "định hướng đến năm 2030"
    fields: re.Pattern              # … or the rest of a list of fields closed by "và": "công nghệ, đổi mới sáng tạo và …"
    generic_programme: re.Pattern   # a kind of programme, no name: "Chương trình hành động đặt mục tiêu …"
    yearly_plan: re.Pattern         # English: "the committee's 2024 action plan", "the committee's action plan for 2024"


def _field(lex: dict) -> str:
    """One field of a list in a name: up to four words, not opening with a word that makes it a group of bodies."""
    return rf"(?!(?:{alternatives(lex['not_fields'])})\s)[^\W\d_][^\s,;.()]*(?:\s+[^\s,;.()]+){{0,3}}"


@cache
def _words() -> _Words:
    lex = lexicon("documents")
    types = vocabulary().programme_types_vi
    owner = rf"(?:{alternatives(lex['programme_owners'])}) (?:{alternatives(lex['programme_places'])})"
    this_types = [w for d in vocabulary().doctypes.values() for w in d.words_vi + d.words_en]
    return _Words(
        after_number_date=re.compile(rf"^\s*,?\s*(?:(?:{alternatives(lex['date_links'])})\s+)?(?:(?:{alternatives(lex['day_words'])})\s+)?$",
                                     re.IGNORECASE),
        clause_date=re.compile(rf"^\s*,\s*(?:{alternatives(lex['date_clauses'])})\s+(?:[^\s,;.]+\s+){{1,8}}?"
                               rf"(?:{alternatives(lex['date_links'])})\s+(?:(?:{alternatives(lex['day_words'])})\s+)?$", re.IGNORECASE),
        issuer_after=re.compile(rf"^\s*,?\s*(?:{alternatives(lex['issuer_links'])})\s+(?:the\s+)?", re.IGNORECASE),
        issuer_before=re.compile(rf"\s*(?:(?:{alternatives(lex['issuing_auxiliaries'])}) )?(?:{alternatives(lex['issuing_verbs'])})\s+$",
                                 re.IGNORECASE),
        basis=re.compile(rf"^(?:{alternatives(lex['basis_cues'])})\b", re.IGNORECASE),
        adopts=re.compile(alternatives(lex["adoption_cues"]), re.IGNORECASE),
        about=re.compile(rf"[^.;]{{0,60}}\s(?:{alternatives(lex['about'])})\s*"),
        programme_head=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(types)})(?= [^\d\s])"),
        programme_types=types,
        stop_kept=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(lex['programme_stops_kept_after'])})\s+$", re.IGNORECASE),
        comma_pairs=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(lex['comma_pairs'])})(?![\wÀ-ỹ])", re.IGNORECASE),
        programme_opener=re.compile(rf"^(?:{alternatives(lex['programme_openers'])})(?!\w)", re.IGNORECASE),
        programme_stop=re.compile(rf"^(?!(?:{alternatives(lex['programme_not_stops'])})(?!\w))(?:{alternatives(lex['programme_stops'])})(?!\w)",
                                  re.IGNORECASE),
        programme_owner_after=re.compile(rf",?\s*{owner}(?=[\s,.;]|$)"),
        programme_place_inside=re.compile(rf"{''.join(rf'(?<!{re.escape(w)} )' for w in lex['place_levels'])}(?<![\wÀ-ỹ])"
                                          rf"(?:{alternatives(lex['programme_places'])})(?= (?:năm|giai đoạn) )"),
        topic_short=re.compile(rf"(?<![\wÀ-ỹ/-])(?:{alternatives(lexicon('organisations')['registry_abbreviations'])})(?![\wÀ-ỹ/-])"),
        topic_shorts=lexicon("organisations")["registry_abbreviations"],
        programme_owner_end=re.compile(rf"(?:{owner}|{''.join(rf'(?<!{re.escape(w)} )' for w in lex['place_levels'])}(?<!\w)"
                                       rf"(?:{alternatives(lex['programme_places'])}))$"),
        owned_programme=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(lex['programme_owners'] + lex['programme_owner_words'])})(?![\wÀ-ỹ])",
                                   re.IGNORECASE),
        programme_owners=lex["programme_owners"],
        number_line=re.compile(rf"^\s*(?:{alternatives(lex['number_lines'])})\.?\s*:?\s*(?=\d)"),
        concludes=re.compile(alternatives(lexicon("events")["concludes"]), re.IGNORECASE),
        continuation=re.compile(rf"(?:{alternatives(lex['programme_continuations'])})(?!\w)", re.IGNORECASE),
        fields=re.compile(rf"(?:{_field(lex)},\s*)*{_field(lex)}\s+và\s"),
        event_head=re.compile(rf"(?:{alternatives(lexicon('events')['heads'])})(?!\w)", re.IGNORECASE),
        generic_programme=re.compile(rf"(?:{alternatives(types)}) (?:{alternatives(lex['generic_programme_words'])})"
                                     rf"(?: (?:{alternatives(lex['programme_owners'])}) [^\s]+ ?[^\s]*)?$", re.IGNORECASE),
        this_document=re.compile(rf"(?<!\w)(?:(?:{alternatives(this_types)}) (?:{alternatives(lex['this_document'])})"
                                 rf"|(?:{alternatives(lex['this_document'])}) (?:{alternatives(this_types)}))(?!\w)", re.IGNORECASE),
        yearly_plan=re.compile(rf"(?i)\bthe\s+(?P<owner>{alternatives(lex['yearly_plan_owners'])})['’]s\s+(?:(?P<year>20\d\d)\s+)?"
                               rf"(?:{alternatives(lex['yearly_plans'])})(?:\s+for\s+(?P<for>20\d\d))?(?!\w)"),
    )


_GARBLED_DATE = re.compile(r"\s*,?\s*(?:ngày|dated)\s+[\d/.\-]{3,12}(?=\s)")


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
            label = f"{_type_labels().get(ref.doctype or '', 'Văn bản')} số {ref.number}"
            issuer = ref.issuer if ref.issuer in vocabulary().issuers else None
            known = ctx.mint(LegalDocument, label, alt=[ref.number], key=ref.number, number=ref.number,
                             doctype=ref.doctype or "van-ban", issuer_code=issuer, year=ref.year)
        ctx.numbered.setdefault(_short_key(ref.doctype, ref.number), known)
        return known
    if ref.name is None:
        return None
    if ref.short:
        return _short(ctx, ref.doctype, ref.name)
    known = ctx.lookup(ref.name, "documents")
    if known:
        return known
    return ctx.mint(LegalDocument, ref.name, doctype=ref.doctype or "van-ban")


def _short(ctx: ArticleContext, doctype: str | None, name: str) -> str | None:
    """"Nghị quyết 57": the registry's alias, or the document of that type and number the article cites."""
    digits = re.search(r"\d+", name)
    doctype_entry = vocabulary().doctypes.get(doctype or "")
    plain = [f"{label} {digits.group(0)}" for label in (doctype_entry.label_vi, doctype_entry.label_en)] \
        if doctype_entry and digits else []   # "Resolution No. 57": the registry knows "Resolution 57"
    known = next((k for k in (ctx.lookup(n) for n in [name, *plain]) if k), None)
    if known:
        return known
    return ctx.numbered.get(_short_key(doctype, digits.group(0))) if digits else None


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
    out: list[tuple[DocRef | None, Cited]] = []
    for ref in view.docs:
        doc = document_for(ctx, ref)
        if doc:
            out.append((ref, Cited(ref.start, ref.end, doc)))
    for s in view.of(DOC):
        if s.registry:
            out.append((None, Cited(s.start, s.end, s.value)))
    if ctx.this_document:   # "Ban hành kèm theo Quyết định này Kế hoạch …"
        for m in _words().this_document.finditer(view.text):
            out.append((None, Cited(view.base + m.start(), view.base + m.end(), ctx.this_document)))
    return sorted(out, key=lambda x: x[1].start)


def _date_after(view: SentenceView, end: int):
    """The day written right after a document's number ("…/QĐ-TTg ngày 3/6/2020", "…, ban hành ngày …")."""
    for d in view.dates_from(end, 90):
        between = view.between(end, d.start)
        if d.kind == "day" and (_words().after_number_date.match(between) or _words().clause_date.match(between)):
            return d
    return None


def document_date(view: SentenceView, start: int) -> bool:
    """A date that belongs to a document ("Quyết định số 06/QĐ-TTg ngày 06/01/2022"), or written after its issuer
    ("Decision No. 412/QD-UBND issued by the provincial People's Committee on February 27")."""
    words = _words()
    d = view.document_ending(start)
    if d is not None and PROGRAMME_SHORT.fullmatch(d.text):
        return False   # "… triển khai Đề án 06, quý I năm 2024, …": a programme's short name has no date of its own
    if d is not None and words.after_number_date.match(view.between(d.end, start)):
        return True
    d = view.document_ending(start, 120)
    of = words.issuer_after.match(view.after(d.end, 30)) if d is not None else None
    by = view.org_at(d.end + of.end()) if d is not None and of is not None else None
    return by is not None and bool(words.after_number_date.match(view.between(by.end, start)))


def _dated(ctx: ArticleContext, view: SentenceView, cited: Cited) -> None:
    d = _date_after(view, cited.end)
    if d is None:   # "…, issued by the Politburo on December 22, 2024": the date after the issuer
        of = _words().issuer_after.match(view.after(cited.end, 30))
        by = view.org_at(cited.end + of.end()) if of else None
        d = _date_after(view, by.end) if by else None
    if d is None:   # "Ngày 30-9-2022, Ủy ban nhân dân tỉnh ban hành Quyết định số …": the day before its issuer
        issues = _words().issuer_before.search(view.before(cited.start, 30))
        by = view.org_ending(cited.start - len(issues.group(0))) if issues else None
        d = next((x for x in view.dates_before(by.start, 30) if x.kind == "day"
                  and re.fullmatch(r"\s*,?\s*", view.between(x.end, by.start))), None) if by else None
    if d is not None:
        ctx.statement(view, cited.doc, "date_document", d.value, "document-date")


def _issued(ctx: ArticleContext, view: SentenceView, ref: DocRef | None, cited: Cited) -> None:
    date = _date_after(view, cited.end)
    after = date.end if date else cited.end
    garbled = None if date else _GARBLED_DATE.match(view.after(after, 24))   # "ngày 22/12/20 của Bộ Chính trị"
    after += garbled.end() if garbled else 0
    of = _words().issuer_after.match(view.after(after, 20))
    by = view.org_at(after + of.end()) if of else None
    if by is None:
        issues = _words().issuer_before.search(view.before(cited.start, 30))
        by = view.org_ending(cited.start - len(issues.group(0))) if issues else None
    issuer = by.value if by else issuer_by_code(ctx, ref.issuer if ref else None)
    if issuer is None and ref is None:
        entity = ctx.entity(cited.doc)
        issuer = issuer_by_code(ctx, getattr(entity, "issuer_code", None))
    if issuer:
        ctx.statement(view, cited.doc, "passed_by", issuer, "document-issuer")


def _fields_follow(text: str) -> bool:
    """Whether the words after a comma go on a name's list of fields: "khoa học, công nghệ và …", or a word or
    two before the year that closes the name ("Kế hoạch kiểm tra, giám sát năm 2026 của …")."""
    listed = _words().fields.match(text) or _YEAR_CLOSES.match(text)
    return listed is not None and all(item.strip()[:1].islower() for item in listed.group(0).split(","))


def _pair_at(view: SentenceView, comma: int) -> bool:
    """Whether the comma at this offset joins a pair that stays one item of a name ("các xã, phường")."""
    before = view.before(comma, 30)
    return any(m.start() <= len(before) < m.end() for m in _words().comma_pairs.finditer(before + view.after(comma, 30)))


_YEAR_CLOSES = re.compile(r"(?:[^\W\d_][^\s,;.()]*\s+){1,3}năm\s+(?:19|20)\d{2}(?!\d)")


def _programme_end(ctx: ArticleContext, view: SentenceView, start: int) -> int | None:
    """Where a programme's name written after its head ends: at the last natural ending (a year or period, a
    place or body, a document, an acronym in brackets) before the clause stops, else at the first comma when
    the words before it read as a name; None when they do not."""
    ends_at = {s.end for s in view.spans_from(start, 260) if s.kind in (ORG, PLACE, DOC)}
    ends_at |= {d.end for d in view.dates_from(start, 260)}
    text = view.text
    words = _words()
    good, first_stop, count, end, paired = None, None, 0, start, False
    for w in re.finditer(r"\(([A-Z0-9][\w-]{1,12})\)|[^\s,;.()]+|[,;.()]", view.after(start, 260)):
        pos = start + w.start()
        word = w.group(0)
        stop = words.programme_stop.match(view.after(pos, 24)) and not (count == 0 and words.programme_opener.match(view.after(pos, 24))) \
            and not words.stop_kept.search(view.before(pos, 12))
        if w.start() > 240 or word in (";", ".", "(", ")") or stop or words.programme_head.match(text, pos - view.base):
            first_stop = first_stop or pos
            good = end if paired else good
            break
        if word == "," and _pair_at(view, pos):
            paired = True   # "các xã, phường", "văn bằng, chứng chỉ số": a pair in a name that runs on to the clause's stop
            continue
        if word == ",":
            first_stop = first_stop or pos
            if not words.continuation.match(view.after(pos + 1, 30).strip()) and not _fields_follow(view.after(pos + 1, 80).strip()):
                break   # "…, định hướng đến năm 2030" and "khoa học, công nghệ và …" run on; "…, Thủ tướng … có ý kiến" does not
            continue
        count += 1
        end = pos + len(word)
        if end in ends_at or word.startswith("(") or re.fullmatch(r"\d{4}", word):
            good = end
    if good:
        owner = words.programme_owner_after.match(view.after(good, 20))
        return good + owner.end() if owner else good
    if first_stop and count >= 2:
        prefix = view.text[start - view.base:first_stop - view.base].split()
        if len(prefix) >= 2 and prefix[0][:1].islower() or len(prefix) >= 2 and prefix[0][:1].isupper() and start - view.base > 0:
            return start + len(view.text[start - view.base:first_stop - view.base].rstrip())
    return None


def _topics_in_full(name: str) -> str:
    """A programme's name with the short forms of its topics written out ("Kế hoạch CĐS năm 2023": "Kế hoạch chuyển đổi số
    năm 2023")."""
    return _words().topic_short.sub(lambda m: _words().topic_shorts[m.group(0)], name)


def _bodies_in_full(ctx: ArticleContext, view: SentenceView, start: int, end: int, name: str) -> str:
    """A programme's name with the bodies it names by their heads alone written in full ("Chương trình hành động của
    Tỉnh ủy …" in an article about Ninh Bình is "… của Tỉnh ủy Ninh Bình …", "Kế hoạch hoạt động năm 2024 của Ủy ban"
    the National Committee's): one body's plan is not another's."""
    for s in reversed([s for s in view.spans_from(start, end - start) if s.kind == ORG and s.end <= end]):
        label = getattr(ctx.entity(s.value), "label_vi", "") or ""
        written = view.between(s.start, s.end)
        if label != written and label.startswith(written + " "):
            offset = s.start - start
            name = name[:offset] + label + name[offset + len(written):]
    return name


def _of_the_province(ctx: ArticleContext, view: SentenceView, start: int, end: int, name: str) -> str | None:
    """A year's plan named without its owner in an article about one province ("UBND tỉnh ban hành Kế hoạch chuyển đổi
    số năm 2025"): the province's, named so ("… của tỉnh Bình Định"); one province's plan is not another's."""
    place = ctx.province_in_focus()
    if (place is None or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", name) or _words().owned_programme.search(name)
            or any(s.kind in (ORG, PLACE) for s in view.spans_from(start, end - start) if s.end <= end)):
        return None
    return f"{name} {_words().programme_owners[0]} {place_with_unit(place)}"


def _numbered_document(view: SentenceView, head_end: int, end: int) -> bool:
    """Whether a programme's head is followed by nothing of a name but a document's number ("Chương trình hành động
    số 12-CTr/TU", "Action Programme No. 15-CTr/TU")."""
    doc = next((s for s in view.spans_from(head_end, end - head_end) if s.kind == DOC and s.end == end), None)
    words = view.between(head_end, doc.start).split() if doc is not None else []
    return bool(words) and len(words) <= 3 and words[-1].lower() in ("số", "no.", "no") and all(w.islower() for w in words[:-1])


_QUOTED = re.compile(r"[\"“«](?P<name>[^\"“”«»]{4,240})[\"”»]")


def _programmes(ctx: ArticleContext, view: SentenceView) -> list[Span]:
    """Programmes named in the sentence: the registry's, and plans, projects and strategies written out in full."""
    found = list(view.of(PROGRAMME))
    last_end = view.base
    for m in _words().programme_head.finditer(view.text):
        start = view.base + m.start()
        if start < last_end or view.span_covering(start) is not None:
            continue
        quoted = _QUOTED.match(view.text, m.end() + 1)   # Đề án "Tăng cường …": the name is what the quotes hold (not
        quoted = quoted if quoted and quoted["name"][:1].isupper() else None   # a slogan: Đề án "xuống tận thôn, bản")
        end = view.base + quoted.end() if quoted else _programme_end(ctx, view, start + len(m.group(0)) + 1)
        if end is None:
            continue
        name = f"{m.group(0)} {quoted['name'].strip()}" if quoted else view.text[m.start():end - view.base]
        if _words().generic_programme.match(name) or _numbered_document(view, start + len(m.group(0)), end) \
                or _words().event_head.match(name):
            continue   # "Chương trình hành động (của Tỉnh ủy)": a kind of programme, not one named; "Chương trình hành
                       # động số 12-CTr/TU": the document its number names; "Chương trình chào mừng …": an event
        home = getattr(ctx.entity(ctx.home), "label_vi", None)
        if home is not None and _words().programme_owner_end.search(name):
            name = f"{name} {home}"
        elif home is not None:   # "Kế hoạch chuyển đổi số tỉnh năm 2026": of the article's province
            name = _words().programme_place_inside.sub(rf"\g<0> {home}", name)
        written = name = _bodies_in_full(ctx, view, start, end, name)
        name = _topics_in_full(name)
        ptype = _words().programme_types[m.group(0)]
        owned = _of_the_province(ctx, view, start, end, name)
        alt = ([name] if owned else []) + ([written] if written != name else [])   # (the name as the text writes it)
        programme = (ctx.lookup(name, "programmes") or (owned and ctx.lookup(owned, "programmes"))
                     or ctx.mint(Programme, owned or name, ptype=ptype, alt=alt))
        found.append(Span(start, end, PROGRAMME, programme, name))
        last_end = end
    found += _yearly_plans(ctx, view, found)
    if ctx.language == "en":
        found += english_programmes(ctx, view, found)
    return sorted(found, key=lambda s: s.start)


def _yearly_plans(ctx: ArticleContext, view: SentenceView, found: list[Span]) -> list[Span]:
    """"the committee's 2024 action plan", "the committee's action plan for 2024": the year's plan of the body the article
    names with that word, when the registry holds it under its English name (`yearly_plan_name`)."""
    out = []
    for m in _words().yearly_plan.finditer(view.text):
        start, year = view.base + m.start(), m["year"] or m["for"]
        body = ctx.entity(ctx.named_with(m["owner"].lower()))
        if year is None or body is None or not body.label_en or any(s.start <= start < s.end for s in found):
            continue
        plan = ctx.lookup(lexicon("documents")["yearly_plan_name"].format(year=year, body=body.label_en), "programmes")
        if plan:
            out.append(Span(start, view.base + m.end(), PROGRAMME, plan, m.group(0)))
    return out


def extract_documents(ctx: ArticleContext, view: SentenceView, events: list[EventRecord]) -> list[tuple[int, int, str]]:
    """The sentence's documents and programmes with what the sentence says of them; returns (start, end, id)."""
    text = view.sentence.text
    cited = _cited(ctx, view)
    if _words().number_line.match(text) and cited and ctx.this_document is None:
        ctx.this_document = cited[0][1].doc
    for ref, c in cited:
        ctx.remember(c.doc, view)
        _dated(ctx, view, c)
        if ctx.kind(c.doc) == "documents" and c.doc != ctx.this_document:
            _issued(ctx, view, ref, c)
    if ctx.this_document and _words().basis.match(text.lstrip("- ")):
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
    proposals = set(lexicon("documents")["proposals"])   # a Tờ trình proposes what a decision adopts
    docs = [c for _, c in cited if ctx.kind(c.doc) == "documents" and getattr(ctx.entity(c.doc), "doctype", None) not in proposals]
    # a programme named by its number ("Đề án 06") is read as a citation, like a document's
    named = [(p.start, p.end, p.value) for p in programmes] + [(c.start, c.end, c.doc) for _, c in cited]
    for start, end, value in named:
        if ctx.kind(value) != "programmes":
            continue
        for c in docs:
            lo, hi = (end, c.start) if end <= c.start else (c.end, start)
            if hi - lo > 120:
                continue
            between = view.between(lo, hi)
            adopted_with = c.end <= start and not between.strip() and _words().adopts.search(view.before(c.start, 30))
            if _words().adopts.search(between) or c.end <= start and _words().about.fullmatch(between) or adopted_with:
                ctx.statement(view, value, "adopted_by", c.doc, "programme-adopted")
                break


def _conclusions(ctx: ArticleContext, view: SentenceView, cited: list, events: list[EventRecord]) -> None:
    """A notice of the conclusions of a meeting: the sentence that says so names the meeting, or it is the one in focus
    ("… đồng chí Phó Trưởng Ban kết luận như sau:")."""
    if not _words().concludes.search(view.text):
        return
    events = events or ([ctx.current_event] if ctx.current_event else [])
    if not events:
        return
    notices = [c.doc for _, c in cited if getattr(ctx.entity(c.doc), "doctype", None) == "thong-bao"]
    this = ctx.entity(ctx.this_document)
    if not notices and this is not None and getattr(this, "doctype", None) == "thong-bao":
        notices = [ctx.this_document]
    for notice in notices[:1]:
        ctx.conclusions.append((notice, events[0], view))
