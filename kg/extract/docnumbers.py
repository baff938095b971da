"""Document numbers in all their usual forms, decoded into type, number, year and issuer code.

    Quyết định số 1619/QĐ-TTg      → Quyết định, 1619, issuer TTg
    123/2020/NĐ-CP                 → Nghị định, 123, year 2020, issuer CP
    57-NQ/TW                       → Nghị quyết (Party style: number-type/issuer), issuer TW
    Luật số 18/2008/QH12           → Luật, 18, year 2008, issuer QH (12th legislature)
    Decision No. 1619/QD-TTg       → Quyết định 1619/QĐ-TTg (English news writes the codes without diacritics)
    Công văn số 123/UBND-KT        → Công văn, issuer UBND (the code is the issuer's, the type is the word's)
    Luật Giao dịch điện tử         → a law cited by name
    Nghị quyết 57, Đề án 06        → short references, resolved against the article and the registry

The type codes, the type words (in both languages) and the issuer codes are the SKOS concepts of
`ontology/vocab.ttl`; a code the vocabulary does not know is kept as written and never stops the reading.
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import vocabulary
from kg.extract.spans import Coverage
from kg.text.normalize import fold

_L = r"A-Za-zĐđ"
# 1619/QĐ-TTg, 123/2020/NĐ-CP, 16/TB-VPCP, 18/2008/QH12, 88/TTr-STTTT, 123/UBND-KT
GOVERNMENT_NUMBER = re.compile(
    rf"(?<![\w/.,])(?P<num>\d{{1,5}})(?:/(?P<year>(?:19|20)\d{{2}}))?/(?P<type>[{_L}]{{1,6}})"
    rf"(?:-(?P<issuer>[{_L}]{{1,10}}(?:-[{_L}\d]{{1,10}})?))?(?P<term>\d{{1,2}})?(?![\w/])")
# 57-NQ/TW, 36-KL/TW, 05-NQ/TU
PARTY_NUMBER = re.compile(rf"(?<![\w/-])(?P<num>\d{{1,4}})-(?P<type>[{_L}]{{1,5}})/(?P<issuer>[{_L}]{{1,10}})(?![\w/])")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LAW_NAME = re.compile(
    r"(?<!\w)Luật (?:sửa đổi, bổ sung [^;.]{5,200}?(?= ngày |[;.]|$)"
    r"|[a-zđà-ỹ][\wÀ-ỹ]*(?: (?!và |về |để |theo |của |tại |trong |số \d|ngày |năm )[\wÀ-ỹ]+){1,8}?(?= ngày \d)"
    rf"|(?:[{_UPPER}][\wÀ-ỹ]*)(?: (?!và |về |để |theo |của |tại |trong |số \d|ngày |năm |được |đã |đang |sẽ |với |ngay |vào )[\wÀ-ỹ]+){{0,8}}?"
    r"(?: \(sửa đổi\))?(?=\s*(?:[,.;:()“”\"]|$| và | để | theo | tại | của | trong | ngày | năm | được | đã | đang | sẽ | với | ngay | lấy | thông qua| sửa đổi| mới"
    r"| có | cùng | chính thức | đi vào | vào | trước | bắt đầu | từ )))")
ENGLISH_LAW = re.compile(r"(?<!\w)Law on (?:the )?[A-Z][\w-]*(?: (?!(?:Decision|Decree|Resolution|Directive|Circular|Law|No)\b)"
                         r"(?:[A-Z][\w-]*|and|of|on|the)){0,6}(?<! and)(?<! of)(?<! the)(?<! on)(?<! and on)")
PROGRAMME_SHORT = re.compile(r"(?<!\w)(?:Đề án|Project) (?P<num>\d{1,3})(?![\w/])")


@dataclass(frozen=True)
class DocRef:
    start: int
    end: int
    text: str
    number: str | None        # in its official form, e.g. "1619/QĐ-TTg"
    doctype: str | None       # SKOS doctype slug
    issuer: str | None        # issuer code, e.g. "TTg"
    year: int | None
    name: str | None = None   # for documents cited by name, and short references ("Nghị quyết 57")
    short: bool = False       # a short reference to a document named in full elsewhere


@dataclass(frozen=True)
class _Codes:
    type_codes: dict          # folded code → (code as the vocabulary writes it, doctype slug)
    issuer_codes: dict        # folded code → code as the vocabulary writes it
    type_words: dict          # folded type word → doctype slug
    word_before: re.Pattern
    typed_short: re.Pattern


@cache
def _codes() -> _Codes:
    vocab = vocabulary()
    type_codes = {fold(d.code): (d.code, d.slug) for d in vocab.doctypes.values() if d.code}
    issuer_codes = {fold(code): code for code in vocab.issuers}
    type_words: dict[str, str] = {}
    for d in vocab.doctypes.values():
        for word in d.words_vi + d.words_en:
            type_words.setdefault(fold(word), d.slug)
    words = "|".join(re.escape(w) for w in sorted({w for d in vocab.doctypes.values() for w in d.words_vi + d.words_en},
                                                    key=len, reverse=True))
    word_before = re.compile(rf"(?P<word>{words})(?: số| No\.?| Number| number)?:?\s*$", re.IGNORECASE)
    numbered = "|".join(re.escape(w) for d in vocab.doctypes.values() if d.code and d.slug not in ("de-an",)
                        for w in (d.words_vi[0], *d.words_en))
    typed_short = re.compile(rf"(?<!\w)(?P<word>{numbered})(?: số| No\.?)? (?P<num>\d{{1,4}})(?![\d/\w-])")
    return _Codes(type_codes, issuer_codes, type_words, word_before, typed_short)


def _word_before(text: str, start: int) -> tuple[str | None, int]:
    """The type word written just before a number ("Quyết định số", "Decision No."), and where it starts."""
    codes = _codes()
    window = text[max(0, start - 30):start]
    match = codes.word_before.search(window)
    if not match:
        return None, start
    return codes.type_words.get(fold(match.group("word"))), start - len(window) + match.start()


def _official(code: str | None, table: dict) -> str | None:
    """A code as the vocabulary writes it ("QD" → "QĐ"), or None when it does not know it."""
    if not code:
        return None
    known = table.get(fold(code))
    return known[0] if isinstance(known, tuple) else known


def find_document_numbers(text: str) -> list[DocRef]:
    codes = _codes()
    refs: list[DocRef] = []
    taken = Coverage(len(text))

    def add(ref: DocRef, start: int, end: int) -> None:
        refs.append(ref)
        taken.take(start, end)

    for m in PARTY_NUMBER.finditer(text):
        word, start = _word_before(text, m.start())
        code = _official(m["type"], codes.type_codes)
        doctype = word or (codes.type_codes[fold(m["type"])][1] if code else None)
        if doctype is None:
            continue
        issuer = _official(m["issuer"], codes.issuer_codes) or m["issuer"]
        number = f"{m['num']}-{code or m['type']}/{issuer}"
        add(DocRef(start, m.end(), text[start:m.end()], number, doctype, issuer, None), m.start(), m.end())
    for m in GOVERNMENT_NUMBER.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        word, start = _word_before(text, m.start())
        code = _official(m["type"], codes.type_codes)
        if m["term"] and fold(m["type"]) == "qh":           # a law or resolution of the National Assembly: 18/2008/QH12
            doctype, issuer, number_type = word or "luat", "QH", "QH"
        elif m["term"] and not (code and m["issuer"] and _official(m["issuer"], codes.issuer_codes)):
            continue   # a legislature's number ("1659/NQ-UBTVQH15"), else no document's
        elif code:
            doctype, issuer, number_type = word or codes.type_codes[fold(m["type"])][1], m["issuer"], code
            if not issuer:
                continue
        elif word:   # "Công văn số 123/UBND-KT": the code is the issuer's; "Văn bản số 45/XYZ-…": a code unknown
            doctype, issuer, number_type = word, m["type"] if _official(m["type"], codes.issuer_codes) else m["issuer"], m["type"]
        elif m["issuer"] and _official(m["type"], codes.issuer_codes):   # "Số: 2844/VPCP-KSTT": an issuer's official letter
            doctype, issuer, number_type = "cong-van", m["type"], m["type"]
        else:
            continue  # "3.552/…", units, dates and other slashes
        issuer_code = _official(issuer, codes.issuer_codes) or _official(issuer.split("-")[0], codes.issuer_codes) or issuer
        written_issuer = f"-{_official(m['issuer'], codes.issuer_codes) or m['issuer']}" if m["issuer"] else ""
        year = f"/{m['year']}" if m["year"] else ""
        number = f"{m['num']}{year}/{number_type}{written_issuer}{m['term'] or ''}"
        add(DocRef(start, m.end(), text[start:m.end()], number, doctype, issuer_code,
                   int(m["year"]) if m["year"] else None), m.start(), m.end())
    for pattern in (LAW_NAME, ENGLISH_LAW):
        for m in pattern.finditer(text):
            if taken.free(m.start(), m.end()) and not re.match(r"\s*số \d", text[m.end():m.end() + 8]):
                add(DocRef(m.start(), m.end(), m.group(0), None, "luat", "QH", None, name=m.group(0)), m.start(), m.end())
    for m in codes.typed_short.finditer(text):
        if taken.free(m.start(), m.end()):
            add(DocRef(m.start(), m.end(), m.group(0), None, codes.type_words[fold(m["word"])], None, None,
                       name=m.group(0), short=True), m.start(), m.end())
    for m in PROGRAMME_SHORT.finditer(text):
        if taken.free(m.start(), m.end()):
            add(DocRef(m.start(), m.end(), m.group(0), None, "de-an", None, None, name=m.group(0), short=True),
                m.start(), m.end())
    return sorted(refs, key=lambda r: r.start)
