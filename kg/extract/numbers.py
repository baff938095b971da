"""Numbers as Vietnamese writes them (3.552 thousands, 70,91 decimal comma) and as English does (3,552; 70.91)."""

from decimal import Decimal

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def number_pattern(language: str) -> str:
    return NUMBER_EN if language == "en" else NUMBER


def parse_number(raw: str, language: str = "vi") -> Decimal:
    """'3.552' → 3552, '70,91' → 70.91 (Vietnamese); '3,552' → 3552, '70.91' → 70.91 (English)."""
    if language == "en":
        return Decimal(raw.replace(",", ""))
    return Decimal(raw.replace(".", "").replace(",", "."))
