from kg.text.blocks import BODY, BOILERPLATE, CAPTION, DATELINE, TITLE, split_blocks
from kg.text.normalize import fold, match_key, normalize_tones
from kg.text.sentences import split_sentences


def test_tone_placements_match():
    assert match_key("Uỷ ban hoà giải") == match_key("Ủy ban hòa giải")
    assert normalize_tones("khoẻ") == "khỏe"
    assert normalize_tones("quý") == "quý"          # qu- is a consonant: the tone stays
    assert normalize_tones("hoàn thành") == "hoàn thành"  # not word-final: nothing moves


def test_fold_removes_diacritics_and_d_bar():
    assert fold("Ủy ban Quốc gia về Chuyển đổi số") == "uy ban quoc gia ve chuyen doi so"
    assert fold("Đề án 06") == "de an 06"


def test_page_furniture_is_flagged(corpus):
    text = (corpus / "001_156d552f33fde030.txt").read_text(encoding="utf-8")
    blocks = split_blocks(text)

    def kind(prefix):
        return next(b.kind for b in blocks if b.text.startswith(prefix))

    assert kind("Cùng chủ đề") == BOILERPLATE
    assert kind("Tin mới cập nhật") == BOILERPLATE
    assert kind("Trung ương đồng ý") == BOILERPLATE       # a sidebar headline
    assert kind("Thứ ba, 31/01/2023") == DATELINE
    assert kind("Đẩy mạnh thực hiện") == CAPTION          # an image's alt text and caption
    assert split_blocks(text)[0].kind == TITLE


def test_unrelated_headlines_after_the_article_are_not_content(corpus):
    text = (corpus / "004_432e8f2f6d5532e1.txt").read_text(encoding="utf-8")
    body = " ".join(b.text for b in split_blocks(text) if b.kind == BODY)
    assert "18/2008/QH12" not in body and "Napas" not in body
    assert "Cục Tin học hóa" in body


def test_sentences_keep_offsets(corpus):
    text = (corpus / "002_72d7ca7c129b63d3.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert any(s.text.startswith("Theo Quyết định số 1619/QĐ-TTg") and s.text.endswith("thời gian tới.") for s in sentences)
    assert not any(s.text.startswith("3.552") for s in sentences)
