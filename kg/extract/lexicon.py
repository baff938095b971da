"""What the rules know, read from data: posts, document types and issuer codes from `ontology/vocab.ttl`
(their labels in both languages, the organisation a post implies, whether one person holds it at a time);
word lists from `seeds/lexicon/*.yaml`. Nothing here is a list of its own.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

import pyoxigraph as ox

from kg.namespaces import ID, SKOS, VDT, VOCAB
from kg.paths import ONTOLOGY_DIR
from kg.text.lexicon import alternatives, lexicon
from kg.text.normalize import match_key

__all__ = ["DocType", "Issuer", "Role", "Vocabulary", "alternatives", "lexicon", "post_in_body", "vocabulary"]


@dataclass(frozen=True)
class Role:
    slug: str
    label_vi: str
    label_en: str
    forms_vi: tuple[str, ...]          # every way Vietnamese writes it, the preferred label first
    forms_en: tuple[str, ...]
    implied_org: str | None            # a registry organisation ("chinh-phu" for a Prime Minister)
    implied_body: str | None           # the head of a provincial body ("Tỉnh ủy" for a Tỉnh ủy viên)
    body_heads: tuple[str, ...]        # the heads of the bodies a bare post may belong to, the one last named ("Ban", "Tổ")
    single: bool                       # one holder at a time in an organisation
    related: tuple[str, ...]           # posts of the same body's leadership (a Vice-chair's: the Chair)


@dataclass(frozen=True)
class DocType:
    slug: str
    label_vi: str
    label_en: str
    code: str | None                   # as written in numbers: QĐ, NQ, TB, …
    words_vi: tuple[str, ...]          # the type word before a number: Quyết định, …
    words_en: tuple[str, ...]          # Decision, …


@dataclass(frozen=True)
class Issuer:
    code: str
    label_vi: str
    label_en: str
    implied_body: str | None           # issued by this body of the province in focus (UBND, VP, TU)
    body_head: str | None              # issued by the body in focus with this head (BCĐ: the steering committee)


@dataclass(frozen=True)
class Vocabulary:
    roles: dict[str, Role]
    doctypes: dict[str, DocType]
    issuers: dict[str, Issuer]
    programme_types_vi: dict[str, str]  # a programme's head word (Đề án, Kế hoạch) → its type slug
    programme_types_en: dict[str, str]  # the same in English (Project, Plan)
    actions: dict[str, str]            # a task's verb as written (chủ trì, trình, …) → its action slug

    @cached_property
    def role_by_form(self) -> dict[str, str]:
        """Every written form of a post (match key) → its role slug."""
        out: dict[str, str] = {}
        for role in self.roles.values():
            for form in role.forms_vi + role.forms_en:
                out.setdefault(match_key(form), role.slug)
        return out


def _literals(store: ox.Store, subject, predicate) -> list[ox.Literal]:
    return [q.object for q in store.quads_for_pattern(subject, predicate, None) if isinstance(q.object, ox.Literal)]


def _by_lang(literals: list[ox.Literal], lang: str) -> list[str]:
    return [lit.value for lit in literals if lit.language == lang]


def _related(store: ox.Store, node: ox.NamedNode, related: ox.NamedNode) -> set[str]:
    """The slugs of the concepts related to a concept, whichever side states it (skos:related is symmetric)."""
    out = {q.object.value for q in store.quads_for_pattern(node, related, None) if isinstance(q.object, ox.NamedNode)}
    out |= {q.subject.value for q in store.quads_for_pattern(None, related, node) if isinstance(q.subject, ox.NamedNode)}
    return {value.rsplit("/", 1)[1] for value in out}


@cache
def vocabulary() -> Vocabulary:
    store = ox.Store()
    store.load(path=str(ONTOLOGY_DIR / "vocab.ttl"), format=ox.RdfFormat.TURTLE)
    pref, alt, notation = (ox.NamedNode(str(SKOS[n])) for n in ("prefLabel", "altLabel", "notation"))
    in_scheme = ox.NamedNode(str(SKOS.inScheme))
    implied_org, implied_body, body_head, single = (
        ox.NamedNode(str(VDT[n])) for n in ("impliedOrganization", "impliedBody", "bodyHead", "singleHolder"))
    related = ox.NamedNode(str(SKOS.related))

    def members(scheme: str) -> Iterator[tuple[ox.NamedNode, str]]:
        node = ox.NamedNode(str(VOCAB[scheme]))
        for quad in store.quads_for_pattern(None, in_scheme, node):
            if isinstance(quad.subject, ox.NamedNode):
                yield quad.subject, quad.subject.value.rsplit("/", 1)[1]

    roles: dict[str, Role] = {}
    for node, slug in members("role"):
        prefs, alts = _literals(store, node, pref), _literals(store, node, alt)
        org = [q.object.value for q in store.quads_for_pattern(node, implied_org, None) if isinstance(q.object, ox.NamedNode)]
        body, head = _literals(store, node, implied_body), _literals(store, node, body_head)
        roles[slug] = Role(
            slug, _by_lang(prefs, "vi")[0], _by_lang(prefs, "en")[0],
            tuple(dict.fromkeys(_by_lang(prefs, "vi") + sorted(_by_lang(alts, "vi")))),
            tuple(dict.fromkeys(_by_lang(prefs, "en") + sorted(_by_lang(alts, "en")))),
            org[0].removeprefix(str(ID)) if org else None, body[0].value if body else None,
            tuple(sorted(lit.value for lit in head)), any(lit.value == "true" for lit in _literals(store, node, single)),
            tuple(sorted(_related(store, node, related))))
    doctypes: dict[str, DocType] = {}
    for node, slug in members("doctype"):
        prefs, alts = _literals(store, node, pref), _literals(store, node, alt)
        code = _literals(store, node, notation)
        doctypes[slug] = DocType(slug, _by_lang(prefs, "vi")[0], _by_lang(prefs, "en")[0], code[0].value if code else None,
                                 tuple(dict.fromkeys(_by_lang(prefs, "vi") + _by_lang(alts, "vi"))),
                                 tuple(dict.fromkeys(_by_lang(prefs, "en") + _by_lang(alts, "en"))))
    issuers: dict[str, Issuer] = {}
    for node, _ in members("issuer"):
        prefs = _literals(store, node, pref)
        written = _literals(store, node, notation)[0].value
        body, head = _literals(store, node, implied_body), _literals(store, node, body_head)
        issuers[written] = Issuer(written, _by_lang(prefs, "vi")[0], _by_lang(prefs, "en")[0], body[0].value if body else None,
                               head[0].value if head else None)
    programme_types = {lang: {label: slug for node, slug in members("programmetype")
                              for label in _by_lang(_literals(store, node, pref) + _literals(store, node, alt), lang)}
                       for lang in ("vi", "en")}
    actions = {label: slug for node, slug in members("action")
               for label in _by_lang(_literals(store, node, pref) + _literals(store, node, alt), "vi")}
    return Vocabulary(roles, doctypes, issuers, programme_types["vi"], programme_types["en"], actions)


@cache
def _posts_in_bodies() -> tuple[tuple[tuple[str, ...], dict[str, str]], ...]:
    return tuple((tuple(match_key(h) + " " for h in entry["heads"]), entry["posts"])
                 for entry in lexicon("organisations")["posts_in_bodies"])


def post_in_body(body_name: str, role: str) -> str:
    """A generic post as the body it is held in names it: the Head of a committee is its Chair, of a working group its
    Tổ trưởng; a member of the Politburo is an Ủy viên (`posts_in_bodies` in seeds/lexicon/organisations.yaml)."""
    name = match_key(body_name) + " "
    for heads, posts in _posts_in_bodies():
        if role in posts and name.startswith(heads):
            return posts[role]
    return role


def english_plural(form: str) -> str:
    """The plural of an English post: "Deputy Secretaries", "Deputy Heads"."""
    return f"{form[:-1]}ies" if form.endswith("y") and form[-2:-1] not in "aeiou" else f"{form}s"
