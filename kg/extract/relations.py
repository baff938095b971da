"""Relations between documents, bodies and programmes, and tasks given to bodies.

issued by (… của Văn phòng Chính phủ), dated (…, ngày 24/9/2021), based on (Căn cứ …), renamed
(… đổi tên thành …), merged (hợp nhất … thành …), founded (thành lập …), concludes (Thông báo … kết luận
Hội nghị …), pushes forward (triển khai, đẩy mạnh, bám sát …), and tasks (giao Bộ …, Bộ … chủ trì, phối hợp với …).
"""

import re

from kg.extract.context import ArticleContext, SentenceView
from kg.model import ChangeEvent, TaskAssignment
from kg.model.entities import LegalDocument

PROMOTE_CUES = re.compile(r"(?i)(triển khai|thúc đẩy|đẩy mạnh|bám sát|thực hiện tốt|tổ chức thực hiện)")
ACTIONS = [("hợp nhất", "merge"), ("sửa đổi", "amend"), ("chủ trì", "lead"), ("trình", "submit"), ("xây dựng", "draft"),
           ("hoàn thành", "complete"), ("bảo đảm", "ensure"), ("đảm bảo", "ensure"), ("triển khai", "implement")]
TASK_LEAD = re.compile(r"(?i)(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?$")
# what a body is told to do when a sentence opens with it: "Bộ Tài chính đảm bảo …", "Các bộ ngành hoàn thiện, trình …"
TASK_VERB = re.compile(r"\s+(?:cần |phải |tiếp tục |sớm |khẩn trương )?(?:chủ trì|đảm bảo|bảo đảm|hoàn thiện|xây dựng|trình|triển khai|hoàn thành|phối hợp|thực hiện|rà soát|nghiên cứu)\b")
VERB_START = re.compile(r"^(?:Đồng thời,\s*)?(?:Khẩn trương|Sớm|Xây dựng|Hoàn thiện|Trình|Đẩy mạnh|Đưa|Tổ chức)\b")



def _local(view: SentenceView, pos: int) -> int:
    return pos - view.sentence.start


def _documents(ctx: ArticleContext, view: SentenceView) -> list[tuple[int, int, str]]:
    docs = [(d.start, d.end, ctx.document(d)) for d in view.docs]
    docs += [(m.start, m.end, m.entity_id) for m in view.of_kind("documents", "programmes")]
    return sorted(docs)


def extract_documents(ctx: ArticleContext, view: SentenceView) -> list[tuple[int, int, str]]:
    docs = _documents(ctx, view)
    text = view.text
    for start, end, doc in docs:
        if ctx.kind(doc) != "documents":
            continue
        after = text[_local(view, end):]
        dated = re.match(r"\s*(?:,\s*)?(?:ban hành\s+)?(?:ngày\s+)(\d{1,2}/\d{1,2}/\d{4})", after)
        if dated:
            day = next((d for d in view.dates if d.text == dated.group(1)), None)
            if day:
                ctx.statement(view, doc, "date_document", day.value, "document-date")
        issuer = re.match(r"(?:\s*,\s*ngày [\d/]+)?\s*của\s+", after)
        if issuer:
            at = end + issuer.end()
            by = next((m for m in view.of_kind("organizations") if m.start == at), None)
            if by:
                ctx.statement(view, doc, "passed_by", by.entity_id, "document-issuer")
        if re.search(r"(?i)căn cứ\s*$", text[:_local(view, start)]) and ctx.current_doc and ctx.current_doc != doc:
            ctx.statement(view, ctx.current_doc, "based_on", doc, "based-on")
    return docs


def extract_changes(ctx: ArticleContext, view: SentenceView, docs) -> None:
    text, base = view.text, view.sentence.start
    orgs = view.of_kind("organizations")
    decided = next((d for _, _, d in docs if ctx.kind(d) == "documents"), None)
    date = next((d.value for d in view.dates if d.kind == "day" and not d.deadline), None)
    renamed = re.search(r"(?i)đổi tên(?: \S+){0,6}? thành", text)
    if renamed:
        before = [o.entity_id for o in orgs if o.end - base <= renamed.start()]
        after = [o.entity_id for o in orgs if o.start - base >= renamed.end()]
        if before and after and before[-1] != after[0]:
            ctx.add(ChangeEvent(id=ctx.next_id("c"), kind="renaming", original=[before[-1]], resulting=[after[0]],
                                date=date, decided_by=decided, status="completed" if date else None,
                                evidence=ctx.evidence(view, "renamed")))
    merged = re.search(r"(?i)hợp nhất", text)
    into = re.search(r"(?i)\bthành\b", text[merged.end():]) if merged else None
    if merged and into:
        cut = merged.end() + into.end()
        originals = [o.entity_id for o in orgs if merged.end() <= o.start - base < cut]
        resulting = [o.entity_id for o in orgs if o.start - base >= cut][:1]
        due = next((d.value for d in view.dates if d.deadline and d.kind == "day"), None)
        if resulting:
            ctx.add(ChangeEvent(id=ctx.next_id("c"), kind="merger", original=originals, resulting=resulting, due=due,
                                decided_by=ctx.current_event or decided, status="planned" if due else None,
                                evidence=ctx.evidence(view, "merged")))
    founded = re.search(r"(?i)(?<!được )thành lập\s+", text)
    if founded and not renamed:
        after = [o.entity_id for o in orgs if o.start - base == founded.end()][:1]
        if after:
            ctx.add(ChangeEvent(id=ctx.next_id("c"), kind="founding", resulting=after, date=date, decided_by=decided,
                                evidence=ctx.evidence(view, "founded")))


def extract_links(ctx: ArticleContext, view: SentenceView, docs) -> None:
    """concludes and pushes forward."""
    text = view.text
    notices = [d for _, _, d in docs if isinstance(ctx.entity(d), LegalDocument) and ctx.entity(d).doctype == "thong-bao"]
    if notices and re.search(r"(?i)kết luận", text) and view.of_kind("events"):
        ctx.statement(view, notices[0], "concludes", view.of_kind("events")[0].entity_id, "concludes")
    if notices and re.search(r"(?i)kết luận\s+Hội nghị", text) and ctx.current_event:
        ctx.statement(view, notices[0], "concludes", ctx.current_event, "concludes")
    coded = next((d for _, _, d in docs if ctx.kind(d) == "documents" and ctx.entity(d).number
                   and ctx.entity(d).doctype in ("chi-thi", "quyet-dinh")), None)
    if coded:
        ctx.current_doc = coded
    cue = PROMOTE_CUES.search(text)
    if not cue:
        return
    directive = next((d for s, _, d in docs if ctx.kind(d) == "documents" and _local(view, s) < cue.start()
                      and ctx.entity(d).doctype in ("chi-thi", "quyet-dinh", "thong-bao", "ket-luan")), None)
    subject = directive or ctx.current_event
    if not subject:
        return
    for start, _, target in docs:
        if target != subject and _local(view, start) > cue.start() and (
                ctx.kind(target) == "programmes" or ctx.entity(target).doctype == "nghi-quyet"):
            ctx.statement(view, subject, "promotes", target, "pushes-forward")


def _action(text: str) -> str | None:
    lowered = text.lower()
    hits = [(lowered.find(word), slug) for word, slug in ACTIONS if word in lowered]
    return min(hits)[1] if hits else None


def extract_tasks(ctx: ArticleContext, view: SentenceView, docs, last_assignees: list[str]) -> list[str]:
    text, base = view.text, view.sentence.start
    orgs = [o for o in view.of_kind("organizations")]
    assignees: list[str] = []
    for o in orgs:
        lead = text[:o.start - base]
        opening = o.start - base <= 1 and TASK_VERB.match(text[o.end - base:])
        if TASK_LEAD.search(lead) or opening:
            assignees.append(o.entity_id)
            # a list: "giao Bộ A, Bộ B và Bộ C"
            follow = [p for p in orgs if p.start > o.end and re.fullmatch(r"\s*(?:,|và)\s*", text[o.end - base:p.start - base] or "x")]
            assignees += [p.entity_id for p in follow[:3]]
            break
    coordinate = re.search(r"(?i)phối hợp(?: với)?", text)
    partners = [o.entity_id for o in orgs if coordinate and o.start - base >= coordinate.end() and o.entity_id not in assignees]
    inherited = not assignees and VERB_START.match(text) and docs
    if not assignees and not inherited:
        return last_assignees if not text.strip() else []
    if inherited:
        assignees = list(last_assignees)
    assigned_in = next((d for _, _, d in docs if ctx.kind(d) == "documents" and ctx.entity(d).doctype == "chi-thi"
                        and ctx.entity(d).number), None) or ctx.current_doc or ctx.current_event
    concerns = [d for _, _, d in docs if d != assigned_in]
    if not (concerns or partners or _action(text)):
        return assignees
    due = next((d for d in view.dates if d.deadline), None)
    ctx.add(TaskAssignment(
        id=ctx.next_id("t"), description_vi=text[:400], assigned_by=ctx.leader, assigned_in=assigned_in,
        assignees=[a for a in dict.fromkeys(assignees) if ctx.kind(a) == "organizations"],
        coordinates_with=[p for p in dict.fromkeys(partners) if ctx.kind(p) == "organizations"],
        concerns=list(dict.fromkeys(concerns)), action=_action(text),
        due=due.value if due else None, due_text=due.text if due else None,
        evidence=ctx.evidence(view, "task")))
    return assignees
