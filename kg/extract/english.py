"""Posts English news writes around verbs, after the chains of posts and names that both languages share:

    A and B, both deputy heads of the steering committee       a post given to a group
    A serves as standing deputy head · A was named deputy head   a post after a verb
    A heads the committee · PM Chinh, who chairs the council    a verb that is a post
    Its deputy heads are A; B; and C                            a post given to the names listed after it
    A, who headed B, becomes its Director · A has led B since 2021   a chain of one person's posts ("its": the body
    A took over from B as Director                                named before the person), the second one held before
    The council opened its session, with chairman A presiding     a post of the body the sentence opens with

A post without a body of its own belongs to the committee the article is about (the body it names most with
"committee" in its English name), a director's to the centre or department in focus; a head's, to a steering
committee or working group of its own. The words are
data: `seeds/lexicon/people.yaml` (verbs) and `seeds/lexicon/organisations.yaml` (bodies).
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import HONORIFIC, ORG, PERSON, RANK, TITLE, WINDOW, ArticleContext, SentenceView, Span
from kg.extract.lexicon import alternatives, english_plural, lexicon, vocabulary
from kg.extract.people import Reach, appoints, english_body_in_focus, implied_named, leading_post, office_of, term_ended
from kg.model import Membership


@dataclass(frozen=True)
class _Words:
    forms: dict[str, str]          # an English post (lower case) → its role
    plurals: frozenset[str]        # … the plural ones ("deputy heads")
    after: re.Pattern              # "…, (both|was named|serves as) (the) <post> (of (the))"
    former: re.Pattern             # in the words of `after` before the post, a post held before: "who previously served as"
    plural_verb: re.Pattern        # "… are deputy heads": a group written before
    clause_break: re.Pattern
    clause_opens: re.Pattern    # a word that opens the next clause: "while", "whereas"
    leads: re.Pattern              # "(, who) heads (the)", "…, who headed (the)": a post held before
    lead_roles: dict[str, str]
    past_body_end: re.Pattern      # after the body a past verb gives a post of: the clause goes on no further into it
    since: re.Pattern              # "since 2021" after a body
    next_clause: re.Pattern        # "and", "," before the next verb of one person's chain
    taking_over: re.Pattern        # "A took over from B …"
    header: re.Pattern             # "Its deputy heads are"
    counted_header: re.Pattern     # "… elected three Deputy Secretaries: A, …; B, …"
    joined: re.Pattern             # between the names of a group: "A and B", "A, B"
    presiding: re.Pattern          # "…, with (council) chairman <person>" before the person …
    presides: re.Pattern           # … and "presiding", "chairing" after
    headed: tuple[str, ...]        # … and a head's


@cache
def _words() -> _Words:
    people, orgs = lexicon("people"), lexicon("organisations")
    forms: dict[str, str] = {}
    plurals: set[str] = set()
    for role in vocabulary().roles.values():
        for form in role.forms_en:
            forms.setdefault(form.lower(), role.slug)
            forms.setdefault(english_plural(form).lower(), role.slug)
            plurals.add(english_plural(form).lower())
    articles = rf"(?:(?:{alternatives(people['articles_en'])})\s+)?"
    post = rf"(?P<title>{alternatives(forms)})(?:\s+(?:{alternatives(people['post_of_en'])})\s+)?"
    plural_verbs = [v for v in people["list_verbs_en"] if v.isalpha()]
    return _Words(
        forms=forms,
        plurals=frozenset(plurals),
        after=re.compile(rf"^\s*(?:,\s*)?(?:{alternatives(people['post_verbs_en'])})\s+{articles}{post}", re.IGNORECASE),
        former=re.compile(rf"(?<!\w)(?:{alternatives(people['former'])})(?!\w)", re.IGNORECASE),
        plural_verb=re.compile(rf"\s*(?:{alternatives(plural_verbs)})\b", re.IGNORECASE),
        clause_break=re.compile(rf";|,?\s(?:{alternatives(people['clause_breaks_en'])})\s"),
        clause_opens=re.compile(rf"\s*(?:{alternatives(people['clause_breaks_en'])})\s"),
        leads=re.compile(rf"^\s*(?:,\s*(?:{alternatives(people['lead_subjects_en'])})\s+)?(?P<verb>{alternatives(people['lead_verbs_en'])})\s+"
                         rf"(?:the\s+(?=[A-Z]))?|^\s*,\s*who\s+(?:(?:{alternatives(people['former_lead_times_en'])})\s+)?"
                         rf"(?P<former>{alternatives(people['former_lead_verbs_en'])})\s+"
                         rf"(?:the\s+(?=[A-Z]))?"
                         rf"|^\s*(?:,\s*\d{{2}}\s*,\s*)?(?:(?:{alternatives(people['former_lead_adverbs_en'])})\s+)?"
                         rf"(?P<past>{alternatives(people['former_lead_verbs_en'])})\s+(?:the\s+(?=[A-Z]))?", re.IGNORECASE),
        lead_roles={verb.lower(): role for verb, role in {**people["lead_verbs_en"], **people["former_lead_verbs_en"]}.items()},
        past_body_end=re.compile(rf"\s*(?:[.,;]|$|(?:{alternatives(people['past_body_ends_en'])})\b)", re.IGNORECASE),
        since=re.compile(rf"^\s*(?:{alternatives(people['since_en'])})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
        next_clause=re.compile(r"^\s*(?:,\s*)?(?:and\s+)?(?=\w)"),
        taking_over=re.compile(rf"^\s*(?:,\s*(?:{alternatives(people['lead_subjects_en'])})\s+)?"
                               rf"(?:{alternatives(people['taking_over_en'])})\s+$", re.IGNORECASE),
        header=re.compile(rf"(?:{alternatives(people['list_owners_en'])})\s+(?:(?:{alternatives(people['counts_en'])}|\d+)\s+)?{post}\s*"
                          rf"(?:{alternatives(people['list_verbs_en'])})\s*", re.IGNORECASE),   # "Its (two) deputy heads are"
        counted_header=re.compile(rf"(?<!\w)(?:{alternatives(people['counts_en'])}|\d+)\s+{post}\s*:\s*", re.IGNORECASE),
        joined=re.compile(r"\s*(?:,|and|, and)\s*"),
        presiding=re.compile(rf"(?:^|\s)(?:{alternatives(people['presiding_with_en'])})\s+(?:[a-z]+\s+)?"
                             rf"(?P<title>{alternatives(forms)})\s+$", re.IGNORECASE),
        presides=re.compile(rf"^\s*(?:{alternatives(people['presiding_en'])})(?!\w)", re.IGNORECASE),
        headed=tuple(orgs["english_headed_bodies"]),
    )


def _appositive(view: SentenceView, start: int) -> bool:
    """Whether a post begins right after a person's name and its comma."""
    before = [s for s in view.spans_before(start, 80) if s.kind == PERSON]
    return bool(before) and view.between(before[-1].end, start).strip() == ","


def _group_after(view: SentenceView, start: int) -> list[Span]:
    """The people listed from an offset on, past their own posts ("A; B and C", "Prime Minister A; Head of … B")."""
    out = []
    for s in view.spans_from(start):
        if s.kind in (TITLE, ORG, RANK, HONORIFIC):
            continue
        if s.kind != PERSON:
            break
        out.append(s)
    return out


def english_posts(ctx: ArticleContext, view: SentenceView, reaches: list[Reach]) -> None:
    """The English posts of a sentence that only its verbs give."""
    words = _words()
    persons = [s for s in view.spans if s.kind == PERSON]
    grouped: set[int] = set()
    for k, p in enumerate(persons):
        if p.start in grouped:
            continue   # read with the group it was joined to
        reach = next((r for r in reaches if r.start == p.start), None)
        end = reach.end if reach else p.end
        group = [p]   # the people joined to this one ("A and B, both …")
        while k + 1 < len(persons) and words.joined.fullmatch(view.between(group[-1].end, persons[k + 1].start)):
            k += 1
            group.append(persons[k])
        end = max(end, group[-1].end)
        grouped |= {q.start for q in group[1:]}
        text = view.after(end, 120)
        m = words.after.match(text)
        if m and len(group) == 1 and words.plural_verb.match(text):   # "A, Director of …, and B, … are deputy heads"
            clause = words.clause_break.split(view.before(p.start))[-1]
            group = [q for q in persons if p.start - len(clause) <= q.start <= p.start] or group
        if m:
            role = words.forms[m["title"].lower()]
            body = _body_of_post(ctx, view, p, end, m) or english_body_in_focus(ctx, role)
            body_end = max([end + m.end()] + [o.end for o in view.spans_from(end + m.end(), 12) if o.kind == ORG])
            former = bool(words.former.search(m.group(0)[:m.start("title")])) or term_ended(ctx, body_end)
            for person in group:
                _membership(ctx, view, person.value, role, body, former, appointed=appoints(m.group(0)))
            continue
        if not _took_over(ctx, view, p, end) and not _presiding(ctx, view, p):
            _chain(ctx, view, p, end)
    text = view.text[:2 * WINDOW]
    for m in [*words.header.finditer(text), *words.counted_header.finditer(text)]:
        if _appositive(view, view.base + m.start()) or words.clause_opens.match(text, m.end()):
            continue   # "A, the committee's Standing Deputy Head, and B, Deputy Head": A's post, not a list's header; nor
                       # "A is the Standing Deputy Head, while B …"
        if m["title"].lower() not in words.plurals and words.plural_verb.match(m.group(0)[m.end("title") - m.start():]):
            continue   # "Joining the PM were A; B": those who came with its holder, not holders of the post
        role = words.forms[m["title"].lower()]
        owner = next((o.value for o in view.spans_from(view.base + m.start(), m.end() - m.start()) if o.kind == ORG), None)
        for person in _group_after(view, view.base + m.end()):
            if not _own_narrower(view, person, role):   # ("The department's deputy directors are …": that department's)
                _membership(ctx, view, person.value, role, owner or english_body_in_focus(ctx, role))


def _own_narrower(view: SentenceView, person: Span, role: str) -> bool:
    """Whether a listed person's own item gives a narrower post than the list's ("three Deputy Secretaries: A, who
    becomes Standing Deputy Secretary; …": A's is the standing one)."""
    item = view.after(person.end, 200).split(";", 1)[0]
    return any(s.kind == TITLE and s.value != role and s.value.startswith(role)
               for s in view.spans_from(person.end, len(item)))


def _chain(ctx: ArticleContext, view: SentenceView, p: Span, end: int) -> None:
    """The posts one person's verbs give one after another: "A, who headed B, becomes its Director", "A has led B since
    2021 and remains its Director" ("its": the body named before the person, else the one the chain last named)."""
    words = _words()
    last: tuple[str, str] | None = None   # (body, post) the chain last gave
    for _ in range(3):
        text = view.after(end, 160)
        m = words.leads.match(text)
        if m:
            org = view.org_at(end + m.end()) or view.org_at(end + m.end() + 4)
            role = words.lead_roles[(m["verb"] or m["former"] or m["past"]).lower()]
            if m["past"] and (org is None or not words.past_body_end.match(view.after(org.end, 20))):
                return   # "Diem previously led the Soc Trang centre": a body of its own, not "led a delegation", "chaired
                         # the committee's meeting"
            if org is None:
                if not m["former"]:
                    _membership(ctx, view, p.value, role, english_body_in_focus(ctx, role))
                return
            since = words.since.match(view.after(org.end, 40)) if not m["past"] else None
            last = (org.value, _membership(ctx, view, p.value, role, org.value, bool(m["former"] or m["past"]),
                                           int(since["year"]) if since and not m["former"] else None) or "")
            end = org.end + (since.end() if since else 0)
            continue
        clause = words.next_clause.match(text)
        post = words.after.match(text[clause.end():]) if clause and last else None
        if clause is None or post is None or last is None:
            return
        body = _body_of_post(ctx, view, p, end + clause.end(), post, last[0])
        if body is not None:
            role = words.forms[post["title"].lower()]
            if (body, leading_post(ctx, body, role)) != last:
                _membership(ctx, view, p.value, role, body)
        return


def _body_of_post(ctx: ArticleContext, view: SentenceView, p: Span, start: int, m: re.Match, chained: str | None = None,
                  its: bool = False) -> str | None:
    """The body of a post a verb gives (matched by `after` from `start`): the one named after it ("Director of the …"),
    else for "its" post the one the sentence names before the person, else the one the person's chain named, else,
    for "its" written in a sentence that names no body before the person, the body the article is about ("… its
    Department of Science and Technology. A remains its director")."""
    if m.end() > m.end("title"):
        own = next((s for s in view.spans_from(start + m.end("title"), m.end() - m.end("title") + 5) if s.kind == ORG), None)
        return own.value if own else None
    written = "its" in m.group(0)[:m.start("title")].lower().split()
    if its or written:
        before = [s for s in view.spans_before(p.start) if s.kind == ORG and view.between(s.end, p.start).strip()]
        if before or chained or not written or any(s.kind == ORG and s.start < p.start for s in view.spans):
            return before[-1].value if before else chained
        return ctx.most_named()
    return None


def _took_over(ctx: ArticleContext, view: SentenceView, p: Span, end: int) -> bool:
    """"A took over from B as Director (of C)": A holds the post, B held it; the body, when not named after the post,
    is the one the sentence names before A ("At the Authority of Information Security, A took over from B as …")."""
    words = _words()
    after = [s for s in view.spans_from(end) if s.kind == PERSON]
    if not after or not words.taking_over.match(view.between(end, after[0].start)):
        return False
    q = after[0]
    m = words.after.match(view.after(q.end, 120))
    if not m:
        return True
    org = _body_of_post(ctx, view, p, q.end, m, its=True)
    if org:
        role = words.forms[m["title"].lower()]
        _membership(ctx, view, p.value, role, org)
        held = _membership(ctx, view, q.value, role, org, former=True)
        # the chain of posts around names read "B as Director" as B's post held now: it is the one B left
        ctx.facts = [f for f in ctx.facts if not (isinstance(f, Membership) and f.person == q.value
                                                  and f.role == held and f.status is None
                                                  and f.evidence[0].start == view.sentence.start)]
    return True


def _presiding(ctx: ArticleContext, view: SentenceView, p: Span) -> bool:
    """"The provincial People's Council opened its session, with council chairman A presiding": A chairs the body the
    sentence opens with."""
    words = _words()
    written = words.presiding.search(view.before(p.start, 60))
    subject = next((s for s in view.spans if s.kind == ORG), None)
    if written is None or subject is None or subject.start > p.start or not words.presides.match(view.after(p.end, 30)):
        return False
    _membership(ctx, view, p.value, words.forms[written["title"].lower()], subject.value)
    return True


def _membership(ctx: ArticleContext, view: SentenceView, person: str, role: str, org: str | None, former: bool = False,
                since: int | None = None, appointed: bool = False) -> str | None:
    """The membership a post gives (`appointed`: by a verb of appointing); returns the post as its body names it."""
    post = vocabulary().roles[role]
    if post.body_heads and (org is None or ctx.kind(org) == "organizations"
                            and getattr(ctx.entity(org), "kind", None) == "peoples-committee"):
        # a head's body: a committee of its own
        org = ctx.named_with(*_words().headed) or org
    org = org if org and ctx.kind(org) == "organizations" else post.implied_org
    if org and ctx.kind(person) == "people":
        org = office_of(ctx, view, org, role)
        dated = {"since": dt.date(since, 1, 1), "since_precision": "year"} if since else {}
        held = leading_post(ctx, org, role)
        implied_named(ctx, view, org, role)
        fact = ctx.add(Membership, view, "post-english", "m", person=person, organization=org, role=held,
                       status="former" if former else None, **dated)
        if not former:
            ctx.posts_given.append((view.sentence.start, fact, appointed))
        return held
    return None
