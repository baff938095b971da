"""Organisations the registry does not hold, made from the way news names them, and bare references
("Ban Chỉ đạo", "Ủy ban") resolved to the body last named with that head.

    Ủy ban nhân dân tỉnh Nghệ An · UBND tỉnh (the article's province) · UBND huyện Quỳnh Lưu
    Công an tỉnh · Văn phòng UBND tỉnh · Tỉnh ủy Hà Giang · Văn phòng Tỉnh ủy · Sở Tư pháp (of the province)
    Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng · Tổ công tác triển khai Đề án 06 tỉnh Nghệ An
    Viễn thông Quảng Trị, Viettel Hà Giang · Cục Chuyển đổi số quốc gia, Tập đoàn Công nghệ X

A minted organisation is named in full, in the registry's way ("Sở Thông tin và Truyền thông tỉnh Nghệ An"),
with the form the article wrote as an alias; a name the registry knows links to the registry's entity.
The heads, units and abbreviations are data: `seeds/lexicon/organisations.yaml`.
"""

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from kg.extract.context import DOC, ORG, PLACE, PROGRAMME, ArticleContext, Span
from kg.extract.docnumbers import PROGRAMME_SHORT
from kg.extract.lexicon import english_plural, lexicon, vocabulary
from kg.extract.localities import locality_name_end
from kg.extract.phrases import PhraseMatcher
from kg.extract.tokens import Token, strip_marks, tokenize
from kg.model import Knowledge, Organization, Place
from kg.text.lexicon import alternatives
from kg.text.normalize import match_key

_MAX_NAME = 30        # tokens a named body ("Ban Chỉ đạo … tỉnh X") may run to
_MAX_HEADED = 16      # … and the proper name after a head ("Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường")


@dataclass(frozen=True)
class _Found:
    end: int            # index of the token after the organisation's name
    org: str | None     # its id (None: not an organisation after all)
    first: int | None = None   # index of its first token, when not where the match began ("the committee")


def _variants(name: str, abbreviations: dict[str, str]) -> set[str]:
    """A name and its abbreviated forms: "Ủy ban nhân dân" → {"Ủy ban nhân dân", "UBND"}."""
    out = {name}
    for short, full in abbreviations.items():
        for known in list(out):
            if full in known:
                out.add(known.replace(full, short))
    return out


class OrganisationFinder:
    """Made once per registry; `find` reads one sentence's tokens."""

    def __init__(self, registry: Knowledge):
        lex = lexicon("organisations")
        self.abbreviations: dict[str, str] = lex["abbreviations"]
        ab = self.abbreviations
        self.owned = PhraseMatcher((v, (b["head"], b["kind"]), False)
                                   for b in lex["owned_bodies"] for v in _variants(b["head"], ab))
        self.boards = {b["head"] for b in lex["owned_bodies"] if b.get("board_posts")}
        self.local = PhraseMatcher((v, (b["head"], b["kind"]), False)
                                   for b in lex["local_bodies"] for v in _variants(b["head"], ab))
        self.units = PhraseMatcher((u, u, False) for u in lex["province_units"] + lex["local_units"])
        self.province_units = {match_key(u) for u in lex["province_units"]}
        self.registry_units = {match_key(u) for u in lex["registry_units"]}
        self.bare_heads = PhraseMatcher((w, w, True) for w in lex["bare_heads"])
        self.single_body_heads: dict[str, list[str]] = lex["single_body_heads"]
        self.bare_head_qualifiers = {w.lower() for w in lex["bare_head_qualifiers"]}
        self.bare_head_next = PhraseMatcher((w, w, False) for w in lex["bare_head_next"])
        self.branches = PhraseMatcher((w, w, False) for w in lex["branch_words"])
        self.plurals = {w.lower() for w in lexicon("people")["plurals"]}
        self.each = PhraseMatcher((w, w, False) for w in lex["each"])
        self.owner_links = {w.lower() for w in lex["owner_links"]}
        # the words of a programme's head, capitalised inside a body's name ("Tổ công tác triển khai Đề án 06")
        self.programme_words = {w for head in vocabulary().programme_types_vi for w in head.split()}
        # … and the short forms of a topic's words ("Ban Chỉ đạo về phát triển KHCN, ĐMST và CĐS xã A")
        self.name_abbreviations = set(lex["registry_abbreviations"])
        self.surnames = set(lexicon("people")["surnames"])
        self.middle_names = set(lexicon("people")["middle_names"])
        self.post_forms = set(vocabulary().role_by_form)
        self.place_prepositions = {match_key(w) for w in lex["place_prepositions"]}
        self.place_settings = {match_key(w) for w in lex["place_settings"]}
        self.party = PhraseMatcher((b["head"], b, False) for b in lex["party_bodies"])
        self.organs = PhraseMatcher((o, o, False) for o in lex["party_organs"])
        domains = set(lex["department_domains"])
        domains |= {e.label_vi.removeprefix("Bộ ").strip() for e in registry.entities.values()
                    if isinstance(e, Organization) and e.kind == "ministry"}
        self.domains = PhraseMatcher((v, d, False) for d in domains for v in _variants(d, ab) | {d})
        self.department = lex["department_head"]
        self.ministry_posts = PhraseMatcher((w, w, False) for w in lex["ministry_posts"])
        self.listed_heads = set(lex["listed_heads"])
        self.list_joins = set(lex["list_joins"])
        self.short_domains = PhraseMatcher((short, full, True) for short, full in lex["short_domains"].items())
        self.named = PhraseMatcher((v, (b["head"], b["kind"]), False)
                                   for b in lex["named_bodies"] for v in _variants(b["head"], ab))
        self.named_kinds = [(b["head"], b["kind"]) for b in lex["named_bodies"]]
        self.named_capitalised = {b["head"] for b in lex["named_bodies"] if b.get("capitalised")}
        self.named_parts = {b["head"] for b in lex["named_bodies"] if b.get("part")}
        self.unit_owners = lex["unit_owners"]
        self.english_owned_kinds = set(lex["english_owned_kinds"])
        self.committee_kinds = frozenset(lex["post_body_kinds"])
        # "… of (the central province of) Thua Thien Hue": the words between a national body's name and a province
        self.english_province_of = re.compile(rf"\s+of\s+(?:(?:the\s+)?(?:(?:{alternatives(lex['english_regions'])})\s+)*"
                                              rf"(?:{alternatives(lex['english_place_after'])})\s+of\s+)?")
        self.english_owning_local_kinds = set(lex["english_owning_local_kinds"])
        self.english_last_heads = lex["english_last_heads"]
        self.english_venues = tuple(lex["english_venues"])
        self.english_ministry_word = lex["english_ministry_word"]
        self.former = re.compile(rf"(?:^|\s)(?:{alternatives(lexicon('people')['former'])})(?:\s|$)", re.IGNORECASE)
        self.facilities = PhraseMatcher((w, w, True) for w in lex["facilities"])
        self.levels = PhraseMatcher((w, w, False) for w in lex["province_levels"])
        self.name_topics = {w.lower() for w in lex["name_topics"]}
        self.national_words = lex["national_words"]
        self.owning_kinds = frozenset(lex["owning_kinds"])
        self.national_endings = tuple(" " + match_key(w) for w in lex["national_endings"])
        self.kind_words = {w.lower() for w in lex["kind_words"]}
        self.not_places = PhraseMatcher((w, w, False) for w in lex["not_places"])
        self.item_stops = {w.lower() for w in lex["item_stops"]}
        self.list_cues = {w.lower() for w in lex["list_cues"]}
        self.list_owner_heads = tuple(b["head"] for b in lex["named_bodies"])
        self.list_owner_kinds = lex["post_body_kinds"]
        self.topic_stops = PhraseMatcher((w, w, False) for w in lex["topic_stops"])
        self.brands = PhraseMatcher((b["head"], b["kind"], True) for b in lex["branded_units"])
        self.heads = PhraseMatcher((b["head"], (b["head"], b["kind"]), True) for b in lex["named_heads"])
        self.provincial_heads = set(lex["provincial_heads"])
        self.english_local = PhraseMatcher((b["written"], b, True) for b in lex["english_local_bodies"])
        self.english_local_lower = PhraseMatcher((b["written"], b, False) for b in lex["english_local_bodies"])
        self.english_bare_locals = {w.lower() for w in lex["english_bare_locals"]}
        self.english_bare_local = PhraseMatcher((b["written"], b, True) for b in lex["english_local_bodies"]
                                                if b["written"] in lex["english_bare_local_bodies"])
        self.english_named = PhraseMatcher((b["written"], b, True) for b in lex["english_named_bodies"])
        self.english_translated = {match_key(en): vi for en, vi in lex["english_translated_bodies"].items()}
        self.english_department = lex["english_department"]
        self.english_central = PhraseMatcher((w, w, True) for w in lex["english_central_heads"])
        self.english_surnames = {strip_marks(w) for w in self.surnames}
        self.english_place_of = PhraseMatcher((w, w, False) for w in lex["english_place_of"])
        self.english_home_words = {w.lower(): kind for w, kind in lex["english_home_words"].items()}
        self.english_name_links = {w.lower() for w in lex["english_name_links"]}
        self.english_name_fields = {w.lower() for w in lex["english_name_fields"]}
        time = lexicon("time")   # "… Centre on May 5", "… on Thursday": a date, not the name's words
        self.months_en = set(time["months_en"]) | set(time["weekdays_en"])
        self.ministry_head = lex["ministry_head"]
        self.english_ministry = lex["english_ministry"]
        self.english_departments = lex["english_departments"]
        self.english_ministers = {w.lower() for w in lex["english_ministers"]}
        self.english_place_words = lex["english_place_words"]
        self.english_place_after = {w.lower() for w in lex["english_place_after"]}
        english_domains = {}
        for e in registry.entities.values():
            if isinstance(e, Organization) and e.kind == "ministry" and e.label_en and e.label_en.startswith(self.english_ministry + " "):
                english_domains[e.label_en.removeprefix(self.english_ministry + " ")] = e.label_vi.removeprefix(self.ministry_head).strip()
        # (news also writes the post in lower case: "former minister of science and technology")
        self.english_domains = PhraseMatcher((en, vi, False) for en, vi in english_domains.items())
        self.english_bare = PhraseMatcher((w, w, False) for w in lex["english_bare"])
        self.english_determiners = PhraseMatcher((w, w, False) for w in lex["english_determiners"])
        self.english_bare_determiners = {w.lower() for w in lex["english_determiners"] if " " not in w}
        self.english_proper_heads = PhraseMatcher((w, kind, True) for w, kind in lex["english_proper_heads"].items())
        self.english_proper_joins = PhraseMatcher((w, w, True) for w in lex["english_proper_joins"])
        self.english_proper_not = frozenset(lex["english_proper_not"])
        self.english_company_forms = PhraseMatcher((f, f, False) for f in lex["english_company_forms"])
        self.english_proper_not_first = PhraseMatcher((w, w, True) for w in lex["english_proper_not_first"])
        self.english_proper_plurals = frozenset(english_plural(h) for h in lex["english_proper_heads"])
        self.english_posts = PhraseMatcher((form, r.slug, False) for r in vocabulary().roles.values() for f in r.forms_en
                                           for form in (f, english_plural(f)))   # ("Deputy Heads of the Committee")
        self.english_new_determiners = {w.lower() for w in lex["english_new_determiners"]}
        self.division_heads = set(lex["division_heads"])
        self.office_head = match_key(lex["office_posts"]["head"])
        self.divisions_alone = PhraseMatcher((w, w, True) for w in lex["divisions_alone"])
        self.police_head = lex["police_head"]
        self.into_words = frozenset(lexicon("changes")["into_new"])
        self.name_idioms = PhraseMatcher((w, w, False) for w in lex["name_idioms"])
        self.stops = PhraseMatcher((w, w, False) for w in lex["name_stops"])
        self.venues = PhraseMatcher((w, w, False) for w in lex["venues"])
        self.body_stops = PhraseMatcher((w, w, False) for w in lex["body_stops"])
        self.stop_compounds = frozenset(match_key(w) for w in lex["body_stop_compounds"])
        self.next_heads = PhraseMatcher((w, w, True) for w in lex["next_body_heads"])
        self.next_head_words = {w for w in lex["next_body_heads"] if " " not in w}

    # ---- places
    def _place_at(self, ctx: ArticleContext, spans_at: dict[int, Span], tokens: list[Token], j: int) -> tuple[int, str | None, str | None, bool]:
        """A place at token j: (token after it, registry place id, locality name, whether it is province-level).

        A registry place ("tỉnh Nghệ An", "Hà Giang"), a unit and a locality ("huyện Quỳnh Lưu"), or a bare
        province-level unit ("tỉnh": the article's province)."""
        if j >= len(tokens) or self.not_places.longest(tokens, j):
            return j, None, None, False
        span = spans_at.get(tokens[j].start)
        if span is not None and span.kind == PLACE:
            return _after(tokens, span.end, j), span.value, None, True
        unit = self.units.longest(tokens, j)
        if unit is None:
            return j, None, None, False
        k, written = unit
        span = spans_at.get(tokens[k].start) if k < len(tokens) else None
        if span is not None and span.kind == PLACE:
            return _after(tokens, span.end, k), span.value, None, True
        name_end = k
        while name_end < len(tokens) and name_end - k < 4 and tokens[name_end].capitalised and tokens[name_end].text.isalpha():
            name_end += 1
        if name_end - k >= 3 and self._names_person(tokens, k):
            name_end = k   # "UBND Thành phố Võ Văn Hoan": the city in focus, then a person's name
        # "UBND phường Phú Lợi Đặng Văn Em": the locality's name ends where a person's begins
        name_end = next((m for m in range(k + 1, name_end) if self._names_person(tokens, m)), name_end)
        province_level = match_key(written) in self.province_units
        unit_word = self.abbreviations.get(written, written).lower()
        if name_end > k and match_key(written) not in self.registry_units:
            return name_end, None, f"{unit_word} {' '.join(t.text for t in tokens[k:name_end])}", province_level
        if not province_level and (named := ctx.locality(unit_word)):   # "Đảng ủy xã": the commune the article is about
            return k, None, named, False
        # "tỉnh" alone (capitals after it are something else: every province is in the registry): the province of
        # that kind the sentence has named before it ("Tại điểm cầu tỉnh Quảng Ngãi, Chủ tịch UBND tỉnh …"), else
        # the article's own
        setting = ctx.entity(ctx.named_here[-1]) if province_level and ctx.named_here else None
        if isinstance(setting, Place):   # named with the unit written: "UBND tỉnh" of Thừa Thiên Huế (a city since)
            return k, setting.id, place_with_unit(setting, unit_word), True
        return k, None, None, province_level

    def _note_area(self, ctx: ArticleContext, org: str, start: int) -> None:
        """A body of a province named in the sentence names its province too ("UBND tỉnh Quảng Ngãi … Sở … tỉnh"), unless
        a post held there before names it ("…, nguyên Chủ tịch UBND tỉnh Yên Bái; các Phó Chủ tịch UBND tỉnh: …")."""
        area = getattr(ctx.entity(org), "area", None)
        if area and not self.former.search(re.split(r"[,;:]", ctx.text[max(0, start - 60):start])[-1]):
            ctx.named_here.append(area)

    def _setting(self, opening: str) -> bool:
        """Whether the words before a place make it where the sentence is set: "Tại (điểm cầu) (tỉnh) …"."""
        words = opening.split()
        return len(words) <= 4 and bool(words) and (match_key(words[0]) in self.place_prepositions
                                                     or match_key(" ".join(words[:2])) in self.place_settings
                                                     or match_key(words[0]) in self.place_settings)

    def _place_name(self, ctx: ArticleContext, place_id: str | None, locality: str | None) -> tuple[str | None, str | None]:
        """How a minted body names its place ("tỉnh Nghệ An", "thành phố Hà Nội"), and the province it serves."""
        if locality:
            return locality, place_id or ctx.home
        place = ctx.entity(place_id or ctx.home)
        if not isinstance(place, Place):
            return None, None
        label = place.label_vi
        if place.kind == "country":   # "Trung tâm Internet Việt Nam": a national body, named with the country as written
            return label, None
        return place_with_unit(place), place.id

    def _full(self, written: str) -> str:
        words = [self.abbreviations.get(w, w) for w in written.split()]
        return " ".join(words)

    # ---- patterns
    def _local_body(self, ctx, tokens, spans_at, i) -> _Found | None:
        hit = self.local.longest(tokens, i)
        if hit is None:
            return None
        j, (head, kind) = hit
        if j < len(tokens) and tokens[j].lower in self.plurals:
            return None  # "UBND các tỉnh, thành phố": bodies addressed together
        k, place, locality, province_level = self._place_at(ctx, spans_at, tokens, j)
        if k == j and (shared := self._shared_place(ctx, tokens, spans_at, j)):
            place, locality = shared   # "Bí thư Đảng ủy, Chủ tịch HĐND xã Cẩm Thủy": the commune's Đảng ủy
        elif k == j or not (place or locality or province_level):
            return None
        where, area = self._place_name(ctx, place, locality)
        if where is None:
            return None
        written = ctx_text(ctx, tokens, i, k)
        return _Found(k, ctx.organisation(f"{head} {where}", kind, area=area, alt=[written]))

    def _local_body_of_head(self, ctx, tokens, spans_at, i, span: Span) -> _Found | None:
        """A registry body whose whole name is a head of places' bodies, written with a place ("Cục Thống kê tỉnh Bắc
        Giang", "Kho bạc Nhà nước tỉnh A"): the place's body."""
        hit = self.local.longest(tokens, i)
        return self._local_body(ctx, tokens, spans_at, i) if hit is not None and tokens[hit[0] - 1].end == span.end else None

    def _owned_body(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"Đảng ủy UBND tỉnh Lào Cai", "Công đoàn Bộ Tài chính", "Tổ giúp việc Ban Chỉ đạo … tỉnh A": a body named after
        the body it is set up in."""
        hit = self.owned.longest(tokens, i)
        if hit is None or hit[0] >= len(tokens):
            return None
        j, (head, kind) = hit
        span = spans_at.get(tokens[j].start)
        owner = (_Found(_after(tokens, span.end, j), span.value) if span is not None and span.kind == ORG
                 else self._local_body(ctx, tokens, spans_at, j) or self._department(ctx, tokens, spans_at, j)
                 or self._owner_of_next_post(ctx, tokens, spans_at, j) or self._named_body(ctx, tokens, spans_at, j)
                 or self._bare_head(ctx, tokens, spans_at, j))   # "Bí thư Đảng ủy Bộ": the ministry in focus
        entity = ctx.entity(owner.org) if owner is not None and owner.org else None
        if owner is None or not isinstance(entity, Organization):
            return None
        return _Found(owner.end, ctx.organisation(f"{head} {entity.label_vi}", kind, area=entity.area,
                                                  alt=[ctx_text(ctx, tokens, i, owner.end)],
                                                  parent=entity.id if head in self.boards else None))

    def _owner_of_next_post(self, ctx, tokens, spans_at, j) -> _Found | None:
        """The body an owner written bare stands for ("Bí thư Đảng ủy Sở, Giám đốc Sở Khoa học và Công nghệ", "Bí thư
        Chi bộ, Giám đốc Công an tỉnh"): the one the next post of the chain names; the owned body's name ends at the
        comma."""
        bare = self.bare_heads.longest(tokens, j)
        k = bare[0] if bare else j
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        for m in range(k + 2, min(k + 7, len(tokens))):
            if match_key(" ".join(t.text for t in tokens[k + 1:m])) not in self.post_forms:
                continue
            span = spans_at.get(tokens[m].start)
            owner = (_Found(m + 1, span.value) if span is not None and span.kind == ORG
                     else self._department(ctx, tokens, spans_at, m) or self._local_body(ctx, tokens, spans_at, m))
            entity = ctx.entity(owner.org) if owner is not None and owner.org else None
            if isinstance(entity, Organization) and (not bare or entity.label_vi.startswith(tokens[j].text + " ")):
                return _Found(k, entity.id)
        return None

    def _shared_place(self, ctx, tokens, spans_at, j) -> tuple[str | None, str | None] | None:
        """The place of a body written bare before a comma and the next post of a chain, when that post's body names
        its place: "Bí thư Đảng ủy, Chủ tịch HĐND xã Cẩm Thủy" (the registry place id, or the locality's name)."""
        if j >= len(tokens) or tokens[j].text != ",":
            return None
        for m in range(j + 2, min(j + 6, len(tokens))):
            hit = self.local.longest(tokens, m)
            if hit is None:
                continue
            if match_key(" ".join(t.text for t in tokens[j + 1:m])) not in self.post_forms:
                return None
            k, place, locality, _ = self._place_at(ctx, spans_at, tokens, hit[0])
            return (place, locality) if k > hit[0] and (place or locality) else None
        return None

    def _party_body(self, ctx, tokens, spans_at, i) -> _Found | None:
        organ = self.organs.longest(tokens, i)
        if organ and self._ends_post(tokens, i, organ[0]):
            return None   # "Phó Bí thư Thường trực|Tỉnh ủy": the organ's word ends a post, the body starts after it
        j = organ[0] if organ else i
        hit = self.party.longest(tokens, j)
        shared = self._shared_party(tokens, j) if hit is None and organ else None
        hit = hit or (self.party.longest(tokens, shared) if shared is not None else None)
        if hit is None:
            return None
        k, body = hit
        span = spans_at.get(tokens[k].start) if k < len(tokens) else None
        place_id, end = (span.value, _after(tokens, span.end, k)) if span is not None and span.kind == PLACE else (None, k)
        locality = self._locality_name(tokens, k) if place_id is None and body["level"] != "province" else None
        # "Huyện ủy" written alone: the party committee of the district the article names ("Phó Bí thư Huyện ủy, Chủ
        # tịch UBND huyện" in an article about huyện Krông Pắc)
        named = ctx.locality(body["unit"]) if place_id is None and locality is None and "unit" in body and shared is None else None
        # "Bí thư Thành ủy, Chủ tịch HĐND thành phố Hạ Long", "Bí thư Huyện ủy, Chủ tịch UBND huyện Tiên Yên": the
        # locality of its unit the next post of the chain names
        home = ctx.entity(ctx.province)
        unit = body.get("unit") or (body.get("chain_unit") if getattr(home, "kind", None) != "city" else None)
        chained = self._shared_place(ctx, tokens, spans_at, k) if place_id is None and locality is None and named is None \
            and shared is None and unit else None
        named = chained[1] if chained and chained[1] and chained[1].startswith(f"{unit} ") else named
        if place_id is None and body["level"] != "province" and locality is None and named is None or shared is not None and locality:
            return None
        if shared is not None:
            end = j   # "Ủy viên Ban Thường vụ|, Trưởng Ban Tổ chức Tỉnh ủy": the organ's name ends before the comma
        place = ctx.entity(place_id or ctx.province)
        if not isinstance(place, Place):
            return None
        name = f"{body['head']} {place.label_vi}"
        if locality is not None:   # "Huyện ủy Lục Nam": a district the registry does not hold, in the article's province
            end = locality
            name = f"{body['head']} {ctx_text(ctx, tokens, k, end)}"
        elif named is not None and unit is not None:
            name = f"{body['head']} {named.split(maxsplit=len(unit.split()))[-1]}"
        if organ:
            name = f"{organ[1]} {name}"
        written = [ctx_text(ctx, tokens, i, end)] if shared is None else []
        return _Found(end, ctx.organisation(name, "party", area=place.id, alt=written))

    def _shared_party(self, tokens: list[Token], j: int) -> int | None:
        """Where the party committee of the next post of a chain begins, for an organ written without one of its own:
        "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy" (the organ is the Tỉnh ủy's); or of the next organ joined to
        it: "hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy" (both the Tỉnh ủy's)."""
        if j < len(tokens) and tokens[j].lower in self.list_joins and (other := self.organs.longest(tokens, j + 1)) is not None:
            return other[0] if self.party.longest(tokens, other[0]) else None
        if j >= len(tokens) or tokens[j].text != ",":
            return None
        if not any(match_key(" ".join(t.text for t in tokens[j + 1:b])) in self.post_forms for b in range(j + 2, min(j + 5, len(tokens)))):
            return None
        for m in range(j + 2, min(j + 9, len(tokens))):
            if tokens[m].text in ",.;:":
                return None
            if self.party.longest(tokens, m):
                return m
        return None

    def _locality_name(self, tokens: list[Token], k: int) -> int | None:
        """Where a locality's name written at token k ends (a few capitalised words, not a person's name)."""
        end = locality_name_end(tokens, k, self.surnames, 3)
        if end - k >= 3 and self._names_person(tokens, k):
            return None   # "Huyện ủy Hoàng Văn A": a person's name
        return end if end > k else None

    def _bare_head(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"Giám đốc Sở;", "của Bộ.": a body's head alone before a stop stands for the body last named with it."""
        hit = self.bare_heads.longest(tokens, i)
        if hit is None or hit[0] < len(tokens) and tokens[hit[0]].text not in ",.;:)" \
                and self.bare_head_next.longest(tokens, hit[0]) is None:
            return None
        kinds = self.single_body_heads.get(hit[1])   # "của Bộ.": a ministry, not the Politburo ("Bộ Chính trị")
        org = ctx.in_focus_among((hit[1],), tuple(kinds)) if kinds else ctx.in_focus(hit[1])
        return _Found(hit[0], org) if org else None

    def _department(self, ctx, tokens, spans_at, i) -> _Found | None:
        if tokens[i].text != self.department or i + 1 >= len(tokens):
            return None
        hit = self.domains.longest(tokens, i + 1)
        if hit is None:
            return None
        j, domain = hit
        k, place, locality, province_level = self._place_at(ctx, spans_at, tokens, j)
        if locality and not province_level:
            return None
        where, area = self._place_name(ctx, place, locality if province_level else None)
        if where is None:
            return None
        written = ctx_text(ctx, tokens, i, k)
        return _Found(k, ctx.organisation(f"{self.department} {domain} {where}", "state", area=area,
                                          alt=[written, f"{self.department} {domain}"]))

    def _domain_at(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """A ministry's domain at token k, in full or short ("Thông tin và Truyền thông", "TT&TT", "CA")."""
        return self.domains.longest(tokens, k) or self.short_domains.longest(tokens, k)

    def _ministry_of_post(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"Bộ trưởng Khoa học và Công nghệ": the ministry a minister's post names without its head."""
        if not any((hit := self.ministry_posts.longest(tokens, b)) is not None and hit[0] == i for b in range(max(0, i - 4), i)):
            return None
        domain = self._domain_at(tokens, i)
        org = ctx.lookup(f"{self.ministry_head}{domain[1]}", "organizations") if domain else None
        return _Found(domain[0], org) if domain and org else None

    def listed(self, ctx: ArticleContext, tokens: list[Token], spans_at: dict[int, Span], i: int) -> list[tuple[int, int, str]]:
        """Bodies listed after their shared head ("các Bộ: TT&TT, CA, TC", "các Sở: Nội vụ, Tài chính"): each item's
        first and last token and the body."""
        head = tokens[i].text[:1].upper() + tokens[i].text[1:]
        colon = i + 1 < len(tokens) and tokens[i + 1].text == ":"
        plural = i > 0 and tokens[i - 1].lower in self.plurals   # "các Sở Nội vụ, Tài chính"
        if head not in self.listed_heads or i + 1 >= len(tokens) or not (colon or plural and tokens[i].capitalised):
            return []
        k = i + 1 + colon
        out: list[tuple[int, int, str]] = []
        while k < len(tokens):
            span = spans_at.get(tokens[k].start)
            domain = self._domain_at(tokens, k) if span is None else None
            if span is not None and span.kind == ORG:
                out.append((k, _after(tokens, span.end, k), span.value))
            elif domain is not None and not self.units.longest(tokens, domain[0]):   # not "Công an tỉnh", a body of its own
                org = self._listed_body(ctx, head, domain[1])
                if org is None:
                    break
                out.append((k, domain[0], org))
            else:
                break
            k = out[-1][1]
            if k + 1 < len(tokens) and tokens[k].text in self.list_joins:
                k += 1
            else:
                break
        return out if len(out) >= 2 or out and colon else []

    def _listed_body(self, ctx: ArticleContext, head: str, domain: str) -> str | None:
        if f"{head} " == self.ministry_head:
            return ctx.lookup(f"{head} {domain}", "organizations")
        where, area = self._place_name(ctx, None, None)
        return ctx.organisation(f"{head} {domain} {where}", "state", area=area, alt=[f"{head} {domain}"]) if where else None

    def _listed_item(self, ctx, tokens, i, j, head) -> _Found | None:
        """A body named as an item of a list ("…: Tổ Công tác A, cải cách …, do ông B làm Tổ trưởng; Tổ Công tác C;"): its
        name runs to the end of the item, or to a comma before the clause about it."""
        if not (i > 0 and tokens[i - 1].text in (":", ";")) or j >= len(tokens) or not tokens[j].text[:1].islower() \
                or self._body_stop(tokens, j):
            return None   # (not "…; Ban Chỉ đạo thành lập tại Quyết định này kế thừa …": a clause about the body in focus)
        if tokens[i - 1].text == ":" and not any(t.lower in self.list_cues or t.text.isdigit() for t in tokens[max(0, i - 16):i - 1]):
            return None   # "Lào Cai: Ban Chỉ đạo …": a headline's place, not a list
        k = j
        while k < len(tokens) and k - j < _MAX_NAME and tokens[k].text not in ";.:":
            if tokens[k].text == "," and k + 1 < len(tokens) and self._body_stop(tokens, k + 1) or (
                    k > j and tokens[k].lower in self.item_stops):
                break
            k += 1
        if k - j < 2 or k < len(tokens) and tokens[k].text == ":":
            return None
        name = ctx_text(ctx, tokens, i, k)
        # of the article's province, unless the list belongs to a national body ("… giúp việc Ban Chỉ đạo của Chính phủ: …")
        owner = ctx.in_focus_among(self.list_owner_heads, tuple(self.list_owner_kinds))
        national = owner is not None and getattr(ctx.entity(owner), "area", None) is None
        where, area = self._place_name(ctx, None, None) if ctx.home_weight >= 2 and not national else (None, None)
        return _Found(k, ctx.organisation(f"{name} {where}" if where else name, self._kind_of(head), area=area, alt=[name]))

    def _placed(self, tokens: list[Token], spans_at: dict[int, Span], j: int) -> bool:
        """Whether the lower-case words from token j run straight into a place, as a body's name written in lower case
        does ("Trung tâm dữ liệu tỉnh Thái Nguyên"), not through "của" nor a verb."""
        for k in range(j, min(len(tokens), j + _MAX_NAME)):
            span = spans_at.get(tokens[k].start)
            if span is not None and span.kind == PLACE or self.units.longest(tokens, k):
                return k > j and tokens[k - 1].lower not in self.owner_links
            if not tokens[k].text.isalpha() or self._body_stop(tokens, k):
                return False
        return False

    def _named_body(self, ctx, tokens, spans_at, i) -> _Found | None:
        hit = self.named.longest(tokens, i)
        if hit is None:
            return None
        j, (head, kind) = hit
        if head in self.named_capitalised and j < len(tokens) and tokens[j].text[:1].islower() and (
                not self._placed(tokens, spans_at, j) or self.facilities.longest(tokens, i)):
            return None   # "Trung tâm dữ liệu tỉnh Lào Cai", "Trung tâm đã kết nối …": a facility, or the body in focus
        item = (self._listed_item(ctx, tokens, i, j, head) or self._owned_topic_body(ctx, tokens, spans_at, i, j, head, kind)
                or self._topic_owned_body(ctx, tokens, spans_at, j, head, kind))
        if item is not None:
            return item
        level = self.levels.longest(tokens, j)   # "Ban Chỉ đạo cấp tỉnh về …": of the province, in the province's way
        if level is not None and self.party.longest(tokens, level[0] - 1):
            level = None   # "Ban Chỉ đạo của Tỉnh ủy …": of the party committee, not "của tỉnh"
        if level is not None and level[0] < len(tokens) and any(
                (s := spans_at.get(tokens[n].start)) is not None and s.kind == PLACE for n in (level[0] - 1, level[0])):
            level = None   # "Ban Chỉ đạo của tỉnh Phú Yên": the place's, as "Ban Chỉ đạo tỉnh Phú Yên" is
        if level is not None:
            j = level[0]
        k = j
        programmes: list[Span] = []   # registry programmes the name holds ("Tổ công tác triển khai Đề án Phát triển …")
        while k < len(tokens) and k - j < _MAX_NAME:
            span = spans_at.get(tokens[k].start)
            if (each := self.each.longest(tokens, k)) is not None and self.units.longest(tokens, each[0]):
                return None   # "Ban Chỉ đạo của mỗi tỉnh": each province's, no one body
            if (span is not None and span.kind == PLACE or self.units.longest(tokens, k)) and not self.not_places.longest(tokens, k):
                break   # … but "Trung tâm Thông tin và Giám sát thành phố thông minh" runs on: a smart city is no place
            if span is not None and span.kind == PROGRAMME and k > j:
                programmes.append(span)
                k = _after(tokens, span.end, k)
                continue
            if tokens[k].text in (",", "và") and (k > j and self.named.longest(tokens, k + 1) or self._opens_post(tokens, k + 1)) or (
                    tokens[k].text == "," and k > j and self.next_heads.longest(tokens, k + 1)):
                break   # "BCĐ A, BCĐ B tỉnh X và Tổ công tác C", "Ban Quản lý A, Trường B tỉnh": the next body of a list;
                        # "Phó Chủ tịch Ủy ban và Bộ trưởng …": the next post
            if tokens[k].text == "(" and k > j and k + 2 < len(tokens) and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
                k += 3   # "Trung tâm Điều hành thông minh (IOC) tỉnh Ninh Thuận": its abbreviation, then its place
                continue
            topic = tokens[j].lower in self.name_topics and k > j   # a topic's list ends at a verb: "… chuyển đổi số thực hiện …"
            if (tokens[k].text in ".;:()" or self._body_stop(tokens, k) or topic and self.topic_stops.longest(tokens, k)
                    or span is not None and span.kind == ORG or self._post_after_comma(tokens, k)):
                if (level is not None or tokens[k].lower in self.item_stops) and k > j:
                    while k > j + 1 and tokens[k - 1].text == ",":
                        k -= 1   # "…, gồm 21 thành viên": not the comma before it
                    break   # "Ban Chỉ đạo cấp tỉnh về … gồm 17 thành viên", "Tổ Công tác A do ông B làm Tổ trưởng": the name
                            # ends, the place is the province's (for a name of its own, `_local_name`)
                if level is None and not programmes and (whole := self._own_named(ctx, tokens, spans_at, i, j, k, head, kind)):
                    return whole
                return self._bare(ctx, tokens, i, j, k, head)
            if k == j and (self._names_person(tokens, k) or tokens[k].text == ","):
                return self._bare(ctx, tokens, i, j, k, head)   # "Phó Trưởng Ban Chỉ đạo Hồ Đức Phớc", "… của Ủy ban, trình …": the one in focus
            if k > j and tokens[k].lower in self.owner_links and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit():
                return self._bare(ctx, tokens, i, j, j, head)   # "Trung tâm lưu trữ dữ liệu của 92 xã": a count, no name
            k += 1
        end, place, locality, province_level = self._place_at(ctx, spans_at, tokens, k)
        if place is None and locality is None and not province_level:
            end = k   # a local unit's word that names no place ("xã" of "xã hội số")
        topic_end = self._topic_end(tokens, spans_at, end) if k == j and (place is not None or province_level) else None
        if topic_end is not None and (named := self._place_name(ctx, place, None))[0] is not None:
            where, area = named   # "Ban Chỉ đạo tỉnh Vĩnh Long về khoa học, công nghệ, …": the place, then the topic
            about = ctx_text(ctx, tokens, end, topic_end)
            return _Found(topic_end, ctx.organisation(f"{head} {where} {about}", kind, area=area,
                                                      alt=[ctx_text(ctx, tokens, i, topic_end), f"{head} {about} {where}"]))
        if k == j and end == j + 1 and province_level:   # "Trưởng Ban Chỉ đạo tỉnh": the one in focus, with its unit's word
            found = self._bare(ctx, tokens, i, j, k, head)
            return _Found(end, found.org) if found else None
        if k == j or k == j + 1 and tokens[j].lower in self.owner_links:   # "Ban Chỉ đạo của tỉnh": the one of the article's province
            return self._bare(ctx, tokens, i, j, k if k == j else k + 1, head)
        own = [t for t in tokens[j:k] if not any(p.start <= t.start < p.end for p in programmes)]
        if end == k and not level and not programmes and (found := self._own_named(ctx, tokens, spans_at, i, j, k, head, kind)):
            return found
        if (end == k or locality and not province_level) and not (level or self._local_name(ctx, own)):
            return self._bare(ctx, tokens, i, j, k, head)
        if end == k:
            place = None        # a body of the article's province named without it
        # … or of a locality in it: "Tổ công tác triển khai Đề án 06 của huyện Krông Pắc"
        where, area = self._place_name(ctx, place, locality if end > k and not province_level else None)
        if where is None:
            return None
        while (province_level or locality) and k > j + 1 and tokens[k - 1].lower in self.owner_links:
            k -= 1   # "Ban Chỉ đạo … và Đề án 06 của tỉnh Tuyên Quang": the province's (or the commune's), named with it as
                     # its name writes it
        # (a short form in brackets inside the name is no part of it: "Ban Chỉ đạo chuyển đổi số (CĐS) tỉnh Hà Nam")
        middle = _BRACKETED_SHORT.sub("", self._with_short_names(ctx, ctx_text(ctx, tokens, j, k), programmes))
        written = ctx_text(ctx, tokens, i, end)
        return _Found(end, ctx.organisation(f"{head} {middle} {where}", kind, area=area, alt=[written]))

    def _longer_named(self, ctx, tokens, spans_at, i, span: Span) -> _Found | None:
        """A named body whose name opens with a registry body's and goes on past a comma or a programme to its place ("Ban
        Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06 tỉnh", "… cải cách hành chính và Đề án 06 tỉnh Hưng Yên"):
        the province's body, not the registry's."""
        after = _after(tokens, span.end, i)
        others = {s: v for s, v in spans_at.items() if s != tokens[i].start}
        if after + 1 >= len(tokens):
            return None
        joined = spans_at.get(tokens[after + 1].start)   # "Ban Chỉ đạo cải cách hành chính và Đề án 06 tỉnh Hưng Yên"
        if (tokens[after].text == "," or tokens[after].lower == "và" and joined is not None and joined.kind in (PROGRAMME, DOC)) \
                and self.named.longest(tokens, i):
            found = self._named_body(ctx, tokens, others, i)
        elif (tokens[after].lower == "và" and tokens[after + 1].capitalised and tokens[after + 1].start not in spans_at
              and self.heads.longest(tokens, i) and not self.next_heads.longest(tokens, after + 1)):
            found = self._headed(ctx, tokens, others, i)   # "Cục Công nghệ thông tin và Chuyển đổi số": not the registry's Cục
        else:
            return None
        if found is None or found.org is None or found.end <= after + 1 or found.org == span.value:
            return None
        return found

    def _owned_topic_body(self, ctx, tokens, spans_at, i, j, head, kind) -> _Found | None:
        """"Ban Chỉ đạo của Tỉnh ủy Nghệ An về phát triển khoa học, …": a body named by the body it belongs to and its
        topic, in the owner's province."""
        if j + 2 >= len(tokens) or tokens[j].lower not in self.owner_links:
            return None
        span = spans_at.get(tokens[j + 1].start)
        owner = (_Found(_after(tokens, span.end, j + 1), span.value) if span is not None and span.kind == ORG
                 else self._party_body(ctx, tokens, spans_at, j + 1) or self._local_body(ctx, tokens, spans_at, j + 1))
        if owner is None or not isinstance(entity := ctx.entity(owner.org), Organization):
            return None
        placed = any((p := spans_at.get(t.start)) is not None and p.kind == PLACE for t in tokens[j + 1:owner.end])
        if span is None and not placed and ctx.in_title(tokens[i].start):
            return None   # "Ban Chỉ đạo của Tỉnh ủy về …" in a headline: its short name, not the formal one
        t = owner.end
        k = self._topic_end(tokens, spans_at, t)
        if k is None:
            return None
        name = f"{head} {tokens[j].text} {entity.label_vi} {ctx_text(ctx, tokens, t, k)}"
        where, _ = self._place_name(ctx, entity.area, None) if entity.area else (None, None)
        # the same body as news also names it, by its topic and the owner's province ("Ban Chỉ đạo về … tỉnh X")
        placed_name = f"{head} {ctx_text(ctx, tokens, t, k)} {where}" if where else None
        alt = [ctx_text(ctx, tokens, i, k)] + ([placed_name] if placed_name else [])
        if placed_name and ctx.lookup(placed_name, "organizations"):
            return _Found(k, ctx.organisation(placed_name, kind, area=entity.area, alt=[name] + alt))
        return _Found(k, ctx.organisation(name, kind, area=entity.area, alt=alt))

    def _topic_owned_body(self, ctx, tokens, spans_at, j, head, kind) -> _Found | None:
        """"Ban Chỉ đạo về phát triển khoa học, … và Đề án 06 của Bộ Nông nghiệp và Môi trường": a ministry's body named
        by its topic, then its owner."""
        k = self._topic_end(tokens, spans_at, j)   # (the topic ends at the owner's name)
        if k is None or k >= len(tokens):
            return None
        for m in range(j + 2, k):   # "… chuyển đổi số của Tỉnh ủy Nghệ An": the party committee's, named as when its
            if tokens[m - 1].lower in self.owner_links and (party := self._party_body(ctx, tokens, spans_at, m)) is not None \
                    and isinstance(committee := ctx.entity(party.org), Organization):   # owner comes first
                link, topic = tokens[m - 1].text, ctx_text(ctx, tokens, j, m - 1)
                return _Found(party.end, ctx.organisation(f"{head} {link} {committee.label_vi} {topic}", kind, area=committee.area,
                                                          alt=[f"{head} {topic} {link} {committee.label_vi}"]))
        if tokens[k - 1].lower not in self.owner_links:
            return None
        owner = spans_at.get(tokens[k].start)
        owning = ctx.entity(owner.value) if owner is not None and owner.kind == ORG else None
        if not isinstance(owning, Organization) or owning.kind not in self.owning_kinds:
            return None
        name = f"{head} {ctx_text(ctx, tokens, j, k)} {owning.label_vi}"
        return _Found(_after(tokens, owner.end, k), ctx.organisation(name, kind, parent=owning.id))

    def _topic_end(self, tokens: list[Token], spans_at: dict[int, Span], t: int) -> int | None:
        """Where a name's topic opened by "về" at token t ends ("… về khoa học, công nghệ, …, chuyển đổi số và Đề án 06"):
        at a verb, a clause's mark or another name; None when no topic is there."""
        if t >= len(tokens) or tokens[t].lower not in self.name_topics:
            return None
        k = t + 1
        while k < len(tokens) and k - t < _MAX_NAME:
            span = spans_at.get(tokens[k].start)
            if span is not None and (span.kind == PROGRAMME or span.kind == DOC and PROGRAMME_SHORT.fullmatch(span.text)):
                k = _after(tokens, span.end, k)   # "… và Đề án 06"
                continue
            if (span is not None or tokens[k].text in ".;:()" or self._body_stop(tokens, k)
                    or self.topic_stops.longest(tokens, k) or self._names_person(tokens, k)):
                break
            k += 1
        while k > t + 1 and tokens[k - 1].text in (",", "và"):
            k -= 1
        return k if k > t + 1 else None

    def _with_short_names(self, ctx: ArticleContext, text: str, programmes: list[Span]) -> str:
        """A body's name with the registry programmes it holds by their short names ("… triển khai Đề án 06")."""
        for p in programmes:
            entity = ctx.entity(p.value)
            if entity is None:
                continue
            first = entity.label_vi.split()[0]
            short = min((a for a in entity.alt if a.startswith(first)), key=len, default=None)
            if short:
                text = text.replace(re.sub(r"\s+", " ", p.text), short)
        return text

    def _ends_post(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether tokens [i, j) qualify the post written before them ("Phó Bí thư" + "Thường trực"), unlike the words
        of a post that names its body ("Chánh Văn phòng")."""
        def post(a: int, b: int) -> bool:
            return match_key(" ".join(t.text for t in tokens[a:b])) in self.post_forms
        return any(post(start, j) and post(start, i) for start in range(max(0, i - 4), i))

    def _division(self, ctx: ArticleContext, tokens: list[Token], spans_at: dict[int, Span], i: int) -> _Found | None:
        """"Trưởng phòng Tổ chức cán bộ Sở Y tế", "Trưởng phòng Bưu chính, Viễn thông và Chuyển đổi số của sở": a division
        whose head word the post took ("Phòng Tổ chức cán bộ"), when the body it belongs to follows it; the name with
        that body after a comma is how decisions write it ("Phòng Cảnh sát …, Công an tỉnh X")."""
        if (tokens[i].lower not in self.division_heads or i + 1 >= len(tokens) or not tokens[i + 1].capitalised
                or not self._ends_a_post(tokens, i) or self._names_person(tokens, i + 1)
                or i > 0 and match_key(f"{tokens[i - 1].text} {tokens[i].text}") == self.office_head):
            return None   # ("Chánh Văn phòng Bộ": the post of the ministry's office, no division "Phòng Bộ")
        k = i + 1
        while k < len(tokens) and k - i <= _MAX_NAME and not (k > i + 1 and self._opens_body(tokens, k)):
            t = tokens[k]
            idiom = self.name_idioms.longest(tokens, k - 1) if k > i + 1 else None
            if idiom is not None and idiom[0] > k + 1:
                k = idiom[0]   # "… và phòng, chống tội phạm …"
            elif t.text == "," and k + 1 < len(tokens) and tokens[k + 1].capitalised and not self._opens_body(tokens, k + 1):
                k += 1   # "Bưu chính, Viễn thông và …": the division's fields
            elif (t.text[:1].isalnum() or t.text in ("-", "–", "&")) and (t.capitalised or t.lower == "và" or not (
                    self.stops.longest(tokens, k) or t.lower in self.owner_links)):
                k += 1
            else:
                break
        comma = k < len(tokens) and tokens[k].text == ","
        owner = k + 1 < len(tokens) and (comma and self._opens_body(tokens, k + 1) or tokens[k].lower in self.owner_links
                                         and tokens[k + 1].text.capitalize() in self.next_head_words)
        if k == i + 1 or not (owner or k < len(tokens) and self._opens_body(tokens, k) or self.divisions_alone.longest(tokens, i + 1)):
            return None   # a division alone ("Trưởng phòng Chuyển đổi số, …"): of which body, the text does not say
        name = f"{tokens[i].text.capitalize()} {ctx_text(ctx, tokens, i + 1, k)}"
        parent = self._local_body(ctx, tokens, spans_at, k + 1) if comma else (
            self._bare_head(ctx, tokens, spans_at, k + 1) if owner else None)   # "… của Sở, được bổ nhiệm": the Sở in focus
        body = ctx.entity(parent.org) if parent is not None and parent.org else None
        if body is None and not owner and self.divisions_alone.longest(tokens, i + 1) and isinstance(ctx.entity(ctx.home), Place):
            # a police division alone is the article's province's: one province's division is not another's
            where, area = self._place_name(ctx, ctx.home, None)
            body = ctx.entity(ctx.organisation(f"{self.police_head} {where}", "state", area=area))
        if not isinstance(body, Organization):
            return _Found(k, ctx.organisation(name, "state"))
        return _Found(k, ctx.organisation(f"{name} {body.label_vi}", "state", area=body.area, parent=body.id,
                                          alt=[f"{name}, {body.label_vi}", name]))

    def _opens_post(self, tokens: list[Token], k: int) -> bool:
        """Whether a post's words begin at token k ("Bộ trưởng …", "Phó Chủ tịch …")."""
        return any(match_key(" ".join(t.text for t in tokens[k:b])) in self.post_forms for b in range(k + 1, min(k + 5, len(tokens) + 1)))

    def _fields_go_on(self, tokens: list[Token], k: int) -> bool:
        """Whether a comma at token k goes on with a name's list of fields ("Khoa học, Công nghệ và Môi trường"): fields
        that open with a capital, none a body's head, a person's name or a verb, up to "và" and a capitalised field."""
        m = k + 1
        if m >= len(tokens) or not tokens[m].capitalised:
            return False
        while m < len(tokens) and m - k <= 8:
            t = tokens[m]
            if t.lower == "và":
                return m + 1 < len(tokens) and tokens[m + 1].capitalised and not self._opens_body(tokens, m + 1)
            if t.text == ",":
                if m + 1 >= len(tokens) or not tokens[m + 1].capitalised:
                    return False
            elif (not t.text.isalpha() or self._opens_body(tokens, m) or self._names_person(tokens, m)
                  or self.stops.longest(tokens, m)):
                return False
            m += 1
        return False

    def _opens_body(self, tokens: list[Token], k: int) -> bool:
        return bool(self.next_heads.longest(tokens, k))

    def _ends_a_post(self, tokens: list[Token], i: int) -> bool:
        """Whether token i is the last word of a post written before it ("Trưởng ban", "Phó trưởng ban")."""
        return any(match_key(" ".join(t.text for t in tokens[start:i + 1])) in self.post_forms for start in range(max(0, i - 3), i))

    def _post_after_comma(self, tokens: list[Token], k: int) -> bool:
        """Whether a comma (or a dash) at token k opens the next post of a chain ("Trưởng Ban Chỉ đạo, Chủ tịch UBND
        tỉnh A", "Cục trưởng Cục Thuế - Ủy viên"): the body's name ends before it. After a dash the post ends the item
        ("- Ủy viên."), else the dash is the name's ("Cục Kinh tế - Quản lý đầu tư xây dựng")."""
        dash = tokens[k].text in ("-", "–")

        def item_ends(b: int) -> bool:   # within a few words of the post ("Ủy viên Thường trực."), the item's end
            return any(e == len(tokens) or tokens[e].text in ".;," for e in range(b, min(b + 3, len(tokens) + 1)))

        return ((tokens[k].text == "," or dash) and k + 1 < len(tokens) and tokens[k + 1].capitalised
                and any(match_key(" ".join(t.text for t in tokens[k + 1:b])) in self.post_forms and (not dash or item_ends(b))
                        for b in range(k + 2, min(k + 6, len(tokens) + 1))))

    def _names_person(self, tokens: list[Token], k: int, english: bool = False) -> bool:
        """Whether a person's name starts at token k: a family name (written with or without its marks in English) and
        a capitalised word after it."""
        return (tokens[k].text in (self.english_surnames if english else self.surnames) and k + 1 < len(tokens)
                and tokens[k + 1].capitalised and tokens[k + 1].text.isalpha())

    def _full_name(self, tokens: list[Token], k: int) -> bool:
        """Whether tokens from k are a family name, a middle name and a given name, then no capital ("Cục Thuế Mai Xuân
        Thành phát biểu")."""
        return (k + 2 < len(tokens) and tokens[k + 1].text in self.middle_names and tokens[k + 2].capitalised
                and (k + 3 == len(tokens) or not tokens[k + 3].capitalised or tokens[k + 3].text in self.middle_names))

    def _local_name(self, ctx, words: list[Token]) -> bool:
        """Whether words after a head name a body of the article's own province ("Tổ Công tác cải cách hành chính"
        in an article about one province): a few words, and an article that is about one province."""
        topic = words[0].lower in self.name_topics   # "về phát triển khoa học, công nghệ và …": a topic's list is one name
        return (ctx.home is not None and ctx.home_weight >= 2 and 2 <= len(words) <= (20 if topic else 12)
                and words[0].text[:1].islower()
                and not any(t.text in (";", ":") or t.text == "," and not topic and not self._between_short_forms(words, n)
                            or t.capitalised and t.text not in self.programme_words and t.text not in self.name_abbreviations
                            for n, t in enumerate(words[:-1]))
                and words[-1].text not in (",", "và"))

    def _between_short_forms(self, words: list[Token], n: int) -> bool:
        """Whether a comma parts two short forms of a topic's words: "phát triển KHCN, ĐMST và CĐS"."""
        return 0 < n < len(words) - 1 and {words[n - 1].text, words[n + 1].text} <= self.name_abbreviations

    def _own_named(self, ctx, tokens, spans_at, i, j, k, head, kind) -> _Found | None:
        """A named body with no place after its name, named in full ("Hội đồng quốc gia về …", "Trung tâm Ứng dụng tiến
        bộ khoa học và công nghệ, …": the name ends at a comma)."""
        if i > 0 and tokens[i - 1].lower in self.kind_words:
            return None   # "mỗi xã đã có Trung tâm Phục vụ hành chính công": a kind of body, not one named
        k = next((m for m in range(j, k) if tokens[m].text == "," and not self._fields_go_on(tokens, m)), k)
        span = spans_at.get(tokens[k].start) if k < len(tokens) else None
        body = ctx.entity(span.value) if span is not None and span.kind == ORG else None
        linked = isinstance(body, Organization) and tokens[k - 1].lower in self.owner_links
        # a ministry's own body, its name written right before the ministry's: "Ban Chỉ đạo chuyển đổi số Bộ Tài chính"
        adjoined = (isinstance(body, Organization) and not linked and body.kind in self.owning_kinds and 1 <= k - j <= 8
                    and not any(t.text in ",;:()" for t in tokens[j:k]))
        if (linked or adjoined) and span is not None and isinstance(body, Organization):   # "Trung tâm Tin học của Bộ …": its unit
            written = ctx_text(ctx, tokens, i, _after(tokens, span.end, k))
            topic = (kind in self.committee_kinds and 1 <= k - 1 - j <= 14 and not tokens[j].capitalised
                     and not any(t.text in ",;:()" for t in tokens[j:k - 1]))
            if linked and not topic and not self._own_name(ctx, head, tokens[j:k - 1], least=1):
                return None   # (a committee's name is its topic: "Ban Chỉ đạo chuyển đổi số của Bộ Nội vụ")
            name = f"{self._full(ctx_text(ctx, tokens, i, k - 1 if linked else k))} {body.label_vi}"
            return _Found(_after(tokens, span.end, k), ctx.organisation(name, kind, alt=[written], parent=body.id))
        abbreviated = k - j > 3 and tokens[k - 3].text == "(" and tokens[k - 1].text == ")"   # "… đô thị thông minh (IOC)"
        name_end = k - 3 if abbreviated else k
        if not self._own_name(ctx, head, tokens[j:name_end]):
            return None
        written = ctx_text(ctx, tokens, i, name_end)
        alt = [written, tokens[k - 2].text] if abbreviated else [written]
        own = match_key(ctx_text(ctx, tokens, j, name_end))
        national = any(own.startswith(match_key(w)) for w in self.national_words) or (" " + own).endswith(self.national_endings)
        if not national and head not in self.named_parts and ctx.home is not None and ctx.home_weight >= 2:
            # in an article about one province: its body
            where, area = self._place_name(ctx, None, None)
            if where is not None:
                bare_unit = self.units.longest(tokens, name_end - 1) if name_end - 1 > j else None
                named = ctx_text(ctx, tokens, i, name_end - 1) if bare_unit and bare_unit[0] == name_end else written
                return _Found(k, ctx.organisation(f"{self._full(named)} {where}", kind, alt=alt, area=area))
        return _Found(k, ctx.organisation(self._full(written), kind, alt=alt))

    def _own_name(self, ctx, head: str, words: list[Token], least: int = 3) -> bool:
        """Whether words after a head, with no place after them, are a body's own name: a national body's ("Hội đồng
        quốc gia về phát triển dữ liệu số"), or a name opened by a capital, as official names are written ("Trung tâm
        Ứng dụng tiến bộ khoa học và công nghệ"), that is not the short form of a body the article has named."""
        if not min(2, least) <= len(words) <= 14 or any(t.text in ",;:()" for t in words) or words[-1].lower in self.list_joins:
            return False
        text = " ".join(t.text for t in words)
        if any(match_key(text).startswith(match_key(w)) for w in self.national_words):
            return True
        if (not words[0].capitalised or len(words) < least or any(t.capitalised for t in words[1:] if t.text not in "()")
                or any(self._names_person(words, m) for m in range(len(words)))):
            return False   # "Giám đốc Trung tâm Chuyển đổi số Nguyễn Văn A": a person's name ends it
        if self._short_form(ctx, f"{head} {text}", words[0].start):
            return False
        short = match_key(f"{head} {text}")
        names = {match_key(name) for body in ctx.focus.get(match_key(head), ())
                 for name in (getattr(ctx.entity(body), "label_vi", "") or "", *getattr(ctx.entity(body), "alt", []))}
        return short in names or not any(short in name for name in names)   # (the same name again is that body)

    def _short_form(self, ctx: ArticleContext, written: str, start: int) -> bool:
        """Whether a name is the short form of one the article writes in full: elsewhere with its place after it ("Trung
        tâm Chuyển đổi số tỉnh An Giang"), or only in the headline, which shortens names."""
        after = [ctx.text[m.end():m.end() + 12] for m in re.finditer(re.escape(written), ctx.text)]
        if any(self.units.longest(tokenize(rest), 0) for rest in after):
            return True
        headline = ctx.text.lstrip().split("\n", 1)[0]
        return start < len(ctx.text) - len(ctx.text.lstrip()) + len(headline) and len(after) < 2

    def _bare(self, ctx, tokens, i, j, k, head) -> _Found | None:
        """A body named by its head alone ("Ban Chỉ đạo", "Tổ công tác"): the one last named. A name that runs to
        the end of a list item ("…: Tổ Công tác cải cách hành chính;") is a body of its own."""
        listed = i > 0 and tokens[i - 1].text in (":", ";")   # an item of a list: "…: Tổ Công tác A; Tổ Công tác B"
        if listed and k != j and k < len(tokens) and tokens[k].text in ";." and k - j >= 3 and tokens[j].text[:1].islower():
            return _Found(k, ctx.organisation(ctx_text(ctx, tokens, i, k), self._kind_of(head)))
        qualified = k == j + 1 and tokens[j].lower in self.bare_head_qualifiers   # "Ban Chỉ đạo mới"
        if k != j and not qualified and not (k == j + 2 and tokens[j].lower in self.owner_links and match_key(tokens[j + 1].text)
                                             in self.province_units | {match_key(u.split()[0]) for u in self.province_units}):
            return None
        org = ctx.in_focus(head)
        return _Found(j if k == j else k, org) if org else None

    def _kind_of(self, head: str) -> str:
        return next((kind for h, kind in self.named_kinds if h == head), "committee")

    def _brand(self, ctx, tokens, spans_at, i) -> _Found | None:
        hit = self.brands.longest(tokens, i)
        if hit is None or hit[0] >= len(tokens):
            return None
        j, kind = hit
        span = spans_at.get(tokens[j].start)
        if span is None or span.kind != PLACE or span.text.lower().startswith(("tỉnh", "thành phố")):
            return None
        place = ctx.entity(span.value)
        end = _after(tokens, span.end, j)
        name = f"{ctx_text(ctx, tokens, i, j)} {place.label_vi}"
        return _Found(end, ctx.organisation(name, kind, area=place.id))

    def _branch(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"Ngân hàng Nhà nước Chi nhánh tỉnh Lào Cai", "Kho bạc Nhà nước - Khu vực 8": a branch of a body the registry
        holds, named as written."""
        span = spans_at[tokens[i].start]
        j = _after(tokens, span.end, i)
        j += 1 if j < len(tokens) and tokens[j].text in ("-", "–") else 0
        hit = self.branches.longest(tokens, j) if j < len(tokens) else None
        if hit is None:
            return None
        k = self._name_after_head(tokens, spans_at, hit[0], places=True)
        parent = ctx.entity(span.value)
        if k == hit[0] or not isinstance(parent, Organization):
            return None
        place = next((p.value for t in tokens[hit[0]:k] if (p := spans_at.get(t.start)) is not None and p.kind == PLACE), None)
        return _Found(k, ctx.organisation(ctx_text(ctx, tokens, i, k), parent.kind, area=place, parent=parent.id))

    def _english_body(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"Ha Nam Provincial People's Committee", "Tay Ninh Department of Science and Technology",
        "Tay Ninh Steering Committee for …": a province's body as English news names it; "the provincial
        People's Committee", "the city's Steering Committee …": the body of the province the text is about."""
        span = spans_at.get(tokens[i].start)
        home = self._home_word(tokens, i)
        if span is not None and span.kind == PLACE:
            place = ctx.entity(span.value)
            j = _after(tokens, span.end, i)
            if j < len(tokens) and tokens[j].text == "'s":   # "Tay Ninh's Steering Committee …"
                home = j = j + 1
        elif home is not None and not (home < len(tokens) and getattr(spans_at.get(tokens[home].start), "kind", None) == PLACE) \
                and (place := self._home_place(ctx, tokens[i].lower)) is not None:
            j = home   # (not "the former Quang Nam …": the place written next is the body's)
        elif (bare := self._bare_local(ctx, tokens, i)) is not None:
            return bare
        else:
            return self._english_body_of(ctx, tokens, spans_at, i)
        local = self.english_local.longest(tokens, j)
        if local is None and span is not None and span.kind == PLACE:   # "Khanh Hoa provincial People's Committee"
            local = self.english_local_lower.longest(tokens, j)
        if local is None and home == i + 1:   # "the Provincial Party Committee": the adjective begins the written form
            local = self.english_local_lower.longest(tokens, i)
            j = i if local else j
        if local:
            k, body = local
            return _Found(k, self._english_local_body(ctx, body, place, self._english_names(ctx, tokens, i, j, k, place)))
        department = self._english_department(ctx, tokens, j, place, lambda k: self._english_names(ctx, tokens, i, j, k, place))
        if department is not None:
            return department
        named = self._english_named(tokens, j, spans_at)
        if named:
            k, body = named
            written = ctx_text(ctx, tokens, i, k)
            translated = self._translated(ctx, tokens, j, k, place)
            if home is not None and place.label_en:   # "the city's Steering Committee for …": named after the city
                name = f"{place.label_en} {ctx_text(ctx, tokens, j, k)}"
                alt = self._english_names(ctx, tokens, i, j, k, place)   # and "Gia Lai Provincial …"
                return _Found(k, ctx.mint(Organization, name, kind=body["kind"], area=place.id, label_en=name, alt=alt + translated))
            return _Found(k, ctx.mint(Organization, written, kind=body["kind"], area=place.id, label_en=written, alt=translated))
        return None

    def _bare_local(self, ctx, tokens, i) -> _Found | None:
        """"the People's Committee" with no place nor "of" after it: the one of the province the text is about."""
        hit = self.english_bare_local.longest(tokens, i + 1) if tokens[i].lower in self.english_bare_locals else None
        if hit is None or hit[0] < len(tokens) and tokens[hit[0]].lower == "of":
            return None
        place = self._home_place(ctx, "provincial")
        if place is None:
            return None
        return _Found(hit[0], self._english_local_body(ctx, hit[1], place, self._english_names(ctx, tokens, i, i + 1, hit[0], place)))

    def _english_named(self, tokens: list[Token], j: int, spans_at: dict[int, Span]) -> tuple[int, dict] | None:
        """A body's English name from its head on ("Steering Committee for Science, Technology and …"): where it ends,
        before the province it may be "of"."""
        named = self.english_named.longest(tokens, j) or self._english_head_last(tokens, j)
        if named is None:
            return None
        k, body = named
        while k < len(tokens) and k - j < _MAX_NAME and (tokens[k].capitalised or tokens[k].lower in self.english_name_links
                                                 or k > j and tokens[k].lower in self.english_name_fields
                                                 or k > j and self._field_follows(tokens, k)
                                                 or tokens[k].text.isdigit()) and tokens[k].text not in self.months_en:
            if tokens[k].text == "," and not _list_goes_on(tokens, k + 1, self.english_name_fields) \
                    or k > j and self._names_person(tokens, k, english=True):
                break   # "At the Lam Dong Digital Transformation Centre, Tran Minh Phuong took over …", "… the Steering
                        # Committee Ho Duc Phoc and …": the name ended
            of = self.english_place_of.longest(tokens, k)
            place = spans_at.get(tokens[of[0]].start) if of is not None and of[0] < len(tokens) else None
            if place is not None and place.kind == PLACE:
                break
            k += 1
        while k > j and tokens[k - 1].lower in self.english_name_links:
            k -= 1
        return k, body

    def _field_follows(self, tokens: list[Token], k: int) -> bool:
        """"the" between a link and a field of a name: "Working Group for the implementation of Project 06"."""
        return (tokens[k].lower == "the" and tokens[k - 1].lower in self.english_name_links and k + 1 < len(tokens)
                and tokens[k + 1].lower in self.english_name_fields)

    def _english_party_owned(self, ctx, tokens, spans_at, i, k, body: dict) -> _Found | None:
        """"the Steering Committee on … of the Dong Thap provincial Party Committee": the Party Committee's own (its name
        from token i to k)."""
        of = self.english_place_of.longest(tokens, k)
        if of is None or of[0] >= len(tokens):
            return None
        owner = self._english_body(ctx, tokens, spans_at, of[0])
        party = ctx.entity(owner.org) if owner is not None else None
        if owner is None or not isinstance(party, Organization) or party.kind not in self.english_owning_local_kinds:
            return None
        at = spans_at.get(tokens[of[0]].start)
        written = _placed_party(ctx, party, ctx_text(ctx, tokens, of[0], owner.end), at is not None and at.kind == PLACE)
        name = f"{ctx_text(ctx, tokens, i, k)} of the {written}"
        return _Found(owner.end, ctx.mint(Organization, name, kind=body["kind"], area=party.area, parent=party.id,
                                          label_en=name, alt=[ctx_text(ctx, tokens, i, owner.end)]))

    def _english_party_possessed(self, ctx, tokens, spans_at, i, found: list[Span]) -> _Found | None:
        """"the Gia Lai provincial Party Committee's Steering Committee on …": the Party Committee's own, as "the Steering
        Committee on … of the Gia Lai provincial Party Committee" is (`found`: the bodies the sentence named so far)."""
        named = self._english_named(tokens, i, spans_at) if i >= 2 and tokens[i - 1].text in ("'s", "’s") else None
        if named is None or named[0] - i < 3:
            return None
        k, body = named
        owner = next((s for s in [*spans_at.values(), *found] if s.kind == ORG and s.end == tokens[i - 2].end), None)
        party = ctx.entity(owner.value) if owner is not None else None
        if owner is None or not isinstance(party, Organization) or party.kind not in self.english_owning_local_kinds:
            return None
        party_name, own = _placed_party(ctx, party, owner.text, False), ctx_text(ctx, tokens, i, k)
        name = f"{own} of the {party_name}"
        return _Found(k, ctx.mint(Organization, name, kind=body["kind"], area=party.area, parent=party.id, label_en=name,
                                  alt=[f"{party_name}'s {own}", f"{owner.text}'s {own}"]))

    def _english_head_last(self, tokens: list[Token], j: int) -> tuple[int, dict] | None:
        """A name whose head comes last ("Digital Transformation and Data Centre"): capitalised words, joined by "and",
        up to the head."""
        k = j
        while k < len(tokens) and k - j < 8 and (tokens[k].capitalised or tokens[k].lower == "and" and k > j):
            if tokens[k].text in self.english_last_heads and k > j:
                if " ".join(t.text for t in tokens[j:k + 1]).endswith(self.english_venues):
                    return None   # "the provincial Administrative Centre", "the National Convention Centre": a venue
                return k + 1, {"written": tokens[k].text, "kind": self.english_last_heads[tokens[k].text]}
            k += 1
        return None

    def _english_named_of(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"the Steering Committee for Digital Transformation of Quang Ninh province"; "the Steering Committee for …" alone,
        in an article about one province: that province's."""
        named = self._english_named(tokens, i, spans_at)
        if named is None or not self._determined(tokens, i):
            return None
        k, body = named
        if k - i < 3:
            return None   # a head alone ("the Steering Committee") is the one in focus
        if (owned := self._english_party_owned(ctx, tokens, spans_at, i, k, body)) is not None:
            return owned
        of = self.english_place_of.longest(tokens, k)
        span = spans_at.get(tokens[of[0]].start) if of is not None and of[0] < len(tokens) else None
        end = k
        if span is not None and span.kind == PLACE and isinstance(ctx.entity(span.value), Place):
            place = ctx.entity(span.value)
            ctx.here = span.value
            end = _after(tokens, span.end, of[0])   # type: ignore[index]
            if end < len(tokens) and tokens[end].lower in self.english_place_after:
                end += 1
        else:
            place = ctx.entity(ctx.here or ctx.home)
        if not isinstance(place, Place) or not place.label_en:
            return None
        name = f"{place.label_en} {ctx_text(ctx, tokens, i, k)}"
        return _Found(end, ctx.mint(Organization, name, kind=body["kind"], area=place.id, label_en=name,
                                    alt=[ctx_text(ctx, tokens, i, end)] + self._translated(ctx, tokens, i, k, place)))

    def _translated(self, ctx: ArticleContext, tokens: list[Token], j: int, k: int, place: Place) -> list[str]:
        """The Vietnamese name of a province's body English names after its head ("Digital Transformation Centre")."""
        vi = self.english_translated.get(match_key(ctx_text(ctx, tokens, j, k)))
        where = self._place_name(ctx, place.id, None)[0]
        return [f"{vi} {where}"] if vi and where else []

    def _determined(self, tokens: list[Token], i: int) -> bool:
        """Whether a determiner ends right before token i ("the", "the merged": "the merged Department of …")."""
        return any((hit := self.english_determiners.longest(tokens, k)) is not None and hit[0] == i
                   for k in range(max(0, i - 3), i))

    def _home_word(self, tokens: list[Token], i: int) -> int | None:
        """Where the words that stand for the province the text is about end ("provincial", "the city's"), if they start at i."""
        if i + 1 < len(tokens) and tokens[i + 1].text == "'s" and tokens[i].lower + "'s" in self.english_home_words:
            return i + 2
        if tokens[i].lower in self.english_home_words:
            return i + 1
        return None

    def _home_place(self, ctx: ArticleContext, word: str) -> Place | None:
        """The place a home word stands for: the one last named, else the article's; "municipal" only a city's."""
        kind = self.english_home_words.get(word)
        places = [p for p in (ctx.entity(ctx.here), ctx.entity(ctx.home)) if isinstance(p, Place)]
        return next((p for p in places if kind is None or p.kind == kind), places[0] if places else None)

    def _english_local_body(self, ctx: ArticleContext, body: dict, place: Place, alt: list[str]) -> str:
        """A province's body named in English ("Provincial People's Committee", "Party Committee" of a city)."""
        if place.kind == "local":   # "Nha Trang ward People's Committee": the commune's or ward's, in its province
            head = body.get("local_head") or body["head"]
            written = [f"{place.label_en} {body['written']}", f"{body['written']} of {place.label_en}"]
            return ctx.organisation(f"{head} {place.label_vi}", body["kind"], area=ctx.home, alt=alt + written)
        head = body.get("city_head") if place.kind == "city" and body.get("city_head") else body["head"]
        where, area = self._place_name(ctx, place.id, None)
        name = f"{head} {place.label_vi}" if body["kind"] == "party" else f"{head} {where}"
        return ctx.organisation(name, body["kind"], area=area, alt=alt)

    def _english_department(self, ctx, tokens, j, place, names) -> _Found | None:
        """"Department of Science and Technology" of a province: its Sở of the ministry's domain."""
        if " ".join(t.text for t in tokens[j:j + 2]) != self.english_department:
            return None
        domain = self.english_domains.longest(tokens, j + 2)
        if domain is None:
            return None
        k, vi = domain
        where, area = self._place_name(ctx, place.id, None)
        return _Found(k, ctx.organisation(f"{self.department} {vi} {where}", "state", area=area, alt=names(k)))

    def _english_departments(self, ctx, tokens, i) -> list[tuple[int, int, str]]:
        """"the departments of Science and Technology, Finance and Home Affairs": the province's Sở of each domain, as
        (first token, token after, body)."""
        if " ".join(t.lower for t in tokens[i:i + 2]) != self.english_departments.lower():
            return []
        place = self._home_place(ctx, "provincial")
        if place is None:
            return []
        where, area = self._place_name(ctx, place.id, None)
        out: list[tuple[int, int, str]] = []
        k = i + 2
        while (domain := self.english_domains.longest(tokens, k)) is not None:
            end, vi = domain
            out.append((k, end, ctx.organisation(f"{self.department} {vi} {where}", "state", area=area)))
            k = end + (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "and")
            if k >= len(tokens) or tokens[k].text not in (",", "and"):
                break
            k += 1
        return out if len(out) >= 2 else []

    def _english_body_of(self, ctx, tokens, spans_at, i) -> _Found | None:
        """A province's body named before the province: "the People's Committee of Ho Chi Minh City", "the Department of
        Home Affairs of Ho Chi Minh City", "the National Assembly Delegation of Nghe An province"."""
        local = self.english_local.longest(tokens, i)
        if local is not None:
            k, body = local
        elif " ".join(t.text for t in tokens[i:i + 2]) == self.english_department and self.english_domains.longest(tokens, i + 2):
            k, body = self.english_domains.longest(tokens, i + 2)[0], None   # type: ignore[index]
        else:
            return None
        of = self.english_place_of.longest(tokens, k)
        span = spans_at.get(tokens[of[0]].start) if of is not None and of[0] < len(tokens) else None
        regional = self.english_province_of.match(ctx.text, tokens[k - 1].end) if span is None or span.kind != PLACE else None
        if regional is not None and regional.end() > regional.start() + 4:   # "… of the central province of Quang Tri"
            start = bisect_left([t.start for t in tokens], regional.end())
            if start < len(tokens) and (placed := spans_at.get(tokens[start].start)) is not None and placed.kind == PLACE:
                span, of = placed, (start, of[1] if of is not None else "")
        # "the Inspection Commission of the (Ninh Binh) provincial Party Committee": the committee's, read ahead
        committee = self._english_body(ctx, tokens, spans_at, of[0]) if body is not None and body["kind"] == "party" \
            and of is not None and of[0] < len(tokens) else None
        owner = ctx.entity(committee.org) if committee is not None and committee.org else None
        if committee is not None and isinstance(owner, Organization) and owner.kind == "party" \
                and isinstance(place := ctx.entity(owner.area), Place):
            head = ctx_text(ctx, tokens, i, k)   # (also by the committee's other English names: "… of the Ninh Binh
            written = [ctx_text(ctx, tokens, i, committee.end)] + [   # provincial Party Committee")
                f"{head} of the {name}" for name in owner.alt if name.isascii()]
            return _Found(committee.end, self._english_local_body(ctx, body, place, written))
        if span is None or span.kind != PLACE or not isinstance(ctx.entity(span.value), Place):
            # "In Da Nang, the Department of Home Affairs …": a department of the province the text is about
            place = ctx.entity(ctx.here or ctx.home)
            if body is not None or not self._determined(tokens, i) or not isinstance(place, Place):
                return None
            department = self._english_department(ctx, tokens, i, place, lambda k: self._english_names(ctx, tokens, i, i, k, place))
            return department
        place = ctx.entity(span.value)
        end = _after(tokens, span.end, of[0])   # type: ignore[index]
        if end < len(tokens) and tokens[end].lower in self.english_place_after:
            end += 1   # "… of Nghe An province"
        written = [ctx_text(ctx, tokens, i, end)]
        if body is not None:
            return _Found(end, self._english_local_body(ctx, body, place, written))
        department = self._english_department(ctx, tokens, i, place, lambda _: written)
        return _Found(end, department.org) if department is not None else None

    def _english_central(self, ctx, tokens, spans_at, i) -> _Found | None:
        """"the Department of Taxation", "the Authority of Radio Frequency Management", "the Subcommittee on Project 06": a
        central body English news names without a province, named as written (a ministry's domain after the head is a province's department instead)."""
        hit = self.english_central.longest(tokens, i) if i > 0 and tokens[i - 1].lower in self.english_bare_determiners else None
        if hit is None or hit[0] >= len(tokens) or not tokens[hit[0]].capitalised or self.english_domains.longest(tokens, hit[0]):
            return None
        k = hit[0]
        while k < len(tokens) and k - hit[0] < 12 and (tokens[k].capitalised or tokens[k].lower in ("and", "&") or (
                tokens[k].text.isdigit() and k > hit[0]) or (tokens[k].text == "," and _list_goes_on(tokens, k + 1))):
            span = spans_at.get(tokens[k].start)
            if (span is not None and span.kind not in (PROGRAMME, DOC)) or tokens[k].text in self.months_en or (
                    tokens[k].text in self.english_surnames and k + 1 < len(tokens) and tokens[k + 1].capitalised):
                break   # "the Department of Taxation Mai Xuan Thanh": a person's name follows
            k += 1
        while k > hit[0] and tokens[k - 1].lower in ("and", "&", ","):
            k -= 1
        if k == hit[0]:
            return None
        written = ctx_text(ctx, tokens, i, k)
        return _Found(k, ctx.mint(Organization, written, kind="state", label_en=written))

    def _english_ministry(self, ctx, tokens, i) -> _Found | None:
        """"Minister of Information and Communications", "Home Affairs Minister", "minister of science and technology": the
        ministry the post's words name."""
        before = self.english_domains.longest(tokens, i)
        if before is not None and before[0] < len(tokens) and tokens[before[0]].lower in self.english_ministers:
            org = ctx.lookup(f"{self.english_ministry} {ctx_text(ctx, tokens, i, before[0])}", "organizations")
            return _Found(before[0], org) if org else None
        if tokens[i].lower != "of" or i == 0 or tokens[i - 1].lower not in self.english_ministers:
            return None
        domain = self.english_domains.longest(tokens, i + 1)
        if domain is None:
            return None
        org = ctx.lookup(f"{self.english_ministry} {ctx_text(ctx, tokens, i + 1, domain[0])}", "organizations")
        return _Found(domain[0], org) if org else None

    def _english_names(self, ctx, tokens, i, j, k, place) -> list[str]:
        """How English news names a province's body: as written, and with the province's English name
        ("the provincial Police Department" → "Tay Ninh Provincial Police Department")."""
        rest = ctx_text(ctx, tokens, j, k)
        names = [ctx_text(ctx, tokens, i, k)]
        home = self._home_word(tokens, i) == j
        if place.label_en and (home or j == i + 1 and tokens[i].lower in self.english_bare_locals):
            # (and with the home word as written: "Hue municipal …")
            names += [f"{place.label_en} {rest}"] + [f"{place.label_en} {w} {rest}" for w in self.english_place_words] + (
                [f"{place.label_en} {ctx_text(ctx, tokens, j - 1, k)}"] if home else [])
        elif place.label_en and j == i:
            names.append(f"{place.label_en} {rest}")
        return names

    def _english_ministrys(self, ctx, tokens, spans_at, i, span: Span | None = None) -> _Found | None:
        """A ministry's own body that English news names as a national one is named ("the ministry's Steering Committee for
        …", "the Steering Committee for … of the Ministry of Finance"): the ministry's, not the Government's (`span`: the
        registry body the words name)."""
        entity = ctx.entity(span.value) if span is not None else None
        if span is not None:
            if not isinstance(entity, Organization) or entity.kind not in self.english_owned_kinds:
                return None
            end, kind, written = _after(tokens, span.end, i), entity.kind, entity.label_en
        elif (named := self._english_named(tokens, i, spans_at)) is not None and named[1]["kind"] in self.english_owned_kinds:
            end, kind, written = named[0], named[1]["kind"], ctx_text(ctx, tokens, i, named[0])
        else:
            return None
        of = self.english_place_of.longest(tokens, end)
        after = spans_at.get(tokens[of[0]].start) if of is not None and of[0] < len(tokens) else None
        if after is not None and after.kind == ORG:
            owner, end = after.value, _after(tokens, after.end, of[0])   # type: ignore[index]
        elif i >= 2 and tokens[i - 1].text == "'s" and tokens[i - 2].lower == self.english_ministry_word:
            owner = ctx.named_with(self.english_ministry_word)   # "the ministry's": the one the article names
        else:
            return None
        ministry = ctx.entity(owner) if owner else None
        if not isinstance(ministry, Organization) or ministry.kind not in self.owning_kinds or (
                entity is not None and entity.parent == ministry.id):
            return None
        name = f"{written or ctx_text(ctx, tokens, i, end)} of the {ministry.label_en}"
        return _Found(end, ctx.mint(Organization, name, kind=kind, label_en=name, parent=ministry.id,
                                    alt=[ctx_text(ctx, tokens, i, end)]))

    def _english_provinces(self, ctx, tokens, spans_at, i, span: Span) -> _Found | None:
        """A committee English news names as the national one, of a province: "the working group on Project 06 of the
        central province of Thua Thien Hue", "the Steering Committee for … of Quang Ninh province": the province's."""
        entity = ctx.entity(span.value)
        if not isinstance(entity, Organization) or entity.kind not in self.english_owned_kinds or entity.area:
            return None
        k = _after(tokens, span.end, i)
        place = next((s for s in spans_at.values() if s.kind == PLACE and s.start >= span.end
                      and self.english_province_of.fullmatch(ctx.text[span.end:s.start])), None)
        where = ctx.entity(place.value) if place is not None else None
        if place is None or not isinstance(where, Place) or where.kind not in ("province", "city") or not where.label_en:
            return None
        end = _after(tokens, place.end, k)
        if end < len(tokens) and tokens[end].lower in self.english_place_after:
            end += 1   # "… of Quang Ninh province"
        written, province = ctx_text(ctx, tokens, i, k), ctx.text[place.start:place.end]   # (the province as the text writes it)
        name = f"{province} {written}"
        return _Found(end, ctx.mint(Organization, name, kind=entity.kind, area=where.id, label_en=name,
                                    alt=[f"{province} provincial {written}", f"{where.label_en} {written}", ctx_text(ctx, tokens, i, end)]))

    def _english_proper(self, ctx, tokens, spans_at, i, taken: set[int]) -> _Found | None:
        """An English name of a body the registry does not hold: a run of capitalised words (a place's among them) with a
        head that gives its kind ("the National Steering Committee for Semiconductor Industry Development", "Ha Noi
        Venture Capital Fund"), not a post's, a person's, an event's or a document's."""
        ministrys = i >= 2 and tokens[i - 1].text == "'s" and tokens[i - 2].lower == self.english_ministry_word
        if i > 0 and (tokens[i - 1].capitalised and tokens[i - 1].lower not in self.english_bare_determiners
                      or tokens[i - 1].text == "'s" and not ministrys or i - 1 in taken) \
                or not tokens[i].capitalised or tokens[i].lower in self.english_bare_determiners \
                or self.english_posts.longest(tokens, i) or self.english_proper_not_first.longest(tokens, i):
            return None   # (a run starts at its first capital, not after another body's name: "The" opens a sentence,
                          # "the ministry's Digital Transformation Department" is read with the ministry)
        company = self._company_end(tokens, spans_at, i, taken)
        if company is not None:
            name = ctx_text(ctx, tokens, i, company)
            return _Found(company, ctx.lookup(name, "organizations") or ctx.organisation(name, "enterprise", alt=[name]))
        k, kind, last, joined = i, None, i, spans_at.get(tokens[i].start) is not None
        while k < len(tokens) and k not in taken:
            span = spans_at.get(tokens[k].start)
            if span is not None and span.kind == PLACE:
                k = last = _after(tokens, span.end, k)
                continue
            head = self.english_proper_heads.longest(tokens, k) if span is None else None
            if head is not None:
                k = last = head[0]
                kind = head[1]
                continue
            join = self.english_proper_joins.longest(tokens, k) if k > i else None
            if span is None and tokens[k].capitalised and tokens[k].text.isalpha() and not (
                    k > i and self._names_person(tokens, k, english=True)):   # "… Technology Nguyen Xuan Luu": a person
                if tokens[k].text in self.english_proper_not | self.english_proper_plurals:
                    return None
                k = last = k + 1
            elif join is not None and join[0] < len(tokens) and tokens[join[0]].capitalised:
                k, joined = join[0], True
            else:
                break
        if kind is None or last - i < 3 or not joined or last in taken or last < len(tokens) and tokens[last].text == "'s":
            return None   # a name of its own has a place or a joined word ("Agency for Enterprise Development"); a
                          # few words alone ("Telecoms Group") end another name or shorten one
        name = ctx_text(ctx, tokens, i, last)
        ministry = ctx.entity(ctx.named_with(self.english_ministry_word)) if ministrys else None
        if isinstance(ministry, Organization) and ministry.kind in self.owning_kinds and ministry.label_en:
            # "the ministry's Department of Information Technology": the ministry the article names, named with it
            full = f"{name} of the {ministry.label_en}"
            return _Found(last, ctx.lookup(full, "organizations") or ctx.mint(
                Organization, full, kind=kind, label_en=full, parent=ministry.id, alt=[name]))
        return _Found(last, ctx.lookup(name, "organizations") or ctx.organisation(name, kind, alt=[name]))

    def _body_stop(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """A word that ends a body's name at token k, unless it is a syllable of a word of two ("tài nguyên", "chung
        khảo")."""
        if any(a >= 0 and a + 1 < len(tokens) and match_key(f"{tokens[a].text} {tokens[a + 1].text}") in self.stop_compounds
               for a in (k - 1, k)):
            return None
        return self.body_stops.longest(tokens, k)

    def _company_end(self, tokens: list[Token], spans_at: dict[int, Span], i: int, taken: set[int]) -> int | None:
        """Where a company's name that opens here ends: capitalised words, whatever they are (a surname among them:
        "Song Than Logistics"), then its legal form ("CMC Corporation", "… Joint Stock Company", "… Co., Ltd"), and
        the country it is of ("National Payment Corporation of Viet Nam")."""
        for k in range(i + 1, min(i + 7, len(tokens))):
            form = self.english_company_forms.longest(tokens, k)
            if form is not None and k - 1 not in taken:
                end = form[0]
                of = self.english_place_of.longest(tokens, end)
                if of is None or of[0] >= len(tokens):
                    return end
                place = spans_at.get(tokens[of[0]].start)
                return _after(tokens, place.end, of[0]) if place is not None and place.kind == PLACE else end
            if k in taken or not (tokens[k].capitalised and tokens[k].text.isalpha()):
                return None
        return None

    def _english_bare(self, ctx, tokens, i, named: set[str]) -> _Found | None:
        """"the committee", "the new committee", "the ministry": the body the article names most with that word in
        its English name; "the new centre", one other than those the sentence named before it."""
        determiner = self.english_determiners.longest(tokens, i)
        if determiner is None or determiner[0] >= len(tokens):
            return None
        j = determiner[0]
        hit = self.english_bare.longest(tokens, j)
        follows = tokens[hit[0]] if hit is not None and hit[0] < len(tokens) else None
        if hit is None or follows is not None and (follows.capitalised or tokens[j].capitalised and self._name_goes_on(tokens, hit[0])):
            return None   # "the Ministry of Finance" is a name; "the committee", "Head of the Steering Committee." stand for one
        if hit[0] + 1 < len(tokens) and tokens[hit[0]].text == "'s" and tokens[hit[0] + 1].capitalised \
                and not self._post_at(tokens, hit[0] + 1):
            return None   # "the ministry's Authority of …": the owner of the body named next, which the post is of (not
                          # "the committee's Standing Deputy Head": the committee's post)
        new = " ".join(t.lower for t in tokens[i:j]) in self.english_new_determiners
        org = (ctx.named_with(hit[1], besides=named) if new else None) or ctx.named_with(hit[1])
        return _Found(hit[0], org, j) if org else None

    def _name_goes_on(self, tokens: list[Token], k: int) -> bool:
        """Whether an English name goes on at token k: "of …", "for …", or a comma or "and" before another capital ("the
        Steering Committee, chaired …" ends)."""
        link = tokens[k].lower
        return link in self.english_name_links and (link not in (",", "and") or k + 1 < len(tokens) and tokens[k + 1].capitalised)

    def _post_at(self, tokens: list[Token], i: int) -> bool:
        """Whether a post's words open at token i ("Standing Deputy Head …")."""
        return any(match_key(" ".join(t.text for t in tokens[i:k])) in self.post_forms for k in range(i + 1, min(i + 6, len(tokens) + 1)))

    def _headed(self, ctx, tokens, spans_at, i) -> _Found | None:
        hit = self.heads.longest(tokens, i)
        if hit is None or hit[0] >= len(tokens) or not tokens[hit[0]].capitalised:
            return None
        j, (head, kind) = hit
        k = self._name_after_head(tokens, spans_at, j, brands=kind == "enterprise")
        if k == j:
            return None
        # the place the name ends with ("Hiệp hội Doanh nghiệp tỉnh Sóc Trăng", "… Công Thương Việt Nam"), and a
        # branch of it ("… - Chi nhánh Sóc Trăng")
        end, place, _, _ = self._place_at(ctx, spans_at, tokens, k)
        area = None
        if place is not None and end > k:
            k, area = end, place if getattr(ctx.entity(place), "kind", None) in ("province", "city") else None
        branch = self.branches.longest(tokens, k + 1) if k + 1 < len(tokens) and tokens[k].text in "-–" else None
        if branch is not None:
            k = self._name_after_head(tokens, spans_at, branch[0], places=True)
        written = ctx_text(ctx, tokens, i, k)
        name = self._full(written)
        if area is None and match_key(tokens[k - 1].text) in self.province_units:   # "Hiệp hội Doanh nghiệp tỉnh": the province's
            where, area = self._place_name(ctx, None, None)
            name = f"{self._full(ctx_text(ctx, tokens, i, k - 1))} {where}" if where else name
        elif area is None and place is None and head in self.provincial_heads:   # "Chi cục Thủy lợi": the province's
            where, area = self._place_name(ctx, None, None)
            name = f"{name} {where}" if where else name
        alt = []
        if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
            alt.append(tokens[k + 1].text)
        owned = self._unit_of(ctx, tokens, spans_at, k) if area is None and place is None else None
        if owned is not None:   # "Cục Cơ yếu - Công nghệ thông tin Văn phòng Trung ương Đảng": a unit of the body after it
            end, owner = owned
            return _Found(end, ctx.organisation(f"{name} {owner.label_vi}", kind, alt=[ctx_text(ctx, tokens, i, end)],
                                                area=owner.area, parent=owner.id))
        return _Found(k, ctx.organisation(name, kind, alt=[written, *alt], area=area))

    def _unit_of(self, ctx, tokens, spans_at, k) -> tuple[int, Organization] | None:
        """The body a unit's name ends with, written right after it ("Vụ Chính quyền địa phương Bộ Nội vụ", "Phòng Quản
        lý chuyên ngành Sở Khoa học và Công nghệ"), or set off by commas ("Cục A, Văn phòng Trung ương Đảng, cho biết"): a
        body of the kinds or heads that have units (`unit_owners`)."""
        aside = k + 1 < len(tokens) and tokens[k].text == ","
        span = spans_at.get(tokens[k + 1 if aside else k].start) if k < len(tokens) else None
        if aside and span is not None:
            after = _after(tokens, span.end, k + 1)
            if after < len(tokens) and tokens[after].text not in ",.)":
                return None   # "Cục A, Văn phòng Chính phủ và …": a list of bodies
            k += 1
        owner = ctx.entity(span.value) if span is not None and span.kind == ORG else None
        if span is None or not isinstance(owner, Organization) or not (
                owner.kind in self.unit_owners["kinds"] or any(f"{owner.label_vi} ".startswith(h + " ") for h in self.unit_owners["heads"])):
            return None
        return _after(tokens, span.end, k), owner

    def _name_after_head(self, tokens: list[Token], spans_at: dict[int, Span], j: int, places: bool = False,
                         brands: bool = False) -> int:
        """Where the proper name after a head ends: at a stop word, a name the registry knows (a brand inside it runs
        on: "Công ty Dịch vụ MobiFone Khu vực 3"; an enterprise's name may end with one: "Công ty TNHH Phần mềm FPT"),
        or where a person's name begins. "và" before a capital joins the name's words ("Ngân hàng Nông nghiệp và Phát
        triển nông thôn")."""
        k = j
        while k < len(tokens) and k - j < _MAX_HEADED:
            t = tokens[k]
            span = spans_at.get(t.start)
            after = _after(tokens, span.end, k) if span is not None else k
            if span is not None and (span.kind == ORG or places and span.kind == PLACE) and after < len(tokens) and (
                    tokens[after].capitalised or tokens[after].text.isdigit()):
                k = after
                continue
            if span is not None and places and span.kind == PLACE:
                return after
            if span is not None and brands and span.kind == ORG and k > j:
                return after
            joined = (t.lower == "và" and k > j and k + 1 < len(tokens) and tokens[k + 1].capitalised
                      and not self.next_heads.longest(tokens, k + 1) and not self.heads.longest(tokens, k + 1)
                      and not self._opens_post(tokens, k + 1))   # "… Ủy ban và Bộ trưởng Bộ TT&TT A": the next post
            if span is not None or self.stops.longest(tokens, k) and not (k == j and t.capitalised) and not joined:
                break   # a capitalised word right after the head is the name's ("Vụ Tổ chức cán bộ"), not a verb
            if t.text == "," and k > j and self._fields_go_on(tokens, k):
                k += 1   # "Vụ Khoa học, Công nghệ và Môi trường": the fields the name lists
                continue
            if t.text in self.into_words and k > j and self._opens_body(tokens, k + 1):
                break    # "… Môi trường thành Cục …": what it became, not its name
            if not (t.text[:1].isalnum() or t.text in ("-", "–", "&")) or self._post_after_comma(tokens, k):
                break   # (a dash before a post ends the name: "Cục Thuế - Ủy viên", as member lists write it)
            if (t.capitalised and t.text in self.surnames and k > j and k + 1 < len(tokens) and tokens[k + 1].capitalised
                    and (not tokens[k - 1].capitalised or self._full_name(tokens, k))):
                break  # a family name and a capital after lower-case words, or a full name: a person's name follows
            k += 1
        while k > j and tokens[k - 1].text in ("-", "–", "&"):
            k -= 1
        return k

    def find(self, ctx: ArticleContext, tokens: list[Token], spans: list[Span]) -> tuple[list[Span], list[Span]]:
        """The organisations of a sentence that the registry did not name, left to right, and the registry
        names they replace ("Viettel" in "Viettel Hà Giang"); the body each name stands for is noted as named."""
        spans_at = {s.start: s for s in spans}
        # (a province merged away before the article is no later sentence's: "… Sở tỉnh Thái Bình (cũ). Đồng chí A, Chủ
        # tịch UBND tỉnh …" is of the province it went into)
        named = [p for p in ctx.named_here if (getattr(ctx.entity(p), "dissolved", None) or dt.date.max) > ctx.published]
        opens = not tokens or ctx.opens_paragraph(tokens[0].start)
        ctx.named_in_paragraph = None if opens else (named[-1] if named else ctx.named_in_paragraph)
        ctx.named_here = []
        ctx.here = None   # a province named in an earlier sentence (a ranking's list) sets no body's place here
        out: list[Span] = []
        replaced: list[Span] = []
        i = 0
        while i < len(tokens):
            span = spans_at.get(tokens[i].start)
            branded = None
            if span is not None and span.kind == ORG:   # "Viettel Hà Giang", "the National Assembly Delegation of Nghe An province"
                branded = self._brand(ctx, tokens, spans_at, i) or self._branch(ctx, tokens, spans_at, i) or (
                    self._english_body_of(ctx, tokens, spans_at, i) or self._english_ministrys(ctx, tokens, spans_at, i, span)
                    or self._english_provinces(ctx, tokens, spans_at, i, span)
                    if ctx.language == "en" else None)
            if span is not None and branded is not None and branded.org is not None:   # "Viettel Hà Giang": the brand's unit in a province, not the group
                end = tokens[branded.end - 1].end
                out.append(Span(tokens[i].start, end, ORG, branded.org, ctx_text(ctx, tokens, i, branded.end)))
                replaced.append(span)
                ctx.set_focus(branded.org)
                i = branded.end
                continue
            if span is not None and span.kind == PLACE and isinstance(place := ctx.entity(span.value), Place) \
                    and place.kind not in ("country", "local"):
                # where the sentence is (the country is no province: "Viet Nam's digital economy"; a ward is in one)
                ctx.here = span.value
                if self._setting(ctx.text[tokens[0].start:span.start]):
                    ctx.named_here.append(span.value)
            found = None
            if span is not None and span.kind == ORG and (found := self._longer_named(ctx, tokens, spans_at, i, span)
                                                          or self._local_body_of_head(ctx, tokens, spans_at, i, span)):
                replaced.append(span)   # "Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06 tỉnh", "Cục Thống kê tỉnh A": a province's
            elif span is not None and span.kind != PLACE:   # body, not the registry's body whose name it opens with
                if span.kind == ORG:
                    ctx.set_focus(span.value, pinned=_called_by_head(ctx, span.end))
                    self._note_area(ctx, span.value, span.start)
                i = _after(tokens, span.end, i)
                continue
            if found is None and ctx.language == "en":
                found = (self._english_party_possessed(ctx, tokens, spans_at, i, out)
                         or self._english_body(ctx, tokens, spans_at, i) or self._english_ministrys(ctx, tokens, spans_at, i)
                         or self._english_named_of(ctx, tokens, spans_at, i)
                         or self._english_bare(ctx, tokens, i, {s.value for s in out if s.kind == ORG})
                         or self._english_ministry(ctx, tokens, i)
                         or self._english_central(ctx, tokens, spans_at, i))
                if found is not None and tokens[i].lower == "of":
                    i += 1  # the ministry's span starts after "of"
            items = (self.listed(ctx, tokens, spans_at, i) or (self._english_departments(ctx, tokens, i) if ctx.language == "en" else [])
                     ) if found is None else []
            if items:
                for first, after, org in items:
                    out.append(Span(tokens[first].start, tokens[after - 1].end, ORG, org, ctx_text(ctx, tokens, first, after)))
                    ctx.set_focus(org)
                i = items[-1][1]
                continue
            heading = ctx.text[tokens[i].start:tokens[i].end].isupper()   # an all-capitals heading read in title case
            if found is None and tokens[i].capitalised and not self.venues.longest(tokens, i):
                for pattern in (self._local_body, self._owned_body, self._party_body, self._department, self._ministry_of_post,
                                self._named_body,
                                self._brand, self._bare_head) + (() if heading else (self._headed,)):
                    found = pattern(ctx, tokens, spans_at, i)
                    if found is not None:
                        break
            elif found is None and tokens[i].text.isalpha():   # "Trưởng đoàn đại biểu Quốc hội tỉnh", "Trưởng ban Chỉ đạo …":
                found = self._local_body(ctx, tokens, spans_at, i) or (   # the post took the body's capital
                    self._named_body(ctx, tokens, spans_at, i) if self._ends_a_post(tokens, i) else None) or (
                    self._division(ctx, tokens, spans_at, i))
            if found is None or found.org is None or found.end <= i:
                i += 1
                continue
            if found.first is not None:
                i = found.first
            start, end = tokens[i].start, tokens[found.end - 1].end
            out.append(Span(start, end, ORG, found.org, ctx_text(ctx, tokens, i, found.end)))
            ctx.set_focus(found.org, pinned=_called_by_head(ctx, end))
            self._note_area(ctx, found.org, start)
            # a registry name inside the body's ("Quốc hội" in "Đoàn đại biểu Quốc hội tỉnh …") is the body's words
            replaced += [spans_at[t.start] for t in tokens[i + 1:found.end]
                         if t.start in spans_at and spans_at[t.start].kind == ORG and spans_at[t.start].end <= end]
            i = found.end
        if ctx.language == "en":
            out += self._english_proper_names(ctx, tokens, spans_at, out)
        return out, replaced

    def _english_proper_names(self, ctx, tokens, spans_at, found: list[Span]) -> list[Span]:
        """English names of bodies in the words no other reading took."""
        taken = {k for k, t in enumerate(tokens) if any(s.start <= t.start < s.end for s in found)}
        out, i = [], 0
        while i < len(tokens):
            named = self._english_proper(ctx, tokens, spans_at, i, taken) if i not in taken else None
            if named is None or named.org is None:
                i += 1
                continue
            out.append(Span(tokens[i].start, tokens[named.end - 1].end, ORG, named.org, ctx_text(ctx, tokens, i, named.end)))
            ctx.set_focus(named.org)
            i = named.end
        return out


_CALLED = re.compile(r"^\s*\((?:sau đây |dưới đây )?(?:gọi tắt là|gọi là|viết tắt là|hereinafter)", re.IGNORECASE)


_BRACKETED_SHORT = re.compile(r"\s*\((?-i:[A-ZĐ][A-ZĐ&\d-]*)\)")


def _placed_party(ctx: ArticleContext, party: Organization, written: str, placed: bool) -> str:
    """A party committee's English name with its province ("of the provincial Party Committee": the province's)."""
    place = ctx.entity(party.area)
    if party.label_en:
        return party.label_en
    if not placed and isinstance(place, Place) and place.label_en and place.label_en not in written:
        return f"{place.label_en} {written}"
    return written


def _called_by_head(ctx: ArticleContext, end: int) -> bool:
    """"… tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo)": the text will call this body by its head alone."""
    return bool(_CALLED.match(ctx.text[end:end + 40]))


def _after(tokens: list[Token], end: int, i: int) -> int:
    """The index of the first token that starts at or after `end` (from token i on)."""
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def ctx_text(ctx: ArticleContext, tokens: list[Token], i: int, j: int) -> str:
    """The words of tokens [i, j) as the article writes them (line breaks as spaces)."""
    return re.sub(r"\s+", " ", ctx.text[tokens[i].start:tokens[j - 1].end])


def _list_goes_on(tokens: list[Token], k: int, fields: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the capitalised words (or these `fields`) from token k close a list with "and" ("Science, Technology,
    Innovation, Digital Transformation and Project 06"), as the fields of an English name do; not ", and" ("…, and Y
    Bloi Nie, …")."""
    start = k
    while k < len(tokens) and (tokens[k].capitalised or tokens[k].text == "," or tokens[k].lower in fields):
        k += 1
    return start < k < len(tokens) and tokens[k].lower == "and"


def provincial_body(ctx: ArticleContext, head: str) -> str | None:
    """The article's province's body with this head ("Ủy ban nhân dân" → "Ủy ban nhân dân tỉnh Nghệ An")."""
    place = ctx.entity(ctx.home)
    if not isinstance(place, Place):
        return None
    lex = lexicon("organisations")
    kinds = {b["head"]: b["kind"] for b in lex["local_bodies"]} | {b["head"]: "party" for b in lex["party_bodies"]}
    if head in kinds and kinds[head] == "party":
        return ctx.organisation(f"{head} {place.label_vi}", "party", area=place.id)
    return ctx.organisation(f"{head} {place_with_unit(place)}", kinds.get(head, "state"), area=place.id)


def place_with_unit(place: Place, written: str | None = None) -> str:
    """A province or city as the names of its bodies write it: "tỉnh Nghệ An", "thành phố Hà Nội" (with the unit
    the text wrote, when it wrote one), never a unit twice ("thành phố Hồ Chí Minh")."""
    label = place.label_vi
    if label.lower().startswith(("thành phố", "tỉnh")):
        return label[0].lower() + label[1:]
    return f"{written or ('thành phố' if place.kind == 'city' else 'tỉnh')} {label}"
