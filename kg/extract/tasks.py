"""Tasks given to bodies: "giao Bộ A chủ trì, phối hợp với Bộ B …", "Bộ Tài chính bố trí …" (a body opening the
sentence with a verb of doing), and the items of a list that inherit the last one's bodies. The words are data:
`seeds/lexicon/tasks.yaml`, and the task actions of `ontology/vocab.ttl`."""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import ORG, WINDOW, ArticleContext, SentenceView
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.model import TaskAssignment
from kg.text.blocks import LIST_ITEM

_OPENING = re.compile(rf"^(?:{LIST_ITEM}\s*)?")


@dataclass(frozen=True)
class _Words:
    actions: dict[str, str]     # a verb as written (lower case) → its action slug
    lead: re.Pattern            # "giao", "yêu cầu cho" before the bodies a task is given to
    verb: re.Pattern            # a verb of doing right after a body that opens the sentence
    item: re.Pattern            # a sentence that opens with a verb: the bodies of the one before
    join: re.Pattern            # between the bodies of one task
    coordinate: re.Pattern      # before the bodies a task is done with


@cache
def _words() -> _Words:
    lex = lexicon("tasks")
    return _Words(
        {label.lower(): slug for label, slug in vocabulary().actions.items()},
        re.compile(rf"(?i)(?:{alternatives(lex['assigning'])})\s+(?:(?:{alternatives(lex['assigning_to'])})\s+)?$"),
        re.compile(rf"\s+(?:(?:{alternatives(lex['doing_adverbs'])}) )?(?:{alternatives(lex['doing_verbs'])})\b"),
        re.compile(rf"^(?:(?:{alternatives(lex['item_openers'])})\s*)?(?:{alternatives(lex['item_verbs'])})\b"),
        re.compile(rf"\s*(?:{alternatives(lex['list_joins'])})\s*"),
        re.compile(rf"(?i){alternatives(lex['coordinating'])}"))


def _action(text: str) -> str | None:
    lowered = text.lower()
    hits = [(lowered.find(word), slug) for word, slug in _words().actions.items() if word in lowered]
    return min(hits)[1] if hits else None


def extract_tasks(ctx: ArticleContext, view: SentenceView, docs, last_assignees: list[str]) -> list[str]:
    words = _words()
    text, base = view.text, view.base
    orgs = view.of(ORG)
    bullet = _OPENING.match(text)
    opening = bullet.end() if bullet else 0
    assignees: list[str] = []
    for k, o in enumerate(orgs[:64]):   # a task names its bodies near its start
        lead = text[max(0, o.start - base - 30):o.start - base]
        starts = o.start - base <= opening + 1 and words.verb.match(view.after(o.end, 80))
        if words.lead.search(lead) or starts:
            assignees.append(o.value)
            for p in orgs[k + 1:k + 4]:  # a list: "giao Bộ A, Bộ B và Bộ C"
                if not words.join.fullmatch(text[orgs[k].end - base:p.start - base] or "x"):
                    break
                assignees.append(p.value)
            break
    coordinate = words.coordinate.search(text[:2 * WINDOW])
    partners = [o.value for o in view.spans_from(base + coordinate.end(), WINDOW) if o.kind == ORG
                and o.value not in assignees] if coordinate else []
    inherited = not assignees and words.item.match(text) and docs
    if not assignees and not inherited:
        return [] if text.strip() else last_assignees
    if inherited:
        assignees = list(last_assignees)
    assigned_in = next((d for _, _, d in docs if ctx.kind(d) == "documents" and getattr(ctx.entity(d), "doctype", None) == "chi-thi"
                        and getattr(ctx.entity(d), "number", None)), None) or ctx.current_doc or (
        ctx.current_event.key if ctx.current_event else None)
    concerns = [d for _, _, d in docs if d != assigned_in]
    if not (concerns or partners or _action(text)):
        return assignees
    due = next((d for d in view.dates if d.deadline), None)
    ctx.add(TaskAssignment, view, "task", "t",
            description_vi=text[:400], assigned_by=ctx.leader, assigned_in=assigned_in,
            assignees=[a for a in dict.fromkeys(assignees) if ctx.kind(a) == "organizations"],
            coordinates_with=[p for p in dict.fromkeys(partners) if ctx.kind(p) == "organizations"],
            concerns=list(dict.fromkeys(concerns)), action=_action(text),
            due=due.value if due else None, due_text=due.text if due else None)
    return assignees
