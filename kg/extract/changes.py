"""Renamings, mergers and foundings of organisations (and of provinces), with the document that decided them.

    Đổi tên Ban Chỉ đạo A thành Ban Chỉ đạo B · A được đổi tên thành B · kiện toàn A và đổi tên thành B
    hợp nhất A và B thành C · C được thành lập (tổ chức lại, hình thành) trên cơ sở hợp nhất A và B
    A được hợp nhất vào B · tỉnh C mới (hợp nhất từ các tỉnh A, B và C)
    X được thành lập theo Quyết định … · thành lập X · A (thành lập tại Quyết định …)
    giải thể X · chấm dứt hoạt động của X · X bị giải thể · A và B kết thúc hoạt động · X was dissolved
A change's date is the day it took effect ("từ ngày 01/7/2025"), else a day the clause gives, else the deciding
document's date (set once the article is read).
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import ORG, PERSON, PLACE, WINDOW, ArticleContext, SentenceView, Span
from kg.extract.dates import DateMention
from kg.extract.documents import document_date
from kg.extract.lexicon import alternatives, lexicon
from kg.extract.organisations import place_with_unit
from kg.model import ChangeEvent, Place

_W = r"[\wÀ-ỹ]"   # a letter of a word


@dataclass(frozen=True)
class _Words:
    renamed: re.Pattern     # "đổi tên", "renamed (it) (as)"
    reorganised: re.Pattern  # "tổ chức lại A thành B": a renaming when "thành" follows in the clause
    new_name: re.Pattern    # after a merger's clause, the name the merged body takes: "…, tỉnh mới lấy tên là C"
    founded_apposed: re.Pattern   # English: after a founding's verb written as an aside on a body ("…, set up under …")
    passive: re.Pattern     # before the verb of a renaming that names the new body right after it: "A was renamed B"
    agent_before: re.Pattern   # before the body that acts in a passive: "A vừa được UBND tỉnh đổi tên thành B"
    renamed_from: re.Pattern    # after the verb, the old name: "B được đổi tên từ A"
    became: re.Pattern      # "A has become the B", "A was reorganised into the B": A renamed, the new body right after
    became_gap: re.Pattern  # between the body and that verb: auxiliaries and adverbs
    apposed: re.Pattern     # between a body and a merger's verb, an aside: "C, cơ quan được hợp nhất từ A và B"
    pronoun: re.Pattern     # after "into", a word that stands for a body the sentence named: "B was merged into it"
    pronoun_before: re.Pattern   # … and before the verb: "A … until it was merged into B"
    founded_aside: re.Pattern   # between a body and a dissolution's verb: "A được thành lập tại Quyết định … chấm dứt hoạt động"
    of_places: re.Pattern   # after a merger's verb, one name of the bodies of several places: "ba Sở Y tế của A, B và C"
    whole_basis: re.Pattern     # a basis that is the bodies themselves: "trên cơ sở (tổ chức lại) A và B", not "tiếp nhận … từ A"
    referred: re.Pattern    # before a merger's verb, words that stand for bodies named before: "that ministry", "hai sở"
    counted_units: re.Pattern   # before or after a merger's verb, the number of places merged: "hai tỉnh", "the two provinces"
    into: re.Pattern        # "thành", "vào", "into" (a candidate: see `_into`)
    not_into: tuple[str, ...]
    into_new: frozenset[str]      # of the words before it, those that lead to a body the change makes
    into_made: re.Pattern       # between "into" and the result, a word making it new: "into a single body, the …"
    into_apposed: re.Pattern    # a description a merger's result is apposed to: "into a single body, the …"
    into_despite: tuple[str, ...]
    merge: re.Pattern
    setting: re.Pattern         # before a place, the words that make it where the sentence is set: "tại"
    basis_after: re.Pattern     # after a verb of founding, before the one body it is made from: "trên cơ sở"
    basis_before: re.Pattern
    basis_filler: re.Pattern    # between "trên cơ sở" and the body: what is taken from it ("kết thúc hoạt động của")
    join: re.Pattern
    lead_in: re.Pattern
    made_verb: re.Pattern   # the verb alone: "tỉnh A mới hình thành", "A was formed"
    made: re.Pattern        # "C (mới) được thành lập …": the body made, written before the verb
    merging_with: frozenset[str]
    founded: re.Pattern
    founded_after: re.Pattern   # "được thành lập": the body made is written before the verb
    founded_subject_en: re.Pattern   # English: between the body made and "was set up": ", which", "it", an aside
    clause_end: re.Pattern
    effective: re.Pattern
    place_reference: re.Pattern  # before a merger's verb, words that stand for the place in focus: "the (port) city"
    place_reference_after: re.Pattern   # … and after "into": "B and C were merged into the city"
    place_possessive: re.Pattern  # before a merger's verb, with places after it: "after its merger with B and C"
    former_name: re.Pattern     # between a body and its former name: "B, which until 2023 operated as A"
    list_opening: re.Pattern    # the words before the bodies a founding lists: "…: ", "… gồm: "
    item_lead: re.Pattern       # before the body an item of a list opens with: spaces, a dash, "và"
    counted: re.Pattern         # after a founding verb, a number of bodies: "thành lập 3 tổ công tác"
    dissolving: re.Pattern      # "giải thể" (the bodies ended written after it), "bị giải thể" (before it)
    hypothetical: re.Pattern    # before a dissolution's verb, words that make it no fact yet: "dự kiến", "sẽ"
    parent_link: re.Pattern     # between a body and the body it belongs to: "thuộc"
    cited: re.Pattern           # before a founding's verb in its clause, a basis cited: "Căn cứ Quyết định … thành lập …"
    named_next: re.Pattern      # between a passive renaming's verb and the new name: "was renamed (as) (the)"
    until: re.Pattern           # after a name "known as", the words that make it a former one: "until"


@cache
def _words() -> _Words:
    lex = lexicon("changes")
    made_verbs, made_aux = alternatives(lex["made_verbs"]), alternatives(lex["made_auxiliaries"])
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in lex["not_founding_after"])
    not_former = "".join(f"(?<!\\({re.escape(w)})" for w in lex["former_marks"])   # "A (cũ), B": no bracket that ends a clause
    return _Words(
        renamed=re.compile(rf"(?i)(?:{alternatives(lex['renaming'])})(?: it)?(?P<into> (?:{alternatives(lex['renamed_into'])})|(?<= it))?"),
        reorganised=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lex['reorganising'])})(?P<into>)??(?=\s+[^,;:.()]{{4,160}}?\s"
                               rf"(?!(?:{alternatives(lex['not_into'])})(?!\w))(?:{alternatives(lex['reorganised_into'])})\s)"),
        agent_before=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lex['agent_before'])})\s+$"),
        passive=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lex['renamed_passive'])})\s+"
                           rf"(?:(?:{alternatives(lex['passive_adverbs'])})\s+)?$"),
        new_name=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lex['new_name'])})\s+"),
        became=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['became'])})(?!{_W})"),
        became_gap=re.compile(rf"(?i)\s*(?:,[^,;.]{{1,80}},\s*)?(?:(?:{alternatives(lex['lead_auxiliaries'] + lex['passive_adverbs'])})\s*)*"),
        apposed=re.compile(rf"(?i)\s*(?:,\s*(?:{alternatives(lex['appositions'])})\s+|\(\s*)(?:(?:{alternatives(lex['lead_auxiliaries'])})\s+){{0,2}}"),
        pronoun=re.compile(rf"(?i)\s*(?:{alternatives(lex['body_pronouns'])})(?!{_W})"),
        pronoun_before=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['body_pronouns'])})\s+"
                                  rf"(?:(?:{alternatives(lex['lead_auxiliaries'])})\s+)*$"),
        founded_aside=re.compile(rf"(?i)^\s*(?:{alternatives(lex['founding_passive'])})\s+(?:{alternatives(lex['founding'])})\s[^,;:.]*$"),
        of_places=re.compile(rf"\s*(?:(?:{alternatives(lexicon('time')['month_counts'])}|{alternatives(lex['lead_ins'])})\s+)?"
                             rf"(?P<name>[A-ZĐÀ-Ỹ][^;:()]{{3,160}}?)\s+(?:{alternatives(lex['of_places'])})\s+(?:(?:(?P<m>{alternatives(lexicon('time')['month_counts'])})"
                             rf"|{alternatives(lex['lead_ins'])})\s+)?(?:(?P<unit>{alternatives(lex['lead_units'])})(?!{_W}))?\s*"),
        whole_basis=re.compile(rf"(?i)\s*(?:{alternatives(lex['on_basis_of'])})\s+(?:(?:{alternatives(lex['whole_fillers'])})\s+)?(?=(?-i:[A-ZĐÀ-Ỹ]))"),
        referred=re.compile(rf"(?i)(?<!{_W})(?:(?P<det>{alternatives(lex['referring_determiners'])})\s+)?(?:(?P<n>{alternatives(lexicon('time')['month_counts'])})\s+)?"
                            rf"(?P<head>{alternatives(list(lex['referred_heads']))})(?:\s+(?P<after>{alternatives(lex['referring_after'])}))?"
                            rf"\s+(?:(?:{alternatives(lex['lead_auxiliaries'])})\s+)*$"),
        counted_units=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['lead_ins'])}\s+)?(?P<n>{alternatives(lexicon('time')['month_counts'])})"
                                 rf"\s+(?:{alternatives(lex['lead_units'])})(?!{_W})"),
        renamed_from=re.compile(rf"(?i)\s+(?:{alternatives(lex['renamed_from'])})\s+(?:(?:{alternatives(lex['articles'])})\s+)?"),
        into=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['into'])})(?!{_W})"),
        not_into=tuple(w.casefold() for w in lex["not_into"]),
        into_new=frozenset(w.casefold() for w in lex["into_new"]),
        into_made=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['into_made'])})(?!{_W})"),
        into_apposed=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['into_apposed'])})\s*$"),
        into_despite=tuple(w.casefold() for w in lex["into_despite"]),
        merge=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['merging'])})(?:\s+(?P<from>{alternatives(lex['merging_from'])})"
                         rf"(?: (?:{alternatives(lex['lead_ins'])}) (?:{alternatives(lex['merged_units'])}))?)?(?:\s+|(?=[;,.]))"),
        setting=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lexicon('organisations')['place_prepositions'])})\s+$"),
        basis_after=re.compile(rf"(?i)\s*(?:{alternatives(lex['on_basis_of'])})\s+"),
        basis_before=re.compile(rf"(?i)(?:(?:{made_aux})?\s*(?:{made_verbs})\s+)?(?:{alternatives(lex['on_basis_of'])}|\()\s*$"
                                rf"|(?:,\s*)?(?:{made_verbs})(?: (?:{alternatives(lex['made_under'])}) [^;]{{1,120}}?)? "
                                rf"(?:{alternatives(lex['made_by'])})\s*$"),
        basis_filler=re.compile(rf"(?:[^\W\dA-ZĐ]+\s+){{0,{lex['basis_filler_words']}}}"),
        join=re.compile(rf"\s*(?:\((?:{alternatives(lex['former_marks'])})\)\s*)?(?:(?:{alternatives(lex['lead_units'])})\s*)?"
                        rf"(?:,\s*(?:{alternatives(lex['joins'])})|{alternatives(lex['joins'])})\s*"
                        rf"(?:(?:{alternatives(lex['join_articles'])})\s+)?"),
        lead_in=re.compile(rf"\s*(?:(?:{alternatives(lex['lead_ins'])})\s+)?(?:{alternatives(lex['lead_units'])})?\s*"
                           rf"(?:(?:{alternatives(lex['lead_auxiliaries'])})\s*){{0,3}}\s*"),   # (", which were merged")
        merging_with=frozenset(w.casefold() for w in lex["merging_with"]),
        made_verb=re.compile(rf"(?i)(?<!\w)(?:{made_verbs})(?!\w)"),
        made=re.compile(rf"(?i)(?:(?:{alternatives(lex['made_adverbs'])})\s+)*(?:{made_aux})\s+(?:[^\s,;.]+\s+){{0,4}}?(?:{made_verbs})"),
        founded=re.compile(rf"(?i){not_after}(?:(?:{alternatives(lex['founding_auxiliaries'])}) )?(?:{alternatives(lex['founding'])})\s+"
                           rf"(?:(?:{alternatives(lex['articles'])})\s+)?"),
        founded_after=re.compile(rf"(?i)(?:{alternatives(lex['founding_passive'])}) "),
        founded_apposed=re.compile(rf"(?i)(?:{alternatives(lex['founded_apposed_en'])})(?!\w)"),
        founded_subject_en=re.compile(rf"(?i)\s*(?:(?:,\s*)?(?:{alternatives(lex['founded_subject_links_en'])})\s*|,[^,;.]{{1,80}},\s*)?"),
        clause_end=re.compile(rf"[;.]|{not_former}\)|,\s*(?:{alternatives(lex['clause_ends'])})|\s(?:{alternatives(lex['clause_ends_inline'])})\s"),
        effective=re.compile(rf"(?i)(?:{alternatives(lex['effective'])})\s*$"),
        place_reference=re.compile(rf"(?i)(?<!\w)(?:(?:{alternatives(lex['place_determiners'])})\s+(?:[a-z]+\s+)?)?"
                                   rf"(?:{alternatives(lex['place_references'])})\s+(?:(?:{alternatives(lex['lead_auxiliaries'])})\s+)?$"),
        place_possessive=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lex['place_possessives'])})\s+$"),
        place_reference_after=re.compile(rf"(?i)\s*(?:{alternatives(lex['place_determiners'])})\s+(?:[a-z]+\s+)?"
                                         rf"(?:{alternatives(lex['place_references'])})(?!\w)"),
        former_name=re.compile(rf"(?i)(?<!\w)(?:(?P<until>{alternatives(lex['former_names_until'])})|{alternatives(lex['former_names'])})\s+"
                               rf"(?:(?:{alternatives(lex['articles'])})\s+)?"),
        list_opening=re.compile(rf"(?i)[^:;.]{{0,80}}?(?::|(?<!\w)(?:{alternatives(lex['list_openers'])})(?!\w)\s*:?)\s*"),
        item_lead=re.compile(rf"(?i)\s*(?:[-–•+*]\s*)?(?:(?:{alternatives(lex['joins'])})\s+)?"),
        counted=re.compile(rf"(?i)\s*(?:\d{{1,2}}|{alternatives(lexicon('time')['month_counts'])})\s+\w"),
        dissolving=re.compile(rf"(?i)(?<!{_W})(?:(?P<after>{alternatives(lex['dissolving'])})|(?P<before>{alternatives(lex['dissolved'])}))"
                              rf"(?!{_W})(?:\s+(?:{alternatives(lex['articles'] + lex['join_articles'])})(?!{_W}))?\s*"),
        hypothetical=re.compile(rf"(?i)(?<!{_W})(?:{alternatives(lex['not_yet'])})\s+(?:[\wÀ-ỹ]+\s+)?$"),
        parent_link=re.compile(rf"(?i)\s*(?:{alternatives(lexicon('organisations')['parent_links'])})\s*"),
        until=re.compile(rf"(?i)\s*,?\s*(?:{alternatives(lex['until'])})(?!\w)"),
        named_next=re.compile(rf"(?i)\s*(?:(?:{alternatives(lex['renamed_into'])})\s+)?(?:(?:{alternatives(lex['articles'])})\s+)?"),
        cited=re.compile(rf"(?i)(?<!\w)(?:{alternatives(lexicon('documents')['basis_cues'])})(?!\w)[^;]*$"),
    )


_POSSESSIVE = re.compile(r"\w+['’]s\s+")


def _into(view: SentenceView, start: int, end: int | None = None) -> re.Match | None:
    """The first word from `start` on that leads to the body a change makes ("thành", "vào", "into"), not
    the first syllable of another word ("thành lập", "thành phố") nor a word of a name ("phường Tân Thành")."""
    words, text = _words(), view.text
    for m in words.into.finditer(text, start, len(text) if end is None else end):
        ahead = text[m.start():m.start() + 24].casefold()
        if (not ahead.startswith(words.not_into) or ahead.startswith(words.into_despite)) and (
                view.span_covering(view.base + m.start()) is None):
            return m
    return None


def _clause(view: SentenceView, start: int) -> int:
    """Where the clause that starts at an article offset ends."""
    m = _words().clause_end.search(view.text, start - view.base)
    return view.base + m.start() if m else view.sentence.end


def _day(ctx: ArticleContext, view: SentenceView) -> DateMention | None:
    days = [d for d in view.dates if d.kind == "day" and not d.deadline and not document_date(view, d.start)]
    effective = [d for d in days if _words().effective.search(view.between(view.sentence.start, d.start))]
    chosen = effective or days
    return chosen[0] if chosen else None


def _decided(ctx: ArticleContext, docs, near: int | None = None) -> str | None:
    numbered = [(s, d) for s, _, d in docs if ctx.kind(d) == "documents"]
    if near is not None and numbered:
        return min(numbered, key=lambda x: abs(x[0] - near))[1]
    return numbered[0][1] if numbered else ctx.this_document


def _add(ctx, view, kind, original, resulting, docs, rule, near=None) -> None:
    original = [o for o in dict.fromkeys(original) if kind == "merger" or o not in resulting]
    if not (original if kind == "dissolution" else resulting) or kind == "merger" and not set(original) - set(resulting):
        return
    if kind in ("renaming", "merger"):   # a body renamed or merged into another is no longer what a bare head stands for
        ctx.renamed_away.update(o for o in original if o not in resulting)
    day = _day(ctx, view)
    ctx.add(ChangeEvent, view, rule, "c", kind=kind, original=original, resulting=resulting[:1],
            date=day.value if day else None, decided_by=_decided(ctx, docs, near))


def _joined_before(view: SentenceView, pos: int) -> list[Span]:
    """The bodies or places written just before a position and joined to each other ("A, B và C", "A and B")."""
    out: list[Span] = []
    end = pos
    units = [u for u in view.spans_before(pos, 300) if u.kind in (ORG, PLACE)]
    outer = [u for u in units if not any(o is not u and o.start <= u.start and u.end <= o.end for o in units)]
    for u in reversed(outer):   # a body, not the place its name ends with
        gap = view.between(u.end, end)
        if out and not _words().join.fullmatch(gap) or not out and not _words().lead_in.fullmatch(gap):
            break
        if u.kind == PLACE and _words().setting.search(view.before(u.start, 12)):
            break   # "Ngày 1/3, tại tỉnh A, B và C hợp nhất …": where it happens, not what merges
        out.insert(0, u)
        end = u.start
    return out


def _place_in_focus(ctx: ArticleContext, view: SentenceView, pos: int, after: list[Span]) -> list[Span]:
    """"the city absorbed …", "since the port city merged with …", "after its merger with B and C" (places): the place
    the text is about, as a merger's subject."""
    words = _words()
    written = words.place_reference.search(view.before(pos, 40)) or (
        words.place_possessive.search(view.before(pos, 40)) if after and all(u.kind == PLACE for u in after) else None)
    if written is None:
        return []
    here = _place_referred(ctx, view, pos, written.group(0))
    return [Span(pos - len(written.group(0)), pos, PLACE, here, written.group(0))] if here else []


def _place_referred_after(ctx: ArticleContext, view: SentenceView, pos: int, merged: list[Span]) -> list[Span]:
    """"B and C were merged into the city": the place in focus, written after "into", that the others merged into."""
    written = _words().place_reference_after.match(view.text, pos - view.base)
    if written is None:
        return []
    here = _place_referred(ctx, view, pos, written.group(0), {u.value for u in merged})
    return [Span(pos, view.base + written.end(), PLACE, here, written.group(0))] if here else []


def _place_referred(ctx: ArticleContext, view: SentenceView, pos: int, written: str, besides=frozenset()) -> str | None:
    """The place words such as "the city" stand for: the place of that kind the sentence named last before them
    (not one of those merged), else the article's."""
    kind = "city" if "city" in written.lower() else None

    def of_kind(place: str | None) -> bool:   # (a commune or ward is no province: "the province" is not one)
        its = getattr(ctx.entity(place), "kind", None)
        return its != "local" and (kind is None or its == kind)
    named = [s.value for s in view.spans_before(pos) if s.kind == PLACE and s.value not in besides and of_kind(s.value)]
    home = ctx.home if kind is None or getattr(ctx.entity(ctx.home), "kind", None) == kind else None
    return named[-1] if named else home


def _former_names(ctx: ArticleContext, view: SentenceView, docs) -> None:
    """"B, which until 2023 operated as A", "B (tiền thân là A)", "B, known as A until March": B is A renamed."""
    for m in list(_words().former_name.finditer(view.text))[:8]:
        at = view.base + m.end()
        old = view.org_at(at)
        if old is not None and m["until"] and not _words().until.match(view.after(old.end, 12)):
            continue   # "a project known as X" names it; "known as X until 2023" gives its former name
        new = next((o for o in reversed(view.spans_before(view.base + m.start(), 120)) if o.kind == ORG), None)
        if old is not None and new is not None and old.value != new.value and ctx.kind(old.value) == "organizations":
            _add(ctx, view, "renaming", [old.value], [new.value], docs, "renamed", at)


def _before_aside(view: SentenceView, pos: int, joined: bool = False) -> int:
    """Where an aside in brackets written right before a position opens ("C (gọi tắt là Ban Chỉ đạo) trên cơ sở …"; with
    `joined`, also before a join: "A (được thành lập theo …) và đổi tên …")."""
    before = view.before(pos, 200 if joined else 120)
    aside = re.search(r"\([^()]*\)\s*(?:(?:và|and)\s*)?$" if joined else r"\([^()]*\)\s*$", before)
    return pos - len(before) + aside.start() if aside else pos


def _right_after(view: SentenceView, pos: int, start: int) -> bool:
    """Whether a body at `start` is the one written right after `pos`, past a few words ("into a new province named …"),
    or a description it is apposed to ("into a single body, the Administration of …")."""
    between = view.between(pos, start)
    described, _, rest = between.partition(",")
    if rest and not re.search(r"[,;:]", rest) and len(rest.split()) <= 1 and len(described.split()) <= 4 \
            and described.split() and _words().into_apposed.search(described):
        return True
    return not re.search(r"[,;:]", between) and len(between.split()) <= 5


def _joined_after(view: SentenceView, pos: int, stop: int) -> list[Span]:
    out: list[Span] = []
    for u in view.spans_from(pos, min(WINDOW, max(1, stop - pos))):
        if u.kind not in (ORG, PLACE) or any(o.start <= u.start < o.end for o in out):
            continue
        if u.kind == ORG and out and out[-1].kind == PLACE and not view.between(out[-1].end, u.start).strip():
            out[-1] = u   # "the Ha Tinh Provincial Steering Committee …": the body English news names after its province
            continue
        if out and not _words().join.fullmatch(view.between(out[-1].end, u.start)):
            break
        out.append(u)
    return out


def _mergers(ctx: ArticleContext, view: SentenceView, docs) -> dict[str, list[str]]:
    """Mergers in the sentence; returns resulting → the originals of those that a renaming may continue."""
    text, base = view.text, view.base
    done: dict[str, list[str]] = {}
    words = _words()
    for m in list(words.merge.finditer(text))[:16]:
        start, end = base + m.start(), base + m.end()
        clause_end = _clause(view, end)
        into = _into(view, m.end(), clause_end - base)
        target = _joined_after(view, base + into.end(), clause_end)[:1] if into else []
        if into and target and not _right_after(view, base + into.end(), target[0].start):
            target = []   # "… merged into a new Department of X, while the Y …": the body made is not one recognised
        if next((u.kind for u in view.spans_from(end, 40)), None) == PERSON:
            continue   # "He took over from A, …": a post taken from a person, no body merged
        # a verb that ends its clause ("… hợp nhất;", "sau sắp xếp, tỉnh …") merges only what was written before it
        after = _joined_after(view, end, base + into.start() if into else clause_end) if m.group(0)[-1:].isspace() else []
        before = _joined_before(view, start) or _place_in_focus(ctx, view, start, after) or _apposed_before(view, start)
        referred = [] if before else _bodies_referred(ctx, view, start)   # "… until March 1, when that ministry was merged into …"
        before = before or referred
        if not before and after and after[0].kind == ORG and words.place_possessive.search(view.before(start, 40)):
            before = _pronoun_body(ctx, view, start, after[0])   # "since its merger with the Ministry of B"
        if before and before[-1].kind == ORG and after and all(u.kind == PLACE for u in after):
            # "C (được hợp nhất từ Trung tâm C của hai tỉnh A và B)": the places' bodies of that name
            after = _bodies_of_places(ctx, view, end, clause_end, before[-1]) or after
        if into and not target:
            target = _place_referred_after(ctx, view, base + into.end(), before + after)
        if not before and (target or after) and words.pronoun_before.search(view.before(start, 30)):
            # "A … until it was merged into B", "the ministry … since it absorbed the former B"
            before = _pronoun_body(ctx, view, start, (target or after)[0])
        if into and not target and (before or after) and words.pronoun.match(text, into.end()):
            target = _pronoun_body(ctx, view, (before or after)[0].start, (before or after)[0])   # "B was merged into it"
        basis = words.basis_before.search(view.before(start, 120))
        if basis:   # "C được thành lập trên cơ sở hợp nhất A và B", "C, formed by merging A with B"
            cut = start - len(basis.group(0))   # (past a name that ends with the basis's first word: "Ban Chỉ đạo mới| được …")
            subject = _joined_before(view, _before_aside(view, max([cut] + [u.end for u in view.spans if u.start < cut < u.end])))
            subject = subject or [u for u in before if u.start >= cut]   # "after its merger with B": the place in focus
            made = list(words.made.finditer(view.before(start, 300)))
            made_at = start - len(view.before(start, 300)) + made[-1].start() if made else None
            if made_at is not None and (not subject or subject[-1].start > made_at):
                # "Ban Chỉ đạo kể từ khi được thành lập theo Quyết định … của Thủ tướng, trên cơ sở hợp nhất A, B": the
                # body made is written before its verb, not the issuer of the decision that made it
                subject = _joined_before(view, made_at) or _apposed_before(view, made_at) or [
                    u for u in view.spans_before(made_at, 40) if u.kind == ORG][-1:] or subject   # ("C, cơ quan được …")
            named = words.new_name.search(text, m.end()) if not subject else None
            if named:   # "Sau khi hợp nhất A và B, tỉnh mới lấy tên là C"
                subject = _joined_after(view, base + named.end(), view.sentence.end)[:1]
            joined = bool(words.merging_with & set(m.group(0).casefold().split()))
            if not subject and joined and after and after[0].kind == PLACE:
                # "Sau hợp nhất với tỉnh B, tỉnh A …": the place named next took B in; with none, the article's province
                places = [u for u in after[1:] if u.kind == PLACE]
                home = [Span(start, start, PLACE, ctx.home, "")] if ctx.home and isinstance(ctx.entity(ctx.home), Place) else []
                subject, after = (places[:1] or home), after[:1]
                subject = [u for u in subject if u.value != after[0].value]
            if not subject and joined and after and after[0].kind == ORG:
                # "Bộ A hoạt động theo mô hình mới sau khi hợp nhất với Bộ B": the sentence's body of B's sort took B in
                subject = [u for u in view.spans_before(cut, 300) if u.kind == ORG and u.value != after[0].value
                           and _same_sort(ctx, u.value, after[0].value)][:1]
            # "C, after merging with A": C is one of those merged; "…, sau khi hợp nhất A vào C": C made
            originals, resulting = ((subject[-1:] if joined else []) + after, subject[-1:]) if subject or not target else (
                after + target, target)
            if not subject and not target:   # "trên cơ sở hợp nhất tỉnh A và tỉnh B": the one the registry says goes on
                originals, resulting = _successor(ctx, after) or (originals, resulting)
            # "thành lập Sở C trên cơ sở hợp nhất ba Sở C của A, B và D": the places' bodies of that name
            bodies = _bodies_of_places(ctx, view, end, clause_end, subject[-1]) if subject and subject[-1].kind == ORG else []
            if bodies:
                originals, resulting = bodies, subject[-1:]
            elif subject and subject[-1].kind == ORG and after and all(u.kind == PLACE for u in after):
                # "Ban Chỉ đạo tỉnh được thành lập sau khi hợp nhất ba tỉnh A, B, C": the provinces merged, not into the body
                originals, resulting = _successor(ctx, after) or ([], [])
        elif target and m["from"] and m["from"].casefold() in words.merging_with:   # "A merged with B to form C"
            originals, resulting = before[-1:] + after + target, target
        elif target:   # "hợp nhất A và B thành C" (C made), "A được hợp nhất vào C", "A and B were merged into C" (C goes on)
            made_new = into is not None and (into.group(0).casefold() in words.into_new
                                             or bool(words.into_made.search(view.between(base + into.end(), target[0].start))))
            originals, resulting = (after or before) + ([] if made_new else target), target
        elif successor := _successor(ctx, before, bodies=bool(referred)) or _successor(ctx, after) or _successor(ctx, before[-1:] + after):
            # "the former Khanh Hoa and Ninh Thuan provinces were merged …": the province the registry says the
            # others were replaced by
            originals, resulting = successor
        elif after and before:   # "A merged with B"
            originals, resulting = before[-1:] + after, before[-1:]
        else:
            continue
        original_ids = [u.value for u in originals]
        resulting_ids = [u.value for u in resulting]
        if len(resulting) == 1 and resulting[0].kind == PLACE and not set(original_ids) - set(resulting_ids):
            original_ids = _counted_places(ctx, view, m, resulting_ids[0]) or original_ids   # "hai tỉnh hợp nhất thành C"
        if resulting_ids and len(set(original_ids) - set(resulting_ids)) >= 1:
            ctx.set_focus(resulting_ids[0], pinned=not referred)   # (an aside on a body's past leaves the focus)
            _add(ctx, view, "merger", original_ids, resulting_ids, docs, "merged", end)
            done[resulting_ids[0]] = original_ids
    return done


def _apposed_before(view: SentenceView, pos: int) -> list[Span]:
    """"C, cơ quan được hợp nhất từ A và B", "C, which absorbed A": the body an aside written right before a merger's
    verb is about."""
    bodies = [u for u in view.spans_before(pos, 200) if u.kind in (ORG, PLACE)]
    body = max(bodies, key=lambda u: (u.end, -u.start), default=None)   # a body, not the place its name ends with
    return [body] if body is not None and _words().apposed.fullmatch(view.between(body.end, pos)) else []


def _bodies_of_places(ctx: ArticleContext, view: SentenceView, pos: int, stop: int, made: Span) -> list[Span]:
    """"… trên cơ sở hợp nhất ba Sở Khoa học và Công nghệ của Thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng
    Tàu", "… hợp nhất Ban Chỉ đạo về … của hai tỉnh trước sắp xếp": the body of that name of each place written, or (none
    written) of the place the body made serves and those the registry says it replaced, as many as the text counts."""
    written = _words().of_places.match(view.text, pos - view.base, stop - view.base)
    if written is None:
        return []
    first = view.base + (written.start("unit") if written["unit"] else written.end())   # ("ba tỉnh A": the place is "tỉnh A")
    places = _joined_after(view, first, stop)
    if places and (places[0].start not in (first, view.base + written.end()) or any(p.kind != PLACE for p in places)):
        return []
    if not places:
        if written["m"] is None:
            return []
        area: str | None = getattr(ctx.entity(made.value), "area", None) or ctx.home
        if area is None:
            return []
        ids = [area, *_replaced(ctx, area)]
        if _number_word(written["m"]) != len(ids):
            return []
        places = [Span(made.start, made.start, PLACE, i, "") for i in ids]
    name, kind = " ".join(written["name"].split()), getattr(ctx.entity(made.value), "kind", None) or "state"
    out = []
    for p in places:
        place = ctx.entity(p.value)
        if not isinstance(place, Place):
            return []
        full = f"{name} {place_with_unit(place)}"
        body = ctx.lookup(full, "organizations") or ctx.organisation(full, kind, area=place.id)
        ctx.remember(body, view)   # the text names each place's body, one name shared by all
        out.append(Span(p.start, p.end, ORG, body, full))
    return out


def _same_sort(ctx: ArticleContext, a: str, b: str) -> bool:
    """Two bodies of one sort: of the same kind, with names that open with the same word (two ministries, two
    departments)."""
    first = [(getattr(ctx.entity(x), "label_vi", "") or "").split()[:1] for x in (a, b)]
    return getattr(ctx.entity(a), "kind", None) == getattr(ctx.entity(b), "kind", None) and first[0] == first[1]


def _pronoun_body(ctx: ArticleContext, view: SentenceView, pos: int, merged: Span) -> list[Span]:
    """The body "its" or "it" stands for in a merger ("the ministry … since its merger with B", "after B was merged into
    it"): the last one of the merged body's sort the sentence names before."""
    return [u for u in view.spans_before(pos, pos - view.sentence.start) if u.kind == ORG and u.value != merged.value
            and _same_sort(ctx, u.value, merged.value)][-1:]


def _bodies_referred(ctx: ArticleContext, view: SentenceView, pos: int) -> list[Span]:
    """"that ministry", "the two ministries", "bộ này", "hai sở": the bodies of that head the sentence named last before
    the words, as many as they count (one without a count)."""
    m = _words().referred.search(view.before(pos, 60))
    if m is None or not (m["det"] or m["n"] or m["after"]):
        return []
    heads = lexicon("changes")["referred_heads"][" ".join(m["head"].casefold().split())]
    wanted = (_number_word(m["n"]) or 0) if m["n"] else 1
    named = [u for u in view.spans_before(pos - len(m.group(0)), pos - view.sentence.start) if u.kind == ORG
             and any(h in f"{getattr(ctx.entity(u.value), 'label_vi', '')} {u.text}" for h in heads)]
    bodies = list({u.value: u for u in named}.values())[-wanted:]
    return bodies if len(bodies) == wanted else []


def _counted_places(ctx: ArticleContext, view: SentenceView, m: re.Match, result: str) -> list[str] | None:
    """"Sau khi hai tỉnh hợp nhất thành tỉnh C", "the two provinces merged into C": C and the places the registry says C
    replaced, when they are as many as the text counts."""
    words = _words()
    counted = words.counted_units.search(view.before(view.base + m.start(), 30)) or words.counted_units.match(view.text, m.end())
    if counted is None:
        return None
    others = _replaced(ctx, result)
    return [*others, result] if others and len(others) + 1 == _number_word(counted["n"]) else None


def _replaced(ctx: ArticleContext, entity_id: str) -> list[str]:
    """The places or bodies the registry says this one replaced."""
    return [e.id for e in ctx.registry.entities.values() if getattr(e, "replaced_by", None) == entity_id]


def _number_word(word: str) -> int | None:
    """"hai", "two": the number a count's word says."""
    return lexicon("time")["month_counts"].get(word.casefold())


def _successor(ctx: ArticleContext, joined: list[Span], bodies: bool = False) -> tuple[list[Span], list[Span]] | None:
    """Places merged with no result written (or `bodies` the words referred to: "when the two ministries merged"): all of
    them, and the one the registry says the others were replaced by."""
    joined = joined if bodies else [u for u in joined if u.kind == PLACE]
    for kept in joined:
        others = [u for u in joined if u.value != kept.value]
        if others and all(getattr(ctx.entity(u.value), "replaced_by", None) == kept.value for u in others):
            return joined, [kept]
    return None


def _body_at(view: SentenceView, pos: int) -> list[Span]:
    """The body named at a position, past the province English news writes first ("the Ha Tinh Provincial Steering
    Committee …")."""
    first = next(iter(view.spans_from(pos, 1)), None)
    if first is not None and first.kind == PLACE:
        first = next((o for o in view.spans_from(first.end, 2) if o.start > first.start), None)
    return [first] if first is not None and first.kind == ORG else []


def _listed_bodies(view: SentenceView, start: int) -> list[Span]:
    """The bodies that open the items of a list ("…: Tổ Công tác A, do …; Tổ Công tác B; và Tổ Công tác C"), not the
    other bodies the items name."""
    out: list[Span] = []
    item = start   # where the item being read begins
    for s in view.spans_from(start):
        between = view.between(item, s.start)
        if ";" in between:
            item = view.base + view.text.rfind(";", 0, s.start - view.base) + 1
            between = view.between(item, s.start)
        if s.kind == ORG and _words().item_lead.fullmatch(between):
            out.append(s)
    return out


def _renamed_subject(ctx: ArticleContext, view: SentenceView, renamed: re.Match, orgs: list[Span], docs) -> bool:
    """"The committee was formed when the Prime Minister renamed (and restructured) the National Committee on
    E-Government", "…, which was set up by renaming A": A, the body named right after the verb with no new name after
    it, became the sentence's subject, the first body of its kind named before the verb."""
    text, base = view.text, view.base
    if (renamed.group("into") is not None or _into(view, renamed.end())
            or _words().passive.search(text[max(0, renamed.start() - 12):renamed.start()])):
        return False   # "A was renamed the B" names the new body after the verb
    after = next((o for o in orgs if o.start - base >= renamed.end()), None)
    if after is None or len(text[renamed.end():after.start - base].split()) > 3:
        return False
    kind = getattr(ctx.entity(after.value), "kind", None)
    subject = next((o.value for o in orgs if o.end - base <= renamed.start()
                    and getattr(ctx.entity(o.value), "kind", None) == kind), None)
    if subject is None or subject == after.value:
        return False
    _add(ctx, view, "renaming", [after.value], [subject], docs, "renamed", base + renamed.start())
    return True


def _renamed_from(ctx: ArticleContext, view: SentenceView, renamed: re.Match, orgs: list[Span], docs) -> bool:
    """"B được đổi tên từ A": the body before the verb is the new name of the one after "từ"."""
    written = _words().renamed_from.match(view.text, renamed.end())
    old = view.org_at(view.base + written.end()) if written else None
    new = [o.value for o in orgs if o.end - view.base <= renamed.start()][-1:]
    if old is None or not new or old.value == new[0] or ctx.kind(old.value) != "organizations":
        return False
    ctx.set_focus(new[0], pinned=True)
    _add(ctx, view, "renaming", [old.value], new, docs, "renamed", view.base + renamed.start())
    return True


def extract_changes(ctx: ArticleContext, view: SentenceView, docs) -> None:
    text, base = view.text, view.base
    pending, ctx.founding_list = ctx.founding_list, None
    if pending is not None and pending[0] == ctx.read - 1:   # "… thành lập 3 tổ công tác. Các tổ công tác này gồm: A; B; C"
        listed = _words().list_opening.match(text)
        for s in _listed_bodies(view, base + listed.end()) if listed else []:
            _add(ctx, view, "founding", [], [s.value], [(0, 0, pending[1])] if pending[1] else [], "founded")
    orgs = [s for s in view.spans[:256] if s.kind == ORG and ctx.kind(s.value) == "organizations"]
    merged = _mergers(ctx, view, docs)
    _former_names(ctx, view, docs)
    _became(ctx, view, orgs, docs)
    _made_of_several(ctx, view, docs)
    _remade_place(ctx, view, docs)
    renamed = _words().renamed.search(text) or _words().reorganised.search(text)
    if renamed and (_renamed_from(ctx, view, renamed, orgs, docs) or _renamed_subject(ctx, view, renamed, orgs, docs)):
        pass
    elif renamed:
        into = _into(view, renamed.end()) if renamed.group("into") is None else renamed
        if renamed.group("into") is None and _words().passive.search(text[max(0, renamed.start() - 12):renamed.start()]):
            into = renamed   # "A was renamed the B": the new body follows the verb
        if into:
            between = [] if into is renamed else [o.value for o in orgs if renamed.end() <= o.start - base < into.start()]
            cut = _before_aside(view, base + renamed.start(), joined=True) - base   # ("Kiện toàn A (được thành lập theo
            before = [o.value for o in orgs if o.end - base <= cut                 # Quyết định … của UBND tỉnh) và đổi tên …")
                      and not _words().agent_before.search(text[max(0, o.start - base - 12):o.start - base])]
            # (not the agent of "A vừa được UBND tỉnh đổi tên thành B")
            after = [o.value for o in orgs if o.start - base >= (into.end() if into is not renamed else renamed.end())
                     and (into is not renamed or _words().named_next.fullmatch(text[renamed.end():o.start - base]))]
            # ("A was renamed the B"; not "A was renamed and placed under the ministry")
            named_between = into is not renamed and text[renamed.end():into.start()].strip()
            original = between[:1] or ([] if named_between else before[-1:])   # not the agent of "đổi tên <unknown> thành B"
            if original and after and original[0] != after[0]:
                ctx.set_focus(after[0], pinned=True)
                if not between and merged:   # "… trên cơ sở hợp nhất A và B, đồng thời đổi tên thành C"
                    result, originals = next(iter(merged.items()))
                    ctx.facts = [f for f in ctx.facts if not (isinstance(f, ChangeEvent) and f.resulting == [result])]
                    _add(ctx, view, "merger", [result, *originals], after[:1], docs, "merged", base + renamed.start())
                else:
                    _add(ctx, view, "renaming", original, after[:1], docs, "renamed", base + renamed.start())
    _dissolutions(ctx, view, docs)
    for m in list(_words().founded.finditer(text))[:16]:
        # "The province's Operations Centre, set up under Decision No. …, now …": an English aside on the body before it
        apposed = ctx.language == "en" and text[:m.start()].rstrip().endswith(",") and bool(_words().founded_apposed.match(text, m.end()))
        written_before = bool(_words().founded_after.match(m.group(0))) or text[max(0, m.start() - 1):m.start()] == "(" or apposed
        if written_before:
            cut = base + m.start() - (1 if text[max(0, m.start() - 1):m.start()] == "(" else 0)
            subject = [o for o in view.spans_before(cut, 200) if o.kind == ORG][-1:]
            subject = [_owned_before(view, subject) or s for s in subject]   # "A, đơn vị trực thuộc Bộ Công an được thành lập …"
            if ctx.language == "en" and subject and not (apposed and view.between(subject[0].end, cut).strip() == ",") \
                    and not _words().founded_subject_en.fullmatch(view.between(subject[0].end, cut)):
                subject = []   # English writes the body made right before "was set up" (or ", which", "it")
        else:
            named_at = base + m.end()
            listed = _words().list_opening.match(text, m.end(), m.end() + 80)
            owner = _POSSESSIVE.match(text, m.end())   # "establishing the ministry's Steering Committee …"
            subject = _listed_bodies(view, base + listed.end()) if listed else _body_at(view, named_at) or (
                _body_at(view, base + owner.end()) if owner else [])
            if not subject and _words().counted.match(text, m.end()):   # "thành lập 3 tổ công tác …": listed next
                ctx.founding_list = (ctx.read, _decided(ctx, docs, base + m.end()))
        doc = _decided(ctx, docs, base + m.end())
        cited = _words().cited.search(text[:m.start()])   # the founding of a decision the text cites as its basis
        for s in subject:
            if text[max(0, m.start() - 1):m.start()] != "(" and not cited:
                ctx.set_focus(s.value, pinned=True, first=True)   # the body just made is the one the text goes on about
            if s.value not in merged:   # a body made by a merger: the merger says so
                _add(ctx, view, "founding", _basis(view, base + m.end() if written_before else s.end), [s.value],
                     [(0, 0, doc)] if doc else [], "founded")


def _dissolutions(ctx: ArticleContext, view: SentenceView, docs) -> None:
    """"giải thể A và B", "chấm dứt hoạt động của A", "the decision dissolves A": the bodies written after the verb;
    "A bị giải thể", "A và B kết thúc hoạt động", "A was dissolved": those written before it (a body "thuộc" another:
    the first). Each ends on its own, decided by the document written before the verb, else the article's."""
    words = _words()
    for m in list(words.dissolving.finditer(view.text))[:8]:
        at = view.base + m.start()
        if words.hypothetical.search(view.before(at, 30)):
            continue   # "dự kiến giải thể", "sẽ chấm dứt hoạt động": not done
        if m["after"]:
            first = next((u for u in view.spans_from(view.base + m.end(), 1) if u.kind == ORG), None)
            bodies = _joined_after(view, first.start, _clause(view, first.end)) if first else []
        else:
            founded = _founded_before(view, at)   # (the decision that founded it did not end it)
            bodies = founded or _joined_before(view, at) or _apposed_before(view, at)   # (… "A (đã kết thúc hoạt động …)")
            owned = _owned_before(view, bodies)
            bodies = [owned] if owned else bodies
            at = founded[0].start if founded else at
        before = [d for d in docs if d[0] < at]
        for body in bodies:
            if body.kind == ORG:
                _add(ctx, view, "dissolution", [body.value], [], before, "dissolved", at)


def _founded_before(view: SentenceView, pos: int) -> list[Span]:
    """"A được thành lập tại Quyết định số … của UBND tỉnh B chấm dứt hoạt động": A, the body the founding aside before
    the verb is about (not the issuer it names)."""
    for body in reversed([u for u in view.spans_before(pos, 300) if u.kind == ORG]):
        if _words().founded_aside.match(view.between(body.end, pos)):
            return [body]
    return []


def _made_of_several(ctx: ArticleContext, view: SentenceView, docs) -> None:
    """"C, được tổ chức lại trên cơ sở A và B", "C was formed on the basis of A and B": C made of the two or more bodies
    its basis names, written right before the verb (one body is the basis of a founding)."""
    for m in list(_words().made.finditer(view.text))[:4]:
        at = view.base + m.start()
        basis = _basis(view, view.base + m.end()) if _words().whole_basis.match(view.text, m.end()) else []
        made = (_joined_before(view, at) or _apposed_before(view, at))[-1:]
        if len(basis) >= 2 and made and ctx.kind(made[0].value) == ctx.kind(basis[0]):
            _add(ctx, view, "merger", basis, [made[0].value], docs, "merged", at)


def _remade_place(ctx: ArticleContext, view: SentenceView, docs) -> None:
    """"Tỉnh Ninh Bình mới hình thành từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15", "The present Can Tho was formed
    … under Resolution No. 202/2025/QH15": a place made under the document the registry says merged others into it, with
    those others."""
    cited = {d for _, _, d in docs}
    for m in list(_words().made_verb.finditer(view.text))[:4]:
        made = [u.value for u in _joined_before(view, view.base + m.start()) if u.kind == PLACE][-1:]
        others = _replaced(ctx, made[0]) if made else []
        if others and any(getattr(ctx.entity(o), "replaced_under", None) in cited for o in others):
            _add(ctx, view, "merger", [*others, *made], made, docs, "merged", view.base + m.start())
            return


def _became(ctx: ArticleContext, view: SentenceView, orgs: list[Span], docs) -> None:
    """"A has become the B", "A was reorganised into the B", "Tổng cục A trở thành Cục B": A renamed B, the bodies
    written right before and right after the verb."""
    words = _words()
    for m in list(words.became.finditer(view.text))[:4]:
        at, after = view.base + m.start(), view.base + m.end()
        new = next((o for o in orgs if o.start >= after), None)
        if new is None or not words.named_next.fullmatch(view.between(after, new.start)):
            continue
        kind = getattr(ctx.entity(new.value), "kind", None)   # (a body of the new one's kind: not the ministry an aside names)
        old = next((o for o in reversed(orgs) if o.end <= at and words.became_gap.fullmatch(view.between(o.end, at))
                    and getattr(ctx.entity(o.value), "kind", None) == kind), None)
        if old is not None and old.value != new.value:
            _add(ctx, view, "renaming", [old.value], [new.value], docs, "renamed", at)


def _owned_before(view: SentenceView, bodies: list[Span]) -> Span | None:
    """The body written before the single body a dissolution's verb follows, when that one is the body it belongs to
    ("Trung tâm A thuộc Văn phòng UBND tỉnh chấm dứt hoạt động": Trung tâm A ends, not the office)."""
    if len(bodies) != 1:
        return None
    owned = next((u for u in reversed(view.spans_before(bodies[0].start, 200)) if u.kind == ORG), None)
    return owned if owned is not None and _words().parent_link.fullmatch(view.between(owned.end, bodies[0].start)) else None


def _basis(view: SentenceView, pos: int) -> list[str]:
    """The bodies a founding is made on the basis of, written right after its verb or the body it makes: "C được thành
    lập trên cơ sở A", "thành lập C trên cơ sở nhận nguyên trạng A", "… trên cơ sở tiếp nhận các tổ chức đảng từ A và B"."""
    m = _words().basis_after.match(view.text, pos - view.base)
    if m is None:
        return []
    start = view.base + m.end()
    first = next((u for u in view.spans_from(start, 80) if u.kind in (ORG, PLACE)), None)
    if first is None or not _words().basis_filler.fullmatch(view.between(start, first.start)):
        return []
    return [u.value for u in _joined_after(view, first.start, _clause(view, first.end))]


def made_once(facts: list) -> list:
    """The facts without the founding of a body that a merger or a renaming in the same article made (a decision's
    title says "thành lập", its article says "trên cơ sở hợp nhất"; "was set up … by renaming …"): the merger or the
    renaming says both), nor a renaming that a merger into the same new body says too ("Về việc tổ chức lại A thành C"
    above "Tổ chức lại A trên cơ sở hợp nhất với B, đồng thời đổi tên thành C"), nor the end of a body that another
    change took in ("sáp nhập A vào B. A chấm dứt hoạt động …": the merger says it)."""
    merged = {r for f in facts if isinstance(f, ChangeEvent) and f.kind in ("merger", "renaming") for r in f.resulting}
    mergers = [f for f in facts if isinstance(f, ChangeEvent) and f.kind == "merger"]
    taken_in = {o for f in facts if isinstance(f, ChangeEvent) and f.kind != "dissolution" for o in f.original}

    def said_by_merger(f: ChangeEvent) -> bool:
        return any(m.resulting == f.resulting and set(f.original) <= set(m.original) for m in mergers)

    return [f for f in facts if not (isinstance(f, ChangeEvent) and (f.kind == "founding" and set(f.resulting) <= merged
                                                                      or f.kind == "renaming" and said_by_merger(f)
                                                                      or f.kind == "dissolution" and set(f.original) <= taken_in))]
