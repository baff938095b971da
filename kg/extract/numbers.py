"""Vietnamese numbers: 3.552 (thousands), 70,91 (decimal comma), 23 triệu, 53 tỉ USD, 9/12."""

import re
from decimal import Decimal

_SCALE = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def parse_number(raw: str) -> Decimal:
    """'3.552' → 3552, '70,91' → 70.91, '1.800' → 1800."""
    return Decimal(raw.replace(".", "").replace(",", "."))


def scale_of(word: str | None) -> int:
    return _SCALE.get((word or "").lower(), 1)


QUANTITY = re.compile(rf"(?P<cmp>ít nhất|tối thiểu|tối đa|khoảng|gần|trên|hơn|đạt|là)?\s*(?P<num>{NUMBER})(?:/(?P<total>\d+(?:\.\d{{3}})*))?\s*(?P<unit>%|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?: USD| đồng)?|USD|đồng)?",
                      re.IGNORECASE)

COMPARATORS = {"ít nhất": ">=", "tối thiểu": ">=", "tối đa": "<=", "khoảng": "~", "gần": "~", "trên": ">", "hơn": ">"}
