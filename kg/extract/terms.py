"""Time on memberships, as Popolo and Wikidata's "position held" keep it: a post that one person holds at a
time (vdt:singleHolder in the vocabulary) ends for its earlier holder when a later holder's term begins."""

from kg.extract.context import content_id
from kg.extract.lexicon import vocabulary
from kg.extract.merge import fact_key
from kg.model import Membership


def close_terms(facts: list) -> list:
    """The facts with the open terms of single-holder posts ended where a later holder's term starts."""
    single = {slug for slug, role in vocabulary().roles.items() if role.single}
    holders: dict[tuple[str, str], list[Membership]] = {}
    for fact in facts:
        if isinstance(fact, Membership) and fact.role in single and fact.since and fact.status != "former":
            holders.setdefault((fact.organization, fact.role), []).append(fact)
    ends: dict[str, Membership] = {}
    for terms in holders.values():
        terms.sort(key=lambda m: (m.since, m.person))
        for earlier, later in zip(terms, terms[1:]):
            if earlier.person != later.person and earlier.until is None and later.since > earlier.since:
                ends[earlier.id] = earlier.model_copy(update={"until": later.since, "until_precision": later.since_precision})
    out = []
    for fact in facts:
        closed = ends.get(fact.id)
        out.append(closed.model_copy(update={"id": content_id("m", fact_key(closed))}) if closed else fact)
    return out
