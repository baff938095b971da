"""Split a news page into blocks and tell the article from what surrounds it.

A block is a paragraph: one line, or several lines of a hard-wrapped text (an official notice reprinted
with a break every 60–100 characters) joined back together. Offsets always index the text as given
(NFC), so a block or a sentence can be cited by its span; inside a rebuilt paragraph the line breaks
read as spaces. Nothing is deleted: boilerplate, captions and datelines are kept as blocks with a kind.
The words that mark page furniture are data (`seeds/lexicon/page.yaml`).
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.text.lexicon import alternatives, lexicon
from kg.text.normalize import fold

BODY, TITLE, HEADING, CAPTION, DATELINE, BYLINE, BOILERPLATE = (
    "body", "title", "heading", "caption", "dateline", "byline", "boilerplate")
CONTENT_KINDS = (TITLE, HEADING, BODY)

# a short line that dates the page in English: "SGGP - July 19, 2025 - 10:25", "Thursday, December 28, 2023 | 18:40"
_DATELINE_EN = re.compile(r"^[\w .|,:+()-]{0,40}\b(?:january|february|march|april|may|june|july|august|september|october|"
                          r"november|december) \d{1,2}, \d{4}\b[\w .|,:+()-]{0,30}$")
# the place and date line of a notice or decision: "Hà Nội, ngày 07 tháng 3 năm 2023"
_PLACE_DATE = re.compile(r"^[^,\d]{2,40}, ngay \d{1,2} thang \d{1,2},? nam \d{4}\.?$")
# a byline stamped with the page's date and time: "Duy Tuấn - Mai Đỉnh 13/01/2025 - 10:12" (folded)
_STAMPED = re.compile(r"^[^.!?:;]{0,80}?\b\d{1,2}/\d{1,2}/\d{4}\s*[-–|,]?\s*\d{1,2}:\d{2}(?:\s*\(gmt\+7\))?$")
_END_OF_ARTICLE = re.compile(r"\./\.\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")
_TERMINAL = re.compile(r"[.!?…:;]['\"”’)]?$")
# the mark of a list's item: "- ", "• ", "2. ", "b) "
LIST_ITEM = r"(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))"
_WRAP_MIN, _WRAP_MAX = 40, 120   # the widths hard-wrapped text is set at


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str
    text: str


@cache
def _furniture():
    page = lexicon("page")
    noise = re.compile("^(?:" + "|".join(page["line_noise"]) + ")$")
    credit = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in page["caption_credits"]) + r")\s*:\s*\S+[^.]*$")
    return tuple(page["section_markers"]), noise, credit


@cache
def _item_start() -> re.Pattern:
    """A line that starts an item of its own even inside a hard-wrapped paragraph: a list's item, an article
    of a decision ("Điều 2"), a clause that opens a notice's or a decision's paragraph ("Căn cứ …")."""
    page = lexicon("page")
    return re.compile(rf"^(?:{LIST_ITEM}\s|[IVX]{{1,5}}\.\s|(?:{alternatives(page['numbered_parts'])}) [\dIVX]|"
                      rf"(?:{alternatives(page['clause_openers'])}))")


@cache
def _attachment() -> re.Pattern:
    """A line that opens a text attached to a notice or decision after its end (folded)."""
    return re.compile(rf"^\(?(?:{alternatives(lexicon('page')['attachment_markers'])})\b")


@cache
def _dateline() -> re.Pattern:
    """A line that is the page's date and time (folded): "Thứ Hai, 13/01/2025 14:05 (GMT+7)"."""
    weekdays = alternatives(lexicon("page")["dateline_weekdays"])
    return re.compile(
        rf"^(?:(?:{weekdays})\s*[,-]?\s*)?"
        r"(?:\d{1,2}:\d{2}\s*(?:\(gmt\+7\))?\s*[|,-]?\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}"
        r"(?:\s*[-–|,]?\s*\d{1,2}:\d{2}(?:\s*\(gmt\+7\))?)?[\d\s]*$")


_COLUMNS = re.compile(r"\S(?:.*?\S)?(?=\s{4,}|\s*$)")


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Non-empty lines as (start, end) without their surrounding spaces, and whether a blank line precedes.
    A line set in two columns (a decision's header: the issuer left, the national motto right) is two."""
    out, offset, blank = [], 0, True
    for line in text.split("\n"):
        cells = list(_COLUMNS.finditer(line))
        for k, cell in enumerate(cells):
            out.append((offset + cell.start(), offset + cell.end(), blank and k == 0))
        blank = not cells
        offset += len(line) + 1
    return out


def _is_marker(key: str, words: int) -> bool:
    markers, _, _ = _furniture()
    key = key.rstrip(" :")   # "Xem thêm:", "Related news:"
    return any(key == m or key.startswith(m + " ") and words <= 6 for m in markers)


def _is_furniture(key: str) -> bool:
    _, noise, _ = _furniture()
    return bool(noise.match(key)) or _is_dateline(key) or _is_marker(key, len(key.split()))


def _caps(line: str) -> bool:
    """A line in capitals (a heading), not a document's number ("71/NQ-CP."): some word of three letters or more."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and any(len(w) >= 3 for w in re.findall(r"[^\W\d_]+", line))


def _continues(current: str, following: str, width: int) -> bool:
    """Whether a hard-wrapped line runs on into the next one."""
    if len(current) <= 2 or _caps(current) or _caps(following) or _item_start().match(following):
        return False  # a drop cap is joined to its word apart
    if _is_furniture(fold(current)) or _is_furniture(fold(following)):
        return False
    if following[:1].islower():
        return True
    if _ends_sentence(current):
        return len(current) >= 0.9 * width and not current.endswith((":", ";"))
    return len(current) >= 0.6 * width


@cache
def _abbreviated_end() -> re.Pattern:
    """A line that ends with an abbreviation's full stop ("… Resolution No."): no sentence ends there."""
    return re.compile(rf"(?<![\w.])(?:{alternatives(lexicon('sentences')['abbreviations'])})$")


def _ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line)) and not _abbreviated_end().search(line)


def _breaks(run: list[str]) -> tuple[int, int]:
    """How many of a run's line breaks fall inside a sentence, and how many of those before a lower-case word."""
    inside = [(a, b) for a, b in zip(run, run[1:]) if not _ends_sentence(a)]
    return len(inside), sum(1 for _, b in inside if b[:1].islower())


def _wrap_width(runs: list[list[str]]) -> int | None:
    """The width the page is hard-wrapped at, when some run of its lines clearly is."""
    widths = []
    for run in runs:
        width = max(len(line) for line in run)
        inside, lower = _breaks(run)
        if len(run) >= 2 and _WRAP_MIN <= width <= _WRAP_MAX and lower and inside * 2 >= len(run) - 1:
            widths.append(width)
    return max(widths) if widths else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The page's paragraphs as (start, end): each line, or the lines of a hard-wrapped paragraph joined."""
    runs: list[list[tuple[int, int, bool]]] = []
    for line in _lines(text):
        if line[2] or not runs:
            runs.append([])
        runs[-1].append(line)
    texts = [[text[s:e] for s, e, _ in run] for run in runs]
    page_width = _wrap_width(texts)
    out: list[tuple[int, int]] = []
    for run, lines in zip(runs, texts):
        width = max(len(t) for t in lines)
        inside, _ = _breaks(lines)
        wrapped = (page_width is not None and len(run) >= 2 and 0.7 * page_width <= width <= page_width + 5
                   and inside * 2 >= len(run) - 1)
        if not wrapped:
            out += [(s, e) for s, e, _ in run]
            continue
        start = run[0][0]
        for k in range(len(run)):
            if k + 1 == len(run) or not _continues(lines[k], lines[k + 1], width):
                out.append((start, run[k][1]))
                if k + 1 < len(run):
                    start = run[k + 1][0]
    return out


def _is_dateline(key: str) -> bool:
    return bool(_dateline().match(key) or _PLACE_DATE.match(key) or _DATELINE_EN.match(key) or _STAMPED.match(key))


def split_blocks(text: str) -> list[Block]:
    """Classify every paragraph of a page as title, body, heading, caption, dateline, byline or boilerplate."""
    _, noise, credit = _furniture()
    raw = paragraphs(text)
    blocks: list[Block] = []
    ended = False
    title_seen = False
    seen_lines: set[str] = set()
    i = 0
    while i < len(raw):
        start, end = raw[i]
        stripped = text[start:end].replace("\n", " ")
        # a drop cap torn from its word ("C" / "ác đại biểu …") is one block with the next line
        if len(stripped) <= 2 and stripped.isalpha() and i + 1 < len(raw) and text[raw[i + 1][0]:raw[i + 1][0] + 1].islower():
            end = raw[i + 1][1]
            blocks.append(Block(start, end, BOILERPLATE if ended else CAPTION, text[start:end].replace("\n", " ")))
            i += 2
            continue
        key = fold(stripped)
        words = len(stripped.split())
        if ended and _attachment().search(key):
            ended = False   # "(Ban hành kèm theo Quyết định số …)": the plan a decision adopts, part of the article
        if ended or _is_marker(key, words):
            ended = ended or words <= 6
            kind = BOILERPLATE
        elif noise.match(key):
            kind = BOILERPLATE
        elif _is_dateline(key):
            kind = DATELINE
        elif not title_seen and words >= 3 and not _caps(stripped):
            kind, title_seen = TITLE, True
        elif credit.search(stripped):
            kind = CAPTION
        elif key in seen_lines:
            kind = CAPTION  # an image's alt text repeated as its caption
        elif not _SENTENCE_END.search(stripped) and words <= 25:
            nxt = text[raw[i + 1][0]:raw[i + 1][1]].strip() if i + 1 < len(raw) else ""
            byline = words <= 3 and not _caps(stripped) and not any(c.isdigit() for c in stripped)
            kind = CAPTION if fold(nxt) == key else (BYLINE if byline else HEADING)
        else:
            kind = BODY
        blocks.append(Block(start, end, kind, stripped))
        if kind == BODY and _END_OF_ARTICLE.search(stripped):
            ended = True
        seen_lines.add(key)
        i += 1
    return blocks


def content_blocks(text: str) -> list[Block]:
    """The article itself: its title, headings and body paragraphs."""
    return [b for b in split_blocks(text) if b.kind in CONTENT_KINDS]
