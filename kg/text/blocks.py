"""Split a news page into blocks and tell the article from what surrounds it.

Offsets always index the text as given (NFC), so a block or a sentence can be cited by its span.
Nothing is deleted: boilerplate, captions and datelines are kept as blocks with a kind.
"""

import re
from dataclasses import dataclass

from kg.text.normalize import fold

BODY, TITLE, HEADING, CAPTION, DATELINE, BYLINE, BOILERPLATE = (
    "body", "title", "heading", "caption", "dateline", "byline", "boilerplate")

# a line that opens the page's furniture: everything from it on is not the article
_SECTION_MARKERS = (
    "cung chu de", "tin moi cap nhat", "tin lien quan", "doc nhieu", "tin khac", "xem them",
    "chia se bai viet", "chia se:", "chia se", "y kien ban doc", "anh trong bai", "binh luan",
    "tin cung chuyen muc", "bai viet lien quan",
)
_LINE_NOISE = re.compile(
    r"^(tieng viet \| english|in bai viet|\d+ (phut|gio|ngay) truoc|ban da khong su dung site.*|"
    r"[-–•·|]+|theo [\w .]{1,30}|nguon:? .{1,40})$")
_DATELINE = re.compile(
    r"^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*[,-]?\s*)?"
    r"(?:\d{1,2}:\d{2}\s*[|-]?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–|]?\s*\d{1,2}:\d{2})?[\d\s]*$")
_CAPTION_CREDIT = re.compile(r"\b(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*\S+[^.]*$")
_END_OF_ARTICLE = re.compile(r"\./\.\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str
    text: str


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _is_dateline(key: str) -> bool:
    return bool(_DATELINE.match(key))


def split_blocks(text: str) -> list[Block]:
    """Classify every non-empty line of a page as title, body, heading, caption, dateline, byline or boilerplate."""
    raw = [(start, line) for start, line in _lines(text) if line.strip()]
    blocks: list[Block] = []
    ended = False
    title_seen = False
    seen_lines: set[str] = set()
    i = 0
    while i < len(raw):
        start, line = raw[i]
        stripped = line.strip()
        lead = start + (len(line) - len(line.lstrip()))
        end = lead + len(stripped)
        # a drop cap torn from its word ("C" / "ác đại biểu …") is one block with the next line
        if len(stripped) <= 2 and stripped.isalpha() and i + 1 < len(raw) and raw[i + 1][1][:1].islower():
            nxt_start, nxt = raw[i + 1]
            end = nxt_start + len(nxt.rstrip())
            blocks.append(Block(lead, end, BOILERPLATE if ended else CAPTION, text[lead:end]))
            i += 2
            continue
        key = fold(stripped)
        words = len(stripped.split())
        if ended or any(key == m or key.startswith(m + " ") and words <= 6 for m in _SECTION_MARKERS):
            ended = ended or words <= 6
            kind = BOILERPLATE
        elif _LINE_NOISE.match(key):
            kind = BOILERPLATE
        elif _is_dateline(key):
            kind = DATELINE
        elif not title_seen:
            kind, title_seen = TITLE, True
        elif _CAPTION_CREDIT.search(stripped):
            kind = CAPTION
        elif key in seen_lines:
            kind = CAPTION  # an image's alt text repeated as its caption
        elif not _SENTENCE_END.search(stripped) and words <= 25:
            nxt = raw[i + 1][1].strip() if i + 1 < len(raw) else ""
            kind = CAPTION if fold(nxt) == key else (BYLINE if words <= 3 else HEADING)
        else:
            kind = BODY
        if kind == BODY and _END_OF_ARTICLE.search(stripped):
            blocks.append(Block(lead, end, kind, stripped))
            ended = True
        else:
            blocks.append(Block(lead, end, kind, stripped))
        seen_lines.add(key)
        i += 1
    return blocks


def content_blocks(text: str) -> list[Block]:
    """The article itself: its title and body paragraphs."""
    return [b for b in split_blocks(text) if b.kind in (TITLE, BODY)]
