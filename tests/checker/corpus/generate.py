"""Write the labelled evaluation set: reports with known planted defects and clean reports.

Run from the repository root: ``.venv/bin/python tests/checker/corpus/generate.py``. It writes
``gen-*.txt`` next to this file and ``labels.json`` (which also labels the three real samples
kept outside the repository, by file name). Each report is a header, an opening that answers
a request, sections I–V with numbered items, the signature and sometimes an appendix; each item
is a fragment about one topic, so a report never states the same quantity twice by accident.
A defect fragment carries its labels: (rule, excerpt[, near]) — ``near`` disambiguates an
excerpt that occurs several times (the finding must overlap the excerpt inside ``near``).
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# topic → clean fragments (many figures, all consistent)
CLEAN = {
    "onestop": [
        "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 150 hồ sơ, tiếp nhận mới "
        "1.100 hồ sơ); đã giải quyết 1.180 hồ sơ, đang giải quyết 70 hồ sơ. Trong số hồ sơ đã "
        "giải quyết, trước hạn 900 hồ sơ, đúng hạn 260 hồ sơ, trễ hạn 20 hồ sơ; tỷ lệ giải quyết "
        "trước và đúng hạn là 1.160/1.180, đạt 98,3%.",
        "Từ đầu năm đến nay đã tiếp nhận và giải quyết 524 hồ sơ TTHC, trong đó số hồ sơ được "
        "tiếp nhận trực tuyến là 285 hồ sơ (chiếm tỷ lệ 54,38%); số lượng hồ sơ giải quyết trước "
        "và đúng hạn đạt 521/524, đạt 99,43%.",
        "Trong kỳ, tổng số hồ sơ tiếp nhận là 860 hồ sơ; đã giải quyết 800 hồ sơ; đang giải quyết "
        "60 hồ sơ, trong đó quá hạn 3 hồ sơ. Số hồ sơ tiếp nhận trực tuyến là 602 hồ sơ. Cuối kỳ, "
        "đơn vị đã tiếp nhận trực tuyến 602 hồ sơ, giải quyết trước và đúng hạn 790 hồ sơ, trễ "
        "hạn 10 hồ sơ.",
    ],
    "petitions": [
        "Tổng số đơn tiếp nhận: 46 đơn, trong đó đơn khiếu nại 12 đơn, đơn tố cáo 5 đơn, đơn kiến "
        "nghị, phản ánh 29 đơn. Đã giải quyết 44/46 đơn, đạt 95,65%; không để xảy ra khiếu kiện "
        "đông người.",
        "Trong năm đã tiếp nhận, giải quyết 15/15 đơn khiếu nại, 14/14 đơn kiến nghị; 100% đơn "
        "thuộc thẩm quyền được giải quyết đúng hạn.",
    ],
    "reception": [
        "Lãnh đạo tiếp công dân định kỳ 24 buổi, tiếp 156 lượt công dân, trong đó tiếp định kỳ 60 "
        "lượt, đột xuất 6 lượt, thường xuyên 90 lượt; có 02 đoàn đông người.",
        "Bộ phận tiếp công dân đã tiếp 312 lượt với 340 người, không có đoàn đông người.",
    ],
    "conferences": [
        "Tổ chức 12 cuộc hội nghị, tập huấn với 1.450 lượt người tham dự; tổ chức riêng 8 cuộc, "
        "lồng ghép 4 cuộc.",
        "Số lượng các cuộc hội nghị, hội thảo, tập huấn: 02 cuộc, trong đó tổ chức riêng 01 cuộc, "
        "lồng ghép 01 cuộc.",
        "Theo Kế hoạch phổ biến giáo dục pháp luật, đơn vị tổ chức 03 Hội nghị trong Quý II và "
        "Quý III gồm: 01 Hội nghị cho công chức, viên chức và 02 Hội nghị cho doanh nghiệp.",
    ],
    "services": [
        "Đơn vị cung cấp 67 thủ tục hành chính, trong đó 45 thủ tục cung cấp dịch vụ công trực "
        "tuyến toàn trình (chiếm 67,16%).",
        "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 / tổng số dịch vụ công cung cấp: 45/67 đạt "
        "67,2%. Số lượng dịch vụ công trực tuyến mức độ 3: 0; mức độ 4: 45.",
    ],
    "documents": [
        "Ban hành 25 văn bản, gồm: 10 kế hoạch, 8 công văn và 7 báo cáo.",
        "Tổng số văn bản đã ban hành trong năm là 07 văn bản, trong đó:\n"
        "- Cấp ủy, tổ chức đảng: 01 Kế hoạch, 01 Quyết định;\n"
        "- Chính quyền: 05 Kế hoạch.",
    ],
    "staff": [
        "18/18 cơ quan, đơn vị trực thuộc đã tổ chức hội nghị cán bộ, công chức, viên chức (đạt "
        "100%); 159/171 đảng viên tham dự học tập nghị quyết (93%).",
        "Số cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức / tổng số cơ quan, "
        "đơn vị: 02/02, đạt tỷ lệ: 100%. Có 2/3 chi bộ (66,6%) hoàn thành sớm.",
    ],
    "money": [
        "Kinh phí thực hiện 150.000.000 đồng; thu nhập bình quân đầu người ước đạt 60,5 triệu "
        "đồng/năm.",
        "Ước tính thu nhập bình quân đầu người/năm: 60.000.000 đồng.",
    ],
    "dates": [
        "Hội nghị cán bộ, công chức, viên chức được tổ chức ngày 29/02/2024; sơ kết vào ngày 31 "
        "tháng 12 năm 2024.",
        "Đoàn kiểm tra làm việc từ ngày 05/6/2024 đến ngày 07/6/2024.",
    ],
    "approx": [
        "Hơn 90% người dân hài lòng; khoảng 1.200 lượt truy cập cổng thông tin; gần 300 hồ sơ "
        "được số hóa; trên 5.316 người tham gia; hầu hết 100% cán bộ được tập huấn.",
        "Có hơn 2.584 lao động và hơn 70% doanh nghiệp tham gia; khoảng 45/50 doanh nghiệp "
        "(gần 95%) ký cam kết.",
    ],
    "growth": [
        "Thu ngân sách đạt 105% dự toán, tăng 12,5% so với cùng kỳ; tốc độ tăng trưởng GRDP đạt "
        "108,2%.",
        "Giải ngân vốn đầu tư công đạt 112% kế hoạch năm.",
    ],
    "satisfaction": [
        "Có 412 lượt đánh giá, trong đó rất hài lòng 300 lượt, hài lòng 100 lượt, bình thường 10 "
        "lượt, không hài lòng 2 lượt; tỷ lệ hài lòng đạt 97,09% (400/412).",
    ],
    "citations": [
        "Thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ, Chỉ thị số "
        "16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ và Kết luận số 120-KL/TW ngày "
        "07/01/2016 của Bộ Chính trị.",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022, Nghị định số "
        "59/2023/NĐ-CP ngày 14/8/2023 và Thông tư số 01/2021/TT-BNV ngày 11/01/2021.",
        "Quán triệt Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị, Quyết định số "
        "1847/QĐ-TTg của Thủ tướng Chính phủ và Chương trình phối hợp số 03-CTr/BDVTUBCSĐ ngày "
        "24/01/2022.",
    ],
    "inspections": [
        "Tổ chức 03 đoàn kiểm tra việc thực hiện dân chủ ở cơ sở tại 12 đơn vị; 03 đoàn kiểm tra "
        "đều hoàn thành đúng kế hoạch.",
    ],
}

# (topic, fragment, labels). Labels: (rule, excerpt) or (rule, excerpt, near).
DEFECTS = [
    # ratio_mismatch
    (
        "staff",
        "Tỷ lệ hồ sơ giải quyết trước và đúng hạn là 315/372, đạt 84,2%.",
        [("ratio_mismatch", "315/372, đạt 84,2%")],
    ),
    (
        "services",
        "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình: 45/67 thủ tục (chiếm 65,2%).",
        [("ratio_mismatch", "45/67 thủ tục (chiếm 65,2%")],
    ),
    (
        "petitions",
        "Đã giải quyết 128/140 đơn thuộc thẩm quyền, đạt tỷ lệ 93,14%.",
        [("ratio_mismatch", "128/140 đơn thuộc thẩm quyền, đạt tỷ lệ 93,14%")],
    ),
    (
        "onestop",
        "Trong năm tiếp nhận 1.240 hồ sơ, trong đó 856 hồ sơ nộp trực tuyến (chiếm tỷ lệ 70,2%).",
        [("ratio_mismatch", "856 hồ sơ nộp trực tuyến (chiếm tỷ lệ 70,2%")],
    ),
    (
        "satisfaction",
        "Tỷ lệ người dân hài lòng đạt 97,5% (390/412 phiếu).",
        [("ratio_mismatch", "97,5% (390/412")],
    ),
    (
        "reception",
        "Số cơ quan tổ chức hội nghị cán bộ, công chức, viên chức: 18/20 cơ quan, đạt 100%.",
        [("ratio_mismatch", "18/20 cơ quan, đạt 100%")],
    ),
    # sum_mismatch
    (
        "conferences",
        "Tổ chức 12 cuộc hội nghị, tập huấn, trong đó tổ chức riêng 7 cuộc, lồng ghép 4 cuộc.",
        [("sum_mismatch", "12 cuộc hội nghị, tập huấn, trong đó tổ chức riêng 7 cuộc")],
    ),
    (
        "documents",
        "Ban hành 25 văn bản, gồm: 10 kế hoạch, 8 công văn và 5 báo cáo.",
        [("sum_mismatch", "25 văn bản, gồm: 10 kế hoạch")],
    ),
    (
        "petitions",
        "Tổng số đơn tiếp nhận: 46 đơn, trong đó:\n- Đơn khiếu nại: 12 đơn;\n"
        "- Đơn tố cáo: 5 đơn;\n- Đơn kiến nghị, phản ánh: 27 đơn.",
        [("sum_mismatch", "46 đơn")],
    ),
    (
        "reception",
        "Tiếp 156 lượt công dân, trong đó lãnh đạo tiếp định kỳ 40 lượt, đột xuất 16 "
        "lượt, tiếp thường xuyên 90 lượt.",
        [("sum_mismatch", "156 lượt công dân")],
    ),
    (
        "satisfaction",
        "Có 412 lượt đánh giá, chia ra: rất hài lòng 290 lượt, hài lòng 100 lượt, "
        "không hài lòng 2 lượt.",
        [("sum_mismatch", "412 lượt đánh giá")],
    ),
    # part_exceeds_total
    (
        "petitions",
        "Tiếp nhận 30 đơn, trong đó 45 đơn khiếu nại.",
        [("part_exceeds_total", "30 đơn, trong đó 45")],
    ),
    (
        "onestop",
        "Tổng số hồ sơ tiếp nhận trong năm là 524 hồ sơ, trong đó hồ sơ trực tuyến là 585 hồ sơ.",
        [("part_exceeds_total", "585")],
    ),
    (
        "staff",
        "Có 18 đơn vị trực thuộc, trong đó 20 đơn vị đã tổ chức hội nghị cán bộ, công chức.",
        [("part_exceeds_total", "18 đơn vị trực thuộc, trong đó 20")],
    ),
    # percent_over_100
    ("onestop", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 102,5%.", [("percent_over_100", "102,5%")]),
    ("services", "Số hồ sơ trực tuyến chiếm 115% tổng số hồ sơ.", [("percent_over_100", "115%")]),
    (
        "satisfaction",
        "Tỷ lệ người dân hài lòng là 100,4% trên tổng số phiếu.",
        [("percent_over_100", "100,4%")],
    ),
    # balance_mismatch
    (
        "onestop",
        "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 50 hồ sơ, tiếp nhận "
        "mới 1.100 hồ sơ).",
        [("balance_mismatch", "1.250 hồ sơ (kỳ trước chuyển qua 50")],
    ),
    (
        "onestop",
        "Trong kỳ, tổng số hồ sơ tiếp nhận là 860 hồ sơ; đã giải quyết 790 hồ sơ; đang "
        "giải quyết 60 hồ sơ.",
        [("balance_mismatch", "860 hồ sơ; đã giải quyết 790")],
    ),
    (
        "onestop",
        "Đã giải quyết 1.100 hồ sơ, trong đó trước hạn 800 hồ sơ, đúng hạn 250 hồ sơ, "
        "trễ hạn 40 hồ sơ.",
        [("balance_mismatch", "trước hạn 800")],
    ),
    (
        "onestop",
        "Số hồ sơ đã giải quyết: 640 hồ sơ; giải quyết trước và đúng hạn 610 hồ sơ, trễ "
        "hạn 20 hồ sơ.",
        [("balance_mismatch", "640 hồ sơ; giải quyết trước và đúng hạn 610")],
    ),
    (
        "onestop",
        "Tổng số hồ sơ tiếp nhận 300 hồ sơ; đã giải quyết 250 hồ sơ, đang giải quyết 40 "
        "hồ sơ, công dân rút 5 hồ sơ.",
        [("balance_mismatch", "300 hồ sơ; đã giải quyết 250")],
    ),
    # inconsistent_repeat
    (
        "onestop",
        "Số hồ sơ tiếp nhận trực tuyến là 285 hồ sơ. Đến cuối năm, đơn vị đã tiếp nhận "
        "trực tuyến 290 hồ sơ.",
        [("inconsistent_repeat", "290")],
    ),
    (
        "petitions",
        "Đã giải quyết 15/15 đơn khiếu nại thuộc thẩm quyền. Trong năm đã giải quyết "
        "xong 14/15 đơn khiếu nại.",
        [("inconsistent_repeat", "14/15")],
    ),
    (
        "inspections",
        "Tổ chức 03 đoàn kiểm tra việc thực hiện dân chủ ở cơ sở. Đơn vị đã thành "
        "lập 04 đoàn kiểm tra liên ngành.",
        [("inconsistent_repeat", "04")],
    ),
    (
        "reception",
        "Người đứng đầu cấp ủy đã đối thoại 03 cuộc với nhân dân.\n"
        "- Người đứng đầu cấp ủy: 02 cuộc.",
        [("inconsistent_repeat", "02 cuộc")],
    ),
    # invalid_date
    (
        "dates",
        "Hội nghị được tổ chức ngày 31/4/2024 tại hội trường.",
        [("invalid_date", "31/4/2024")],
    ),
    (
        "dates",
        "Đoàn kiểm tra làm việc ngày 29/02/2023 tại đơn vị.",
        [("invalid_date", "29/02/2023")],
    ),
    (
        "dates",
        "Sơ kết được tổ chức vào ngày 31 tháng 6 năm 2024.",
        [("invalid_date", "ngày 31 tháng 6 năm 2024")],
    ),
    (
        "dates",
        "Báo cáo gửi trước ngày 30/02/2024 và họp ngày 15/13/2024.",
        [("invalid_date", "30/02/2024"), ("invalid_date", "15/13/2024")],
    ),
    # citation_format
    (
        "citations",
        "Để phát huy nội dung của Nghị định số 04/NĐ-CP ngày 04/2015/NĐ-CP của Chính phủ.",
        [("citation_format", "Nghị định số 04/NĐ-CP ngày 04/2015/NĐ-CP")],
    ),
    (
        "citations",
        "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.",
        [("citation_format", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2021")],
    ),
    (
        "citations",
        "Căn cứ Thông tư số 01/2020/NĐ-CP ngày 14/5/2020 của Bộ Nội vụ.",
        [("citation_format", "Thông tư số 01/2020/NĐ-CP")],
    ),
    (
        "citations",
        "Triển khai Quyết định số 602/QĐUBND ngày 17/9/2021 của Ủy ban nhân dân tỉnh.",
        [("citation_format", "Quyết định số 602/QĐUBND")],
    ),
    (
        "citations",
        "Căn cứ Nghị định số 04/2105/NĐ-CP của Chính phủ.",
        [("citation_format", "Nghị định số 04/2105/NĐ-CP")],
    ),
    (
        "citations",
        "Thực hiện Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2014.",
        [("citation_format", "Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2014")],
    ),
]

HEADER = """UBND TỈNH GIA LAI
{agency}

Số: {number}/{symbol}

Gia Lai, ngày {day} tháng {month} năm {year}

{kind}

{summary}

{opening}
"""
AGENCIES = [
    ("SỞ NỘI VỤ", "SNV"),
    ("BAN QUẢN LÝ KHU KINH TẾ", "BQL"),
    ("UBND PHƯỜNG QUY NHƠN", "UBND"),
]
SECTIONS = [
    "ĐẶC ĐIỂM TÌNH HÌNH",
    "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
    "KẾT QUẢ THỰC HIỆN",
    "ĐÁNH GIÁ CHUNG",
    "NHIỆM VỤ THỜI GIAN TỚI",
]
FILLER = [
    "Tiếp tục quán triệt, triển khai thực hiện nghiêm túc các chủ trương của Đảng, chính sách, "
    "pháp luật của Nhà nước về công tác dân vận chính quyền.",
    "Nâng cao trách nhiệm của người đứng đầu trong thực hành dân chủ, lắng nghe ý kiến của "
    "Nhân dân và doanh nghiệp.",
    "Đẩy mạnh cải cách hành chính, công khai, minh bạch thủ tục hành chính theo quy định.",
]


def report(
    rng,
    fragments,
    *,
    year=2024,
    numbering_defect=None,
    appendix_defect=False,
    answered_defect=False,
):
    """Assemble a report; returns (text, labels) where labels come from the skeleton."""
    agency, short = rng.choice(AGENCIES)
    day, month = rng.randint(5, 25), rng.randint(6, 12)
    own = f"{day:02d}/{month:02d}/{year}"
    number = rng.randint(10, 300)
    labels = []
    if answered_defect:
        answered = f"{min(day + 3, 28):02d}/{month:02d}/{year}"
        opening = (
            f"Thực hiện Văn bản số {rng.randint(100, 2000)}/SNV-XDCQ ngày {answered} "
            f"của Sở Nội vụ, {agency.title()} báo cáo kết quả như sau:"
        )
        labels.append(("date_order", f"ngày {answered}"))
    else:
        opening = (
            f"Thực hiện Văn bản số {rng.randint(100, 2000)}/SNV-XDCQ ngày 29/{month - 3:02d}"
            f"/{year} của Sở Nội vụ, {agency.title()} báo cáo kết quả như sau:"
        )
    text = HEADER.format(
        agency=agency,
        number=number,
        symbol=f"BC-{short}",
        day=f"{day:02d}",
        month=f"{month:02d}",
        year=year,
        kind="BÁO CÁO",
        summary=f"Kết quả công tác dân vận chính quyền năm {year}",
        opening=opening,
    )
    romans = ["I", "II", "III", "IV", "V"]
    if numbering_defect == "roman":
        romans = ["I", "II", "III", "V", "VI"]
        labels.append(("numbering", "V. " + SECTIONS[3]))
    chunks = [fragments[i::5] for i in range(5)]
    for index, (roman, title) in enumerate(zip(romans, SECTIONS, strict=True)):
        text += f"\n{roman}. {title}\n"
        items = chunks[index] or [rng.choice(FILLER)]
        numbers = list(range(1, len(items) + 2))
        if numbering_defect == "arabic" and index == 2:
            items = items + [rng.choice(FILLER), rng.choice(FILLER)]
            numbers = list(range(1, len(items))) + [len(items) + 1]
            labels.append(("numbering", f"{numbers[-1]}. "))
        if numbering_defect == "repeat" and index == 2:
            items = items + [rng.choice(FILLER), rng.choice(FILLER)]
            numbers = list(range(1, len(items))) + [len(items) - 1]
            labels.append(("numbering", f"{numbers[-1]}. ", f"\n{numbers[-1]}. " + items[-1][:20]))
        for n, item in zip(numbers, items, strict=False):
            text += f"\n{n}. {item}\n"
        if numbering_defect in ("letters", "letters_skip") and index == 4:
            letters = (
                ["a", "b", "c", "d", "d"] if numbering_defect == "letters" else ["a", "b", "d"]
            )
            text += (
                "\n" + "\n".join(f"{ch}) {FILLER[i % 3]}" for i, ch in enumerate(letters)) + "\n"
            )
            bad = letters[-1] if numbering_defect == "letters" else "d"
            labels.append(
                ("numbering", f"{bad}) ", f"\n{bad}) {FILLER[(len(letters) - 1) % 3][:15]}")
            )
    text += (
        "\nTrên đây là báo cáo kết quả công tác dân vận chính quyền năm "
        f"{year}./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"
    )
    appendix_day = own
    if appendix_defect:
        appendix_day = f"{min(day + 1, 28):02d}/{month:02d}/{year}"
        labels.append(("date_order", f"ngày {appendix_day}"))
    text += (
        f"\nPHỤ LỤC SỐ LIỆU\n(Kèm theo Báo cáo số {number}/BC-{short} ngày {appendix_day} "
        f"của {agency.title()})\n\n1. Số văn bản chỉ đạo đã ban hành: 03 văn bản.\n"
        "2. Số cuộc hội nghị đã tổ chức: 01 cuộc.\n"
    )
    return text, labels


def plan(rng, *, deadline_defect=None):
    text = (
        "UBND TỈNH GIA LAI\nSỞ NỘI VỤ\n\nSố: 15/KH-SNV\n\nGia Lai, ngày 15 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\n\nTriển khai công tác dân vận chính quyền năm 2024\n\n"
        "Thực hiện Kế hoạch số 79/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh, Sở Nội vụ "
        "xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. "
        + FILLER[0]
        + "\n\n2. "
        + FILLER[1]
        + "\n\nII. NỘI DUNG\n\n1. Phấn đấu xây dựng ít nhất 01 mô hình “Dân vận khéo”."
        "\n\n2. " + FILLER[2] + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
    )
    labels = []
    if deadline_defect == "full":
        text += (
            "1. Văn phòng thực hiện chế độ báo cáo định kỳ 06 tháng (trước ngày 10/02/2024), "
            "01 năm (trước ngày 30/10/2024).\n"
        )
        labels.append(("date_order", "10/02/2024"))
    elif deadline_defect == "partial":
        text += (
            "1. Các phòng hoàn thành kế hoạch chi tiết trước ngày 28/02, báo cáo trước ngày 10/5.\n"
        )
        labels.append(("date_order", "28/02"))
    else:
        text += (
            "1. Văn phòng thực hiện chế độ báo cáo định kỳ 06 tháng (trước ngày 10/5/2024), "
            "01 năm (trước ngày 30/10/2024).\n"
        )
    text += "\nNơi nhận:\n- Ban Dân vận Tỉnh ủy (b/c);\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Thị Bình\n"
    return text, labels


def clean_fragments(rng, exclude_topics, count):
    topics = [t for t in CLEAN if t not in exclude_topics]
    rng.shuffle(topics)
    return [rng.choice(CLEAN[t]) for t in topics[:count]]


def build():
    rng = random.Random(20261122)
    files, labels = {}, {}
    for index, (topic, fragment, fragment_labels) in enumerate(DEFECTS, start=1):
        fragments = clean_fragments(rng, {topic}, 6)
        fragments.insert(rng.randint(0, len(fragments)), fragment)
        text, extra = report(rng, fragments)
        name = f"gen-loi-{index:02d}-{fragment_labels[0][0]}.txt"
        files[name] = text
        labels[name] = {"clean": False, "findings": [_label(x) for x in fragment_labels + extra]}
    skeleton_defects = [
        ("numbering", dict(numbering_defect="roman")),
        ("numbering", dict(numbering_defect="arabic")),
        ("numbering", dict(numbering_defect="repeat")),
        ("numbering", dict(numbering_defect="letters")),
        ("numbering", dict(numbering_defect="letters_skip")),
        ("date_order", dict(appendix_defect=True)),
        ("date_order", dict(answered_defect=True)),
    ]
    for index, (rule, options) in enumerate(skeleton_defects, start=1):
        text, extra = report(rng, clean_fragments(rng, set(), 7), **options)
        name = f"gen-khung-{index:02d}-{rule}.txt"
        files[name] = text
        labels[name] = {"clean": False, "findings": [_label(x) for x in extra]}
    for index, defect in enumerate(["full", "partial", None], start=1):
        text, extra = plan(rng, deadline_defect=defect)
        name = f"gen-ke-hoach-{index:02d}.txt"
        files[name] = text
        labels[name] = {"clean": defect is None, "findings": [_label(x) for x in extra]}
    for index in range(1, 13):
        text, _ = report(rng, clean_fragments(rng, set(), 9 + index % 4), year=2024 + index % 3)
        name = f"gen-sach-{index:02d}.txt"
        files[name] = text
        labels[name] = {"clean": True, "findings": []}
    # The three real samples (kept outside the repository), labelled by hand.
    labels["bao-cao-qcdc-dan-van-2021.txt"] = {
        "clean": False,
        "findings": [_label(("citation_format", "Nghị định số 04/NĐ-CP ngày 04/2015/NĐ-CP"))],
    }
    labels["bao-cao-van-hoa-cong-so-2022.txt"] = {"clean": True, "findings": []}
    labels["ke-hoach-dan-van-2023.txt"] = {
        "clean": False,
        "findings": [_label(("citation_format", "Quyết định số 602/QĐUBND"))],
    }
    return files, labels


def _label(item):
    data = {"rule": item[0], "excerpt": item[1]}
    if len(item) > 2:
        data["near"] = item[2]
    return data


def _docx(text: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def mutate(samples: Path, out: Path) -> int:
    """Write the real samples with planted defects (``mutations.json``) and their labels to
    ``out``: realistic context around each defect. The samples stay outside the repository."""
    mutations = json.loads((HERE / "mutations.json").read_text(encoding="utf-8"))
    base = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    labels = {}
    for item in mutations:
        text = (samples / item["source"]).read_text(encoding="utf-8")
        for old, new in item["replace"]:
            if old not in text:
                raise ValueError(f"{item['name']}: «{old}» không có trong {item['source']}")
            text = text.replace(old, new, 1)
        (out / item["name"]).write_text(text, encoding="utf-8")
        # The sample's own defects are still there.
        labels[item["name"]] = {
            "clean": False,
            "findings": base[item["source"]]["findings"] + item["findings"],
        }
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    return len(mutations)


def main():
    import sys

    if len(sys.argv) == 4 and sys.argv[1] == "--mutate":
        count = mutate(Path(sys.argv[2]), Path(sys.argv[3]))
        print(f"{count} tệp mẫu có lỗi cài sẵn trong {sys.argv[3]}")
        return
    for old in [*HERE.glob("gen-*.txt"), *HERE.glob("gen-*.docx")]:
        old.unlink()
    files, labels = build()
    # Reports written by hand (hand-*.txt) keep their labels in hand-labels.json.
    labels.update(json.loads((HERE / "hand-labels.json").read_text(encoding="utf-8")))
    # Two of them again as Word files: one paragraph per line, as a typist would.
    for stem in ("hand-02-so-loi", "hand-04-phuong-sach"):
        text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
        (HERE / f"gen-{stem}.docx").write_bytes(_docx(text))
        labels[f"gen-{stem}.docx"] = labels[f"{stem}.txt"]
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(files)} tệp, nhãn trong labels.json")


if __name__ == "__main__":
    main()
