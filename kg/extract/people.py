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
from dataclasses import dataclass, field
from functools import cache

from kg.extract.context import HONORIFIC, ORG, PERSON, RANK, TITLE, WINDOW, ArticleContext, SentenceView, Span
from kg.extract.lexicon import lexicon, vocabulary
from kg.model import Membership, Place

ADJ, SEP, JOIN, HEADER, HARD = "adjacent", "separator", "join", "header", "hard"


@dataclass
class Post:
    start: int
    end: int
    role: str
    org: str | None
    former: bool
    plural: bool = False


@dataclass
class Element:
    span: Span | None           # a person, a rank, an honorific (None for a post)
    post: Post | None = None
    owners: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.post.start if self.post else self.span.start

    @property
    def end(self) -> int:
        return self.post.end if self.post else self.span.end

    @property
    def kind(self) -> str:
        return "post" if self.post else self.span.kind


@dataclass(frozen=True)
class Reach:
    """A person of the sentence and how far its name and posts run (for the rules that follow)."""

    start: int
    end: int
    person: str
    roles: tuple[str, ...]


@cache
def _patterns():
    people = lexicon("people")
    links = "|".join(re.escape(w) for w in sorted(people["post_links"], key=len, reverse=True))
    names = "|".join(re.escape(w) for w in people["name_links"])
    plurals = "|".join(re.escape(w) for w in sorted(people["plurals"], key=len, reverse=True))
    return (re.compile(rf"^(?:[,\-–(]\s*)?(?:(?:{links})\s*)?$", re.IGNORECASE),
            re.compile(rf"^,?\s*(?:{names})$", re.IGNORECASE),
            re.compile(rf"(?:^|\s)(?:{plurals})\s*$", re.IGNORECASE))


def _gap(text: str) -> str:
    g = " ".join(text.split())
    sep, join, _ = _patterns()
    if g in ("", "-", "–"):
        return ADJ
    if g.endswith(":"):
        return HEADER
    if g in (",", "và", "and", ", và", "cùng"):
        return JOIN if g != "," else SEP
    if sep.match(g):
        return SEP
    if join.match(g):
        return JOIN
    return HARD


def _elements(ctx: ArticleContext, view: SentenceView) -> list[Element]:
    """Posts (a post and the body written after it), people, ranks and honorifics, in order; a body named on
    its own stands between them as a break."""
    spans = [s for s in view.spans if s.kind in (TITLE, ORG, PERSON, RANK, HONORIFIC)]
    titles = {(s.start, s.end) for s in spans if s.kind == TITLE}
    dual = titles & {(s.start, s.end) for s in spans if s.kind == ORG}   # "Thủ tướng Chính phủ": a post or the office
    _, _, plural = _patterns()
    out: list[Element] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        if (s.start, s.end) in dual and not _names_next(ctx, spans, i):
            if s.kind == ORG:
                out.append(Element(s))  # "của Thủ tướng Chính phủ": the office, a break between chains
            i += 1
            continue
        if s.kind == ORG and (s.start, s.end) in dual:
            i += 1  # the same words as a post, with a name after them: read as the post
            continue
        if s.kind == TITLE:
            org, end = None, s.end
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt is not None and nxt.kind == ORG and (nxt.start, nxt.end) == (s.start, s.end):
                nxt = spans[i + 2] if i + 2 < len(spans) else None
                i += 1
            if nxt is not None and nxt.kind == ORG and re.fullmatch(r"\s*(?:of(?: the)?)?\s*", ctx.text[s.end:nxt.start]):
                org, end = nxt.value, nxt.end
                i += 1
            before = ctx.text[max(0, s.start - 16):s.start]
            plural_form = ctx.language == "en" and s.text.endswith("s") and s.text[:-1] in vocabulary().roles[s.value].forms_en
            out.append(Element(None, Post(s.start, end, s.value, org, s.former, bool(plural.search(before)) or plural_form)))
        elif s.kind == ORG:
            out.append(Element(s))  # a break
        else:
            out.append(Element(s))
        i += 1
    return out


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


def _runs(ctx: ArticleContext, elements: list[Element]) -> tuple[list[list[Element]], list[Post], int | None]:
    """The elements in runs that hard breaks separate; a header's posts and where its list starts."""
    runs: list[list[Element]] = [[]]
    header: list[Post] = []
    header_at = None
    for k, e in enumerate(elements):
        if e.kind == ORG:
            runs.append([])
            continue
        runs[-1].append(e)
        if k + 1 < len(elements):
            gap = _gap(ctx.text[e.end:elements[k + 1].start])
            if gap == HEADER and e.post is not None and header_at is None:
                chain = [x.post for x in runs[-1] if x.post is not None]
                header = chain
                header_at = elements[k + 1].start
                runs[-1] = []
            elif gap == HARD:
                runs.append([])
    return [r for r in runs if r], header, header_at


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

    for e in run[:people[0]]:
        e.owners.append(run[people[0]].span.value)
    for e in run[people[-1] + 1:]:
        e.owners.append(run[people[-1]].span.value)
    for a, b in zip(people, people[1:]):
        start_b = adjacent_before(b)
        own_b = run[start_b:b]
        between = run[a + 1:start_b]
        to_b = (between and own_b and all(e.kind in (RANK, HONORIFIC) for e in own_b)
                and adjacent_before(a) < a and any(run[x].post for x in range(adjacent_before(a), a)))
        for e in between:
            e.owners.append(run[b if to_b else a].span.value)
        for e in own_b:
            e.owners.append(run[b].span.value)
    # a plural post gives itself to the names listed after its own
    with_posts = {o for x in run if x.post is not None for o in x.owners}
    for k, e in enumerate(run):
        if e.post is not None and e.post.plural and e.owners:
            j = k + 1
            while j < len(run) and run[j].kind != PERSON:
                j += 1
            while j + 1 < len(run) and gaps[j] in (JOIN, SEP) and run[j + 1].kind == PERSON:
                if run[j + 1].span.value not in with_posts:
                    e.owners.append(run[j + 1].span.value)
                j += 1


def _body(ctx: ArticleContext, post: Post) -> str | None:
    """The body a post belongs to: written, implied, or the one last named with its head."""
    if post.org:
        return post.org
    role = vocabulary().roles[post.role]
    if role.implied_org and role.implied_org in ctx.registry.entities:
        return role.implied_org
    if role.implied_body:
        place = ctx.entity(ctx.home)
        if isinstance(place, Place):
            return ctx.organisation(f"{role.implied_body} {place.label_vi}", "party", area=place.id)
        return None
    if role.body_head:
        return ctx.in_focus(role.body_head)
    if re.search(r"(?:also(?: a| the)?|cũng là)\s*$", ctx.text[max(0, post.start - 12):post.start], re.IGNORECASE):
        return ctx.posts_held.get(post.role)   # "…, also a Vice Chairman": of the body just named for that post
    return None


def _membership(ctx: ArticleContext, view: SentenceView, person: str, post: Post, rule: str) -> None:
    org = _body(ctx, post)
    if org is None or ctx.kind(org) != "organizations" or ctx.kind(person) != "people":
        return
    ctx.add(Membership, view, rule, "m", person=person, organization=org, role=post.role,
            status="former" if post.former else None)
    ctx.posts_held[post.role] = org


_BULLET = re.compile(r"^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s")


def extract_people(ctx: ArticleContext, view: SentenceView) -> list[Reach]:
    """The sentence's memberships; returns each person with the reach of its posts."""
    elements = _elements(ctx, view)
    runs, header, header_at = _runs(ctx, elements)
    for run in runs:
        _assign(ctx, run)
    listed = bool(_BULLET.match(view.sentence.text))
    carried = ctx.list_post if listed else None
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
        person = p.span.value
        ctx.remember(person, view)
        mine = [e for e in held.get(person, []) if abs(e.start - p.start) < WINDOW]
        posts = [e.post for e in mine if e.post is not None]
        for post in posts:
            _membership(ctx, view, person, post, "post")
        if header_at is not None and p.start >= header_at:
            for post in header:
                _membership(ctx, view, person, post, "list-header")
        for post in carried or ():
            _membership(ctx, view, person, post, "list-header")
        end = max([p.end] + [e.end for e in mine if e.start > p.start])
        reaches.append(Reach(p.start, end, person, tuple(post.role for post in posts)))
        if any(vocabulary().roles[post.role].single for post in posts):
            ctx.leader = person   # who leads: the next "Thủ tướng yêu cầu …" is theirs
    return reaches


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
        adjacent = nxt is not None and nxt.kind in (PERSON, RANK, HONORIFIC) and _gap(view.between(s.end, nxt.start)) == ADJ
        if not adjacent and len(s.text.split()) >= 3:
            out.append(s)
    return out


@cache
def _english():
    """English posts written in lower case after a verb or a comma ("…, both deputy heads of the steering
    committee", "serves as standing deputy head", "Its deputy heads are …"), from the vocabulary's English forms."""
    forms = {}
    for role in vocabulary().roles.values():
        for form in role.forms_en:
            forms.setdefault(form.lower(), role.slug)
    titles = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    post = rf"(?P<title>{titles})s?(?:\s+of\s+(?:the\s+|its\s+)?)?"
    after = re.compile(rf"^\s*(?:,\s*)?(?:both|also|who is|who are|who was|is|are|was|were|serves as|served as|"
                       rf"was named|were named|named|was appointed|appointed|as)\s+(?:the\s+|a\s+|an\s+|its\s+)?{post}",
                       re.IGNORECASE)
    leads = re.compile(r"^\s*(?P<verb>heads|chairs|leads)\s+(?:the\s+(?=[A-Z]))?", re.IGNORECASE)
    header = re.compile(rf"(?:its|the)\s+{post}\s*(?:are|were|include|:)\s*$", re.IGNORECASE)
    return forms, after, leads, header


def _group_after(view: SentenceView, start: int) -> list[Span]:
    """The people listed from an offset on ("A; B and C", "A, B and C")."""
    out = []
    for s in view.spans_from(start):
        if s.kind in (TITLE, ORG, RANK, HONORIFIC):
            continue
        if s.kind != PERSON:
            break
        out.append(s)
    return out


def english_posts(ctx: ArticleContext, view: SentenceView, reaches: list[Reach]) -> None:
    """Posts English writes around verbs: "A and B, both deputy heads of the steering committee", "A serves as
    standing deputy head", "A heads the committee", "Its deputy heads are A; B; C"."""
    forms, after, leads, header = _english()
    committee = ctx.named_with("committee")
    persons = [s for s in view.spans if s.kind == PERSON]
    for k, p in enumerate(persons):
        reach = next((r for r in reaches if r.start == p.start), None)
        end = reach.end if reach else p.end
        # the people joined to this one ("A and B, both …")
        group = [p]
        while k + 1 < len(persons) and re.fullmatch(r"\s*(?:,|and)\s*", view.between(group[-1].end, persons[k + 1].start)):
            k += 1
            group.append(persons[k])
        end = max(end, group[-1].end)
        text = view.after(end, 120)
        m = after.match(text)
        if m and re.match(r"\s*(?:are|were)\b", text, re.IGNORECASE):   # "A, Director of …, and B, … are deputy heads"
            clause = re.split(r";|,?\s(?:while|whereas)\s", view.before(p.start))[-1]
            group = [q for q in persons if p.start - len(clause) <= q.start <= p.start] or group
        if m:
            org = view.org_at(end + m.end()) if m.group(0).rstrip().endswith(("of", "the", "its")) else None
            body = org.value if org else committee
            for person in group:
                _english_membership(ctx, view, person.value, forms[m["title"].lower()], body)
            continue
        m = leads.match(text)
        if m:
            org = view.org_at(end + m.end()) or view.org_at(end + m.end() + 4)
            role = "chu-tich" if m["verb"].lower() == "chairs" else "truong-ban"
            _english_membership(ctx, view, p.value, role, org.value if org else committee)
    for m in header.finditer(view.text[:2 * WINDOW]):
        for person in _group_after(view, view.base + m.end()):
            _english_membership(ctx, view, person.value, forms[m["title"].lower()], committee)


def _english_membership(ctx: ArticleContext, view: SentenceView, person: str, role: str, org: str | None) -> None:
    implied = vocabulary().roles[role].implied_org
    if vocabulary().roles[role].body_head and (org is None or ctx.kind(org) == "organizations"
                                              and getattr(ctx.entity(org), "kind", None) == "peoples-committee"):
        org = ctx.named_with("steering committee") or ctx.named_with("working group") or org   # a head's body: a committee of its own
    org = org if org and ctx.kind(org) == "organizations" else implied
    if org and ctx.kind(person) == "people":
        ctx.add(Membership, view, "post-english", "m", person=person, organization=org, role=role)
