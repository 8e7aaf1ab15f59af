"""Who acts on whom: argument rules that cut across patterns, on sentences written in the
style of Vietnamese wire reports."""

from __future__ import annotations

import pytest

from quanhe import analyze


def _events(text: str, date: str = "2024-06-15") -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo[:2]) for e in analyze(text, "t", published=date).events}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a reaction with no object answers whoever acted just before
        (
            "Triều Tiên hôm 3/6 phóng tên lửa đạn đạo ra vùng biển phía đông. Nhật Bản phản đối mạnh mẽ.",
            ("JPN", "PRK", "11"),
            None,
        ),
        (
            "Nga mở cuộc tấn công vào Ukraine rạng sáng 24/2. Mỹ và EU lên án hành động này.",
            ("EU", "RUS", "11"),
            None,
        ),
        (
            "Lực lượng Houthi tập kích tàu hàng ở Biển Đỏ, Mỹ lập tức lên án.",
            ("USA", "HOUTHI", "11"),
            None,
        ),
        # ...but not a concern about a topic, nor a noun ("sự phản đối")
        (
            "Trung Quốc điều tàu tới bãi Cỏ Mây. Các ngoại trưởng G7 bày tỏ quan ngại về tình hình Biển Đông.",
            None,
            ("G7", "CHN", "11"),
        ),
        (
            "Ông Trump muốn cải thiện quan hệ với Nga, nhưng vấp phải sự phản đối từ các đồng minh NATO.",
            None,
            ("NATO", "USA", "11"),
        ),
        # an actor after a comma and before a verb opens a clause: it is no object
        (
            "Triều Tiên phóng tên lửa đạn đạo ra vùng biển phía đông, Nhật Bản phản đối mạnh mẽ.",
            ("JPN", "PRK", "11"),
            ("PRK", "JPN", "15"),
        ),
        (
            "Ngoại trưởng Mỹ Antony Blinken gặp người đồng cấp Trung Quốc Vương Nghị, Nga lên tiếng chỉ trích.",
            ("USA", "CHN", "04"),
            ("USA", "RUS", "04"),
        ),
        # "hai nhà lãnh đạo" are the last two leaders named, whatever the article is about
        (
            "Philippines phản đối Trung Quốc. Tổng thống Hàn Quốc Yoon Suk Yeol và Thủ tướng Nhật Bản Fumio "
            "Kishida đã hội đàm tại Tokyo hôm 16/3. Hai nhà lãnh đạo nhất trí khôi phục cơ chế đối thoại an ninh.",
            ("KOR", "JPN", "03"),
            ("PHL", "CHN", "03"),
        ),
        # two acts joined by "và": the first is no mere introduction of the second
        (
            "Bắc Kinh bác bỏ cáo buộc của Manila và yêu cầu Philippines rút tàu khỏi khu vực.",
            ("CHN", "PHL", "01"),
            None,
        ),
        # Vietnamese press leaves Vietnam unsaid: a bare title and a Vietnamese name
        (
            "Phó Thủ tướng Trần Lưu Quang tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội.",
            ("VNM", "JPN", "04"),
            None,
        ),
        # ...but not in an article where Vietnam plays no part
        (
            "Bộ trưởng Vương Văn Đào gặp Đại sứ Nhật Bản tại Bắc Kinh.",
            None,
            ("VNM", "JPN", "04"),
        ),
        # suspending an agreement reduces relations
        (
            "Hàn Quốc đình chỉ toàn bộ thỏa thuận quân sự với Triều Tiên.",
            ("KOR", "PRK", "16"),
            None,
        ),
        # what a threat threatens is no event of its own
        (
            "Tổng thống Thổ Nhĩ Kỳ Erdogan đe dọa sẽ phong tỏa việc Phần Lan gia nhập NATO.",
            ("TUR", "FIN", "13"),
            ("FIN", "NATO", "03"),
        ),
        # a list of targets: one event each
        (
            "Venezuela đã trục xuất các nhà ngoại giao của Argentina, Chile và Peru.",
            ("VEN", "CHL", "16"),
            None,
        ),
        (
            "Venezuela đã trục xuất các nhà ngoại giao của Argentina, Chile và Peru.",
            ("VEN", "ARG", "16"),
            None,
        ),
        # ...but a fronted phrase ending in a comma is no list of subjects
        (
            "Với hy vọng xoa dịu Tổng thống Donald Trump, Mexico áp thuế quan lên hàng hóa Trung Quốc.",
            ("MEX", "CHN", "16"),
            ("USA", "CHN", "16"),
        ),
        # a country in brackets after a place name is a place, and so is a list of places
        (
            "Mỹ và Nga hoàn tất cuộc trao đổi tù nhân tại sân bay Ankara (Thổ Nhĩ Kỳ), với 26 người "
            "được trả tự do từ các nhà tù ở Nga, Belarus, Đức và Na Uy.",
            ("USA", "RUS", "08"),
            ("TUR", "BLR", "08"),
        ),
        # what talks are about is no act
        (
            "Ngoại trưởng Mỹ Antony Blinken điện đàm với người đồng cấp Ấn Độ về hợp tác quốc phòng.",
            ("USA", "IND", "04"),
            ("USA", "IND", "06"),
        ),
        # "hai ngoại trưởng Mỹ và Ấn Độ": the names say who, not the last leaders named
        (
            "Tổng thống Biden sẽ tiếp người đồng cấp Kenya William Ruto. Trong cuộc điện đàm hôm 5/6, "
            "hai ngoại trưởng Mỹ và Ấn Độ đã thảo luận về an ninh khu vực.",
            ("USA", "IND", "04"),
            ("USA", "KEN", "04"),
        ),
        # "ông" after a person named earlier in the same sentence is that person, not the
        # last person of the sentence before
        (
            "Thủ tướng Pakistan Imran Khan kêu gọi đối thoại. Ngoại trưởng Mỹ Mike Pompeo cho biết hôm 27/2 "
            "ông đã điện đàm với Ngoại trưởng Ấn Độ Sushma Swaraj.",
            ("USA", "IND", "04"),
            ("PAK", "IND", "04"),
        ),
        # ...and the sentence's subject rather than its object
        (
            "Tổng thống Mỹ Joe Biden phát biểu tại Nhà Trắng. Ông cho biết muốn gặp Tổng thống Nga Vladimir "
            "Putin, như đề xuất ông đưa ra trong cuộc điện đàm với người đồng cấp Nga hôm 13/4.",
            ("USA", "RUS", "04"),
            None,
        ),
        # what is received comes from the giver
        (
            "Israel hiện nhận khoảng 3,8 tỷ USD viện trợ quân sự mỗi năm từ Mỹ.",
            ("USA", "ISR", "07"),
            ("ISR", "USA", "07"),
        ),
        (
            "Tổng thống Mexico Claudia Sheinbaum triển khai 10.000 quân tới biên giới và tiếp nhận thông tin "
            "tình báo từ CIA để bắt giữ các trùm ma túy.",
            ("USA", "MEX", "06"),
            ("MEX", "USA", "06"),
        ),
        # the means a subject sends is not the subject of the next verb
        (
            "Cùng ngày, không quân Thái Lan điều sáu chiến đấu cơ F-16 không kích các mục tiêu quân sự của Campuchia.",
            ("THA", "KHM", "19"),
            None,
        ),
        # a reaction to an act named as a noun, or to "đây"
        (
            "Iran tấn công Israel bằng hàng trăm UAV. Thủ tướng Anh Rishi Sunak lên án cuộc tấn công là liều lĩnh.",
            ("GBR", "IRN", "11"),
            None,
        ),
        (
            "Thái Lan không kích các mục tiêu quân sự của Campuchia. Phnom Penh lên án đây là hành động xâm lược.",
            ("KHM", "THA", "11"),
            None,
        ),
        # an apposition between commas describes the subject, who acts for his own state
        (
            "Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch ASEAN năm 2025, kêu gọi Thái Lan và Campuchia ngừng bắn.",
            ("MYS", "THA", "02"),
            ("ASEAN", "THA", "02"),
        ),
        # a meeting that "sẽ diễn ra" is an intention
        (
            "Tổng thống Mỹ cho biết cuộc gặp giữa ông và nhà lãnh đạo Triều Tiên Kim Jong-un sẽ diễn ra trong tháng 5.",
            ("USA", "PRK", "03"),
            ("USA", "PRK", "04"),
        ),
        # a verb chained after a future one with "trước khi" is future too
        (
            "Thủ tướng Nhật Bản Ishiba Shigeru sẽ hội kiến Tổng Bí thư Tô Lâm trước khi rời Hà Nội, tiếp tục "
            "chuyến công du tới Philippines.",
            ("JPN", "PHL", "03"),
            ("JPN", "PHL", "04"),
        ),
        # a framework or an agreement named after a place is no actor
        (
            "Hai bên cam kết đàm phán thực chất trong khuôn khổ Nhóm Minsk của OSCE.",
            None,
            ("ARM", "OSCE", "03"),
        ),
        # a list of objects runs on past "để"
        (
            "Cũng trong ngày 14/4, Bộ Ngoại giao Iran triệu tập đại sứ Anh, Pháp và Đức để phản đối.",
            ("IRN", "DEU", "11"),
            None,
        ),
        # a condemnation answers the last hostile act, even a few sentences back
        (
            "Triều Tiên sáng 29/8 phóng tên lửa đạn đạo bay qua Nhật Bản. Tên lửa rơi xuống Thái Bình Dương. "
            "Hội đồng Bảo an Liên hợp quốc đã họp khẩn và thông qua tuyên bố lên án mạnh mẽ vụ phóng.",
            ("UN", "PRK", "11"),
            None,
        ),
        # a threat of what the threatener will do answers the last hostile act
        (
            "Rạng sáng 26/2, chiến đấu cơ của Ấn Độ không kích một trại huấn luyện ở Balakot. Người phát ngôn "
            "quân đội Pakistan, Thiếu tướng Asif Ghafoor, cùng ngày cảnh báo Islamabad sẽ đáp trả.",
            ("PAK", "IND", "13"),
            None,
        ),
        # ...not "đe dọa" in the sense of endangering something
        (
            "Nga tấn công Ukraine. Các đồng minh NATO lo ngại sự xích lại gần giữa Washington và Moscow, đồng "
            "thời đe dọa đến an ninh khu vực.",
            None,
            ("NATO", "RUS", "13"),
        ),
        # "theo đề nghị của X": X asked the clause's subject
        (
            "Hội đồng Bảo an Liên hợp quốc hôm thứ Năm đã họp về Đập Đại Phục hưng Ethiopia theo đề nghị của Ai Cập.",
            ("EGY", "UN", "02"),
            ("EGY", "ETH", "02"),
        ),
        # a mutual act takes its partner from "với" or right after the verb, not farther on
        (
            "Hôm Chủ nhật, các nhà lãnh đạo G7 họp trực tuyến và cho biết sẵn sàng áp thêm trừng phạt đối với Iran.",
            None,
            ("G7", "IRN", "04"),
        ),
        (
            "Ngày 20/8, Tổng Bí thư, Chủ tịch nước Tô Lâm sẽ hội kiến Thủ tướng Quốc vụ viện Trung Quốc Lý Cường.",
            ("VNM", "CHN", "03"),
            None,
        ),
        # a condemnation that names the act answers that act, not the one after it
        (
            "Triều Tiên sáng 29/8 phóng tên lửa đạn đạo bay qua Nhật Bản. Hàn Quốc sau đó tổ chức tập trận ném bom "
            "nhằm vào Triều Tiên. Hội đồng Bảo an đã họp khẩn và ra tuyên bố lên án mạnh mẽ vụ phóng.",
            ("UN", "PRK", "11"),
            ("UN", "KOR", "11"),
        ),
        # Vietnamese press leaves its own fishermen unnamed; the owner of a ship acts
        (
            "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết ngày 2/4, tàu hải cảnh số hiệu 4301 của Trung "
            "Quốc đã đâm vào tàu cá QNg 90617 TS cùng 8 ngư dân khi đang hoạt động tại vùng biển quần đảo Hoàng Sa.",
            ("CHN", "VNM", "17"),
            None,
        ),
        # an answer to reporters is no journalist's opinion; a noun in quotation marks is a noun
        (
            "Phát ngôn viên chính phủ Đức vừa trả lời các nhà báo tại Berlin và nói hành vi ‘bắt cóc trắng trợn’ "
            "tại Đức của an ninh Việt Nam là không thể chấp nhận được.",
            None,
            ("DEU", "VNM", "18"),
        ),
        # told from Vietnam's side, "Bộ Ngoại giao" is Vietnam's own ministry
        (
            "Ngày 2/4, tàu hải cảnh Trung Quốc đâm chìm tàu cá của ngư dân Việt Nam gần Hoàng Sa. Ngày 3/4, Bộ "
            "Ngoại giao đã trao công hàm phản đối cho Đại sứ quán Trung Quốc tại Hà Nội.",
            ("VNM", "CHN", "11"),
            None,
        ),
        # ...but not a named government ("Chính phủ Công đảng")
        (
            "Thủ tướng Phạm Minh Chính gặp Thủ tướng Australia Anthony Albanese, đánh giá cao thành tựu phát triển "
            "đất nước của Chính phủ Công đảng thời gian qua.",
            None,
            ("AUS", "VNM", "05"),
        ),
        # "do X hậu thuẫn": X backs the noun before "do"
        (
            "Các nhóm phiến quân Quân đội Syria Tự do (FSA) do Ankara hậu thuẫn đã đánh bật IS khỏi Jarablus.",
            ("TUR", "FSA", "05"),
            ("TUR", "ISIS", "05"),
        ),
        # "giữa ông X và Y": an honorific does not hide "giữa"; ", bởi X" is "because"
        (
            "Quan hệ Nga - Thổ vừa ấm lại sau cuộc gặp giữa ông Erdoğan và Tổng thống Nga Vladimir Putin ngày 9/8.",
            ("TUR", "RUS", "04"),
            None,
        ),
        (
            "Quan hệ Mỹ - Thổ Nhĩ Kỳ đang căng thẳng, bởi Ankara liên tục yêu cầu Washington dẫn độ giáo sĩ Gülen.",
            ("TUR", "USA", "10"),
            None,
        ),
        # a negated verb takes its noun along; "chưa đầy" (less than) negates nothing
        (
            "Ngoại trưởng Đức Heiko Maas tới Athens và Ankara. Tuy vậy, ông Maas không công bố lịch trình cho một "
            "cuộc gặp trực tiếp giữa Athens và Ankara.",
            None,
            ("GRC", "TUR", "04"),
        ),
        (
            "Cuộc gặp diễn ra chưa đầy một tuần sau cuộc điện đàm hôm 12/2 giữa Tổng thống Mỹ Donald Trump và "
            "Tổng thống Nga Vladimir Putin.",
            ("USA", "RUS", "04"),
            None,
        ),
        # the end of a list of objects is no subject of the next verb
        (
            "Ngoại trưởng Venezuela Yván Gil thông báo rút toàn bộ nhân viên ngoại giao khỏi Argentina, Chile, "
            "Peru và Uruguay, đồng thời yêu cầu các nước này rút nhân viên ngoại giao khỏi Venezuela.",
            None,
            ("URY", "VEN", "10"),
        ),
        # ...while a source in a comma before the subject leaves it alone
        (
            "Ngày 14/2, theo thông tin từ Bộ Ngoại giao, Thủ tướng Phạm Minh Chính đã gửi thư thăm hỏi tới "
            "Tổng thống Thổ Nhĩ Kỳ.",
            ("VNM", "TUR", "01"),
            None,
        ),
        # "X, người đã tới Beirut ... rồi sang Israel": the relative "người" is X, verbs chain on,
        # and a partner we cannot code is still the partner ("hội đàm với ông Berri")
        (
            "Thỏa thuận là kết quả của nhiều tuần con thoi của đặc phái viên Mỹ Amos Hochstein, người đã tới "
            "Beirut hội đàm với ông Berri hôm 19/11 rồi sang Israel gặp Thủ tướng Benjamin Netanyahu.",
            ("USA", "LBN", "04"),
            None,
        ),
        # a call that "chưa diễn ra" did not happen; a Vietnamese-style title does not make a
        # foreign name Vietnam's
        (
            "Thủ tướng Pakistan Imran Khan cho biết đã đề nghị điện đàm với Thủ tướng Ấn Độ Narendra Modi, song "
            "cuộc điện đàm đến nay chưa diễn ra.",
            None,
            ("PAK", "IND", "04"),
        ),
        (
            "Đặc phái viên Mỹ Amos Hochstein đã tới Beirut hội đàm với Chủ tịch Quốc hội Nabih Berri.",
            ("USA", "LBN", "04"),
            ("USA", "VNM", "04"),
        ),
        # a mediator named by "do X làm trung gian" acts on both sides
        (
            "Iran và Saudi Arabia đạt thỏa thuận sau bốn ngày đàm phán do Trung Quốc làm trung gian tại Bắc Kinh.",
            ("CHN", "SAU", "04"),
            None,
        ),
        # "với sự hỗ trợ của X, Y và Z": they helped the subject; they are nobody's target
        (
            "Israel cho biết đã đánh chặn 99% số tên lửa và UAV với sự hỗ trợ của Mỹ, Anh, Pháp và Jordan.",
            ("FRA", "ISR", "06"),
            ("ISR", "FRA", "19"),
        ),
        # "văn kiện hợp tác": a kind of document, not an act of cooperation
        (
            "Sau hội đàm, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Suga Yoshihide chứng kiến lễ trao đổi "
            "12 văn kiện hợp tác.",
            None,
            ("VNM", "JPN", "06"),
        ),
        # "mỗi nước" is each of the two countries just named
        (
            "Thủ tướng Phạm Minh Chính gửi thư thăm hỏi Tổng thống Thổ Nhĩ Kỳ và Tổng thống Syria, thông báo "
            "Việt Nam sẽ hỗ trợ khẩn cấp mỗi nước 100.000 USD.",
            ("VNM", "SYR", "03"),
            None,
        ),
    ],
)
def test_arguments(text: str, present: tuple[str, str, str] | None, absent: tuple[str, str, str] | None) -> None:
    got = _events(text)
    if present:
        assert present in got, got
    if absent:
        assert absent not in got, got
