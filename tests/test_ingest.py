"""`kg ingest` and `kg review` as a user runs them: files, folders with a manifest, bad files, dates, conflicts."""

import pytest
from rdflib import Graph, Namespace

from kg.paths import EVAL_DIR
from tests.conftest import run_kg

SCHEMA = Namespace("https://schema.org/")
ARTICLE = ("Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An họp phiên thứ hai\n\n{day}\n\nSáng 8/1, tại thành phố Vinh, Ban Chỉ "
           "đạo chuyển đổi số tỉnh Nghệ An họp phiên thứ hai. Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung chủ trì "
           "phiên họp.\n")


def test_ingest_writes_a_valid_graph(tmp_path):
    out = tmp_path / "x.ttl"
    article = EVAL_DIR / "articles" / "26_tb_vpcp_phien_hop_thu_nam.txt"
    result = run_kg("ingest", str(article), "--out", str(out))
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out, format="turtle")
    assert len(graph) > 200
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary\x00", "Chào".encode("cp1258") + b"\xff\xfe", b"a" * 50_000_001])
def test_ingest_refuses_bad_files(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run_kg("ingest", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


@pytest.mark.parametrize("value", ["", "20250207", "2025-W05-1", "2025-02-30", "7/2/2025"])
def test_published_takes_only_a_calendar_day(tmp_path, value):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE.format(day="Thứ năm"), encoding="utf-8")
    result = run_kg("ingest", str(path), f"--published={value}")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "YYYY-MM-DD" in result.stderr or "no such day" in result.stderr


def test_an_undated_article_asks_for_a_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE.format(day="Thứ năm"), encoding="utf-8")
    result = run_kg("ingest", str(path))
    assert result.returncode == 1 and "--published" in result.stderr and "Traceback" not in result.stderr
    assert run_kg("ingest", str(path), "--published", "2025-01-09").returncode == 0


def test_a_batch_keeps_going_past_a_bad_file_and_keeps_conflicts(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(day="09/01/2025 10:00"), encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Sáng 8/1", "Sáng 7/1").format(day="08/01/2025 18:00"), encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01")
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("file\tpublished\turl\toutlet\nnews/a.txt\t2025-01-09\thttps://example.org/a\tCổng A\n", encoding="utf-8")
    out = tmp_path / "batch.ttl"
    result = run_kg("ingest", str(folder), "--manifest", str(manifest), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "skipped" in result.stderr and "c.txt" in result.stderr and "Traceback" not in result.stderr
    graph = Graph().parse(out, format="turtle")
    assert {str(o) for o in graph.objects(None, SCHEMA.publisher)} >= {"Cổng A"}
    review = run_kg("review", str(out))
    assert review.returncode == 0, review.stderr
    conflicts = review.stdout.split("lookalike")[0]
    assert "2025-01-07" in conflicts and "2025-01-08" in conflicts


def test_review_of_a_missing_file_is_one_line(tmp_path):
    result = run_kg("review", str(tmp_path / "none.ttl"))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1


def test_a_manifests_url_of_a_provincial_outlet_gives_the_province_its_text_leaves_out(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Tin tỉnh\n\n09/01/2025 10:00\n\nSáng 8/1, Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì cuộc họp "
                                  "về chuyển đổi số.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("file\tpublished\turl\toutlet\nnews/a.txt\t2025-01-09\thttps://baoquangninh.vn/tin/a.html\tBáo Quảng Ninh\n",
                        encoding="utf-8")
    out = tmp_path / "batch.ttl"
    result = run_kg("ingest", str(folder), "--manifest", str(manifest), "--out", str(out))
    assert result.returncode == 0, result.stderr
    labels = {str(o) for o in Graph().parse(out, format="turtle").objects(None, None) if getattr(o, "language", None) == "vi"}
    assert "Ủy ban nhân dân tỉnh Quảng Ninh" in labels
