"""People with their posts → memberships, read as chains of posts around names.

    Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng          post (and body) then name
    Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Đại tướng Tô Lâm      several posts and a rank, then the name
    Nguyễn Thanh Ngọc - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh         name, then a chain of posts
    Võ Thanh Sơn, nguyên Giám đốc Sở …, nay là Phó Chánh Văn phòng …   former posts ("nguyên", "cựu", "từng")
    các Phó Chủ tịch Ủy ban: Phó Thủ tướng A và Bộ trưởng … B          a list header gives its post to every name
    các Phó Thủ tướng A, B, C                                         a plural post gives itself to the list
    Trưởng Ban: Ông A, …  /  Các thành viên: (then "- Ông B, …" items) a post for the names below it
    Phó Thủ tướng A, Bộ trưởng Bộ Y tế B                              a post next to a name is that name's

A post names its body, or implies one (a Prime Minister's is the Government; a Tỉnh ủy viên's the province's
Tỉnh ủy), or belongs to the body last named with its head ("Trưởng Ban" → the Ban Chỉ đạo in focus).
A rank (Đại tướng) or an honorific (ông, đồng chí) stands between posts and names but is no post.
"""

import re
from dataclasses import dataclass, field, replace
from functools import cache

from kg.extract.context import HONORIFIC, ORG, PERSON, RANK, TITLE, WINDOW, ArticleContext, SentenceView, Span
from kg.extract.lexicon import alternatives, english_plural, lexicon, post_in_body, vocabulary
from kg.extract.terms import date_given_terms, term_given
from kg.model import Membership, Organization, Place
from kg.text.normalize import fold, match_key
from kg.text.blocks import LIST_ITEM

ADJ, SEP, JOIN, HEADER, HARD = "adjacent", "separator", "join", "header", "hard"


@dataclass
class Post:
    start: int
    end: int
    role: str
    org: str | None
    former: bool
    plural: bool = False
    appointed: bool = False     # given with a verb of appointing ("giữ chức", "was appointed"): a new term
    counted: bool = False       # written after a number ("gồm 17 thành viên"): how many hold it, not who
    head: str | None = None     # the head of its body, written but not resolved to a body ("Phó Trưởng Ban| Chỉ đạo"),
                                # "" when what is written names none we know ("Deputy Head of its Economic Commission")
    body: str | None = None     # the head of the province's body an abbreviated post names ("UVBTV": Ban Thường vụ Tỉnh ủy)


@dataclass
class Element:
    item: Span | Post           # a post, or a person, a rank, an honorific, a body
    owners: list[str] = field(default_factory=list)

    @property
    def post(self) -> Post | None:
        return self.item if isinstance(self.item, Post) else None

    @property
    def start(self) -> int:
        return self.item.start

    @property
    def end(self) -> int:
        return self.item.end

    @property
    def kind(self) -> str:
        return "post" if isinstance(self.item, Post) else self.item.kind

    @property
    def value(self) -> str:
        """What it names: a person's or a body's id, a rank, a post's role."""
        return self.item.role if isinstance(self.item, Post) else self.item.value


@dataclass(frozen=True)
class Reach:
    """A person of the sentence and how far its name and posts run (for the rules that follow)."""

    start: int
    end: int
    person: str
    roles: tuple[str, ...]
    lead: int = 0               # where the posts written before the name begin ("Trưởng Ban| Nông Văn Toản")


@dataclass(frozen=True)
class _Words:
    separator: re.Pattern       # between posts, or a name and its posts: ", là", ", a former", "được bổ nhiệm giữ chức"
    its_not: re.Pattern         # English: before a body, words that make it no "its" a post after it stands for
    appointing: re.Pattern      # a verb of appointing before a post
    succeeding: re.Pattern      # before the person a post's new holder takes it from
    join: re.Pattern            # between the names of a list: "và", ", cùng"
    name_links: frozenset[str]
    holder_links: frozenset[str]   # between a post and its holder's name, as adjacent: "… Ủy viên UBND tỉnh đối với ông A"
    plural: re.Pattern          # before a post, a list's post: "các Phó Thủ tướng", "các nguyên Ủy viên Bộ Chính trị"
    group: re.Pattern           # before a list of names, words that make them one group: "các đồng chí:"
    counted: re.Pattern         # before a post, a number ("gồm 17 thành viên") or words that leave it unfilled ("a new director")
    list_opener: re.Pattern     # between a list's post and its holders: "các Phó Trưởng ban gồm A, B"
    former_chain: re.Pattern    # before a post, a former marker that covers the posts after it ("từng là A kiêm B, C")
    current: re.Pattern         # between posts, a word that makes the next held now ("nay là")
    concurrent: re.Pattern      # between two posts held together, the first sharing the second's body ("Chủ tịch kiêm TGĐ A")
    agent: re.Pattern           # after a body, a verb of appointing: the body appoints ("… được Bộ Chính trị điều động làm …")
    appointed_by: re.Pattern    # between a name's posts and the post a body gives: "đã được Bộ Chính trị điều động làm"
    post_of: re.Pattern         # between a post and its body in English: "Minister of Finance", "Head of the …"
    unresolved_of: re.Pattern   # an English post followed by "of" and a body not recognised
    named_heads: tuple[str, ...]
    held_by: re.Pattern         # after a body, who holds its post: "Tổ Công tác A do ông B làm Tổ trưởng", "…, chaired by B"
    held_roles: dict[str, str]  # the English verbs of `held_by` and the post each gives
    held_not_of: re.Pattern     # … not of a body these are of: "a delegation of the committee, led by B"
    plural_copulas: frozenset[str]   # after a post of one holder, a verb of many: the names after are not its holder's
    takes_post: re.Pattern      # before the post the holder written after `held_by` takes: "làm"
    speaks: re.Pattern          # after an office's name, a verb only its holder does: "Thủ tướng Chính phủ nhấn mạnh"
    passive: re.Pattern         # before a verb of appointing, the passive: "A, Phó Giám đốc Sở, được bổ nhiệm …"
    office_of: re.Pattern       # before a post, an owner: the office whose act the sentence names ("… của Chủ tịch UBND tỉnh")
    parent_link: re.Pattern     # between a post's body and the body it belongs to: "Giám đốc Trung tâm A thuộc Bộ B"
    retiring: re.Pattern        # after a post (and the year held since), its holder leaving it: "A, Giám đốc Sở Nội vụ
                                # từ năm 2019, nghỉ hưu …"; or held before a reorganisation: "Phó Giám đốc Sở A trước hợp nhất"
    group_item: re.Pattern      # what opens a sentence that lists the people of a group the sentence before names
    body_has: re.Pattern        # between a body and a counted post of its own: "Sở Tài chính có 3 Phó Giám đốc"
    aside: re.Pattern           # after a name, the year of birth in brackets or the age between commas: "ông A (SN 1967),
                                # Giám đốc …", "ông A, 52 tuổi, Giám đốc …", "A, 47, Director of …"; after a post, the
                                # year it has been held since ("Director of A since 2021, was appointed …"); a
                                # description before the posts held ("A là cán bộ trưởng thành từ cơ sở, từng làm …")
    counted_list: re.Pattern    # after a counted post, the list of its holders: "3 Phó Giám đốc gồm: …", "2 Phó Giám đốc là ông A"
    counted_posts: re.Pattern   # … or of its holders by their posts: "gồm 12 thành viên, trong đó có Thứ trưởng A; …"
    body_header: re.Pattern     # before a body and a list's colon: its members follow ("các đồng chí trong Ban Thường vụ")
    pronouns: frozenset[str]    # the words that open a sentence about someone named before: "He", "Ông" (folded)
    former_opener: re.Pattern   # what opens a sentence whose posts were held before a reorganisation ("Trước khi hợp nhất, …")
    setting: re.Pattern         # before a body that opens a sentence, the place it sets: "Tại (Cục A), …"
    executors: re.Pattern       # the clause of a decision's executors: "Bộ trưởng Bộ A, Bộ trưởng Bộ B và ông C chịu trách
                                # nhiệm thi hành …" (the offices before C are not C's posts)
    listed: re.Pattern          # a word that joins the items of a list: ",", "và"
    held_until: re.Pattern      # after a post, the end of the term: "Director of A until the merger", "… from 2021 to 2024"


@cache
def _words() -> _Words:
    people = lexicon("people")
    return _Words(
        re.compile(rf"^(?:[,\-–(]\s*)?(?:(?:{alternatives(people['post_links'] + people['appointment_links'])}),?\s*){{0,4}}$"
                   rf"|^(?:{alternatives(people['post_link_joins'])})\s+(?:(?:{alternatives(people['post_links'])})\s+)?"
                   rf"(?:(?:{alternatives(people['appointment_links'])}),?\s*){{1,3}}$",
                   re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['its_not_before_en'])})\s+(?:the\s+)?$", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternatives(people['appointment_links'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['succeeding'])})\s*$", re.IGNORECASE),
        re.compile(rf"^,?\s*(?:{alternatives(people['name_links'])})$", re.IGNORECASE),
        frozenset(people["name_links"]),
        frozenset(people["holder_links"]),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['plurals'])})(?:\s+(?:{alternatives(people['former'])}))?\s*$",
                   re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['group_openers'])})\s*:?\s*$", re.IGNORECASE),
        re.compile(rf"(?:(?<![\d/.,])\d{{1,4}}|(?:^|\s)(?:{alternatives(people['unfilled_before'])}))\s*$", re.IGNORECASE),
        re.compile(rf"^\s*,?\s*(?:{alternatives(people['list_openers'])})\s*:?\s*$", re.IGNORECASE),
        re.compile(rf"(?:^|\s|,)(?:{alternatives(people['former_chains'])})\s*$", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternatives(people['current'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"^\s*(?:{alternatives(people['concurrent'])})\s*$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{alternatives(people['appointment_links'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"^,?\s*(?:(?:{alternatives(people['post_links'])})\s+){{0,2}}(?:{alternatives(people['passive_agents'])})\s+"
                   rf"[^,;:.]{{2,80}}?\s+(?:{alternatives(people['appointment_links'])})(?:\s+(?:{alternatives(people['post_links'])}))?$",
                   re.IGNORECASE),
        re.compile(rf"\s*(?:(?:{alternatives(people['post_qualifiers'])})\s+)?(?:(?:{alternatives(people['post_of_en'])})\s)?\s*",
                   re.IGNORECASE),
        re.compile(r"\s+of\s+[^,;.()]{1,80}?(?=\s*[,;.()]|\s+and\s|$)", re.IGNORECASE),
        tuple(b["head"] for b in lexicon("organisations")["named_bodies"]),
        re.compile(rf"^\s*,?\s*(?P<link>{alternatives(people['held_by'] + list(people['held_by_en']))})\s+", re.IGNORECASE),
        {verb.lower(): role for verb, role in people["held_by_en"].items()},
        re.compile(rf"(?<!\w)(?:{alternatives(people['held_by_not_of_en'])})\s+of(?:\s+the)?\s*$", re.IGNORECASE),
        frozenset(people["plural_copulas_en"]),
        re.compile(rf"(?<!\w)(?:{alternatives(people['takes_post'])})\s*$", re.IGNORECASE),
        re.compile(rf"^\s*(?:(?:{alternatives(people['speech_auxiliaries'])})\s+)?(?:{alternatives(people['speech_verbs'])})(?!\w)",
                   re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternatives(people['passive_agents'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['office_of'])})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives(lexicon('organisations')['parent_links'])})\s+", re.IGNORECASE),
        re.compile(rf"\s*(?:(?:{alternatives(lexicon('time')['term_since'])})\s+(?:năm\s+)?\d{{4}}\s*)?,?\s*"
                   rf"(?:(?:(?:{alternatives(people['retiring_auxiliaries'])})\s+)?(?:{alternatives(people['retiring'])})"
                   rf"|(?:{alternatives(people['former_openers'])}))(?!\w)", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives(people['group_items'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives(people['body_has'])})\s+(?:\d{{1,3}}|{alternatives(lexicon('time')['month_counts'])})\s+",
                   re.IGNORECASE),
        re.compile(rf"\(\s*(?:{alternatives(people['birth_years'])})\s*\d{{4}}\s*\)"
                   rf"|,\s*\d{{2}}(?:\s+(?:{alternatives(people['ages'])}))?(?=\s*,)"
                   rf"|\s+(?:{alternatives(people['since_en'])})\s+(?:[A-Za-z]+\s+)?\d{{4}}(?=\s*,)"
                   rf"|\s+(?:{alternatives(people['descriptions'])})\s+(?-i:[a-zà-ỹđ]+\s*){{1,10}}"
                   rf"(?=,\s*(?:{alternatives(people['former_chains'])})\s)", re.IGNORECASE),
        re.compile(rf"\s*(?:(?:{alternatives(people['list_openers'])})\s*)?:|\s*(?:{alternatives(people['counted_list_openers'])})\s+"
                   rf"(?:(?:{alternatives(people['plurals'])})\s+)?(?:{alternatives(people['honorifics'])})\s", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives(people['counted_list_openers'])})\s+(?-i:[A-ZĐÀ-Ỹ])", re.IGNORECASE),
        re.compile(rf"(?:{alternatives(people['honorifics'])})\s+(?:{alternatives(people['body_header_links'])})\s+$", re.IGNORECASE),
        frozenset(fold(w) for w in people["subject_pronouns"] + people["honorifics"]),
        re.compile(rf"\s*(?:{alternatives(people['former_openers'])})\s*,", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives(lexicon('organisations')['place_prepositions'])})\s+(?:the\s+)?", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternatives(people['executor_phrases'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternatives(lexicon('organisations')['list_joins'])})(?!\w)", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:(?:{alternatives(people['held_until'])})\s|(?:{alternatives(people['held_between'])})\s+"
                   rf"(?:[A-Za-z]+\s+)?\d{{4}}\s+(?:{alternatives(people['held_to'])})\s+(?:[A-Za-z]+\s+)?(?P<year>\d{{4}})(?!\d))",
                   re.IGNORECASE),
    )


_BRACKETED = re.compile(r"\(([^()\d]{1,30})\)")   # lower-case words in brackets are an aside: "Giám đốc Sở A (trước hợp nhất), giữ chức …"


_ACRONYM_AFTER_COMMA = re.compile(r"^,\s*[A-ZĐ][A-ZĐ&]{1,7}$")


def _gap(text: str) -> str:
    words = _words()
    g = _BRACKETED.sub(lambda m: " " if m[1].strip().islower() else m[0], words.aside.sub(" ", text))
    g = " ".join(g.split())
    g = g[1:].lstrip() if g.startswith(")") else g   # "A (Ủy viên Ban Thường vụ Tỉnh ủy), Phó Trưởng Ban": the chain goes on
    if g in ("", "-", "–") or g in words.holder_links:
        return ADJ
    if g.startswith(":") and g[1:].strip() and words.separator.match(g[1:].lstrip()):
        return SEP   # "1. Ông A, Chủ tịch UBND tỉnh: giữ chức Trưởng ban": an item of a body's members
    if g.endswith(":"):
        return HARD if ";" in g else HEADER   # "…; các đồng chí: A, B": a list of its own, not of the posts before
    if g == "," or _ACRONYM_AFTER_COMMA.match(g):
        return SEP   # (", VDCA chairman …": a body's short form the post is written after)
    if g in words.name_links:
        return JOIN
    if words.separator.match(g) or words.appointed_by.match(g):
        return SEP
    if words.join.match(g):
        return JOIN
    return HARD


def _elements(ctx: ArticleContext, view: SentenceView) -> list[Element]:
    """Posts (a post and the body written after it), people, ranks and honorifics, in order; a body named on
    its own stands between them as a break."""
    spans = [s for s in view.spans if s.kind in (TITLE, ORG, PERSON, RANK, HONORIFIC)]
    titles = {(s.start, s.end) for s in spans if s.kind == TITLE}
    dual = titles & {(s.start, s.end) for s in spans if s.kind == ORG}   # "Thủ tướng Chính phủ": a post or the office
    words = _words()
    out: list[Element] = []
    holder_of: str | None = None   # the body written before "do <person> … làm <post>"
    i = 0
    while i < len(spans):
        s = spans[i]
        if (s.start, s.end) in dual and not _names_next(ctx, spans, i) and not _after_name(ctx, spans, i):
            if s.kind == ORG:
                out.append(Element(s))  # "của Thủ tướng Chính phủ": the office, a break between chains
            i += 1
            continue
        if s.kind == ORG and (s.start, s.end) in dual:
            i += 1  # the same words as a post, with a name after them: read as the post
            continue
        if s.kind == TITLE:
            org, start, end = s.org, s.start, s.end
            gap = ctx.text[spans[i - 1].end if i > 0 else view.sentence.start:s.start]
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt is not None and nxt.kind == ORG and (nxt.start, nxt.end) == (s.start, s.end):
                nxt = spans[i + 2] if i + 2 < len(spans) else None
                i += 1
            owner = out[-1].item if out else None   # English writes a body before its post: "Politburo member"
            if org is not None or s.body is not None:
                pass   # an abbreviated post names its body
            elif (ctx.language == "en" and isinstance(owner, Span) and owner.kind == ORG
                    and ctx.text[owner.end:s.start].strip() in ("", "'s", "’s")):   # ("Viettel's Chairman")
                org, start = owner.value, owner.start
                out.pop()
            elif nxt is not None and nxt.kind == ORG and words.post_of.fullmatch(ctx.text[s.end:nxt.start]) \
                    and not _OWNED_BODY.match(ctx.text, nxt.end):   # "head of the Party Committee's Commission …": not its
                org, end = nxt.value, nxt.end
                i += 1
            elif holder_of is not None and words.takes_post.search(gap):   # "Tổ A do ông B làm Tổ trưởng"
                org, holder_of = holder_of, None
            elif isinstance(owner, Span) and owner.kind == ORG and words.body_has.fullmatch(ctx.text[owner.end:s.start]):
                org = owner.value   # "Sở Tài chính có 3 Phó Giám đốc gồm: …": the body's own posts
            elif ctx.language == "en" and _ITS.search(ctx.text, max(0, s.start - 6), s.start) \
                    and (named := [o for o in view.spans_before(s.start) if o.kind == ORG
                                   and not words.its_not.search(view.before(o.start, 24))]):
                org = named[-1].value   # "… from the corporation led by its Chairman A": the body named last, not one
                                        # another's name holds ("the Centre under the Ministry of …, its director A")
            head = None
            if org is None and s.body is None:
                head, end = _written_head(ctx, s, end, [p.start for p in spans if p.kind == PERSON])
            unknown_end = _unknown_body_after(ctx, view, s.value, end) if org is None and head is None and s.body is None else None
            if unknown_end is not None:
                head, end = "", unknown_end   # "Ủy viên Ban Thường vụ, …", "Trưởng phòng Kế hoạch, …": a body we do not know
            before = view.before(s.start, 24)
            plural_form = ctx.language == "en" and _plural_written(s.text, s.value)
            counted = bool(words.counted.search(before))
            if counted and not (words.counted_list.match(ctx.text, end, end + 40) or words.counted_posts.match(ctx.text, end, end + 40)):
                i += 1   # "gồm 17 thành viên, trong đó: …": how many hold it, not who (unless its list follows: "3 Phó Trưởng ban: …")
                continue
            former = (s.former or _former_chain(ctx, out, s.start) or bool(words.retiring.match(ctx.text, end, end + 40))
                      or _before_reorganisation(ctx, view, s.start) or term_ended(ctx, end))
            out.append(Element(Post(start, end, s.value, org, former, bool(words.plural.search(before)) or plural_form or counted,
                                    head=head, appointed=bool(words.appointing.search(gap)) and not former, counted=counted,
                                    body=s.body)))
        elif s.kind == ORG:
            last = out[-1].post if out else None
            if last is not None and last.org and (words.parent_link.fullmatch(ctx.text[last.end:s.start]) or (
                    ctx.text[last.end:s.start].strip() == "," and _belongs_to(ctx, last.org, s.value))):
                last.end = s.end   # "Giám đốc Trung tâm A thuộc Bộ B", "Cục trưởng Cục A, Bộ B, giữ chức …": the body A
                i += 1             # belongs to, no break in the chain
                continue
            if last is not None and last.org == s.value and ctx.text[last.end:s.start].strip() == "(" \
                    and ctx.text[s.end:s.end + 2].strip().startswith(")"):
                last.end = ctx.text.index(")", s.end) + 1   # "Deputy Governor of the State Bank of Viet Nam (SBV) A": the
                i += 1                                      # body's short form in brackets, no break
                continue
            if not words.agent.match(ctx.text[s.end:s.end + 40]):
                out.append(Element(s))  # a break, unless it appoints: "A … được Bộ Chính trị điều động làm B"
            held = words.held_by.match(ctx.text[s.end:s.end + 40])
            held = None if held and words.held_not_of.search(ctx.text[max(0, s.start - 40):s.start]) else held
            holder_of = s.value if held else None
            role = words.held_roles.get(held["link"].lower()) if held else None
            written = next((t for t in spans[i + 1:i + 3] if t.kind == TITLE and 0 <= t.start - (s.end + held.end()) <= 1
                            and t.text[:1].islower()), None) if held and role else None
            if written is not None:   # "the Department, led by director A": the post written after the verb, of the body
                role = written.value
            if held and role:   # "the National Committee, chaired by Prime Minister A": the Chair
                out.append(Element(Post(s.end + held.start("link"), s.end + held.end("link"), role, s.value, False)))
        else:
            out.append(Element(s))
        i += 1
    for a, b in zip(out, out[1:]):   # "Chủ tịch kiêm Tổng Giám đốc Tập đoàn A": both posts are the group's
        if a.post is not None and b.post is not None and a.post.org is None and a.post.head is None and b.post.org \
                and words.concurrent.match(ctx.text[a.end:b.start]) and not _implies_body(a.post.role):
            a.post.org = b.post.org
    return out


def appoints(text: str) -> bool:
    """Whether words before a post give it by a verb of appointing ("was appointed", "was elected", "bổ nhiệm")."""
    return bool(_words().appointing.search(text))


def term_ended(ctx: ArticleContext, end: int) -> bool:
    """Whether the words after a post end its term before the article: "Director of A until the merger", "Minister
    from 2021 to 2024" (not "for the 2021 to 2026 term" in 2025)."""
    m = _words().held_until.match(ctx.text, end, end + 60)
    return m is not None and (m["year"] is None or int(m["year"]) < ctx.published.year)


def _implies_body(role: str) -> bool:
    """Whether a post names its body by itself (a Prime Minister's is the Government, a Tỉnh ủy viên's the Tỉnh ủy)."""
    post = vocabulary().roles[role]
    return bool(post.implied_org or post.implied_body)


def _unknown_body_after(ctx: ArticleContext, view: SentenceView, role: str, end: int) -> int | None:
    """Where a body we do not know ends, written after a post that has no body of its own to fall back on: a capitalised
    name ("Ủy viên Ban Thường vụ Huyện ủy"), or a unit's name up to the comma that closes the post ("Trưởng phòng Kế
    hoạch, được bổ nhiệm …"), whose words must not part the name from the posts after them."""
    if _implies_body(role):
        return None
    if vocabulary().roles[role].body_heads:
        after = _NAME_AFTER.match(ctx.text, end, end + 40)   # "Ban Thường vụ", not "Ủy ban và"
        return end if after is not None and view.span_covering(after.start("name")) is None else None
    unit = _UNIT_AFTER.match(ctx.text, end, end + 60) if ctx.language == "vi" else None
    if unit is None or any(end <= s.start < unit.end() for s in view.spans):
        return None
    return unit.end()


_ITS = re.compile(r"(?:^|\s)its\s+$")   # English: a post of the body named before it ("led by its Chairman A")
_OWNED_BODY = re.compile(r"['’]s\s+[A-Z]")   # a body written after another's possessive: "the Party Committee's Commission"
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-ZÀ-ỸĐ][\wÀ-ỹ]*)\s+[A-ZÀ-ỸĐ]")
_UNIT_AFTER = re.compile(r"\s+[A-ZÀ-ỸĐ][\wÀ-ỹ&-]*(?:\s+[\wÀ-ỹ&-]+){0,6}(?=\s*,)")


def _before_reorganisation(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    """Whether a post is in a sentence that tells what was held before a reorganisation ("Trước khi hợp nhất, ông A là
    Giám đốc Sở B"), with no word making it held now between ("…, nay là …")."""
    words = _words()
    opener = words.former_opener.match(ctx.text, view.sentence.start)
    return opener is not None and not words.current.search(ctx.text, opener.end(), start)


def _belongs_to(ctx: ArticleContext, body: str, owner: str) -> bool:
    """Whether a body belongs to another: its parent, or the body its parent went into ("Cục Chuyển đổi số quốc gia" of
    the Ministry of Information and Communications, merged into the Ministry of Science and Technology)."""
    parent, seen = getattr(ctx.entity(body), "parent", None), set()
    while parent is not None and parent not in seen:
        if parent == owner:
            return True
        seen.add(parent)
        parent = getattr(ctx.entity(parent), "replaced_by", None)
    return False


def _former_chain(ctx: ArticleContext, out: list[Element], start: int) -> bool:
    """Whether a post continues a chain of posts held before: "từng là Chủ tịch kiêm Tổng Giám đốc A, Bộ trưởng B"."""
    words = _words()
    k = len(out) - 1
    while k >= 0 and out[k].kind != PERSON:
        post = out[k].post
        if post is not None:
            between = ctx.text[post.end:start]
            if not post.former or words.current.search(between) or words.appointing.search(between) or _gap(between) == HARD:
                return False
            opener = ctx.text[max(0, post.start - 24):post.start]
            if words.former_chain.search(opener):
                return True
            start = post.start
        k -= 1
    return False


def _written_head(ctx: ArticleContext, title: Span, end: int, people: list[int]) -> tuple[str | None, int]:
    """The head of a body a post's last word begins and the words after it complete ("Phó Trưởng Ban| Chỉ đạo": the
    steering committee in focus), and where it ends; "" for an English post of a body not recognised ("… of its
    Economic Commission", whose words are the post's, so that the posts around it stay one chain)."""
    words = _words()
    if ctx.language == "en":
        of = words.unresolved_of.match(ctx.text, end, end + 100)
        if of is None:
            return None, end
        named = any(end < p < of.end() for p in people)
        return "", end if named else of.end()
    last = title.text.split()[-1]
    following = ctx.text[end:end + 40]
    for head in words.named_heads:
        rest = head.split(maxsplit=1)
        if (len(rest) == 2 and match_key(rest[0]) == match_key(last) and following[:1].isspace()
                and match_key(following).startswith(match_key(rest[1]))):
            tail = len(following) - len(following.lstrip()) + len(rest[1])
            return head, end + tail
        # … or the whole head written alone after the post, up to a stop: "Phó Trưởng ban Thường trực Ban Chỉ đạo, …"
        alone = re.match(rf"\s+{re.escape(head)}(?=\s*[,;.)]|\s*$)", following, re.IGNORECASE)
        if alone is not None:
            return head, end + alone.end()
    return None, end


def _after_name(ctx: ArticleContext, spans: list[Span], i: int) -> bool:
    """Whether span i is written after a comma that follows a person or one of their posts ("A, Thủ tướng Chính phủ,
    Phó Trưởng Ban": the post, not the office)."""
    before = [s for s in spans[:i] if s.end <= spans[i].start]
    if not before or ctx.text[before[-1].end:spans[i].start].strip() != ",":
        return False
    if len(before) > 1 and before[-1].kind == ORG and before[-2].kind == TITLE and not ctx.text[before[-2].end:before[-1].start].strip():
        before.pop()   # "A, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ;": the body of a post before it
    return before[-1].kind in (PERSON, TITLE)


def _names_next(ctx: ArticleContext, spans: list[Span], i: int) -> bool:
    """Whether a person (after a rank or an honorific, maybe) is written right after span i."""
    end = spans[i].end
    for s in spans[i + 1:]:
        if s.start < end:
            continue
        if _gap(ctx.text[end:s.start]) != ADJ:
            return False
        if s.kind == PERSON:
            return True
        if s.kind not in (RANK, HONORIFIC):
            return False
        end = s.end
    return False


def _opens_sentence(view: SentenceView, post: Post) -> bool:
    """Whether a post opens its sentence: "Ủy viên Ban Chỉ đạo có bà A, …; ông B, …" lists its holders as a plural does."""
    return not view.before(post.start, 200).strip() and post.start - 200 < view.sentence.start


def _runs(ctx: ArticleContext, view: SentenceView, elements: list[Element]) -> tuple[list[list[Element]], list[Post], int | None]:
    """The elements in runs that hard breaks separate; a header's posts and where its list starts (the sentence's
    end for a header that ends it: "4. Các thành viên:", the items below it)."""
    runs: list[list[Element]] = [[]]
    header: list[Post] = []
    header_at = None
    for k, e in enumerate(elements):
        if e.kind == ORG and header_at is None and k + 1 < len(elements) and (
                body_header := _body_header(ctx, view, e, elements[k + 1])) is not None:
            header, header_at = [body_header], elements[k + 1].start   # "các đồng chí trong Ban Thường vụ Tỉnh ủy: A, …; B"
            runs.append([])
            continue
        if e.kind == ORG:
            runs.append([])
            continue
        runs[-1].append(e)
        if k + 1 < len(elements) or e.post is not None:
            gap = _gap(ctx.text[e.end:elements[k + 1].start if k + 1 < len(elements) else view.sentence.end])
            post = e.post
            opens = post is not None and (post.plural or _opens_sentence(view, post)) and k + 1 < len(elements) and bool(
                (_words().counted_list.match(ctx.text, e.end, elements[k + 1].end + 1)
                 or elements[k + 1].kind == "post" and _words().counted_posts.match(ctx.text, e.end, elements[k + 1].end))
                if post.counted else _words().list_opener.match(ctx.text[e.end:elements[k + 1].start]))
            if post is not None and (gap == HEADER and not post.counted or opens) and header_at is None:
                chain = [x.post for x in runs[-1] if x.post is not None]
                header = chain
                header_at = elements[k + 1].start if k + 1 < len(elements) else view.sentence.end
                runs[-1] = []
            elif gap == HARD or _not_the_next(ctx, e, elements[k + 1] if k + 1 < len(elements) else None, gap):
                runs.append([])
    return [r for r in runs if r], header, header_at


def _body_header(ctx: ArticleContext, view: SentenceView, body: Element, after: Element) -> Post | None:
    """A list's header that names a body its people belong to ("Dự có các đồng chí trong Ban Thường vụ Tỉnh ủy: A, …;
    B, …"): each is a member of it."""
    words = _words()
    if not (words.body_header.search(view.before(body.start, 40)) and _gap(ctx.text[body.end:after.start]) == HEADER):
        return None
    return Post(body.start, body.end, lexicon("people")["body_header_role"], body.value, False, plural=True)


def _plural_written(text: str, role: str, whole: bool = True) -> bool:
    """Whether an English post is written in the plural ("Deputy Heads"): the whole text, or (`whole` false) its opening."""
    plurals = {english_plural(f).lower() for f in vocabulary().roles[role].forms_en}
    return text.lower() in plurals if whole else any(text.lower().startswith(p) for p in plurals)


def _not_the_next(ctx: ArticleContext, e: Element, nxt: Element | None, gap: str) -> bool:
    """Whether a post is not held by the person written after it: the two stand either side of an active verb of
    appointing ("Chủ tịch UBND tỉnh bổ nhiệm ông A giữ chức …": the appointer's), or the post is an office whose act
    the sentence names and a comma parts it from the name ("Quyết định … của Chủ tịch UBND tỉnh, ông A …")."""
    if e.post is None or nxt is None:
        return False
    between = ctx.text[e.end:nxt.start]
    words = _words()
    if between.strip().lower() in words.plural_copulas and not _plural_written(ctx.text[e.start:e.end], e.post.role, whole=False):
        return True   # "Joining the PM were A; B": who came with the post's holder
    if nxt.kind not in (PERSON, HONORIFIC, RANK):
        return False
    verb = words.appointing.search(between)
    if verb is not None and not words.passive.search(between[:verb.start()]):
        return True
    return gap == SEP and bool(words.office_of.search(ctx.text[max(0, e.start - 12):e.start]))


def _assign(ctx: ArticleContext, run: list[Element]) -> None:
    """Who of a run's people holds which of its posts."""
    people = [k for k, e in enumerate(run) if e.kind == PERSON]
    if not people:
        return
    gaps = [_gap(ctx.text[a.end:b.start]) for a, b in zip(run, run[1:])]

    def adjacent_before(k: int) -> int:
        """Index of the first element of the group written right before element k."""
        j = k
        while j > 0 and gaps[j - 1] == ADJ and run[j - 1].kind != PERSON:
            j -= 1
        return j

    executors = _words().executors.search(ctx.text, run[-1].end, run[-1].end + 120)
    for e in run[:people[0]]:
        if executors and _words().listed.search(ctx.text[e.end:run[people[0]].start]):
            continue   # "Bộ trưởng Bộ Nội vụ và ông C chịu trách nhiệm thi hành": an office, then C
        e.owners.append(run[people[0]].value)
    for e in run[people[-1] + 1:]:
        e.owners.append(run[people[-1]].value)
    for a, b in zip(people, people[1:]):
        start_b = adjacent_before(b)
        own_b = run[start_b:b]
        between = run[a + 1:start_b]
        to_b = (between and own_b and all(e.kind in (RANK, HONORIFIC) for e in own_b)
                and adjacent_before(a) < a and any(run[x].post for x in range(adjacent_before(a), a))
                and not _words().join.match(" ".join(ctx.text[run[start_b - 1].end:run[start_b].start].split())))
        # ("Phó Thủ tướng A, Bộ trưởng Bộ Công an, Đại tướng B": B's post; "…, and General B": A's)
        for e in between:
            e.owners.append(run[b if to_b else a].value)
        for e in own_b:
            e.owners.append(run[b].value)
    # a post given after people joined by "và" is each one's: "bà A và ông B giữ chức Phó Giám đốc", "A, nguyên …, và B,
    # …, được bổ nhiệm giữ chức C" (the list before "và" may run on commas: "A, B và C được bổ nhiệm …")
    given = [e for e in run[people[-1] + 1:] if e.post is not None and e.post.appointed]
    k = len(people) - 1
    # ("các đồng chí: A, B, C được bầu làm …": a group opened as one, on commas alone)
    group = bool(_words().group.search(ctx.text[max(0, run[people[0]].start - 30):run[adjacent_before(people[0])].start]))
    while given and k > 0:
        link = adjacent_before(people[k]) - 1
        if not (gaps[link] == JOIN or (k < len(people) - 1 or group)
                and ctx.text[run[link].end:run[link + 1].start].strip() == ",") \
                or (held := run[link].post) is not None and held.appointed:
            break   # ("A was elected Standing Vice Chairman and B and C were elected Vice Chairs": A has the post given)
        k -= 1
        for e in given:
            e.owners.append(run[people[k]].value)
    # a plural post, and the posts written after it before the first name ("các Phó Thủ tướng, Phó Trưởng Ban Chỉ đạo A
    # và B"), give themselves to the names listed after their own
    with_posts = {o for x in run if x.post is not None for o in x.owners}
    plural = False
    for k, e in enumerate(run):
        if e.kind == PERSON:
            plural = False
        elif e.post is not None and (e.post.plural or plural and gaps[k - 1] in (SEP, ADJ)):
            plural = True
        if e.post is not None and plural and e.owners:
            j = k + 1
            while j < len(run) and run[j].kind != PERSON:
                j += 1
            while j + 1 < len(run) and gaps[j] in (JOIN, SEP) and run[j + 1].kind == PERSON:
                if run[j + 1].value not in with_posts:
                    e.owners.append(run[j + 1].value)
                j += 1


def _body(ctx: ArticleContext, post: Post) -> str | None:
    """The body a post belongs to: written, implied, or the one last named with its head."""
    if post.org:
        return post.org
    if post.head is not None:
        return ctx.in_focus(post.head) if post.head else None
    role = vocabulary().roles[post.role]
    if role.implied_org and role.implied_org in ctx.registry.entities:
        return role.implied_org
    if post.body or role.implied_body:
        place = ctx.entity(ctx.province)
        if isinstance(place, Place):
            body = post.body or role.implied_body or ""
            if place.kind == "city":
                body = lexicon("organisations")["city_party_bodies"].get(body, body)
            return ctx.organisation(f"{body} {place.label_vi}", "party", area=place.id)
        return None
    lex = lexicon("organisations")
    if role.body_heads and set(role.body_heads) <= set(lex["single_body_heads"]):
        return next((b for b in (ctx.only_one(h, tuple(lex["single_body_heads"][h]), current=not post.former)
                                 for h in role.body_heads) if b), None)
    if role.body_heads:   # English names a body with its own words ("a Deputy Head": of the committee in focus)
        kinds = tuple(lex["post_body_kinds"])
        english = english_body_in_focus(ctx, post.role, kinds) if ctx.language == "en" else None
        return english or ctx.in_focus_among(role.body_heads, kinds)
    own = ctx.language == "en" and post.role in lex["english_post_bodies"]   # "A and B were appointed deputy directors"
    return _leadership(ctx, post.role) or _the_only(ctx, post) or (english_body_in_focus(ctx, post.role) if own else None)


def english_body_in_focus(ctx: ArticleContext, role: str, kinds: tuple[str, ...] = ()) -> str | None:
    """The body an English post written alone belongs to (`english_post_bodies` in seeds/lexicon/organisations.yaml):
    a director's, the centre or department the article made; else the committee (of one of these kinds) it names most."""
    bodies = lexicon("organisations")["english_post_bodies"]
    return ctx.pinned_with(*bodies[role]) if role in bodies else ctx.named_with(*bodies["default"], kinds=kinds)


def _the_only(ctx: ArticleContext, post: Post) -> str | None:
    """The body of a post written alone that only one kind of body has, when the article names one body of that kind
    ("Phó Chủ tịch A" in an article that names one People's Committee): `posts_of_the_only_body` in
    seeds/lexicon/organisations.yaml."""
    only = lexicon("organisations")["posts_of_the_only_body"].get(post.role)
    return ctx.only_one(only["head"], tuple(only["kinds"]), current=not post.former) if only else None


def _held_before(ctx: ArticleContext, person: str, post: Post) -> str | None:
    """The body of a post written alone that the article gave this person before ("Bộ trưởng Nguyễn Mạnh Hùng" after "…
    giữ chức Bộ trưởng Bộ Khoa học và Công nghệ")."""
    if post.org or post.head is not None or post.body or post.former:
        return None
    held = [f.organization for f in ctx.facts if isinstance(f, Membership) and f.person == person and f.role == post.role
            and f.status is None]
    return held[-1] if held else None


def _leadership(ctx: ArticleContext, role: str) -> str | None:
    """The body of a post written alone ("…, also a Vice Chairman", "Vice Chairwoman B serves as …"): the body in which
    the sentence or the one before gave the same post or one of its leadership (a Chair's, for a Vice-chair)."""
    held = [ctx.posts_held[r] for r in (role, *vocabulary().roles[role].related) if r in ctx.posts_held]
    recent = [(when, body) for body, when in held if ctx.read - when <= 1]
    return max(recent)[1] if recent else None


def _setting(ctx: ArticleContext, view: SentenceView, post: Post) -> str | None:
    """The body a sentence opens in ("Tại Cục Bưu điện Trung ương, bà A được bổ nhiệm giữ chức Cục trưởng"), for a post
    written alone that is of a body with that body's head (its bodies' heads, or the head its name holds)."""
    role = vocabulary().roles[post.role]
    if post.org or post.head is not None or post.body:
        return None
    first = next((s for s in view.spans if s.kind == ORG), None)
    if first is None or first.end > post.start or not _words().setting.fullmatch(ctx.text[view.sentence.start:first.start]) \
            or not ctx.text[first.end:first.end + 2].lstrip().startswith(","):
        return None
    entity = ctx.entity(first.value)
    head = entity.label_vi.split()[0] if entity is not None and entity.label_vi else ""
    return first.value if head and (head in role.body_heads or head in role.label_vi.split()) else None


def _membership(ctx: ArticleContext, view: SentenceView, person: str, post: Post, rule: str) -> None:
    org = _held_before(ctx, person, post) or _setting(ctx, view, post) or _body(ctx, post)
    if org is None or ctx.kind(org) != "organizations" or ctx.kind(person) != "people":
        return
    org, role = board_of(ctx, view, office_of(ctx, view, org, post.role), post.role)
    term = term_given(ctx, view, post.end, post.appointed)
    fact = ctx.add(Membership, view, rule, "m", person=person, organization=org, role=leading_post(ctx, org, role),
                   status="former" if post.former else None, **(term.fields() if term else {}))
    if post.appointed and term is None:
        ctx.given_terms.append(fact)
    implied_named(ctx, view, org, post.role)
    if not post.former:
        ctx.posts_held[post.role] = (org, ctx.read)
        ctx.posts_given.append((post.start, fact, post.appointed))


def implied_named(ctx: ArticleContext, view: SentenceView, org: str, role: str) -> None:
    """A body a post implies that the article thereby names (a Prime Minister's Government; not the Party a General
    Secretary implies): `implied_named` in seeds/lexicon/organisations.yaml."""
    if org == vocabulary().roles[role].implied_org and org in lexicon("organisations")["implied_named"]:
        ctx.remember(org, view)


def office_of(ctx: ArticleContext, view: SentenceView, org: str, role: str) -> str:
    """The body a post of an office is held in: "Chánh Văn phòng" of a ministry, a People's Committee or a province's
    party committee heads its Văn phòng, which the sentence thereby names (`office_posts` in
    seeds/lexicon/organisations.yaml)."""
    office = lexicon("organisations")["office_posts"]
    entity = ctx.entity(org)
    if role not in office["roles"] or not isinstance(entity, Organization) or entity.kind not in office["of_kinds"] \
            or entity.label_vi.startswith(office["head"]) or entity.kind == "party" and not entity.area:
        return org
    english = [f"{entity.label_en} {office['head_en']}", f"{office['head_en']} of the {entity.label_en}"] if entity.label_en else []
    office_id = ctx.organisation(f"{office['head']} {entity.label_vi}", entity.kind, area=entity.area, parent=org, alt=english)
    ctx.remember(office_id, view)
    return office_id


def board_of(ctx: ArticleContext, view: SentenceView, org: str, role: str) -> tuple[str, str]:
    """A board's chair as the company's post: "Chủ tịch Hội đồng thành viên Tập đoàn VNPT" chairs VNPT's members'
    council, a post held in VNPT (`board_posts` of `owned_bodies` in seeds/lexicon/organisations.yaml); the article
    names VNPT, not the council as a body of its own."""
    entity = ctx.entity(org)
    if not isinstance(entity, Organization) or not entity.parent:
        return org, role
    for body in lexicon("organisations")["owned_bodies"]:
        if role in body.get("board_posts", {}) and entity.label_vi.startswith(body["head"] + " "):
            ctx.forget(org, view)
            ctx.remember(entity.parent, view)
            return entity.parent, body["board_posts"][role]
    return org, role


def leading_post(ctx: ArticleContext, org: str, role: str) -> str:
    """A generic post as the body it is held in names it ("Head" of a committee: its Chair)."""
    entity = ctx.entity(org)
    return post_in_body(entity.label_vi, role) if entity is not None else role


def successions(ctx: ArticleContext, view: SentenceView) -> None:
    """"… làm thành viên thay ông A", "She succeeds A": A held the post given just before, and no longer does (read
    once the sentence's posts, English ones included, are given)."""
    for p in view.of(PERSON):
        if not _words().succeeding.search(_before_marks(view, p.start)):
            continue
        given = [fact for start, fact, _ in ctx.posts_given if start < p.start and fact.person != p.value
                 and (start >= view.sentence.start or _only_holder_before(view, p.start, fact.person)
                      and (_called_before(ctx, view, p.start, fact.person) or not _subject_unnamed(view, p.start)))]
        if given and ctx.kind(p.value) == "people":
            post = given[-1]
            ctx.add(Membership, view, "succession", "m", person=p.value, organization=post.organization, role=post.role,
                    status="former", until=post.since, until_precision=post.since_precision)


def _opens_on_another(ctx: ArticleContext, view: SentenceView, holder: str) -> bool:
    """Whether a sentence opens on the last word of the name of someone the article named, other than a post's holder
    ("Hung, 55, was until last month …" after Man's post: the "He" who succeeds next is Hung)."""
    first = _FIRST_WORD.match(view.text)
    if first is None:
        return False
    word = fold(first[1])
    return any(fold(_last_name_word(ctx, p)) == word for p in ctx.people_named if p != holder) \
        and fold(_last_name_word(ctx, holder)) != word


def _last_name_word(ctx: ArticleContext, person: str) -> str:
    """The last word of a person's name, which an article calls them by ("Nien" for Nguyen Van Nien)."""
    words = (getattr(ctx.entity(person), "label_vi", "") or "").split()
    return words[-1] if words else ""


_FIRST_WORD = re.compile(r"\s*([A-ZÀ-ỸĐ][^\W\d_]*)\b")


def _called_before(ctx: ArticleContext, view: SentenceView, start: int, person: str) -> bool:
    """Whether the sentence names a person before an offset, by the last word of the name ("Nien replaces A")."""
    last = _last_name_word(ctx, person)
    return bool(last) and fold(last) in fold(view.before(start)).split()


def _subject_unnamed(view: SentenceView, start: int) -> bool:
    """Whether a sentence opens on a capitalised word the rules did not read as a name or pronoun ("Nien replaces A")."""
    first = view.before(start).split()[:1]
    return bool(first) and first[0][:1].isupper() and fold(first[0]) not in _words().pronouns


def _only_holder_before(view: SentenceView, start: int, holder: str) -> bool:
    """Whether the people a sentence names before an offset are all the holder of a post the sentence before gave
    ("Ông A thay ông B" after A's post; not "Ông C, …, thay ông B" after A's)."""
    return all(s.value == holder for s in view.of(PERSON) if s.start < start)


def _before_marks(view: SentenceView, start: int) -> str:
    """The words before a person's name and the honorifics or ranks written right before it."""
    for s in reversed(view.spans_before(start, 40)):
        if s.kind in (HONORIFIC, RANK) and not view.between(s.end, start).strip():
            start = s.start
    return view.before(start, 30)


_BULLET = re.compile(rf"^\s*{LIST_ITEM}\s")


def extract_people(ctx: ArticleContext, view: SentenceView) -> list[Reach]:
    """The sentence's memberships; returns each person with the reach of its posts."""
    date_given_terms(ctx, view, ctx.given_terms)
    ctx.given_terms = []
    # the last post given by a verb of appointing, else one held by one person at a time ("… She succeeds A"), unless
    # this sentence turns to someone else
    ctx.posts_given = ([given for given in ctx.posts_given if given[2]]
                       or [given for given in ctx.posts_given if vocabulary().roles[given[1].role].single])[-1:]
    ctx.posts_given = [given for given in ctx.posts_given if not _opens_on_another(ctx, view, given[1].person)]
    elements = _elements(ctx, view)
    _retiring_group(ctx, view, elements)
    runs, header, header_at = _runs(ctx, view, elements)
    for run in runs:
        _assign(ctx, run)
    header_end = _list_end(ctx, elements, header_at) if header_at is not None else view.sentence.end
    bodies = {e.start: e for e in elements if e.kind == ORG}
    listed = bool(_BULLET.match(view.sentence.text))
    carried = ctx.list_post if listed and not header else None   # an item with a header of its own ("4. Các thành viên: …")
    if not listed:
        ctx.list_post = None
    people = [e for e in elements if e.kind == PERSON]
    if header and not people:
        ctx.list_post = tuple(header)          # "Các thành viên:" and the items below it
    held: dict[str, list[Element]] = {}
    for e in elements:
        for owner in dict.fromkeys(e.owners):
            held.setdefault(owner, []).append(e)
    reaches = []
    for p in people:
        person = p.value
        ctx.remember(person, view)
        mine = [e for e in held.get(person, []) if abs(e.start - p.start) < WINDOW]
        posts = [e.post for e in mine if e.post is not None]
        for post in posts:
            _membership(ctx, view, person, post, "post")
        if header_at is not None and header_at <= p.start < header_end:
            for post in header:
                if not any(_narrower(own, post) or _other_post_there(own, post) for own in posts):
                    _membership(ctx, view, person, _in_brackets_body(ctx, bodies, p, post), "list-header")
        for post in carried or ():
            _membership(ctx, view, person, post, "list-header")
        end = max([p.end] + [e.end for e in mine if e.start > p.start])
        lead = min([p.start] + [e.start for e in mine if e.start < p.start])
        reaches.append(Reach(p.start, end, person, tuple(post.role for post in posts), lead))
        if any(vocabulary().roles[post.role].single for post in posts):
            ctx.leader = person   # who leads: the next "Thủ tướng yêu cầu …" is theirs
    return reaches


def _retiring_group(ctx: ArticleContext, view: SentenceView, elements: list[Element]) -> None:
    """Posts listed after a sentence that retires a group of people ("… cho nghỉ hưu đối với 7 cán bộ. Cụ thể, tại Sở A
    có 2 Phó Giám đốc là …"), and in the sentences of the same paragraph after the first item: held until the
    retirement, so former ones."""
    words = _words()
    retired = words.retiring.search(view.text)
    if retired and not any(e.kind == PERSON and e.start > view.base + retired.start() for e in elements):
        ctx.retiring = (ctx.read, False, view.sentence.end)
        return
    if ctx.retiring is None:
        return
    read, listing, end = ctx.retiring
    same_paragraph = listing and "\n" not in ctx.text[end:view.sentence.start]
    if ctx.read - read != 1 or not (same_paragraph or words.group_item.match(view.text)):
        ctx.retiring = None
        return
    ctx.retiring = (ctx.read, True, view.sentence.end)
    for e in elements:
        if e.post is not None:
            e.post.former, e.post.appointed = True, False


def _list_end(ctx: ArticleContext, elements: list[Element], header_at: int) -> int:
    """Where a header's list of bare names ends: at the first item after a semicolon that gives a post of its own,
    before or after its name ("các Phó Thủ tướng: A, B; Bộ trưởng Bộ Công an C", "các Phó Chủ tịch UBND tỉnh: A, B;
    Thiếu tướng C, Giám đốc Công an tỉnh": C is neither), the header's post as one held before included ("các Thứ
    trưởng: A, B; GS C, nguyên Thứ trưởng …"). A list whose items give posts
    of their own from the first ("gồm: Phó Thủ tướng A; Bộ trưởng Bộ Quốc phòng B", "gồm: ông A, Giám đốc Sở X; …")
    runs to the sentence's end, unless its first part lists several people: then it ends with that part."""
    listed = [e for e in elements if e.start >= header_at]
    first = [e for e in listed if ";" not in ctx.text[header_at:e.start]]
    if not listed or any(e.post is not None for e in first) and sum(e.kind == PERSON for e in first) < 2:
        return len(ctx.text)
    if any(e.post is not None for e in first):   # "các Phó Trưởng Ban: Phó Thủ tướng A, Bộ trưởng B; Bộ trưởng C": the
        return next((e.start for e in listed[len(first):] if e.post is not None), len(ctx.text))   # list ends at ";"
    previous = header_at
    for k, e in enumerate(listed):
        if ";" in ctx.text[previous:e.start]:
            # the item opens with a post, or gives one after its name ("…; GS C, nguyên Thứ trưởng …")
            item = [x.post for x in listed[k:] if ";" not in ctx.text[e.start:x.start] and x.post is not None]
            if e.post is not None or item:
                return e.start
        previous = e.end
    return len(ctx.text)


def _in_brackets_body(ctx: ArticleContext, bodies: dict[int, Element], person: Element, post: Post) -> Post:
    """A list's post that names no body, with the body written in brackets after a listed name ("các Bộ trưởng: A (Bộ
    Công an), B (Bộ Khoa học và Công nghệ)"): that body's post. `bodies`: the sentence's bodies by where they start."""
    if post.org is not None:
        return post
    body = next((b for at in range(person.end + 1, person.end + 4) if (b := bodies.get(at)) is not None
                 and ctx.text[person.end:at].strip() == "(" and ctx.text[b.end:b.end + 1] == ")"), None)
    return replace(post, org=body.value, head=None) if body is not None else post


def without_implied_memberships(facts: list) -> list:
    """The facts without a post another post held now in the same body says: a bare membership ("gồm các thành viên:
    1. A - Trưởng Ban": A is its Head, which says A is a member), or the rank an office's head holds with the post
    ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one post): `membership_posts` and `ranks_with_posts` in
    seeds/lexicon/people.yaml."""
    people = lexicon("people")
    implied = {post: set(people["membership_posts"]) for post in vocabulary().roles}
    for post, ranks in people["ranks_with_posts"].items():
        implied[post] = implied[post] | set(ranks)
    held: dict[tuple, set[str]] = {}
    for f in facts:
        if isinstance(f, Membership) and f.status is None:
            held.setdefault((f.person, f.organization), set()).add(f.role)
    said = {key: set().union(*(implied[r] - {r} for r in roles)) for key, roles in held.items()}
    return [f for f in facts if not (isinstance(f, Membership) and f.status is None
                                     and f.role in said.get((f.person, f.organization), set()))]


def _narrower(own: Post, header: Post) -> bool:
    """Whether a listed person's own post is a narrower form of the list's ("Các Phó Trưởng Ban gồm: A (Phó Trưởng Ban
    Thường trực), B"), or its deputy ("Ban Giám đốc Sở gồm: A, Giám đốc; B, Phó Giám đốc"): B holds the one post, not both."""
    roles = vocabulary().roles
    mine, listed = match_key(roles[own.role].label_vi), match_key(roles[header.role].label_vi)
    return (own.role != header.role and (own.org == header.org or None in (own.org, header.org)) and not own.former
            and not header.former and (mine.startswith(listed + " ") or mine.endswith(" " + listed)))


def _other_post_there(own: Post, header: Post) -> bool:
    """Whether a listed person's own post is another post in the list's body: the list has ended ("các đồng chí Bí thư
    Trung ương Đảng: A, …; đồng chí B, Ủy viên Trung ương Đảng, …": B is not a Secretary)."""
    return own.org is not None and own.org == header.org and own.role != header.role and not own.former


def office_mentions(view: SentenceView) -> list[Span]:
    """Names of offices read as bodies: a post's words not followed by a person ("của Thủ tướng Chính phủ")."""
    titles = {(s.start, s.end) for s in view.spans if s.kind == TITLE}
    out = []
    spans = view.spans
    for k, s in enumerate(spans):
        if s.kind != ORG:
            continue
        if (s.start, s.end) not in titles:
            if s.named:
                out.append(s)
            continue
        nxt = next((x for x in spans[k + 1:k + 4] if x.start >= s.end), None)
        gap = _gap(view.between(s.end, nxt.start)) if nxt is not None else None
        # "Thủ tướng Chính phủ Phạm Minh Chính", "Thủ tướng Chính phủ - Chủ tịch Ủy ban …": a person's post, not the office
        adjacent = nxt is not None and (nxt.kind in (PERSON, RANK, HONORIFIC) and gap == ADJ or nxt.kind == TITLE and gap in (ADJ, SEP))
        spoken = _words().speaks.match(view.after(s.end, 30))   # "Chủ tịch nước cho biết": the person, not the office
        if not adjacent and not spoken and len(s.text.split()) >= 3:
            out.append(s)
    return out
