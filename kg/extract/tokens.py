"""Words with their offsets: what the gazetteer and the name rules walk over, in one pass over the text."""

import re
import unicodedata
from dataclasses import dataclass

from kg.text.normalize import normalize_tones

# a word ("TT&TT", "TP.HCM", "COVID-19", "57-NQ", "K'Brơi" stay whole), an English possessive ("Tay Ninh|'s") or one
# punctuation mark
_TOKEN = re.compile(r"\w+(?:[&.\-]\w+|'(?!s\b)\w+)*&?|'s\b|[^\w\s]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str        # tone-normalised, case kept
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    normal = normalize_tones(text).replace("’", "'")   # one apostrophe: "People’s" and "People's" are one word
    return [Token(m.start(), m.end(), m.group(0), m.group(0).lower()) for m in _TOKEN.finditer(normal)]


def word_keys(name: str) -> tuple[str, ...]:
    """A name as the tuple of its tokens (tone-normalised, case kept)."""
    return tuple(t.text for t in tokenize(name))


def strip_marks(text: str) -> str:
    """The text without diacritics, case kept: 'Phạm Minh Chính' → 'Pham Minh Chinh' (as English news writes it)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
