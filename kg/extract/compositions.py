"""Who a body is made of, listed after it:

    Bộ Chính trị khóa XIV gồm các đồng chí: A, …; B, …             the body, then the words that open its list
    Trong Bộ Chính trị khóa XIV, các đồng chí tái cử có: A; B      "in" the body, then the list
    Các đồng chí lần đầu tham gia Bộ Chính trị có: A, …; B, …      joining the body, then the list

Each person an item opens is a member, in the body's own word for it (an Ủy viên of the Politburo), unless the
sentence gave them a post of that body ("Trưởng ban: A"). The words are data: `composition_*` in
seeds/lexicon/people.yaml.
"""

import re
from functools import cache

from kg.extract.context import ORG, PERSON, TITLE, ArticleContext, SentenceView, Span
from kg.extract.lexicon import alternatives, lexicon
from kg.extract.people import leading_post
from kg.model import Membership


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    people = lexicon("people")
    terms = rf"(?:\s*,?\s*(?:{alternatives(people['composition_terms'])})\s+\S+|\s+mới)*"
    members = rf"(?:\s+(?:{alternatives(people['composition_members'])}))?"
    return (
        # after the body: "… khóa XIV gồm (các đồng chí):"
        re.compile(rf"^{terms}\s*,?\s*(?:{alternatives(people['composition_openers'])}){members}\s*:", re.IGNORECASE),
        # before the body: "Trong", "các đồng chí lần đầu tham gia"
        re.compile(rf"(?:^|\s)(?:{alternatives(people['composition_within'])})\s*$", re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{alternatives(people['composition_joining'])})\s*$", re.IGNORECASE),
        # … and after it: ", các đồng chí tái cử có:", "có:"
        re.compile(rf"^{terms}\s*,?\s*(?:(?:{alternatives(people['composition_members'])})(?:\s+[^\W\d]+){{0,3}}\s+)?"
                   rf"(?:{alternatives(people['composition_listed_openers'])})\s*:", re.IGNORECASE),
    )


def _list_after(view: SentenceView, org: Span) -> int | None:
    """Where the list of a body's members opens, if the words around the body open one."""
    after_body, within, joining, listed = _patterns()
    after = view.after(org.end, 120)
    before = view.before(org.start, 60)
    m = after_body.match(after) or (listed.match(after) if within.search(before) or joining.search(before) else None)
    return org.end + m.end() if m else None


def _listed(view: SentenceView, start: int) -> list[Span]:
    """The people who open an item of the list from `start` on: no post written before them in their item."""
    out = []
    for p in view.spans_from(start, view.sentence.end - start):
        if p.kind != PERSON:
            continue
        item = max(start, view.base + view.text.rfind(";", 0, p.start - view.base) + 1)
        if not any(s.kind == TITLE for s in view.spans_from(item, p.start - item)):
            out.append(p)
    return out


def compositions(ctx: ArticleContext, view: SentenceView) -> None:
    """The members a sentence lists for a body (read once its posts are given)."""
    for org in (s for s in view.spans if s.kind == ORG):
        start = _list_after(view, org)
        if start is None:
            continue
        given = {f.person for f in ctx.facts if isinstance(f, Membership) and f.organization == org.value
                 and f.evidence[0].start == view.sentence.start}
        for p in _listed(view, start):
            if p.value not in given and ctx.kind(p.value) == "people":
                ctx.add(Membership, view, "composition", "m", person=p.value, organization=org.value,
                        role=leading_post(ctx, org.value, "thanh-vien"))
        return
