"""Which characters of a text a longer or earlier match has already claimed: constant time per character,
so claiming and checking spans stays linear in the text however many matches there are."""


class Coverage:
    def __init__(self, length: int):
        self._taken = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return not any(self._taken[start:end])

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)
