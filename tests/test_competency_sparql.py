"""The competency questions as SPARQL over the built graph, with the answers the articles give."""

import pytest

from tests import ROOT
from tests.competency import CQ, CQ_CONTAINS, as_rows

QUERIES = ROOT / "kg" / "queries"


@pytest.mark.parametrize("name", sorted(CQ))
def test_exact_answer(store, name):
    columns, expected = CQ[name]
    rows = store.select((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    assert as_rows(rows, columns) == expected


@pytest.mark.parametrize("name", sorted(CQ_CONTAINS))
def test_answer_contains(store, name):
    columns, expected = CQ_CONTAINS[name]
    rows = store.select((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    assert expected <= as_rows(rows, columns)


def test_cq15_paths_between_public_security_and_resolution_57(store):
    rows = store.select((QUERIES / "cq15_mps_to_resolution_57.rq").read_text(encoding="utf-8"))
    via = {(r["via1"].rsplit("/", 1)[1], r["via2"].rsplit("/", 1)[1]) for r in rows}
    assert ("t-2025-an-toan-thong-tin", "hoi-nghi-2025-02-06") in via
