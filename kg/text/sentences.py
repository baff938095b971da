"""Sentence spans inside the article's blocks."""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.text.blocks import Block, content_blocks, split_blocks
from kg.text.lexicon import lexicon

# a sentence ends at . ! ? … (and the news closer ./.) before a space and a capital, a digit or a quote
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9])")
_INITIAL = re.compile(r"\b[A-ZĐ]\.$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,5})\.$")   # a list item's number ("2. Tỷ lệ …"): no sentence of its own


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block_kind: str


@cache
def _abbreviations() -> tuple[str, ...]:
    return tuple(lexicon("sentences")["abbreviations"])


@cache
def _numeral() -> re.Pattern:
    """A one-letter Roman numeral after a word that counts ("quý I."): a number that may end a sentence."""
    words = "|".join(re.escape(w) for w in lexicon("sentences")["numeral_words"])
    return re.compile(rf"(?:^|\s)(?:{words})\s+[IVX]\.$")


def _ends_with_abbreviation(head: str) -> bool:
    """Whether the text before a full stop ends with a whole abbreviation ("TP.", "P."), not a word that merely ends
    the same way ("GRDP." and "GDP." end their sentence)."""
    return any(head.endswith(a) and not head[:-len(a)][-1:].isalpha() for a in _abbreviations())


def _split_block(block: Block) -> list[Sentence]:
    sentences, begin = [], 0
    for match in _BOUNDARY.finditer(block.text):
        head = block.text[max(begin, match.start() - 12):match.start()].rstrip()
        initial = _INITIAL.search(head) and not _numeral().search(block.text[max(begin, match.start() - 24):match.start()].rstrip())
        if _ends_with_abbreviation(head) and not head.endswith("./.") or initial or _NUMBERED.match(
                block.text[begin:match.start()]):
            continue
        sentences.append((begin, match.start()))
        begin = match.end()
    sentences.append((begin, len(block.text)))
    result = []
    for s, e in sentences:
        piece = block.text[s:e]
        trimmed_start = s + (len(piece) - len(piece.lstrip()))
        trimmed_end = s + len(piece.rstrip())
        if trimmed_end > trimmed_start:
            result.append(Sentence(block.start + trimmed_start, block.start + trimmed_end,
                                   block.text[trimmed_start:trimmed_end], block.kind))
    return result


def split_sentences(text: str, *, include_all_blocks: bool = False) -> list[Sentence]:
    """Sentences of the article's title, headings and body (of every block when asked), with their spans in `text`.

    A sentence's text is the page's text over its span, with the line breaks of a rebuilt paragraph as spaces."""
    blocks = split_blocks(text) if include_all_blocks else content_blocks(text)
    return [sentence for block in blocks for sentence in _split_block(block)]


@lru_cache(maxsize=64)
def _every_sentence(text: str) -> tuple[Sentence, ...]:
    return tuple(split_sentences(text, include_all_blocks=True))


def sentence_at(text: str, start: int, end: int) -> Sentence | None:
    """The sentence (of any block) that holds the span [start, end), for showing evidence (an article is split
    once, however many of its spans are shown)."""
    for sentence in _every_sentence(text):
        if sentence.start <= start and end <= sentence.end:
            return sentence
    return None
