"""One sentence read into typed spans: documents, registry names, organisations made from patterns, posts,
ranks and honorifics, and people's names — each found where nothing longer or earlier was.

Order matters and says what wins: a document number before a name that contains it (unless a programme's
registered name holds the number); registry names before patterns; an organisation that starts inside a
post cuts the post ("Trưởng Ban|Ban Chỉ đạo …", "Chánh|Văn phòng Trung ương Đảng"); a place is never a
person ("tại Hà Nội", "thị xã Hoàng Mai").
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from kg.extract.context import (
    DOC, HONORIFIC, ORG, PERSON, PLACE, RANK, SECTION_TO_SPAN, TITLE, ArticleContext, SentenceView, Span,
)
from kg.extract.dates import find_dates
from kg.extract.docnumbers import DocRef, find_document_numbers
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import alternatives, english_plural, lexicon, vocabulary
from kg.extract.localities import LocalityFinder
from kg.extract.organisations import OrganisationFinder, ctx_text
from kg.extract.phrases import PhraseMatcher
from kg.extract.spans import Coverage
from kg.extract.tokens import Token, strip_marks, tokenize
from kg.model import Knowledge, Programme
from kg.text.normalize import match_key
from kg.text.sentences import Sentence

_MAX_GIVEN = 3   # syllables of a given name after the family name
_MAX_MARKED = 4  # … after the first word of a name an honorific or a rank opens (the Central Highlands' names run
                 # longer: "ông Y Giang Gry Niê Knơng")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _shift(tokens: list[Token], by: int) -> list[Token]:
    return [Token(t.start + by, t.end + by, t.text, t.lower) for t in tokens]


class Reader:
    """What reading a sentence needs, made once per registry."""

    def __init__(self, registry: Knowledge, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._inner: list[str] = []   # programmes named inside a body's name, in the sentence being read
        self.organisations = OrganisationFinder(registry)
        self.localities = LocalityFinder()
        vocab = vocabulary()
        people = lexicon("people")
        self.post_forms = set(vocab.role_by_form)
        # posts: Vietnamese in any case; English as capitalised in Vietnamese text, in any case in English text
        # ("…, deputy head of the committee"), and in the plural ("Its deputy heads are …")
        english = [(form, role.slug) for role in vocab.roles.values() for form in role.forms_en]
        verbs = {v.lower() for v in people["lead_verbs_en"]}   # "A heads the committee": a verb, not heads of bodies
        english += [(english_plural(form), slug) for form, slug in english
                    if form[-1:].isalpha() and english_plural(form).lower() not in verbs]
        vietnamese = [(form, role.slug, False) for role in vocab.roles.values() for form in role.forms_vi]
        self.titles = {"vi": PhraseMatcher(vietnamese + [(form, slug, True) for form, slug in english]),
                       "en": PhraseMatcher(vietnamese + [(form, slug, False) for form, slug in english])}
        def registry_id(name: str | None) -> str | None:
            hit = gazetteer.lookup(name) if name else None
            return hit[0] if hit else None
        self.abbreviated = PhraseMatcher((written, (post["post"], registry_id(post.get("organisation")), post.get("body")), True)
                                         for post in people["abbreviated_posts"] for written in post["written"])
        self.ranks = PhraseMatcher((r, r, not r[:1].islower()) for r in people["ranks"])
        self.honorifics = PhraseMatcher((h, h, False) for h in people["honorifics"])
        self.clause_breaks = {w.lower() for w in people["clause_breaks_en"]}
        self.relatives = {w.lower() for w in people["person_relatives_en"]}   # ", who …" after a name: a person's
        self.surnames = set(people["surnames"])
        self.surnames_en = self.surnames | {strip_marks(s) for s in people["surnames"]}   # English news writes both
        self.not_post_compounds = frozenset(match_key(w) for w in people["not_post_compounds"])
        self.former = re.compile(rf"(?:^|\s|,)(?:{alternatives(people['former'])})(?:\s+(?:{alternatives(people['articles_en'])}))?\s*$",
                                 re.IGNORECASE)   # ("had been a deputy director")
        links = alternatives(people["post_links"] + people["past_post_verbs_en"])
        self.pronoun_post = re.compile(rf"(?:{alternatives(people['person_pronouns'])})(?:\s+(?:{links}))+\s+$", re.IGNORECASE)
        self.past = re.compile(rf"(?:\s*,\s*\d{{2}}\s*,|\s*,\s*who)?\s+(?:{alternatives(people['past_post_verbs_en'])})"
                               rf"\s+(?:(?:{alternatives(people['articles_en'])})\s+)?", re.IGNORECASE)
        periods = alternatives(lexicon("documents")["programme_period_words"])
        self.period_after = re.compile(rf"\s*,?\s*(?:(?:{periods})\s+)?(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)\b",
                                       re.IGNORECASE)
        credits = alternatives(lexicon("page")["caption_credits"])   # "Ảnh Hà Lê", "Ảnh: VGP/Nhật Bắc": a photo's credit
        self.credited = re.compile(rf"(?:^|[\s(.])(?:{credits})\s*:?\s*(?:[A-ZĐ]{{2,}}\s*/\s*)?$")
        units = lexicon("organisations")
        self.generic_names = {match_key(n) for n in units["generic_names"]}
        registry_units = {match_key(u) for u in units["registry_units"]}
        before_place = [u for u in units["province_units"] + units["local_units"] if match_key(u) not in registry_units]
        self.before_place = re.compile(
            rf"(?:(?:^|[\s(\[“\"])(?:{alternatives(before_place + units['streets'] + units['place_prepositions'])})"
            rf"|(?<!\w)(?:{alternatives(units['house_numbers'])})\s+\d+[A-Za-z]?(?:/\d+)*)\s*$", re.IGNORECASE)
        self.streets_after = frozenset(w.lower() for w in units["streets_after"])   # ("the Phan Dinh Phung ward centre")
        self.list_joins = {w.lower() for w in units["list_joins"]} | {"and"}

    # ---- documents and registry names
    def _documents_and_names(self, ctx, text, tokens, base) -> tuple[list[DocRef], list[Span]]:
        docs = [DocRef(d.start + base, d.end + base, d.text, d.number, d.doctype, d.issuer, d.year, d.name, d.short)
                for d in find_document_numbers(text)]
        spans = []
        kept_docs = []
        mentions = self.gazetteer.find(ctx.text, tokens=tokens)
        starts = [d.start for d in docs]
        for m in mentions:
            near = docs[bisect_left(starts, m.start - 300):bisect_left(starts, m.end)]
            overlapping = [d for d in near if d.start < m.end and m.start < d.end]
            inside = [d for d in overlapping if m.start <= d.start and d.end <= m.end]
            if overlapping and not (inside == overlapping and (m.end - m.start) > max(d.end - d.start for d in inside)):
                continue  # a number is the document's; a registered name that holds a number (a programme's) is the name's
            if _AGENCY_MARK.match(ctx.text, m.end) and ctx.text[m.start - 1:m.start] == "(":
                continue   # "Thanh Hóa, 21/11 (TTXVN) - …": the agency that filed the story, a credit
            generic = match_key(m.text) in self.generic_names   # "đường lối của Đảng": the Party in a formula, not an actor
            successor = self._successor(ctx, m.entity_id, m.start, m.end) if m.kind == "programmes" else None
            if successor is not None:
                spans.append(Span(m.start, successor[0], SECTION_TO_SPAN[m.kind], successor[1], ctx.text[m.start:successor[0]]))
                continue
            spans.append(Span(m.start, m.end, SECTION_TO_SPAN[m.kind], m.entity_id, m.text, registry=True, named=not generic))
        claimed = Coverage(len(ctx.text))
        for s in spans:
            claimed.take(s.start, s.end)
        for d in docs:
            if claimed.free(d.start, d.end):
                kept_docs.append(d)
                spans.append(Span(d.start, d.end, DOC, d.text, d.text))
            elif d.short and d.doctype == "de-an" and d.name:
                self._inner.append(d.name)   # "… chuyển đổi số và Đề án 06": the body's name names the project
        return kept_docs, spans

    def _successor(self, ctx: ArticleContext, programme: str, start: int, end: int) -> tuple[int, str] | None:
        """A registry programme's name followed by a period other than its own names the programme of that period
        ("Chương trình chuyển đổi số quốc gia giai đoạn 2026-2030" after the one to 2025): (where it ends, its id)."""
        entity = ctx.entity(programme)
        m = self.period_after.match(ctx.text, end)
        if not isinstance(entity, Programme) or m is None or f"{m['first']}-{m['last']}" == entity.period:
            return None
        name = ctx.text[start:m.end()]
        return m.end(), ctx.mint(Programme, name, ptype=entity.ptype, period=f"{m['first']}-{m['last']}")

    # ---- posts
    def _abbreviated(self, ctx, tokens, spans) -> tuple[list[Span], list[Span]]:
        """Posts written abbreviated ("UVT.Ư", "UVBTV Tỉnh ủy"), each with the body it names; returns them and the
        spans they leave (a registry name inside one is the post's words)."""
        found = []
        for i, j, (role, org, body) in self.abbreviated.find(tokens):
            found.append(Span(tokens[i].start, tokens[j - 1].end, TITLE, role, ctx_text(ctx, tokens, i, j), org=org, body=body))
        covered = Coverage(len(ctx.text))
        for a in found:
            covered.take(a.start, a.end)
        return found, [s for s in spans if covered.free(s.start, s.end)]

    def _titles(self, ctx, tokens, spans) -> list[Span]:
        blocked = Coverage(len(ctx.text))
        for s in spans:
            if s.kind in (DOC, PERSON, PLACE, TITLE):
                blocked.take(s.start, s.end)
        found = self.titles[ctx.language].find(tokens, free=lambda i: blocked.free(tokens[i].start, tokens[i].end))
        out = []
        for i, j, slug in found:
            start, end = tokens[i].start, tokens[j - 1].end
            if not blocked.free(start, end):
                continue
            if i > 0 and match_key(f"{tokens[i - 1].text} {tokens[i].text}") in self.not_post_compounds:
                continue   # "cán bộ trưởng thành": a word ends in the post's first syllable
            former = bool(self.former.search(ctx.text[max(0, start - 25):start]))
            out.append(Span(start, end, TITLE, slug, ctx_text(ctx, tokens, i, j), former=former))
        return out

    def _pronoun_subject(self, ctx: ArticleContext, tokens: list[Token], titles: list[Span], people: list[Span]) -> list[Span]:
        """The person a sentence's pronoun stands for, when a post follows it ("He was Deputy Director of …"): the one the
        last sentence that named anyone named first. A sentence that names someone makes them the next pronoun's."""
        found = []
        if not people and ctx.subject is not None:
            for t in titles:
                m = self.pronoun_post.search(ctx.text, max(tokens[0].start, t.start - 60), t.start) if tokens else None
                if m is not None and (m.start() == 0 or not ctx.text[m.start() - 1].isalpha()):
                    found.append(Span(m.start(), m.start() + len(m.group(0).split()[0]), PERSON, ctx.subject, m.group(0).split()[0]))
                    break
        named = sorted(people, key=lambda p: p.start)
        if named:
            ctx.subject = named[0].value
        return found

    def _held_before(self, ctx: ArticleContext, people: list[int], start: int) -> bool:
        """Whether a post follows a person's name and a verb of being or serving in the past: "Sang was Director of …",
        "Thanh, 46, had been …", "Long, who was a Deputy Minister …" (not "Attending was Minister X": no name before)."""
        k = bisect_right(people, start) - 1
        return k >= 0 and start - people[k] <= 40 and bool(self.past.fullmatch(ctx.text, people[k], start))

    def _reconcile(self, titles: list[Span], spans: list[Span], tokens: list[Token]) -> tuple[list[Span], list[Span]]:
        """Posts against organisations: who wins the words both claim."""
        orgs = sorted((s for s in spans if s.kind == ORG), key=lambda s: s.start)
        starts = [o.start for o in orgs]
        token_starts = [tk.start for tk in tokens]
        kept_titles: list[Span] = []
        dropped: set[int] = set()
        for t in titles:
            keep = self._post_against(t, orgs[bisect_left(starts, t.start - 300):bisect_left(starts, t.end)], tokens,
                                      token_starts, dropped)
            if keep is not None and keep.end > keep.start:
                kept_titles.append(keep)
        return kept_titles, [s for s in spans if id(s) not in dropped]

    def _post_against(self, post: Span, orgs: list[Span], tokens: list[Token], token_starts: list[int],
                      dropped: set[int]) -> Span | None:
        """A post as the organisations around it leave it (None: it is part of a body's name); the organisations
        it outweighs go into `dropped`."""
        keep = post
        for o in orgs:
            if not (o.start < keep.end and keep.start < o.end):
                continue
            if o.start > keep.start and match_key(o.text) in self.post_forms:
                dropped.add(id(o))                           # "Phó Thủ tướng": not the office "Thủ tướng"
            elif o.start > keep.start:                       # Trưởng Ban|Ban Chỉ đạo: the post ends where the body starts
                last = bisect_left(token_starts, o.start) - 1
                if last < 0 or tokens[last].start < keep.start:
                    return None
                keep = replace(keep, end=tokens[last].end)
            elif o.start == keep.start and o.end == keep.end:  # "Thủ tướng Chính phủ": a post or the office, by what follows
                continue
            elif o.start == keep.start and keep.end > o.end:   # "Phó Thủ tướng Chính phủ" ⊃ …: the post
                dropped.add(id(o))
            else:                                            # the post is part of a body's name
                return None
        return keep

    # ---- people
    def _names(self, ctx: ArticleContext, tokens: list[Token], free, after_marks: set[int], after_posts: dict[int, str],
               places: set[int], after_bodies: set[int], before_posts: set[int], caps: bool = False) -> list[Span]:
        """People's names: a family name and up to three given names, or any name after an honorific or a rank
        ("ông K'Brơi"), or after a post the name of someone named in full before ("PM Chinh", "Bộ trưởng Hùng");
        never a place ("tại Hà Nội", "thị xã Hoàng Mai"). English writes a name of two words after a post or a body, or
        before a post set apart by a comma ("Le Huyen, Vice Chairman of …")."""
        english = ctx.language == "en"
        surnames = self.surnames_en if english else self.surnames
        out, i = [], 0
        place_ends = {k + 1 for k in places}   # where a place's name ends: a list of places may go on there
        while i < len(tokens):
            t = tokens[i]
            full = t.text in surnames and not caps or i in after_marks
            starts = free(i) and _name_word(t) and (full or i in after_posts)
            placed = i not in after_bodies and self.before_place.search(ctx.text[max(0, t.start - 16):t.start]) or (
                self._listed_place(tokens, i, place_ends) and i not in after_posts and i not in after_marks)
            if starts and self.credited.search(ctx.text[max(0, t.start - 24):t.start]):
                while i < len(tokens) and _name_word(tokens[i]):
                    i += 1   # "Ảnh Hà Lê Minh": a photo's credit, no person of the article
                continue
            if placed and _name_word(t):   # "thành phố Buôn Ma Thuột": a place's name runs on, no person starts inside it
                i += 1
                while i < len(tokens) and free(i) and _name_word(tokens[i]):
                    i += 1
                place_ends.add(i)
                continue
            if starts and not placed:   # "tại Hà Nội" is a place; "UBND Thành phố| Võ Văn Hoan" a body, then a name
                k = i + 1   # given names, a place's name among them ("Nguyễn Hòa Bình")
                longest = _MAX_MARKED if i in after_marks else _MAX_GIVEN
                while k < len(tokens) and k - i <= longest and (free(k) or k in places) and _name_word(tokens[k]):
                    k += 1
                if any(tokens[n].lower in self.streets_after for n in range(i + 1, min(k + 1, len(tokens)))):
                    i = k   # "Nguyen Hue Street": a street's name, no person
                    continue
                person = None
                after_title = i in after_posts or i in after_bodies   # "Deputy Minister of Information and Communications
                before_post = (k < len(tokens) and tokens[k].text == "," and not all(n in places for n in range(i, k))
                               and (k + 1 in before_posts or k + 1 < len(tokens) and tokens[k + 1].lower in self.relatives))
                if full and k - i >= (3 if english and not (after_title or before_post) else 2):   # Phan Tam": two words
                    person = self._person(ctx, tokens, i, k)
                elif i in after_marks and not (english and not all(_syllable(tokens[n]) for n in range(i, k))):
                    person = self._short_name(ctx, tokens, i, k)   # "ông Quân": the person named in full before, or a
                                                                   # one-word name ("K'Brơi"); not "General| Statistics Office"
                elif i in after_posts:
                    person = self._known_name(ctx, tokens, i, k, after_posts[i])
                if person is not None:
                    out.append(person)
                    i = k
                    continue
            if english and free(i) and self._subject_short(tokens, i, out):
                known = ctx.person_ending(t.text, only=True)
                if known is not None:
                    out.append(Span(t.start, t.end, PERSON, known, t.text))
            i += 1
        return out

    def _subject_short(self, tokens: list[Token], i: int, found: list[Span]) -> bool:
        """Whether token i is one word of a name that opens the sentence or a clause of its own, as English calls people
        named before ("Khiem, 51, won …", "Dat served as …", "Mon and Thang, both …", "…, while Sang was …")."""
        alone = _name_word(tokens[i]) and (i + 1 == len(tokens) or not _name_word(tokens[i + 1]))
        opens = i == 0 or tokens[i - 1].lower == "and" and i > 1 and bool(found) and found[-1].end == tokens[i - 2].end \
            and found[-1].start == tokens[0].start or i > 1 and tokens[i - 1].lower in self.clause_breaks \
            and tokens[i - 2].text == ","
        return alone and opens

    def _listed_place(self, tokens: list[Token], i: int, place_ends: set[int]) -> bool:
        """Whether a name at token i is an item of a list of places ("tại Đà Lạt, Gia Nghĩa và Phan Thiết", "3 huyện Thanh
        Miện, Ninh Giang và Thanh Hà"): after a place and a join, after a comma only when the list goes on to its "và"; a
        family name and two given names are a person's ("Tại Hà Nội, Nguyễn Văn Bình và …")."""
        if i < 2 or tokens[i - 1].lower not in self.list_joins or i - 1 not in place_ends:
            return False
        k = i
        while k < len(tokens) and _name_word(tokens[k]):
            k += 1
        if k - i > 2 and tokens[i].text in self.surnames_en:
            return False   # "Tại Hà Nội, Nguyễn Văn Bình và …": a person's full name
        return tokens[i - 1].text != "," or k + 1 < len(tokens) and tokens[k].lower in self.list_joins and _name_word(tokens[k + 1])

    def _known_name(self, ctx, tokens, i, k, post: str | None = None) -> Span | None:
        """The end of the name of a person the article named in full before ("Chinh" of Pham Minh Chinh); of two
        such people, the one who holds the post written before it ("PM Hung": the Prime Minister, not Minister Hung)."""
        for j in range(k, i, -1):
            known = ctx.person_ending(ctx_text(ctx, tokens, i, j), post)
            if known:
                return Span(tokens[i].start, tokens[j - 1].end, PERSON, known, ctx_text(ctx, tokens, i, j))
        return None

    def _short_name(self, ctx, tokens, i, k) -> Span | None:
        name = ctx_text(ctx, tokens, i, k)
        known = ctx.person_ending(name)
        if known is None and "'" not in name and "’" not in name and k - i < 2:
            return None
        return Span(tokens[i].start, tokens[k - 1].end, PERSON, known or ctx.person(name), name)

    def _person(self, ctx, tokens, i, j) -> Span:
        name = ctx_text(ctx, tokens, i, j)
        return Span(tokens[i].start, tokens[j - 1].end, PERSON, ctx.person(name), name)

    def view(self, ctx: ArticleContext, sentence: Sentence) -> SentenceView:
        text = sentence.text
        if _caps(text) and len(text.title()) == len(text):
            text = text.title()
        base = sentence.start
        tokens = _shift(tokenize(text), base)
        self._inner = []
        docs, spans = self._documents_and_names(ctx, text, tokens, base)
        abbreviated, spans = self._abbreviated(ctx, tokens, spans)
        spans += abbreviated
        if ctx.language == "en":
            spans = self.localities.english(ctx, tokens, spans)
        self.localities.note(ctx, tokens)
        found, replaced = self.organisations.find(ctx, tokens, sorted(spans, key=lambda s: s.start))
        spans = [s for s in spans if not any(s is r for r in replaced)] + found
        claimed = Coverage(len(ctx.text))
        for s in spans:
            claimed.take(s.start, s.end)
        spans += self.localities.find(ctx, tokens, lambda i: claimed.free(tokens[i].start, tokens[i].end))
        titles, spans = self._reconcile(self._titles(ctx, tokens, spans), spans, tokens)
        taken = Coverage(len(ctx.text))
        for s in spans + titles:
            taken.take(s.start, s.end)
        marks, after_marks = [], set()
        for matcher, kind in ((self.ranks, RANK), (self.honorifics, HONORIFIC)):
            for i, j, value in matcher.find(tokens, free=lambda i: taken.free(tokens[i].start, tokens[i].end)):
                inside_name = kind == HONORIFIC and i > 0 and _name_word(tokens[i - 1]) and tokens[i].capitalised
                if j < len(tokens) and _name_word(tokens[j]) and not inside_name:   # "Đỗ Anh Quân": no "anh" here
                    marks.append(Span(tokens[i].start, tokens[j - 1].end, kind, value, ctx_text(ctx, tokens, i, j)))
                    taken.take(tokens[i].start, tokens[j - 1].end)
                    after_marks.add(j)
        token_starts = [t.start for t in tokens]
        place_tokens = {k for s in spans if s.kind == PLACE
                        for k in range(bisect_left(token_starts, s.start), bisect_left(token_starts, s.end))}
        after_posts = {bisect_left(token_starts, t.end): t.value for t in titles}
        before_posts = {bisect_left(token_starts, t.start) for t in titles}
        after_bodies = {bisect_left(token_starts, s.end) for s in spans if s.kind == ORG}
        people = self._names(ctx, tokens, lambda i: taken.free(tokens[i].start, tokens[i].end), after_marks, after_posts,
                             place_tokens, after_bodies, before_posts, caps=text is not sentence.text)
        named = Coverage(len(ctx.text))
        for p in people:
            named.take(p.start, p.end)
        spans = [s for s in spans if not (s.kind == PLACE and not named.free(s.start, s.start + 1))]
        people += self._pronoun_subject(ctx, tokens, titles, people)
        ends = sorted(p.end for p in people)
        titles = [replace(t, former=True) if self._held_before(ctx, ends, t.start) else t for t in titles]
        all_spans = sorted(spans + titles + marks + people, key=lambda s: (s.start, -s.end))
        dates = find_dates(text, ctx.published)
        dates = [replace(d, start=d.start + base, end=d.end + base) for d in dates]
        view = SentenceView(sentence, text, tokens, all_spans, dates, docs)
        view.index()
        for name in self._inner:
            inner = ctx.lookup(name, "programmes")
            if inner:
                ctx.remember(inner, view)
        return view


_AGENCY_MARK = re.compile(r"\)\s*[-–—]\s")   # after the agency that filed a story, at its lead: "(TTXVN) - "
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvxy])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def _syllable(token: Token) -> bool:
    """Whether a word written without its marks could be a Vietnamese syllable ("Tam", "Nguyen"), as words of an
    English body's name ("Statistics", "Office") cannot."""
    return bool(_SYLLABLE.match(strip_marks(token.text).lower().replace("đ", "d"))) or "'" in token.text


def _name_word(token: Token) -> bool:
    """A syllable of a person's name: a capital, then lower-case letters ("Phớc", "K'Brơi"); not two words run together
    ("NộiTổng": a dateline glued to the lead)."""
    letters = token.text.replace("'", "")
    inner = token.text.split("'")[-1][1:] if "'" in token.text else token.text[1:]
    return token.capitalised and letters.isalpha() and not token.text.isupper() and inner.islower() or (
        len(token.text) == 1 and token.text.isupper())
