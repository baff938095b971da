"""The registry's ministries and province-level units, before and after the 2025 reorganisation."""

import datetime as dt
from collections import defaultdict

import pytest
import yaml
from rdflib import Literal
from rdflib.namespace import DCTERMS

from kg.errors import InputError
from kg.extract.pipeline import gazetteer_for
from kg.model import ENTITY_MODELS, LegalDocument, Organization, Place
from kg.namespaces import ID, SCHEMA, VDT
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.shacl import validate
from kg.seeds import load_curated, registry_files
from kg.text.normalize import fold

CURATED = load_curated()
ENTITIES = CURATED.entities

# the last day under the old structure, and the first under the new
GOVERNMENT_BEFORE, GOVERNMENT_AFTER = dt.date(2025, 2, 28), dt.date(2025, 3, 1)    # Nghị quyết 176/2025/QH15
PROVINCES_BEFORE, PROVINCES_AFTER = dt.date(2025, 6, 11), dt.date(2025, 6, 12)     # Nghị quyết 202/2025/QH15


def government(kinds=("ministry", "ministerial-agency")) -> list[Organization]:
    return [e for e in ENTITIES.values() if isinstance(e, Organization) and e.kind in kinds]


def province_level(kinds=("province", "city")) -> list[Place]:
    return [e for e in ENTITIES.values() if isinstance(e, Place) and e.kind in kinds]


def existing_on(entities, day: dt.date) -> set[str]:
    return {e.id for e in entities
            if (e.founded is None or e.founded <= day) and (e.dissolved is None or day < e.dissolved)}


@pytest.mark.parametrize("kinds, before, after", [
    (("ministry",), 18, 14), (("ministerial-agency",), 4, 3), (("ministry", "ministerial-agency"), 22, 17)])
def test_the_government_before_and_after_1_march_2025(kinds, before, after):
    bodies = government(kinds)
    assert len(existing_on(bodies, GOVERNMENT_BEFORE)) == before
    assert len(existing_on(bodies, GOVERNMENT_AFTER)) == after
    assert all(e.parent == "chinh-phu" for e in bodies)


@pytest.mark.parametrize("kinds, before, after", [
    (("province", "city"), 63, 34), (("city",), 6, 6), (("province",), 57, 28)])
def test_province_level_units_before_and_after_12_june_2025(kinds, before, after):
    units = province_level(kinds)
    assert len(existing_on(units, PROVINCES_BEFORE)) == before
    assert len(existing_on(units, PROVINCES_AFTER)) == after


def test_the_2025_mergers_as_decided():
    successor = {e.id: e.replaced_by for e in government() if e.replaced_by}
    assert successor == {
        "bo-ke-hoach-va-dau-tu": "bo-tai-chinh", "bo-thong-tin-va-truyen-thong": "bo-khoa-hoc-va-cong-nghe",
        "bo-giao-thong-van-tai": "bo-xay-dung", "bo-lao-dong-thuong-binh-va-xa-hoi": "bo-noi-vu",
        "bo-tai-nguyen-va-moi-truong": "bo-nong-nghiep-va-moi-truong",
        "bo-nong-nghiep-va-phat-trien-nong-thon": "bo-nong-nghiep-va-moi-truong",
        "uy-ban-dan-toc": "bo-dan-toc-va-ton-giao"}
    absorbed = defaultdict(set)
    for unit in province_level():
        if unit.replaced_by:
            absorbed[unit.replaced_by].add(unit.id)
    assert len(absorbed) == 23 and sum(map(len, absorbed.values())) == 29
    assert absorbed["tuyen-quang"] == {"ha-giang"}
    assert absorbed["tay-ninh"] == {"long-an"}
    assert absorbed["tp-ho-chi-minh"] == {"binh-duong", "ba-ria-vung-tau"}
    assert absorbed["phu-tho"] == {"vinh-phuc", "hoa-binh"}
    untouched = existing_on(province_level(), PROVINCES_AFTER) - set(absorbed)
    assert len(untouched) == 11 and {"tp-ha-noi", "thua-thien-hue", "cao-bang"} <= untouched


def test_every_replaced_unit_points_to_an_existing_successor_and_its_deciding_document():
    replaced = [e for e in ENTITIES.values() if isinstance(e, (Organization, Place)) and e.replaced_by]
    assert len(replaced) == 7 + 29
    for entity in replaced:
        successor = ENTITIES[entity.replaced_by]
        assert type(successor) is type(entity) and successor.kind != "country", entity.id
        assert entity.replaced_by in existing_on([successor], entity.dissolved), entity.id
        decision = ENTITIES[entity.replaced_under]
        assert isinstance(decision, LegalDocument) and decision.number and decision.date, entity.id
        assert decision.date <= entity.dissolved, entity.id
    assert {e.replaced_under for e in replaced} == {"nq-176-2025-qh15", "nq-202-2025-qh15"}
    assert (ENTITIES["nq-176-2025-qh15"].date, ENTITIES["nq-202-2025-qh15"].date) == (
        dt.date(2025, 2, 18), dt.date(2025, 6, 12))


def test_every_body_founded_in_2025_points_to_its_deciding_document():
    founded = [e for e in government() if e.founded]
    assert {e.id for e in founded} == {"bo-nong-nghiep-va-moi-truong", "bo-dan-toc-va-ton-giao"}
    assert all(e.founded == GOVERNMENT_AFTER and e.founded_under == "nq-176-2025-qh15" for e in founded)


@pytest.mark.parametrize("section", ["organizations", "places"])
def test_no_two_entities_of_one_kind_share_a_folded_name(section):
    model = ENTITY_MODELS[section]
    owners = defaultdict(set)
    for entity in ENTITIES.values():
        if type(entity) is model:
            for name in [entity.label_vi, entity.label_en, *entity.alt]:
                if name:
                    owners[fold(name)].add(entity.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_no_name_is_a_piece_of_another_cut_at_its_comma():
    """A YAML list cuts an unquoted name at its commas ("Ủy ban Khoa học, Công nghệ và Môi trường" would give "Ủy ban
    Khoa học" and "Công nghệ và Môi trường"): a name written with a comma is quoted."""
    pieces = []
    for entity in ENTITIES.values():
        names = [n for n in (entity.label_vi, getattr(entity, "label_en", None), *getattr(entity, "alt", [])) if n]
        pieces += [(entity.id, a, b) for a, b in zip(names, names[1:]) if any(f"{a}, {b}" in n for n in names)]
    assert pieces == []
    assert gazetteer_for(CURATED).find("Vụ Khoa học, Công nghệ và Môi trường của Bộ Giáo dục và Đào tạo")[0].entity_id \
        == "bo-giao-duc-va-dao-tao"   # no piece of the committee's name


@pytest.mark.parametrize("written, entity_id", [
    ("Ủy ban Khoa học, Công nghệ và Môi trường", "uy-ban-khcn-mt-quoc-hoi"), ("Bộ TT&TT", "bo-thong-tin-va-truyen-thong"), ("MIC", "bo-thong-tin-va-truyen-thong"),
    ("Bộ KH&CN", "bo-khoa-hoc-va-cong-nghe"), ("Bộ KH&ĐT", "bo-ke-hoach-va-dau-tu"),
    ("Bộ LĐ-TB&XH", "bo-lao-dong-thuong-binh-va-xa-hoi"), ("Bộ NN&PTNT", "bo-nong-nghiep-va-phat-trien-nong-thon"),
    ("Bộ TN&MT", "bo-tai-nguyen-va-moi-truong"), ("NHNN", "ngan-hang-nha-nuoc-viet-nam"),
    ("Bộ Nông nghiệp và Môi trường", "bo-nong-nghiep-va-moi-truong"), ("Ủy ban Dân tộc", "uy-ban-dan-toc"),
    ("Ministry of Home Affairs", "bo-noi-vu"), ("TP.HCM", "tp-ho-chi-minh"), ("TP Hải Phòng", "tp-hai-phong"),
    ("thành phố Hà Nội", "tp-ha-noi"), ("tỉnh Thừa Thiên Huế", "thua-thien-hue"), ("Huế", "thua-thien-hue"),
    ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"), ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"),
    ("tỉnh Hoà Bình", "hoa-binh"), ("Đắk Lắk", "dak-lak"), ("Dak Lak", "dak-lak"),
])
def test_news_forms_link_to_the_registry(written, entity_id):
    (mention,) = gazetteer_for(CURATED).find(f"Theo {written}, ngày 2/7.")
    assert (mention.text, mention.entity_id) == (written, entity_id)


def test_ids_that_facts_rely_on_stay():
    for key in ("bo-cong-an", "bo-tai-chinh", "bo-thong-tin-va-truyen-thong", "bo-quoc-phong", "bo-y-te",
                "bo-cong-thuong", "bo-giao-duc-va-dao-tao", "van-phong-chinh-phu", "long-an", "tay-ninh",
                "tp-ho-chi-minh", "da-nang", "thua-thien-hue", "ben-tre", "ha-giang", "ninh-thuan", "soc-trang",
                "lao-cai", "binh-dinh", "viet-nam"):
        assert key in ENTITIES, key
    assert ENTITIES["viet-nam"].kind == "country"


def test_each_file_names_its_sources_in_its_opening_comment():
    for path in registry_files():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#"), path.name
        opening = text[:text.index("\n\n")]
        ids = {raw["id"] for section in yaml.safe_load(text).values() for raw in section}
        decisions = {getattr(ENTITIES[i], name) for i in ids for name in ("replaced_under", "founded_under")
                     if getattr(ENTITIES[i], name, None)}
        for decision in decisions:
            assert ENTITIES[decision].number in opening, (path.name, decision)


def test_the_registry_builds_and_conforms():
    assert validate(union_graph(build_dataset(CURATED))) == []


def test_the_shapes_catch_a_broken_succession():
    graph = union_graph(build_dataset(CURATED))
    graph.remove((ID["long-an"], SCHEMA.dissolutionDate, None))
    graph.add((ID["bo-noi-vu"], SCHEMA.foundingDate, Literal(dt.date(2025, 7, 1))))
    graph.set((ID["da-nang"], VDT.placeKind, Literal("country")))
    graph.add((ID["binh-duong"], DCTERMS.isReplacedBy, ID["bo-tai-chinh"]))
    focus = {(v.focus.rsplit("/", 1)[1], v.message or v.path) for v in validate(graph)}
    assert ("long-an", "a replaced entity needs its dissolution date and the document that decided it") in focus
    assert ("bo-lao-dong-thuong-binh-va-xa-hoi", "the successor must exist on the day this entity ends") in focus
    assert {f for f, _ in focus} == {"long-an", "bo-lao-dong-thuong-binh-va-xa-hoi", "da-nang", "binh-duong"}


def test_a_replaced_unit_without_its_decision_is_refused(tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "sources.yaml").write_text("sources: []\n", encoding="utf-8")
    (tmp_path / "facts.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "registry" / "places.yaml").write_text(
        "places:\n  - {id: an, label_vi: An}\n  - {id: bo, label_vi: Bo, dissolved: 2025-06-12, replaced_by: an}\n",
        encoding="utf-8")
    with pytest.raises(InputError, match=r"places\.yaml:3: bo: .*replaced_under"):
        load_curated(tmp_path)
