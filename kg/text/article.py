"""Reading an article file: UTF-8 plain text, NFC, one line breaks; a clear error for anything else."""

import hashlib
from pathlib import Path

from kg.errors import InputError
from kg.text.normalize import nfc

MAX_ARTICLE_BYTES = 2_000_000
_BOMS = {b"\xff\xfe": "UTF-16 (little-endian)", b"\xfe\xff": "UTF-16 (big-endian)"}


def read_article(path: Path) -> str:
    """An article's text as NFC, with a clear error for what is not a UTF-8 text file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an article file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_article(data, str(path))


def _looks_utf16(data: bytes) -> str | None:
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            return name
    sample = data[:2000]
    if len(sample) >= 8:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) / 4 and even == 0:
            return "UTF-16 (little-endian)"
        if even > len(sample) / 4 and odd == 0:
            return "UTF-16 (big-endian)"
    return None


def decode_article(data: bytes, name: str) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is too large for an article (limit {MAX_ARTICLE_BYTES // 1_000_000} MB)")
    utf16 = _looks_utf16(data)
    if utf16:
        raise InputError(f"{name}: the text is {utf16}; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: binary data, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
