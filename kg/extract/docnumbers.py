"""Vietnamese document numbers in all their usual forms, decoded into type, number, year and issuer.

    Quyết định số 1619/QĐ-TTg      → Quyết định, 1619, issuer TTg
    123/2020/NĐ-CP                 → Nghị định, 123, year 2020, issuer CP
    57-NQ/TW                       → Nghị quyết (Party style: number-type/issuer), issuer TW
    Luật số 18/2008/QH12           → Luật, 18, year 2008, issuer QH (12th legislature)
    Đề án 06, Nghị quyết 57        → short references, resolved through the registry
"""

import re
from dataclasses import dataclass

from kg.extract.spans import overlaps

# document-type codes as written in numbers -> SKOS doctype slug
TYPE_CODES = {
    "QĐ": "quyet-dinh", "CT": "chi-thi", "NQ": "nghi-quyet", "NĐ": "nghi-dinh", "TB": "thong-bao",
    "TT": "thong-tu", "KL": "ket-luan", "CV": "cong-van", "KH": "ke-hoach", "HD": "huong-dan", "QH": "luat",
}
# the word before a number -> doctype slug
TYPE_WORDS = {
    "quyết định": "quyet-dinh", "chỉ thị": "chi-thi", "nghị quyết": "nghi-quyet", "nghị định": "nghi-dinh",
    "thông báo": "thong-bao", "thông tư": "thong-tu", "kết luận": "ket-luan", "công văn": "cong-van",
    "kế hoạch": "ke-hoach", "luật": "luat", "đề án": "de-an", "chương trình": "chuong-trinh",
}
_TYPE_WORD = r"(?P<word>Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông báo|Thông tư|Kết luận|Công văn|Kế hoạch|Luật)"
_LETTERS = r"A-ZĐa-zđ"
# 1619/QĐ-TTg, 123/2020/NĐ-CP, 16/TB-VPCP, 18/2008/QH12
GOVERNMENT_NUMBER = re.compile(
    rf"(?<![\w/])(?P<num>\d{{1,5}})(?:/(?P<year>(?:19|20)\d{{2}}))?/(?P<type>[A-ZĐ]{{1,4}})(?:-(?P<issuer>[{_LETTERS}]{{1,10}}(?:-[{_LETTERS}]{{1,10}})?))?(?P<term>\d{{1,2}})?(?![\w/])")
# 57-NQ/TW, 36-KL/TW
PARTY_NUMBER = re.compile(r"(?<![\w/-])(?P<num>\d{1,4})-(?P<type>[A-ZĐ]{1,4})/(?P<issuer>[A-ZĐ]{1,6})(?![\w/])")
TYPED_SHORT = re.compile(rf"(?<!\w){_TYPE_WORD}(?: số)? (?P<num>\d{{1,4}})(?![\d/\w-])")
PROGRAMME_SHORT = re.compile(r"(?<!\w)Đề án (?P<num>\d{1,3})(?!\w)")
LAW_NAME = re.compile(r"(?<!\w)Luật (?P<name>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?: (?!và |về |để |theo |của |tại |trong |số \d)[\wÀ-ỹ]+){0,6}?)(?=\s*(?:[,.;:()“”\"]|$| và | để | theo | tại | của | trong | lấy | thông qua| sửa đổi| mới))")


@dataclass(frozen=True)
class DocRef:
    start: int
    end: int
    text: str
    number: str | None        # as written, e.g. "1619/QĐ-TTg"
    doctype: str | None       # SKOS doctype slug
    issuer: str | None        # issuer code, e.g. "TTg"
    year: int | None
    name: str | None = None   # for laws cited by name


def _word_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 20):start]
    match = re.search(_TYPE_WORD + r"(?: số)?\s*$", window)
    return TYPE_WORDS[match.group("word").lower()] if match else None


def _with_word(text: str, start: int) -> int:
    match = re.search(_TYPE_WORD + r"(?: số)?\s*$", text[max(0, start - 20):start])
    return start - len(match.group(0)) if match else start


def find_document_numbers(text: str) -> list[DocRef]:
    refs: list[DocRef] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return not overlaps(s, e, taken)

    for m in PARTY_NUMBER.finditer(text):
        doctype = TYPE_CODES.get(m["type"]) or _word_before(text, m.start())
        start = _with_word(text, m.start())
        refs.append(DocRef(start, m.end(), text[start:m.end()], m.group(0), doctype, m["issuer"], None))
        taken.append((m.start(), m.end()))
    for m in GOVERNMENT_NUMBER.finditer(text):
        if not free(m.start(), m.end()):
            continue
        code = m["type"]
        if code not in TYPE_CODES or (code == "QH" and not m["term"]) or (code != "QH" and m["term"]):
            continue  # "3.552/…", units, dates and other slashes
        if code != "QH" and not m["issuer"]:
            continue
        issuer = "QH" if code == "QH" else m["issuer"]
        doctype = _word_before(text, m.start()) or TYPE_CODES[code]
        start = _with_word(text, m.start())
        refs.append(DocRef(start, m.end(), text[start:m.end()], m.group(0), doctype, issuer,
                           int(m["year"]) if m["year"] else None))
        taken.append((m.start(), m.end()))
    for m in LAW_NAME.finditer(text):
        if free(m.start(), m.end()) and not re.match(r"số \d", text[m.end():m.end() + 6]):
            refs.append(DocRef(m.start(), m.end(), m.group(0), None, "luat", "QH", None, name=m.group(0)))
            taken.append((m.start(), m.end()))
    for pattern, doctype in ((TYPED_SHORT, None), (PROGRAMME_SHORT, "de-an")):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                kind = doctype or TYPE_WORDS[m.group("word").lower()]
                refs.append(DocRef(m.start(), m.end(), m.group(0), None, kind, None, None, name=m.group(0)))
                taken.append((m.start(), m.end()))
    return sorted(refs, key=lambda r: r.start)
