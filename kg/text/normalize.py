"""NFC, one tone placement, and diacritic-free keys for matching Vietnamese text.

Vietnamese writes the tone of the open syllables -oa, -oe, -uy on either vowel (hoà/hòa,
uỷ/ủy). Matching uses one placement (on the first vowel, the form government texts use);
display keeps the text as written.
"""

import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below

# a tone on the second vowel of a word-final oa/oe/uy moves to the first; "qu" is a consonant, so quý stays
_SECOND_VOWEL_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONE_MARKS + r"])(?![^\W\d_])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalize_tones(text: str) -> str:
    """NFC text with the tone of word-final oa/oe/uy on the first vowel (hoà → hòa, uỷ → ủy)."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _SECOND_VOWEL_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def fold(text: str) -> str:
    """A diacritic-free, lower-case key: 'Ủy ban Quốc gia' → 'uy ban quoc gia'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", bare).strip().casefold()


def match_key(text: str) -> str:
    """The key two spellings of one name share: tones placed one way, case and spaces folded."""
    return re.sub(r"\s+", " ", normalize_tones(text)).strip().casefold()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
