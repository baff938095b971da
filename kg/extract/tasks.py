"""Tasks given to bodies: "giao Bộ A chủ trì, phối hợp với Bộ B …", "Bộ Tài chính bố trí …" (a body opening the
sentence with a verb of doing), and the items of a list that inherit the last one's bodies."""

import re

from kg.extract.context import ORG, WINDOW, ArticleContext, SentenceView
from kg.model import TaskAssignment

ACTIONS = [("hợp nhất", "merge"), ("sửa đổi", "amend"), ("chủ trì", "lead"), ("trình", "submit"), ("xây dựng", "draft"),
           ("hoàn thành", "complete"), ("bảo đảm", "ensure"), ("đảm bảo", "ensure"), ("triển khai", "implement")]
TASK_LEAD = re.compile(r"(?i)(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?$")
# what a body is told to do when a sentence opens with it: "Bộ Tài chính đảm bảo …", "Các bộ ngành hoàn thiện, trình …"
TASK_VERB = re.compile(r"\s+(?:cần |phải |tiếp tục |sớm |khẩn trương )?(?:chủ trì|đảm bảo|bảo đảm|hoàn thiện|xây dựng|trình|"
                       r"triển khai|hoàn thành|phối hợp|thực hiện|rà soát|nghiên cứu|bố trí|tham mưu|cân đối)\b")
VERB_START = re.compile(r"^(?:Đồng thời,\s*)?(?:Khẩn trương|Sớm|Xây dựng|Hoàn thiện|Trình|Đẩy mạnh|Đưa|Tổ chức)\b")
_OPENING = re.compile(r"^(?:[-–•+*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?")


def _action(text: str) -> str | None:
    lowered = text.lower()
    hits = [(lowered.find(word), slug) for word, slug in ACTIONS if word in lowered]
    return min(hits)[1] if hits else None


def extract_tasks(ctx: ArticleContext, view: SentenceView, docs, last_assignees: list[str]) -> list[str]:
    text, base = view.text, view.base
    orgs = view.of(ORG)
    opening = _OPENING.match(text).end()
    assignees: list[str] = []
    for k, o in enumerate(orgs[:64]):   # a task names its bodies near its start
        lead = text[max(0, o.start - base - 30):o.start - base]
        starts = o.start - base <= opening + 1 and TASK_VERB.match(view.after(o.end, 80))
        if TASK_LEAD.search(lead) or starts:
            assignees.append(o.value)
            for p in orgs[k + 1:k + 4]:  # a list: "giao Bộ A, Bộ B và Bộ C"
                if not re.fullmatch(r"\s*(?:,|và)\s*", text[orgs[k].end - base:p.start - base] or "x"):
                    break
                assignees.append(p.value)
            break
    coordinate = re.search(r"(?i)phối hợp(?: với)?", text[:2 * WINDOW])
    partners = [o.value for o in view.spans_from(base + coordinate.end(), WINDOW) if o.kind == ORG
                and o.value not in assignees] if coordinate else []
    inherited = not assignees and VERB_START.match(text) and docs
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
