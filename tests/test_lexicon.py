"""The knowledge the rules read is data, and it holds together: every lexicon file is read, family names are
checked against place names, every post's written form is one post's, every implied body exists."""

import datetime as dt
import re
from collections import Counter

import pytest

from kg.extract.lexicon import lexicon, vocabulary
from kg.extract.pipeline import extract_text, reader_for
from kg.model import Person, Place
from kg.paths import PACKAGE_DIR
from kg.seeds import load_curated
from kg.text.lexicon import LEXICON_DIR
from kg.text.normalize import match_key

REGISTRY = load_curated()
PROVINCES = [e for e in REGISTRY.entities.values() if isinstance(e, Place) and e.kind in ("province", "city")]


def test_every_lexicon_file_is_read_by_the_code():
    code = " ".join(p.read_text(encoding="utf-8") for p in PACKAGE_DIR.rglob("*.py"))
    for path in LEXICON_DIR.glob("*.yaml"):
        assert f'lexicon("{path.stem}")' in code, path.name


def test_lists_have_no_repeats():
    for name, key in (("people", "surnames"), ("people", "ranks"), ("measures", "count_nouns"), ("page", "section_markers")):
        repeated = [w for w, n in Counter(lexicon(name)[key]).items() if n > 1]
        assert not repeated, (name, key, repeated)


@pytest.mark.parametrize("place", [p for p in PROVINCES if p.label_vi.split()[0] in set(lexicon("people")["surnames"])],
                         ids=lambda p: p.id)
def test_a_place_that_starts_with_a_family_name_is_no_person(place):
    text = (f"Sáng 8/4, tại {place.label_vi}, Thủ tướng Phạm Minh Chính làm việc với UBND tỉnh {place.label_vi} "
            f"và lãnh đạo {place.label_vi}.")
    found = extract_text(text, "t", published=dt.date(2025, 4, 9), registry=REGISTRY)
    entities = {**REGISTRY.entities, **found.knowledge.entities}
    assert {entities[e].label_vi for e in found.mentioned if isinstance(entities.get(e), Person)} == {"Phạm Minh Chính"}


def test_every_written_form_of_a_post_is_one_posts():
    owners: dict[str, set[str]] = {}
    for role in vocabulary().roles.values():
        for form in role.forms_vi + role.forms_en:
            owners.setdefault(match_key(form), set()).add(role.slug)
    assert {form: slugs for form, slugs in owners.items() if len(slugs) > 1} == {}


def test_implied_bodies_exist():
    lex = lexicon("organisations")
    heads = {b["head"] for b in lex["local_bodies"]} | {b["head"] for b in lex["party_bodies"]}
    departments = {f"{lex['department_head']} {d}" for d in lex["department_domains"]}
    vocab = vocabulary()
    for role in vocab.roles.values():
        assert role.implied_org is None or role.implied_org in REGISTRY.entities, role.slug
        assert role.implied_body is None or role.implied_body in heads, role.slug
    gazetteer = reader_for(REGISTRY).gazetteer
    for code, issuer in vocab.issuers.items():
        if issuer.implied_body:
            assert issuer.implied_body in heads | departments | {"Văn phòng Ủy ban nhân dân"}, code
        elif not issuer.body_head:
            assert gazetteer.lookup(issuer.label_vi), f"{code}: '{issuer.label_vi}' names no registry organisation"


def test_document_types_have_their_codes_and_words():
    for doctype in vocabulary().doctypes.values():
        assert doctype.words_vi and doctype.words_en, doctype.slug
        assert doctype.code is None or re.fullmatch(r"[A-ZĐa-z]{1,5}", doctype.code), doctype.slug


def test_abbreviated_posts_and_posts_in_bodies_name_what_exists():
    roles, gazetteer = vocabulary().roles, reader_for(REGISTRY).gazetteer
    heads = {b["head"] for b in lexicon("organisations")["party_bodies"]}
    for post in lexicon("people")["abbreviated_posts"]:
        assert post["post"] in roles, post
        assert "organisation" not in post or gazetteer.lookup(post["organisation"]), post
        assert "body" not in post or post["body"].split()[-2] + " " + post["body"].split()[-1] in heads, post
    for entry in lexicon("organisations")["posts_in_bodies"]:
        assert all(a in roles and b in roles for a, b in entry["posts"].items()), entry


def test_registry_names_are_known_with_their_abbreviations():
    gazetteer = reader_for(REGISTRY).gazetteer
    assert gazetteer.lookup("Đảng ủy Công an T.Ư") == ("dang-uy-cong-an-trung-uong", "organizations")
    assert gazetteer.lookup("Văn phòng TW Đảng") == ("van-phong-trung-uong-dang", "organizations")
