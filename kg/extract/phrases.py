"""Phrases looked up word by word: a trie over tokens, so finding every phrase of a list in a text takes
time linear in the text (at each word, at most as many steps as the longest phrase has words)."""

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from kg.extract.tokens import Token, word_keys

V = TypeVar("V")
_END = ""  # the key under which a trie node holds the value of the phrase that ends there


class PhraseMatcher(Generic[V]):
    """Phrases with a value each; a phrase matches its capitals exactly when it is case-sensitive, in any case otherwise."""

    def __init__(self, phrases: Iterable[tuple[str, V, bool]]):
        self._exact: dict[str, Any] = {}
        self._lower: dict[str, Any] = {}
        self.depth = 1
        for phrase, value, case_sensitive in phrases:
            words = word_keys(phrase)
            if not words:
                continue
            self.depth = max(self.depth, len(words))
            node = self._exact if case_sensitive else self._lower
            for word in words if case_sensitive else (w.lower() for w in words):
                node = node.setdefault(word, {})
            node.setdefault(_END, value)

    def longest(self, tokens: list[Token], i: int, accept: Callable[[int, int, V], bool] | None = None) -> tuple[int, V] | None:
        """The longest phrase that starts at token i, as (index after its last token, value)."""
        best: tuple[int, V] | None = None
        for trie, attr in ((self._exact, "text"), (self._lower, "lower")):
            node, j = trie, i
            while j < len(tokens) and j - i < self.depth:
                child = node.get(getattr(tokens[j], attr))
                if child is None:
                    break
                node, j = child, j + 1
                if _END in node and (best is None or j > best[0]) and (accept is None or accept(i, j, node[_END])):
                    best = (j, node[_END])
        return best

    def find(self, tokens: list[Token], free: Callable[[int], bool] | None = None,
             accept: Callable[[int, int, V], bool] | None = None) -> list[tuple[int, int, V]]:
        """Every phrase in the tokens, longest first at each word, left to right, as (first, after last, value).
        `free(i)` says whether token i may start a phrase; `accept(i, j, value)` may refuse one."""
        out, i = [], 0
        while i < len(tokens):
            hit = self.longest(tokens, i, accept) if free is None or free(i) else None
            if hit is None:
                i += 1
                continue
            out.append((i, hit[0], hit[1]))
            i = hit[0]
        return out
