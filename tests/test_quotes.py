from __future__ import annotations

from quanhe import analyze
from quanhe.stages.quotes import scored

TEXT = """Ngoại trưởng Mỹ Rex Tillerson ngày 1/8 phát biểu tại Washington về quan hệ với Nga.
Trong bài phát biểu, người đứng đầu Bộ Ngoại giao Mỹ tuyên bố: “Quan hệ giữa hai nước đang ở mức thấp nhất kể từ sau Chiến tranh Lạnh và có thể còn xấu hơn nữa”.
Ông cũng cho biết: “Chúng tôi vẫn để ngỏ mọi kênh đối thoại với Moscow, vì đó là lợi ích của cả hai dân tộc chúng ta.
Tôi tin rằng các nhà ngoại giao sẽ tìm ra giải pháp cho những bất đồng hiện nay”.
“Washington cần hiểu rằng mọi biện pháp trừng phạt mới đều sẽ nhận được sự đáp trả tương xứng từ phía chúng tôi”, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova nói.
Một nguồn tin giấu tên cho biết: “Cuộc gặp giữa hai ngoại trưởng có thể diễn ra tại Manila vào cuối tuần này”.
Bộ Ngoại giao Nga cho rằng đó là “một bước đi thiếu thân thiện”.
"""


def test_quote_speakers() -> None:
    doc = analyze(TEXT, "q", published="2017-08-02")
    by_start = {q.text[:20]: q for q in doc.quotes}
    role = by_start["Quan hệ giữa hai nướ"]
    assert role.speaker == "Rex Tillerson" and role.speaker_kind == "person"  # role title resolved on the date
    pron = by_start["Chúng tôi vẫn để ngỏ"]
    assert pron.speaker == "Rex Tillerson"  # "Ông" refers back to the last named person
    assert "Tôi tin rằng" in pron.text  # one quote over two paragraphs
    after = by_start["Washington cần hiểu "]
    assert after.speaker == "Maria Zakharova"  # speaker after the quote
    unnamed = by_start["Cuộc gặp giữa hai ng"]
    assert unnamed.speaker is None and not scored(unnamed)
    short = by_start["một bước đi thiếu th"]
    assert not scored(short)  # an institution's short phrase is not a scored quote
    assert sum(scored(q) for q in doc.quotes) == 3


def test_pronoun_after_a_role_title_is_the_office_holder() -> None:
    text = (
        "Người đứng đầu Lầu Năm Góc cho biết Washington sẽ tiếp tục hỗ trợ Kiev.\n"
        "Ông nhấn mạnh: “Chúng tôi sẽ đứng về phía Ukraine chừng nào còn cần thiết và không ai có thể thay đổi điều đó”."
    )
    doc = analyze(text, "q", published="2022-12-19")
    assert [q.speaker for q in doc.quotes if scored(q)] == ["Lloyd Austin"]
    # the quotation speaks in the first person: its actor is the speaker's state
    assert ("USA", "UKR") in {(e.source.code, e.target.code) for e in doc.events}


def test_speaker_named_after_the_quote_with_theo() -> None:
    text = "“Chúng tôi sẽ không chấp nhận bất kỳ sự can thiệp nào vào công việc nội bộ của mình”, theo lời Ngoại trưởng Nga Sergei Lavrov."
    doc = analyze(text, "q", published="2024-05-02")
    assert [q.speaker for q in doc.quotes if scored(q)] == ["Sergei Lavrov"]


def test_speaker_after_the_quote_by_surname_is_the_person_named_earlier() -> None:
    text = (
        "Chủ tịch Hạ viện Mỹ Nancy Pelosi tới Đài Bắc tối 2/8. Bà là quan chức Mỹ cấp cao nhất thăm hòn đảo kể từ "
        "chuyến đi của Chủ tịch Hạ viện Newt Gingrich năm 1997. “Phái đoàn chúng tôi đến đây để khẳng định rằng Mỹ "
        "sẽ không từ bỏ cam kết đối với Đài Loan”, bà Pelosi nói.\n"
        "Bộ trưởng Thủy lợi Ethiopia Seleshi Bekele bác bỏ vai trò của Hội đồng Bảo an. “Đây là vấn đề phát triển, "
        "không phải vấn đề an ninh, và không thuộc thẩm quyền của Hội đồng”, ông Seleshi nói."
    )
    doc = analyze(text, "q", published="2022-08-03")
    speakers = {q.text[:12]: (q.speaker, q.speaker_code) for q in doc.quotes if scored(q)}
    assert speakers["Phái đoàn ch"] == ("Nancy Pelosi", "USA")
    assert speakers["Đây là vấn đ"][0] == "Seleshi Bekele"


def test_speaker_named_in_the_order_the_article_writes_and_after_an_organisation() -> None:
    text = (
        "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Suga Yoshihide hôm qua đã hội đàm tại Hà Nội. “Việt Nam "
        "là đối tác có vai trò then chốt trong việc hiện thực hóa tầm nhìn khu vực tự do và rộng mở”, Thủ tướng "
        "Suga nói.\n"
        "Phó Thủ tướng Nga Dmitry Rogozin từng cảnh báo Moldova. Trong khi đó, Ủy viên Thương mại EU Karel De Gucht "
        "cho biết Brussels sẵn sàng hỗ trợ.\n"
        "“Chúng tôi sẽ không để Moldova đơn độc trước những sức ép kinh tế chỉ vì lựa chọn châu Âu”, ông nói."
    )
    doc = analyze(text, "q", published="2020-10-20")
    speakers = {q.text[:10]: q.speaker for q in doc.quotes if scored(q)}
    assert speakers["Việt Nam l"] == "Suga Yoshihide"
    assert speakers["Chúng tôi "] == "Karel De Gucht"


def test_speaker_written_as_the_article_writes_the_name() -> None:
    text = (
        "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdoğan phát biểu tại Ankara. “Chiến dịch này nhằm vào các nhóm khủng "
        "bố đe dọa an ninh biên giới của chúng tôi”, ông Erdoğan nói."
    )
    doc = analyze(text, "q", published="2016-08-26")
    assert [q.speaker for q in doc.quotes if scored(q)] == ["Recep Tayyip Erdoğan"]
