"""Places below the province, which the registry does not hold: communes, wards, townships, districts and cities of a
province named with their unit ("xã Gia Viễn", "phường Hoa Lư", "thị trấn Me", "huyện Tân Phú"), and the names a
unit written once before a list gives ("các phường Ninh Khánh, Đông Thành và Nam Bình"). Each is minted once, named
with its unit, so that a merger of communes says what it merged; the last one named with each unit is what a bare
unit stands for ("Đảng ủy xã", "Chủ tịch UBND xã": the commune the article is about).
"""

from kg.extract.context import PLACE, ArticleContext, Span
from kg.extract.lexicon import lexicon
from kg.extract.phrases import PhraseMatcher
from kg.extract.tokens import Token
from kg.model import Place
from kg.text.normalize import match_key

_MAX_NAME = 4   # words of a locality's name after its unit


def locality_name_end(tokens: list[Token], k: int, surnames: set[str], longest: int = _MAX_NAME, free=lambda _: True) -> int:
    """The token after a locality's name that starts at token k (k itself: no name): capitalised words up to a person's
    name ("phường Hoa Lư Trần Minh Hải"); one word is no locality's whole name ("phường Buôn Ma Thuột")."""
    def person_at(n: int) -> bool:
        return tokens[n].text in surnames and n + 1 < len(tokens) and tokens[n + 1].capitalised
    end = k
    while end < len(tokens) and end - k < longest and free(end) and tokens[end].capitalised and tokens[end].text.isalpha():
        if end > k and person_at(end) and (end > k + 1 or end + 2 < len(tokens) and tokens[end + 2].capitalised):
            break
        end += 1
    return end


class LocalityFinder:
    """Made once; `find` reads one sentence's tokens where no other span has claimed them."""

    def __init__(self) -> None:
        lex = lexicon("organisations")
        registry_units = {match_key(u) for u in lex["registry_units"]}
        units = [u for u in lex["province_units"] + lex["local_units"] if match_key(u) not in registry_units]
        self.abbreviations: dict[str, str] = lex["abbreviations"]
        self.units = PhraseMatcher((u, u, False) for u in units)
        self.plurals = {w.lower() for w in lex["locality_plurals"]}
        self.joins = {w.lower() for w in lex["list_joins"]}
        self.surnames = set(lexicon("people")["surnames"])
        self.english_units = PhraseMatcher((u, vi, False) for u, vi in lex["english_local_units"].items())
        self.english_not_names = {w.lower() for w in lex["english_local_not_names"]}

    def _label(self, unit: str, tokens: list[Token], k: int, end: int) -> tuple[str, str]:
        unit_word = self.abbreviations.get(unit, unit).lower()
        return unit_word, f"{unit_word} {' '.join(t.text for t in tokens[k:end])}"

    def _place(self, ctx: ArticleContext, unit: str, tokens: list[Token], k: int, end: int) -> str:
        return ctx.mint(Place, self._label(unit, tokens, k, end)[1], kind="local")

    def note(self, ctx: ArticleContext, tokens: list[Token]) -> None:
        """The localities a sentence names, bodies' included ("UBND phường Hoa Lư"), noted before its bodies are read:
        a bare unit in it stands for one of them ("tại điểm cầu phường A có ông B, Chủ tịch UBND phường")."""
        for _, k, unit in self.units.find(tokens):
            end = locality_name_end(tokens, k, self.surnames)
            if end > k:
                ctx.name_locality(*self._label(unit, tokens, k, end))

    def find(self, ctx: ArticleContext, tokens: list[Token], free) -> list[Span]:
        """The localities of a sentence; `free(i)` says whether token i is no other span's."""
        out: list[Span] = []
        i = 0
        while i < len(tokens):
            hit = self.units.longest(tokens, i) if free(i) else None
            if hit is None:
                i += 1
                continue
            k, unit = hit
            end = locality_name_end(tokens, k, self.surnames, free=free)
            if end == k:
                i = k
                continue
            # "các phường A, B và C", "3 huyện A, B và C": the unit is each one's
            listed = i > 0 and (tokens[i - 1].lower in self.plurals or tokens[i - 1].text.isdigit())
            out.append(Span(tokens[i].start, tokens[end - 1].end, PLACE, self._place(ctx, unit, tokens, k, end),
                            ctx.text[tokens[i].start:tokens[end - 1].end]))
            while listed and end + 1 < len(tokens) and tokens[end].lower in self.joins and not self.units.longest(tokens, end + 1):
                after = locality_name_end(tokens, end + 1, self.surnames, free=free)
                if after == end + 1:
                    break
                out.append(Span(tokens[end + 1].start, tokens[after - 1].end, PLACE, self._place(ctx, unit, tokens, end + 1, after),
                                ctx.text[tokens[end + 1].start:tokens[after - 1].end]))
                end = after
            i = end
        return out

    def english(self, ctx: ArticleContext, tokens: list[Token], spans: list[Span]) -> list[Span]:
        """The spans with the localities English names before their unit ("Nha Trang ward", "Cho Don commune"), each
        minted with its Vietnamese unit ("phường Nha Trang") and in place of a province it shares its name with
        ("Hai Duong ward")."""
        starts = {t.start: k for k, t in enumerate(tokens)}
        found: list[Span] = []
        for u, end, unit in self.english_units.find(tokens):
            k = u
            while k > 0 and u - k < _MAX_NAME - 1 and tokens[k - 1].capitalised and tokens[k - 1].text.isalpha() \
                    and tokens[k - 1].lower not in self.english_not_names:
                k -= 1
            inside = [s for s in spans if s.start < tokens[u - 1].end and tokens[k].start < s.end] if k < u else []
            if k == u or any(s.kind != PLACE or starts.get(s.start, u) < k for s in inside):
                continue
            name = " ".join(t.text for t in tokens[k:u])
            label = f"{unit} {name}"
            ctx.name_locality(unit, label)
            written = ctx.text[tokens[k].start:tokens[end - 1].end]
            place = ctx.mint(Place, label, kind="local", label_en=" ".join(written.split()))
            found.append(Span(tokens[k].start, tokens[end - 1].end, PLACE, place, written))
        covered = [s for s in spans if any(f.start <= s.start and s.end <= f.end for f in found)]
        return [s for s in spans if not any(s is c for c in covered)] + found

