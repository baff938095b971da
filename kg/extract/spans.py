"""Spans already claimed by a longer or earlier match."""


def overlaps(start: int, end: int, taken) -> bool:
    """Whether [start, end) overlaps any of the (start, end) pairs in `taken`."""
    return any(start < b and a < end for a, b in taken)
