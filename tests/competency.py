"""The competency questions' expected answers, shared by the SPARQL (embedded) and Cypher (Bolt) tests.

Each entry: the query's file stem, the columns compared, and the expected set of rows (as strings).
"""

CQ = {
    "cq01_committee_renamed": (("oldName", "newName", "number", "date"), {
        ("Ủy ban Quốc gia về Chính phủ điện tử", "Ủy ban Quốc gia về chuyển đổi số", "1619/QĐ-TTg", "2021-09-24")}),
    "cq02_committee_leadership": (("role", "person"), {
        ("Chair", "Phạm Minh Chính"), ("Standing vice-chair", "Vũ Đức Đam"), ("Vice-chair", "Nguyễn Mạnh Hùng")}),
    "cq03_committee_meetings": (("date", "chair"), {
        ("2021-11-30", "Phạm Minh Chính"), ("2022-04-27", "Phạm Minh Chính"), ("2022-12-25", "Phạm Minh Chính")}),
    "cq05_conference_conclusion": (("number", "type", "issuer"), {("16/TB-VPCP", "Thông báo", "Văn phòng Chính phủ")}),
    "cq06_completion_2022": (("done", "total"), {("9", "12"), ("101", "107"), ("45", "56"), ("59", "225"), ("166", "225")}),
    "cq07_targets_2025": (("value", "unit", "deadline"), {
        ("100", "%", "2025-06-30"), ("8", "%", "2025-12-31"), ("100", "%", "2025-12-31"), ("40", "%", "2025-12-31"),
        ("80", "%", "2025-12-31")}),
    "cq08_merger_2025": (("body", "due"), {
        ("Ủy ban Quốc gia về chuyển đổi số", "2025-02-15"), ("Ban Chỉ đạo cải cách hành chính của Chính phủ", "2025-02-15"),
        ("Tổ công tác triển khai Đề án 06 của Chính phủ", "2025-02-15")}),
    "cq09_central_steering_head": (("person", "role"), {("Tô Lâm", "General Secretary")}),
    "cq11_ministry_tasks_2025": (("ministry", "partner"), {
        ("Ministry of Finance", None), ("Ministry of Public Security", "Ministry of National Defence"),
        ("Ministry of Public Security", "Ministry of Information and Communications")}),
    "cq13_mic_posts": (("person", "role"), {
        ("Nguyễn Mạnh Hùng", "Minister"), ("Nguyễn Huy Dũng", "Deputy minister"), ("Phạm Anh Tuấn", "Deputy minister")}),
    "cq16_statement_evidence": (("headline", "start", "end"), {
        ("Ủy ban Quốc gia về chuyển đổi số họp phiên đầu tiên", "540", "777")}),
    "cq17_post_holder_on_date": (("person",), {("Phạm Minh Chính",)}),
}

# answers that hold as "contains at least"
CQ_CONTAINS = {
    "cq04_directive_03": (("kind", "item"), {
        ("pushes forward", "Project 06: population data, electronic identification and authentication for national digital transformation, 2022-2025, vision to 2030"),
        ("directs", "Draft the National Committee's 2023 action plan")}),
    "cq10_laws_to_draft": (("document", "action"), {
        ("Law on Personal Data Protection", "Draft"), ("Law on Digital Technology Industry", "Submit"),
        ("Decree amending Decree 123/2020/ND-CP", "Amend"), ("Decrees guiding the Data Law", "Submit")}),
    "cq12_provinces": (("province", "official"), {
        ("Long An", "Phạm Tấn Hòa"), ("Tây Ninh", "Nguyễn Thanh Ngọc"), ("Thành phố Hồ Chí Minh", "Dương Anh Đức")}),
    "cq14_indicators_2022q1": (("value", "unit"), {("70.91", "%"), ("85.08", "%"), ("68.8", "%"), ("3552", "dịch vụ"), ("53", "tỷ USD")}),
}


def as_rows(records: list[dict], columns) -> set[tuple]:
    def text(v):
        if v is None:
            return None
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return {tuple(text(r.get(c)) for c in columns) for r in records}
