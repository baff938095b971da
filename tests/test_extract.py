"""Extraction on the sources and on articles it has never seen; ingest's handling of bad files."""

import datetime as dt

import pytest
from rdflib import Graph

from kg.extract.dates import find_dates
from kg.extract.docnumbers import find_document_numbers
from kg.extract.pipeline import extract_text
from kg.extract.merge import fact_key
from kg.paths import EVAL_DIR
from kg.seeds import load_curated
from tests.conftest import run_kg

REGISTRY = load_curated()


@pytest.mark.parametrize("text, number, doctype, issuer, year", [
    ("Theo Quyết định số 1619/QĐ-TTg ngày", "1619/QĐ-TTg", "quyet-dinh", "TTg", None),
    ("bám sát Nghị quyết số 57-NQ/TW của", "57-NQ/TW", "nghi-quyet", "TW", None),
    ("sửa đổi Nghị định số 123/2020/NĐ-CP về", "123/2020/NĐ-CP", "nghi-dinh", "CP", 2020),
    ("Thông báo số 16/TB-VPCP của", "16/TB-VPCP", "thong-bao", "VPCP", None),
    ("Luật số 18/2008/QH12 được", "18/2008/QH12", "luat", "QH", 2008),
    ("chỉ thị số 03/CT-TTg ban hành", "03/CT-TTg", "chi-thi", "TTg", None),
])
def test_document_numbers(text, number, doctype, issuer, year):
    (ref,) = [r for r in find_document_numbers(text) if r.number]
    assert (ref.number, ref.doctype, ref.issuer, ref.year) == (number, doctype, issuer, year)


def test_laws_by_name_and_short_references():
    refs = find_document_numbers("trình Quốc hội thông qua Luật Công nghiệp công nghệ số và triển khai Đề án 06, Nghị quyết 57.")
    assert [r.text for r in refs] == ["Luật Công nghiệp công nghệ số", "Đề án 06", "Nghị quyết 57"]


@pytest.mark.parametrize("text, period, deadline", [
    ("ngày 24/9/2021", "2021-09-24", False), ("24 tháng 9 năm 2021", "2021-09-24", False),
    ("Sáng 27/4, tại", "2022-04-27", False), ("hoàn thành trong quý IV/2025", "2025-Q4", True),
    ("Đến tháng 6/2025", "2025-06", True), ("đến năm 2030", "2030", True), ("trước ngày 15/2", "2022-02-15", True),
])
def test_dates(text, period, deadline):
    (found,) = find_dates(text, dt.date(2022, 4, 28))
    assert (found.period, found.deadline) == (period, deadline)


def test_an_unseen_article_links_to_the_registry_and_mints_the_rest():
    text = (EVAL_DIR / "articles" / "03_thong_bao_ket_luan.txt").read_text(encoding="utf-8")
    found = extract_text(text, "t03", registry=REGISTRY)
    keys = {fact_key(f) for f in found.knowledge.facts}
    assert ("membership", "x-dao-hong-lan", "bo-truong", "bo-y-te") in keys
    assert ("membership", "x-le-thanh-long", "pho-thu-tuong", "chinh-phu") in keys
    assert any(k[0] == "task" and "bo-y-te" in k[2] for k in keys)
    assert "x-thong-bao-so-389-tb-vpcp" in found.knowledge.entities
    assert all(e.method.startswith("rule:") for f in found.knowledge.facts for e in f.evidence)
    assert all(text[e.start:e.end] for f in found.knowledge.facts for e in f.evidence)


def test_ingest_writes_a_valid_graph(tmp_path):
    out = tmp_path / "x.ttl"
    article = EVAL_DIR / "articles" / "02_hoi_nghi_bo_cong_an.txt"
    result = run_kg("ingest", str(article), "--out", str(out))
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out, format="turtle")
    assert len(graph) > 50
    assert (None, None, None) in graph


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary\x00", "Chào".encode("cp1258") + b"\xff\xfe", b"a" * 50_000_001])
def test_ingest_refuses_bad_files(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run_kg("ingest", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


def test_evaluation_numbers_hold(corpus):
    from kg.evaluate import evaluate_own, evaluate_sources

    for scores in (evaluate_sources(REGISTRY, corpus), evaluate_own(REGISTRY, EVAL_DIR)):
        tp, predicted, gold = (sum(v[i] for v in scores.values()) for i in range(3))
        assert tp / predicted >= 0.6 and tp / gold >= 0.5
