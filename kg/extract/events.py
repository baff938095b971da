"""Meetings and conferences: which, when, chaired and organised by whom, concluded by which notice."""

import re

from kg.extract.context import ArticleContext, SentenceView
from kg.model import Event
from kg.text.normalize import fold

ORDINALS = {"nhất": 1, "đầu tiên": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8}
MEETING = re.compile(r"(?i)phiên họp(?: trực tuyến)?(?: lần)?(?: thứ)? (?P<n>nhất|đầu tiên|hai|ba|tư|bốn|năm|sáu|bảy|tám|\d{1,2})(?![\wÀ-ỹ])")
CONFERENCE = re.compile(r"Hội nghị (?P<title>(?:sơ kết|tổng kết|triển khai|trực tuyến|toàn quốc)[^,.;]{5,220}?)(?= diễn ra| ngày \d| vào | tại |[,.;]|$)")
CHAIR_AFTER = re.compile(r"^\s*chủ trì")
CONCLUDES = re.compile(r"(?i)kết luận(?: phiên họp)?")


def _registry_event(ctx: ArticleContext, organiser: str | None, session: int | None, title: str | None) -> str | None:
    events = [e for e in list(ctx.registry.entities.values()) + list(ctx.minted.values()) if isinstance(e, Event)]
    for e in events:
        if session and e.session == session and e.event_of == organiser:
            return e.id
    if title:
        words = set(fold(title).split())
        best = max(events, key=lambda e: len(words & set(fold(e.label_vi).split())) / max(1, len(words | set(fold(e.label_vi).split()))), default=None)
        if best and len(words & set(fold(best.label_vi).split())) / max(1, len(words | set(fold(best.label_vi).split()))) >= 0.6:
            return best.id
    return None



def extract_events(ctx: ArticleContext, view: SentenceView, people: list) -> None:
    text, base = view.text, view.sentence.start
    event = None
    for m in view.of_kind("events"):
        event = m.entity_id
    meeting = MEETING.search(text)
    orgs = view.of_kind("organizations")
    if meeting and not event:
        session = ORDINALS.get(meeting["n"].lower()) or int(meeting["n"])
        of = next((o for o in orgs if text[meeting.end():o.start - base].strip() == "của"), None)
        before = [o for o in orgs if o.end - base <= meeting.start() and ctx.entity(o.entity_id).kind in ("committee", "steering-committee")]
        organiser = of or (before[-1] if before else None)
        organiser_id = organiser.entity_id if organiser else ctx.last_committee
        event = _registry_event(ctx, organiser_id, session, None)
        if event is None and organiser_id:
            org = ctx.entity(organiser_id)
            event = ctx.mint(Event, f"Phiên họp thứ {session} của {org.label_vi}", kind="meeting", session=session,
                             event_of=organiser_id)
        if event and organiser_id and re.search(r"tổ chức\s+phiên họp", text):
            ctx.statement(view, event, "organizer", organiser_id, "meeting-organiser")
    conference = CONFERENCE.search(text)
    if conference and not event:
        title = conference["title"].strip()
        event = _registry_event(ctx, None, None, title) or ctx.mint(Event, f"Hội nghị {title}", kind="conference")
    if event:
        ctx.current_event = event
        days = [d for d in view.dates if d.kind == "day" and not d.deadline]
        if days and (meeting or conference or view.of_kind("events")):
            ctx.statement(view, event, "start_date", days[0].value, "event-date")
        if re.search(r"(?i)tại trụ sở Chính phủ", text):
            ctx.statement(view, event, "location", "Trụ sở Chính phủ", "event-place")
    # who chaired: "<person> chủ trì", "Kết luận phiên họp, <title> <person>", "kết luận của <title> <person>"
    for start, end, person, role in people:
        chaired = CHAIR_AFTER.match(text[end:]) or (CONCLUDES.search(text[:start]) and start - CONCLUDES.search(text[:start]).end() < 40)
        if chaired and ctx.current_event and ctx.kind(person) == "people":
            if not re.search(r"(?i)điểm cầu", text[:start]):
                ctx.statement(view, ctx.current_event, "chaired_by", person, "event-chair")
                ctx.leader = person
        if re.match(r"(?i)^\s*báo cáo tại (?:phiên họp|hội nghị)", text) and ctx.current_event:
            ctx.statement(view, ctx.current_event, "reporter", person, "event-reporter")
            break
