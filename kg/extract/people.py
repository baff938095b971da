"""People with their titles and organisations → memberships.

    Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng     title, organisation, name
    Thứ trưởng Bộ TT&TT - Nguyễn Huy Dũng                      with a dash
    Nguyễn Thanh Ngọc - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh   name, then a chain of posts
    Phạm Minh Chính là Chủ tịch Ủy ban                          "Ủy ban" is the committee in focus
    Ban Chỉ đạo … do Tổng Bí thư Tô Lâm làm Trưởng Ban          who heads the body just named
"""

import re

from kg.extract.spans import overlaps
from kg.extract.context import ArticleContext, SentenceView
from kg.model import Membership, Organization
from kg.text.normalize import match_key

SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Tô Đinh Lâm Mai "
            "Trịnh Đào Cao Lưu Hà Chu Tạ Thái Lương Kiều Quách Nông Triệu Văn Khổng Âu Doãn Hứa Tăng Lại Vương "
            "Giang Từ Mạc Phùng Tôn Thân Châu Đoàn Hầu Bế Lò Kim Ông Tất Thạch La Lục Mã Nghiêm Nhữ Ninh Quan Tiêu").split()
_SYLLABLE = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+"
NAME = re.compile(rf"(?<![\wÀ-ỹ])(?:{'|'.join(SURNAMES)})(?: {_SYLLABLE}){{1,3}}(?![\wÀ-ỹ])")

# title as written -> role slug in the vocabulary; longest first when matching
TITLES = {
    "Phó Chủ tịch thường trực": "pho-chu-tich-thuong-truc", "Phó Thủ tướng": "pho-thu-tuong",
    "Thủ tướng Chính phủ": "thu-tuong", "Thủ tướng": "thu-tuong", "Chủ tịch Hội đồng quản trị": "chu-tich-hdqt",
    "Chủ tịch HĐQT": "chu-tich-hdqt", "Phó Chủ tịch": "pho-chu-tich", "Chủ tịch": "chu-tich",
    "Bộ trưởng": "bo-truong", "Thứ trưởng": "thu-truong", "Tổng Bí thư": "tong-bi-thu", "Phó Bí thư": "pho-bi-thu",
    "Bí thư": "bi-thu", "Phó Trưởng ban": "pho-truong-ban", "Phó trưởng Ban": "pho-truong-ban",
    "Trưởng Ban": "truong-ban", "Trưởng ban": "truong-ban", "Cục trưởng": "cuc-truong", "Giám đốc": "giam-doc",
    "Chánh Văn phòng": "chanh-van-phong", "Chuyên gia cao cấp": "chuyen-gia",
}
_TITLE_KEYS = sorted(TITLES, key=len, reverse=True)
TITLE = re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(t) for t in _TITLE_KEYS) + r")(?![\wÀ-ỹ])", re.IGNORECASE)
# posts whose organisation goes without saying
IMPLIED_ORG = {"thu-tuong": "chinh-phu", "pho-thu-tuong": "chinh-phu", "tong-bi-thu": "dang-cong-san-viet-nam"}
_BARE_BODIES = [  # a body named without its place: resolved through the province in focus
    (re.compile(r"^(?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|TP)(?![\wÀ-ỹ]* [A-ZĐ])"), "peoples-committee"),
    (re.compile(r"^Tỉnh ủy(?! [A-ZĐ])"), "party"),
    (re.compile(r"^Ban (?:C|c)hỉ đạo [^,;.]*?tỉnh(?! [A-ZĐ])"), "steering-committee"),
]
_BARE_COMMITTEE = re.compile(r"^Ủy ban(?=\s*[.,;]|\s*$)")


def role_of(title: str) -> str:
    return TITLES.get(title) or next(v for k, v in TITLES.items() if match_key(k) == match_key(title))


def _person_spans(ctx: ArticleContext, view: SentenceView) -> list[tuple[int, int, str]]:
    """(start, end, person id) in sentence coordinates: registry names first, then name patterns."""
    base = view.sentence.start
    spans = [(m.start - base, m.end - base, m.entity_id) for m in view.of_kind("people")]
    taken = [(m.start - base, m.end - base) for m in view.mentions]
    for m in NAME.finditer(view.text):
        if overlaps(m.start(), m.end(), taken):
            continue
        if re.search(r"(?:TP|Thành phố|thành phố|tỉnh|Tỉnh)\s*$", view.text[:m.start()]):
            continue
        spans.append((m.start(), m.end(), ctx.person(m.group(0))))
    return sorted(spans)


def _org_at(ctx: ArticleContext, view: SentenceView, pos: int) -> tuple[str | None, int]:
    """The organisation that starts at `pos` (sentence coordinates) and where it ends."""
    base = view.sentence.start
    rest = view.text[pos:]
    for m in view.of_kind("organizations"):
        if m.start - base == pos:
            return m.entity_id, m.end - base
    if _BARE_COMMITTEE.match(rest) and ctx.last_committee:
        return ctx.last_committee, pos + len("Ủy ban")
    for pattern, kind in _BARE_BODIES:
        bare = pattern.match(rest)
        if bare and ctx.province:
            return _body_in_province(ctx, kind, bare.group(0)), pos + bare.end()
    return None, pos


def _body_in_province(ctx: ArticleContext, kind: str, written: str) -> str:
    for entity in list(ctx.registry.entities.values()) + list(ctx.minted.values()):
        if isinstance(entity, Organization) and entity.area == ctx.province and entity.kind == kind:
            return entity.id
    place = ctx.entity(ctx.province)
    return ctx.mint(Organization, f"{written} {place.label_vi}", kind=kind, area=ctx.province)


def _membership(ctx, view, person, role, org, rule):
    if person and org and ctx.kind(org) == "organizations" and ctx.kind(person) == "people":
        ctx.add(Membership(id=ctx.next_id("m"), person=person, organization=org, role=role,
                           evidence=ctx.evidence(view, rule)))


def _chain(ctx, view, pos: int, person: str) -> None:
    """Posts listed after a name: ', Phó Chủ tịch UBND tỉnh, Trưởng Ban …'."""
    text = view.text
    while True:
        sep = re.match(r"\s*(?:-|–|,|là)\s*", text[pos:])
        if not sep:
            return
        title = TITLE.match(text, pos + sep.end())
        if not title:
            return
        role = role_of(title.group(0))
        org_pos = title.end() + (1 if text[title.end():title.end() + 1] == " " else 0)
        org, end = _org_at(ctx, view, org_pos)
        org = org or IMPLIED_ORG.get(role)
        _membership(ctx, view, person, role, org, "name-then-post")
        pos = end if end > org_pos else title.end()
        paren = re.match(r"\s*\([^)]{1,20}\)", text[pos:])
        if paren:
            pos += paren.end()


def extract_people(ctx: ArticleContext, view: SentenceView) -> list[tuple[int, int, str, str | None]]:
    """Memberships of the sentence; returns (start, end, person, role) for the rules that follow."""
    text = view.text
    people = _person_spans(ctx, view)
    found = []
    for start, end, person in people:
        role = None
        # title [org] [-] name
        head = text[:start]
        for title in TITLE.finditer(head):
            between = head[title.end():]
            org, org_end = _org_at(ctx, view, title.end() + 1) if between.startswith(" ") else (None, title.end())
            rest = text[org_end:start] if org else between
            if re.fullmatch(r"\s*(?:-|–)?\s*", rest):
                role = role_of(title.group(0))
                _membership(ctx, view, person, role, org or IMPLIED_ORG.get(role), "post-then-name")
        _chain(ctx, view, end, person)
        # the body just named is headed by this person: "… do Tổng Bí thư Tô Lâm làm Trưởng Ban"
        heads = re.match(r"\s*làm (Trưởng (?:B|b)an|Chủ tịch)", text[end:])
        if heads:
            orgs = [m for m in view.of_kind("organizations") if m.end - view.sentence.start <= start]
            if orgs:
                _membership(ctx, view, person, role_of(heads.group(1)), orgs[-1].entity_id, "headed-by")
        found.append((start, end, person, role))
        if role == "thu-tuong":
            ctx.leader = person
    return found
