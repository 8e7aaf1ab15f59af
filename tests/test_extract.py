from __future__ import annotations

from quanhe import analyze
from quanhe.model import Document

PAGE = """Trang chủ | Thời sự | Thế giới | Kinh tế | Thể thao
Thế giới > Quan hệ quốc tế
Nhật Bản và Philippines ký hiệp định tiếp cận đối ứng
Thứ Hai, 08/07/2024 - 14:20
Chia sẻ
Bộ trưởng Quốc phòng Nhật Bản Minoru Kihara và Bộ trưởng Quốc phòng Philippines Gilberto Teodoro ngày 8/7 đã ký Hiệp định tiếp cận đối ứng tại Manila, cho phép quân đội hai nước triển khai lực lượng trên lãnh thổ của nhau để huấn luyện và diễn tập chung.
nhat ban va philippines ky hiep dinh
Lễ ký hiệp định tại Manila ngày 8/7. (Ảnh: Reuters)
TIN LIÊN QUAN
nhat ban va philippines ky hiep dinh Trung Quốc phản đối tập trận chung ở Biển Đông
nhat ban va philippines ky hiep dinh Hàn Quốc và Mỹ tổ chức đối thoại chiến lược
Hợp tác quốc phòng được mở rộng
Theo thông cáo của Bộ Quốc phòng Philippines, hiệp định sẽ có hiệu lực sau khi được quốc hội hai nước phê chuẩn. Đây là hiệp định đầu tiên thuộc loại này mà Tokyo ký với một quốc gia châu Á, sau các thỏa thuận tương tự với Australia và Anh.
[Xem thêm: Nhật Bản tăng cường viện trợ cho lực lượng bảo vệ bờ biển khu vực]
Video đang HOT
Hai bên cũng nhất trí tăng cường trao đổi đoàn cấp cao, thúc đẩy hợp tác an ninh hàng hải và chia sẻ thông tin, trong bối cảnh căng thẳng gia tăng ở Biển Đông và biển Hoa Đông.
(Theo Kyodo, Reuters)
Đọc thêm
Mỹ và Ấn Độ ký thỏa thuận hợp tác quốc phòng 10 năm
Mỹ và Ấn Độ ký thỏa thuận hợp tác quốc phòng 10 năm
Ngày 31/10/2025, Bộ trưởng Chiến tranh Mỹ và người đồng cấp Ấn Độ đã ký một thỏa thuận khung về hợp tác quốc phòng có thời hạn 10 năm tại Kuala Lumpur, bên lề hội nghị ASEAN.
Xem nhiều nhất
Iran cảnh báo đáp trả nếu bị tấn công
Triều Tiên phóng tên lửa đạn đạo
Tags: Nhật Bản Philippines quốc phòng
Bình luận (0)
© 2024 Báo Thế Giới. Bản quyền thuộc về tòa soạn.
"""


def _body(doc: Document) -> str:
    return "\n".join(doc.body())


def test_keeps_article_and_captions() -> None:
    doc = analyze(PAGE, "page")
    assert doc.title == "Nhật Bản và Philippines ký hiệp định tiếp cận đối ứng"
    body = _body(doc)
    assert "Minoru Kihara" in body
    assert "Hợp tác quốc phòng được mở rộng" in body  # a heading between paragraphs
    assert "Hai bên cũng nhất trí tăng cường trao đổi đoàn cấp cao" in body
    assert doc.captions() == ["Lễ ký hiệp định tại Manila ngày 8/7. (Ảnh: Reuters)"]


def test_drops_boilerplate() -> None:
    body = _body(analyze(PAGE, "page"))
    for junk in (
        "Trang chủ",
        "Chia sẻ",
        "TIN LIÊN QUAN",
        "Trung Quốc phản đối tập trận",
        "Xem thêm",
        "Video đang HOT",
        "Ấn Độ",
        "Triều Tiên phóng",
        "Tags:",
        "Bình luận",
        "©",
        "nhat ban va",
    ):
        assert junk not in body, junk


def test_dateline_is_page_metadata() -> None:
    doc = analyze(PAGE, "page")
    assert doc.published is not None and doc.published.iso == "2024-07-08"
    assert doc.published_source == "page"


def test_related_blocks_do_not_date_the_article() -> None:
    undated = "\n".join(line for line in PAGE.splitlines() if not line.startswith("Thứ Hai"))
    doc = analyze(undated, "page")
    # the only full date left is in the "Đọc thêm" summary (31/10/2025): it must not count
    assert doc.published is None or doc.published.year < 2025


def test_html_page() -> None:
    paras = "".join(f"<p>{line}</p>" for line in PAGE.splitlines()[5:9])
    html = (
        "<html><head><title>Nhật Bản và Philippines ký hiệp định</title>"
        '<meta property="article:published_time" content="2024-07-08T14:20:00+07:00"></head>'
        "<body><nav><a href='/'>Trang chủ</a><a href='/tg'>Thế giới</a></nav>"
        f"<article><h1>Nhật Bản và Philippines ký hiệp định tiếp cận đối ứng</h1>{paras}</article>"
        "<footer>© 2024 Báo Thế Giới</footer></body></html>"
    )
    doc = analyze(html, "page.html", kind="html")
    assert doc.published is not None and doc.published.iso == "2024-07-08"
    assert doc.published_source == "metadata"
    assert "Minoru Kihara" in _body(doc)
    assert "Trang chủ" not in _body(doc)


WIRE = """Thế giới
Thứ sáu, 14/3/2025, 08:10 (GMT+7)
Ấn Độ và Trung Quốc nối lại các chuyến bay thẳng
Hai nước nhất trí nối lại các chuyến bay thẳng sau gần 5 năm gián đoạn, bước đi mới nhất nhằm cải thiện quan hệ vốn căng thẳng từ sau vụ đụng độ biên giới năm 2020.
Bộ Ngoại giao Ấn Độ hôm 13/3 cho biết hai bên đã thống nhất khôi phục đường bay giữa các thành phố lớn trong mùa hè năm nay, sau cuộc gặp giữa Thứ trưởng Ngoại giao Ấn Độ và Thứ trưởng Ngoại giao Trung Quốc tại New Delhi.
Như Tâm (Theo Reuters)
Copy link
Bình luận
Tin mới
Nga và Belarus tập trận chung gần biên giới Ba Lan
Mỹ tăng thuế với thép nhập khẩu từ Canada
"""


def test_wire_layout_author_and_source_close_the_article() -> None:
    doc = analyze(WIRE, "wire")
    assert doc.title == "Ấn Độ và Trung Quốc nối lại các chuyến bay thẳng"
    body = _body(doc)
    assert "Bộ Ngoại giao Ấn Độ hôm 13/3" in body
    for junk in ("Như Tâm", "Copy link", "Bình luận", "Belarus", "Canada", "GMT+7"):
        assert junk not in body, junk
    assert doc.published is not None and doc.published.iso == "2025-03-14"


def test_inline_read_more_lines_are_dropped_without_ending_the_article() -> None:
    text = (
        "Hàn Quốc và Nhật Bản nối lại đối thoại an ninh\n"
        "Bộ trưởng Quốc phòng Hàn Quốc và người đồng cấp Nhật Bản ngày 2/6 đã hội đàm tại Singapore, nhất trí nối lại "
        "cơ chế đối thoại an ninh bị gián đoạn nhiều năm và tăng cường trao đổi thông tin về Triều Tiên.\n"
        "Xem thêm: Triều Tiên phóng tên lửa đạn đạo ra biển Nhật Bản\n"
        "Hai bên cũng thống nhất sẽ tổ chức cuộc họp cấp thứ trưởng vào cuối năm nay.\n"
    )
    body = _body(analyze(text, "inline"))
    assert "Xem thêm" not in body and "phóng tên lửa" not in body
    assert "cuộc họp cấp thứ trưởng" in body


def test_dateline_in_words_below_a_long_menu() -> None:
    menu = "\n".join(
        [
            "Bỏ qua để tới nội dung chính",
            "Báo Mẫu - Tiếng Việt",
            "Menu",
            "Trang chính",
            "Việt Nam",
            "Thế giới",
            "Kinh tế",
            "Video",
        ]
    )
    page = (
        f"{menu}\nẤn Độ và Pakistan nhất trí ngừng bắn sau bốn ngày giao tranh dữ dội\nTác giả, Ban Quốc tế\n"
        "Thời gian đọc: 4 phút\n10 tháng 5 2025\n"
        "Ấn Độ và Pakistan hôm thứ Bảy đã đồng ý ngừng bắn toàn diện và ngay lập tức, sau bốn ngày giao tranh "
        "bằng tên lửa, máy bay không người lái và pháo binh dọc Ranh giới kiểm soát ở Kashmir.\n"
    )
    doc = analyze(page, "t")
    assert (doc.published.iso if doc.published else None, doc.published_source) == ("2025-05-10", "page")


def test_a_line_with_a_photo_credit_is_a_caption_whatever_its_prefix() -> None:
    page = (
        "Tin thế giới\nPutin thăm Mông Cổ bất chấp lệnh bắt của Tòa án Hình sự Quốc tế\n"
        "[Ảnh] Tổng thống Mông Cổ Ukhnaagiin Khurelsukh đón Tổng thống Nga Vladimir Putin tại quảng trường "
        "Sukhbaatar ngày 3/9. Ảnh: Sputnik\n"
        "Ông Putin đến thủ đô Ulan Bator tối 2/9 trong chuyến thăm đầu tiên tới một nước thành viên của tòa án "
        "kể từ khi tòa ra lệnh bắt giữ ông vào tháng 3/2023.\n"
        "[Ảnh] Toàn cảnh lễ đón Tổng thống Nga tại Ulan Bator\n"
    )
    doc = analyze(page, "t", published="2024-09-04")
    assert doc.captions() and "Khurelsukh" in doc.captions()[0]
    assert all("Toàn cảnh" not in c for c in doc.captions())  # a link to a photo story is not


def test_a_short_sentence_with_a_full_date_is_no_dateline() -> None:
    doc = analyze("Ông Trump gặp ông Putin tại Helsinki ngày 16/7/2018.\n", "t")
    assert doc.published_source != "page"
