import pytest

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


def test_hard_wrapped_paragraphs_are_rebuilt():
    text = ("THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại phiên họp thứ ba\ncủa Ủy ban Quốc gia về chuyển đổi số\n\n"
            "Ngày 8 tháng 8 năm 2023, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm\n"
            "Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì phiên họp\n"
            "thứ ba của Ủy ban. Tham dự có các Phó Chủ tịch Ủy ban: Phó Thủ tướng Trần\n"
            "Lưu Quang, Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng.\n"
            "1. Năm 2023 là năm dữ liệu số.\n"
            "2. Các bộ, ngành tiếp tục triển khai quyết liệt các nhiệm vụ được giao\n"
            "trong Chương trình chuyển đổi số quốc gia.\n")
    blocks = [b for b in split_blocks(text) if b.kind in (TITLE, BODY)]
    assert [b.text[:12] for b in blocks] == ["Kết luận của", "Ngày 8 tháng", "1. Năm 2023 ", "2. Các bộ, n"]
    assert "Thủ tướng Chính phủ Phạm Minh Chính" in blocks[1].text and "Trần Lưu Quang" in blocks[1].text
    for s in split_sentences(text):
        assert text[s.start:s.end].replace("\n", " ") == s.text


def test_a_two_column_header_is_two_blocks():
    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH BÌNH ĐỊNH                          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 2187/QĐ-UBND               Bình Định, ngày 19 tháng 7 năm 2023\n\nQUYẾT ĐỊNH\n"
            "Phê duyệt Đề án Phát triển hạ tầng số tỉnh Bình Định\n")
    kinds = {b.text: b.kind for b in split_blocks(text)}
    assert kinds["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] == BOILERPLATE
    assert kinds["Bình Định, ngày 19 tháng 7 năm 2023"] == DATELINE
    assert kinds["Số: 2187/QĐ-UBND"] != BOILERPLATE
    assert kinds["Phê duyệt Đề án Phát triển hạ tầng số tỉnh Bình Định"] == TITLE


def test_page_furniture_is_never_the_headline():
    text = ("Bỏ qua nội dung\nĐường dây nóng: 0243 123 4567\nQuảng cáo\nTrang chủ > Chuyển đổi số\n"
            "Tiếng Việt | English\n\nTỉnh Nghệ An sơ kết 18 tháng triển khai Đề án 06\n\n"
            "Ngày 21/7/2023, tại thành phố Vinh, UBND tỉnh tổ chức hội nghị.\n")
    assert next(b.text for b in split_blocks(text) if b.kind == TITLE) == "Tỉnh Nghệ An sơ kết 18 tháng triển khai Đề án 06"


def test_a_byline_stamped_with_the_time_is_no_content_and_a_list_number_stays_with_its_item():
    text = ("Tỉnh triển khai kế hoạch chuyển đổi số\n\nNguyễn An - Lê Bình 13/01/2025 - 10:12\n\n"
            "Mục tiêu năm 2025:\n\n2. Tỷ lệ hồ sơ trực tuyến đạt 80%.\n")
    kinds = {b.text: b.kind for b in split_blocks(text)}
    assert kinds["Nguyễn An - Lê Bình 13/01/2025 - 10:12"] == DATELINE
    assert any(s.text == "2. Tỷ lệ hồ sơ trực tuyến đạt 80%." for s in split_sentences(text))


def test_menus_between_pipes_and_the_masthead_of_the_page_are_furniture():
    text = ("BÁO ĐIỆN TỬ TỈNH | Thời sự | Chuyển đổi số\n\nTỉnh công bố quyết định về công tác cán bộ\n\n"
            "Ngày 2/6/2025, UBND tỉnh công bố quyết định.\n\nCơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh\n"
            "Tổng Biên tập: Nguyễn Văn Bình\nGiấy phép số 12/GP-BTTTT ngày 3/1/2024\n\n"
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    kinds = {b.text: b.kind for b in split_blocks(text)}
    for line in ("BÁO ĐIỆN TỬ TỈNH | Thời sự | Chuyển đổi số", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh",
                 "Tổng Biên tập: Nguyễn Văn Bình", "Giấy phép số 12/GP-BTTTT ngày 3/1/2024"):
        assert kinds[line] == BOILERPLATE, line
    assert kinds["Ngày 2/6/2025, UBND tỉnh công bố quyết định."] == BODY
    assert kinds["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] != BOILERPLATE   # a notice's header, not a menu


def test_a_quarter_in_roman_numerals_ends_its_sentence_and_an_initial_does_not():
    text = ("Tỉnh họp giao ban\n\nChiều 3/4/2025, UBND tỉnh Yên Bái họp giao ban quý I. Dự họp có ông Nguyễn V. Long, "
            "Phó Chủ tịch UBND tỉnh.")
    texts = [s.text for s in split_sentences(text)]
    assert "Chiều 3/4/2025, UBND tỉnh Yên Bái họp giao ban quý I." in texts
    assert "Dự họp có ông Nguyễn V. Long, Phó Chủ tịch UBND tỉnh." in texts


def test_a_word_that_ends_like_an_abbreviation_still_ends_its_sentence():
    sentences = [s.text for s in split_sentences("Tin\n\nKinh tế số chiếm 21% GRDP. Thành phố đứng thứ 2. Ông A sống ở TP. Vinh.")]
    assert sentences[-3:] == ["Kinh tế số chiếm 21% GRDP.", "Thành phố đứng thứ 2.", "Ông A sống ở TP. Vinh."]


def test_a_portals_related_headlines_are_furniture():
    text = ("Tỉnh trao quyết định bổ nhiệm Giám đốc Sở Nội vụ\n\nChiều 1/10, Chủ tịch UBND tỉnh trao quyết định bổ nhiệm.\n\n"
            "CÁC TIN LIÊN QUAN\n› Phó Chủ tịch UBND tỉnh Trần Văn Bình kiểm tra Trung tâm Phục vụ hành chính công (30/9)\n")
    related = next(b for b in split_blocks(text) if b.text.startswith("›"))
    assert related.kind == BOILERPLATE


def test_a_wrapped_line_ending_in_an_abbreviation_or_before_a_number_runs_on():
    text = ("Lang Son council approves digital funding for the\nnext five years\n\n"
            "The council of the northern border province of Lang Son on\nMonday adopted a resolution setting aside funds "
            "for its shared\ndigital platforms over the 2026-2030 period.\n\n"
            "Nong Van Hai, director of the provincial Department of Science and\n"
            "Technology, said the money would follow Resolution No.\n"
            "57-NQ/TW of the Politburo and the Government's Resolution No.\n"
            "71/NQ-CP.\n")
    blocks = [b for b in split_blocks(text) if b.kind == BODY]
    assert blocks[-1].text.startswith("Nong Van Hai") and blocks[-1].text.endswith("Resolution No. 71/NQ-CP.")


@pytest.mark.parametrize("line", [
    "BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng",
    "Lê Hoa (TTXVN)",
    "(c) Copyright VietnamPlus, Vietnam News Agency",
    "VietnamPlus - Vietnam News Agency | Editor-in-chief: Nguyen Hoang Nhat",
])
def test_a_mastheads_motto_an_agencys_byline_and_a_copyright_line_are_furniture(line):
    text = f"{line}\n\nLâm Đồng ký kết hợp tác\n\nSáng 25/5, UBND tỉnh Lâm Đồng và VNPT ký kết thỏa thuận hợp tác.\n"
    assert {b.text: b.kind for b in split_blocks(text)}[line] == BOILERPLATE
