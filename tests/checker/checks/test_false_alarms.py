"""Correct passages written the way real reports write them, on which the checker once raised
a finding (issue 14: a false alarm costs more trust than a miss): a part of the unit stated
with the whole's words, two departments in one sentence, dossiers returned or carried over,
a rate of the cases within the office's authority, a change stated as an amount, a level of
another year. Written for the tests; every figure in them holds."""

import pytest

from danvan.checker.engine import check_text

CORRECT = [
    "Trong 6 tháng đầu năm, UBND thị xã tiếp nhận 1.524 hồ sơ. Đã giải quyết "
    "1.438 hồ sơ, trả lại 27 hồ sơ do không đủ điều kiện, công dân rút 9 hồ sơ, "
    "đang giải quyết 50 hồ sơ.",
    "Toàn tỉnh tiếp nhận 226.360 hồ sơ, trong đó cấp tỉnh tiếp nhận 42.310 hồ sơ,"
    " cấp huyện tiếp nhận 58.642 hồ sơ, cấp xã tiếp nhận 125.408 hồ sơ. Đã giải "
    "quyết 224.771 hồ sơ, đang giải quyết 1.589 hồ sơ.",
    "Sở Tài nguyên và Môi trường tiếp nhận 3.286 hồ sơ, đã giải quyết 3.150 hồ "
    "sơ, đang giải quyết 136 hồ sơ. Đối với lĩnh vực đất đai, tiếp nhận 1.012 hồ "
    "sơ, đã giải quyết 968 hồ sơ, trong đó trễ hạn 12 hồ sơ; đang giải quyết 44 "
    "hồ sơ.",
    "Trong kỳ, toàn tỉnh tiếp 1.875 lượt người, trong đó tiếp thường xuyên 1.402 "
    "lượt, lãnh đạo tiếp định kỳ và đột xuất 473 lượt. Qua tiếp công dân, đã "
    "hướng dẫn, giải thích trực tiếp 1.128 lượt; tiếp nhận 747 đơn các loại.",
    "Các cơ quan tiếp nhận 845 đơn, ứng với 712 vụ việc. Trong tổng số 712 vụ "
    "việc nêu trên, có 236 vụ việc thuộc thẩm quyền, chiếm 33,1%. Đã giải quyết "
    "219 vụ việc, đạt 92,8%.",
    "Năm 2023, Bộ phận Một cửa cấp xã của huyện tiếp nhận 14.826 hồ sơ, đã giải "
    "quyết 14.790 hồ sơ, đang giải quyết 36 hồ sơ. Trong tổng số hồ sơ đã giải "
    "quyết, có 14.752 hồ sơ trả kết quả trước và đúng hạn, đạt 99,7%; 38 hồ sơ "
    "trễ hạn.",
    "Năm 2023, toàn tỉnh tiếp 2.346 lượt công dân, ứng với 2.011 vụ việc. Tại "
    "huyện Quế Phong, các cơ quan hành chính tiếp 214 lượt công dân, ứng với 186 "
    "vụ việc; UBND huyện tiếp nhận 203 đơn, đã giải quyết 176 đơn.",
    "Số hồ sơ tồn từ năm 2022 chuyển sang là 84 hồ sơ. Năm 2023, Bộ phận Một cửa "
    "huyện tiếp nhận 3.615 hồ sơ, đã giải quyết 3.590 hồ sơ, đang giải quyết 109 "
    "hồ sơ.",
    "Trong quý, UBND phường tiếp nhận 1.524 hồ sơ, đã giải quyết 1.438 hồ sơ, "
    "đang giải quyết 50 hồ sơ; 36 hồ sơ được trả lại theo đề nghị của công dân "
    "hoặc do không đủ thành phần.",
    "Số vụ việc khiếu nại thuộc thẩm quyền đã giải quyết năm 2023 là 86 vụ việc, "
    "giảm 23 vụ việc, giảm 21,1% so với năm 2022 (109 vụ việc). Tỷ lệ giải quyết "
    "đạt gần 93%, cao hơn chỉ tiêu được giao (85%).",
    "Kết quả bầu cử đại biểu Quốc hội: cử tri đi bầu 890.127/892.415 người, đạt "
    "99,74%. Kết quả bầu cử đại biểu HĐND tỉnh: cử tri đi bầu 889.846/892.415 "
    "người, đạt 99,71%. Như vậy, hơn 99% cử tri đã thực hiện quyền bầu cử.",
    "Sở Tư pháp tiếp nhận 3.912 hồ sơ, đã giải quyết 3.847 hồ sơ; Sở Lao động – "
    "Thương binh và Xã hội tiếp nhận 2.605 hồ sơ, đã giải quyết 2.560 hồ sơ. Số "
    "hồ sơ đang giải quyết của hai sở lần lượt là 65 hồ sơ và 45 hồ sơ.",
    "Năm 2023, cấp tỉnh tiếp nhận 42.310 hồ sơ, cấp huyện tiếp nhận 58.642 hồ sơ,"
    " cấp xã tiếp nhận 125.408 hồ sơ. Năm 2022, toàn tỉnh tiếp nhận 198.540 hồ "
    "sơ.",
    "Riêng tháng 12, Bộ phận Một cửa tiếp nhận 812 hồ sơ, đã giải quyết 798 hồ sơ"
    " (kể cả hồ sơ tháng trước chuyển sang). Tính đến ngày 31/12/2023, còn 136 hồ"
    " sơ đang giải quyết, chưa đến hạn trả kết quả.",
    "Bảng 9. Kết quả giải quyết hồ sơ của các sở\n"
    "Đơn vị\tTiếp nhận\tĐã giải quyết\tĐúng hạn\tTỷ lệ đúng hạn (%)\tTỷ trọng tiếp nhận (%)\n"
    "Sở Tư pháp\t3.912\t3.847\t3.816\t99,2\t60,0\n"
    "Sở Lao động – Thương binh và Xã hội\t2.605\t2.560\t2.522\t98,5\t40,0\n"
    "Tổng\t6.517\t6.407\t6.338\t98,9\t100",
    "TOÀN TỈNH TIẾP NHẬN 226.360 HỒ SƠ THỦ TỤC HÀNH CHÍNH\n"
    "Theo báo cáo của UBND tỉnh, năm 2023 toàn tỉnh tiếp nhận 226.360 hồ sơ, đã "
    "giải quyết 224.771 hồ sơ. Riêng thành phố Vinh tiếp nhận 31.245 hồ sơ, đã "
    "giải quyết 31.002 hồ sơ, đang giải quyết 243 hồ sơ.",
    # A part in the sentence of its whole, each with its own change: not two periods.
    "Toàn tỉnh tiếp nhận 8.722 đơn, giảm 0,4% so với cùng kỳ năm 2020; trong đó có 7.081 đơn "
    "đủ điều kiện xử lý, giảm 13,2%.",
    # «tổng số hộ của huyện» is not the province's poor households stated before.
    "Toàn tỉnh có 8.214 hộ nghèo, chiếm 3,12% tổng số hộ. Huyện Kỳ Sơn có 2.486 hộ nghèo, "
    "chiếm 12,6% tổng số hộ của huyện (19.730 hộ) và chiếm 30,3% số hộ nghèo toàn tỉnh.",
    # A second hunt, on the rules of the same session (titles, changes across sentences and
    # as amounts, named bases, outcome rates, table columns):
    "Đà Nẵng tiếp nhận 48.306 hồ sơ trực tuyến\n"
    "Năm 2023, các sở, ngành và UBND các quận, huyện tiếp nhận 61.250 hồ sơ thủ tục "
    "hành chính, trong đó 48.306 hồ sơ trực tuyến, chiếm 78,9%. Số hồ sơ trực tuyến "
    "toàn trình là 21.470 hồ sơ, chiếm 44,4% số hồ sơ trực tuyến. Tỷ lệ hồ sơ giải "
    "quyết đúng hạn đạt 98,6%.",
    "Kiến nghị thu hồi 3,95 tỷ đồng, đã thu hồi 2,84 tỷ đồng\n"
    "Năm 2023, Thanh tra tỉnh thực hiện 42 cuộc thanh tra kinh tế - xã hội. Qua thanh"
    " tra, phát hiện sai phạm về kinh tế 5,12 tỷ đồng; kiến nghị thu hồi về ngân sách"
    " nhà nước 3,95 tỷ đồng, kiến nghị xử lý khác 1,17 tỷ đồng. Đến nay, các đơn vị "
    "đã nộp trả ngân sách 2,84 tỷ đồng, đạt 71,9% số tiền kiến nghị thu hồi.",
    "Hà Tĩnh tiếp nhận 1.326 đơn khiếu nại, tố cáo\n"
    "Năm 2023, các cơ quan hành chính nhà nước tỉnh Hà Tĩnh tiếp nhận 1.326 đơn khiếu"
    " nại, tố cáo. Qua tiếp công dân định kỳ, lãnh đạo các cấp tiếp nhận 214 đơn. Số "
    "đơn thuộc thẩm quyền là 412 đơn, gồm 298 đơn khiếu nại và 114 đơn tố cáo. Đã "
    "giải quyết 371 đơn, đạt 90,0%.",
    "Hơn 81% số đơn đủ điều kiện xử lý\n"
    "Năm 2023, Ban Tiếp công dân tiếp nhận 1.870 đơn; qua phân loại, có 1.520 đơn đủ "
    "điều kiện xử lý, bằng 81,3% tổng số đơn. Trong số đơn đủ điều kiện, đơn kiến "
    "nghị, phản ánh là 1.094 đơn, chiếm 72,0%.",
    "Có 18,2% đơn khiếu nại đúng\n"
    "Năm 2023, UBND các cấp giải quyết 22 đơn khiếu nại thuộc thẩm quyền, trong đó có"
    " 18,2% đơn khiếu nại đúng, 22,7% đúng một phần, 59,1% khiếu nại sai. Về tố cáo, "
    "đã giải quyết 9 đơn, trong đó tố cáo đúng chiếm 22,2%, đúng một phần 33,3%, tố "
    "cáo sai 44,4%.",
    "So sánh kết quả năm 2023 với năm 2022\n"
    "Một số chỉ tiêu chủ yếu:\n"
    "Chỉ tiêu\tNăm 2022\tNăm 2023\tTăng/giảm (%)\n"
    "Số đơn tiếp nhận\t1.630\t1.482\t-9,1\n"
    "Số vụ việc\t1.204\t1.115\t-7,4\n"
    "Tỷ lệ giải quyết (%)\t86,4\t91,2\t+4,8\n"
    "Số cuộc thanh tra\t42\t46\t+9,5\n"
    "Riêng tỷ lệ giải quyết tăng 4,8 điểm phần trăm.",
    "Giải quyết 90% đơn thuộc thẩm quyền\n"
    "Năm 2023, toàn tỉnh tiếp nhận 2.140 đơn, trong đó 412 đơn thuộc thẩm quyền. Đối "
    "với số đơn thuộc thẩm quyền nêu trên, đã giải quyết 371 đơn, đạt 90,0%; đang "
    "giải quyết 41 đơn.",
    "Quý I tiếp 812 lượt công dân\n"
    "Quý I/2024, toàn tỉnh tiếp 812 lượt công dân với 654 vụ việc, số lượt tăng 7,3% "
    "so với cùng kỳ năm 2023 (757 lượt).",
    "Thụ lý 412 đơn thuộc thẩm quyền\n"
    "Năm 2023, tỉnh thụ lý 412 đơn thuộc thẩm quyền (gồm 385 đơn mới và 27 đơn kỳ "
    "trước chuyển sang). Đã giải quyết 371 đơn, còn 41 đơn đang giải quyết.",
    "Đà Nẵng tiếp nhận 48.306 hồ sơ trực tuyến\n"
    "Năm 2023, thành phố tiếp nhận 61.250 hồ sơ, đã giải quyết 59.870 hồ sơ, đang "
    "giải quyết 1.380 hồ sơ. Trong đó, hồ sơ trực tuyến là 48.306 hồ sơ.",
    "Có 6 đơn khiếu nại, tố cáo đúng\n"
    "Năm 2023, đã giải quyết 22 đơn khiếu nại, 9 đơn tố cáo. Qua giải quyết, khiếu "
    "nại đúng 4 đơn, tố cáo đúng 2 đơn, chiếm 19,4% số đơn đã giải quyết.",
    "Huyện Phú Ninh phát hiện sai phạm 1,32 tỷ đồng\n"
    "Năm 2023, qua thanh tra, toàn tỉnh phát hiện sai phạm 8,46 tỷ đồng; riêng huyện "
    "Phú Ninh phát hiện sai phạm 1,32 tỷ đồng.",
    "Còn 41 đơn đang giải quyết\n"
    "Năm 2023, tiếp nhận 1.482 đơn, trong đó 412 đơn thuộc thẩm quyền; đã giải quyết "
    "371 đơn, đang giải quyết 41 đơn.",
    "Giải quyết 133 đơn khiếu nại\n"
    "Năm 2023, thụ lý 189 đơn khiếu nại, tố cáo thuộc thẩm quyền, trong đó 148 đơn "
    "khiếu nại. Đã giải quyết 133 đơn khiếu nại, đạt 89,9%.",
    "Thu ngân sách đạt 112,4% dự toán\n"
    "Năm 2023, thu ngân sách trên địa bàn tỉnh đạt 1.845 tỷ đồng, đạt 112,4% dự toán "
    "(1.641 tỷ đồng), tăng 8,3% so với năm 2022 (1.704 tỷ đồng).",
    "Tỷ lệ giải quyết tăng\n"
    "So sánh tỷ lệ giải quyết:\n"
    "Chỉ tiêu\tNăm 2022\tNăm 2023\tTăng/giảm (điểm %)\n"
    "Tỷ lệ giải quyết khiếu nại (%)\t84,2\t89,9\t+5,7\n"
    "Tỷ lệ giải quyết tố cáo (%)\t87,5\t90,2\t+2,7",
    "Giải quyết 1.112 đơn thuộc thẩm quyền\n"
    "Năm 2023, tiếp nhận 2.318 đơn; trong đó đơn thuộc thẩm quyền 1.214 đơn. Đã giải "
    "quyết 1.112 đơn, đạt 91,6%.",
    "Kiến nghị, phản ánh chiếm 72% đơn đủ điều kiện\n"
    "Năm 2023, tiếp nhận 1.870 đơn; đơn đủ điều kiện xử lý 1.520 đơn. Đơn kiến nghị, "
    "phản ánh 1.094 đơn, chiếm 72,0% số đơn đủ điều kiện.",
    "Thu hồi 1,96 tỷ đồng theo các kết luận năm 2023\n"
    "Năm 2023, các cơ quan đã thu hồi 2,84 tỷ đồng, trong đó thu hồi theo các kết "
    "luận ban hành trong năm 2023 là 1,96 tỷ đồng.",
    "Tiếp 3.215 lượt công dân, vượt kế hoạch\n"
    "Năm 2023, các cơ quan tiếp 3.215 lượt công dân (kế hoạch 3.000 lượt), tăng 7,6% "
    "so với năm 2022 (2.988 lượt).",
    "Số đơn giảm 9,1%\n"
    "Năm 2023, tỉnh tiếp nhận 1.482 đơn (trong đó 412 đơn thuộc thẩm quyền), giảm "
    "9,1% so với năm 2022 (1.630 đơn).",
    "Tiếp nhận 742 đơn trong 6 tháng\n"
    "6 tháng đầu năm 2024, tỉnh tiếp nhận 742 đơn (kỳ trước chuyển sang 35 đơn), giảm"
    " 6,3% so với cùng kỳ năm 2023 (792 đơn).",
    "Hồ sơ trực tuyến chiếm 78,9%\n"
    "Năm 2023, tiếp nhận 61.250 hồ sơ, đã giải quyết 59.870 hồ sơ; trong đó hồ sơ "
    "trực tuyến là 48.306 hồ sơ, chiếm 78,9% số hồ sơ tiếp nhận.",
    # A rate column after two columns that are not two periods is not a change.
    "Cấp tiếp\tTổng số lượt\tKhiếu nại\tLoại khác\tGiảm so cùng kỳ (lượt)\tTỷ lệ giảm\n"
    "Cấp tỉnh\t200\t60\t140\t50\t20,00%\n"
    "Cấp xã\t400\t100\t300\t100\t20,00%",
    # Carried over beside a received figure of one channel: not the whole balance.
    "Quý I, tiếp nhận 45.000 hồ sơ, gồm 20.000 hồ sơ trực tuyến; 25.000 hồ sơ nộp trực tiếp "
    "và qua bưu chính; 4.910 hồ sơ từ kỳ trước chuyển sang. Đã giải quyết 48.249 hồ sơ; "
    "1.661 hồ sơ đang giải quyết.",
    # An on-time rate of the resolved its own sentence states as a ratio.
    "Đến nay đã giải quyết xong 23.239 hồ sơ.\n\nTrong tuần, số hồ sơ được giải quyết là "
    "1.456/1.625, trong đó giải quyết đúng hạn 1.447 hồ sơ (tỷ lệ 99,4%).",
    # An amount of change of the whole, not of a part listed before it.
    "Năm 2023 tiếp nhận 1.231 hồ sơ, trong đó trực tuyến 800 hồ sơ, tăng 217 hồ sơ so với cùng "
    "kỳ (1.014 hồ sơ).",
    # A change in points of two rounded rates: within their rounding.
    "Tỷ lệ hộ nghèo toàn huyện đến cuối năm 2023 còn 8,12%, giảm 2,22 điểm phần trăm so với "
    "đầu năm (10,33%).",
    # «còn» followed by its own role: overdue, not pending.
    "Cấp huyện tiếp nhận 340.060 hồ sơ, đã giải quyết 329.596 hồ sơ, còn 5.685 hồ sơ quá hạn; "
    "đang giải quyết 10.464 hồ sơ.",
    # A plan's rate where no planned figure is stated: nothing to check.
    "Toàn tỉnh đã tổ chức 2.787 lượt tuyên truyền, đạt 92,9% kế hoạch năm.",
    # «thuộc thẩm quyền giải quyết» names the cases, not the resolved ones.
    "Trong kỳ tiếp nhận 120 đơn; đơn thuộc thẩm quyền giải quyết 86 đơn, đã giải quyết 80 đơn, "
    "đang giải quyết 6 đơn.",
    # A fifth hunt (150 correct passages, a helper blind to the checker, 06/12/2026): the
    # five that raised a finding.
    "Đến cuối năm 2024, toàn tỉnh có 94 xã đạt chuẩn nông thôn mới (cuối năm 2023: 87 xã), "
    "chiếm 77,69% tổng số 121 xã của tỉnh; trong đó 26 xã đạt chuẩn nông thôn mới nâng cao "
    "(cuối năm 2023: 19 xã).",
    "Thu ngân sách nhà nước trên địa bàn huyện đạt 512,6 tỷ đồng, bằng 109,5% dự toán tỉnh "
    "giao (468 tỷ đồng) và bằng 104,6% dự toán HĐND huyện giao (490 tỷ đồng).",
    "Kế hoạch năm 2024 giao Thanh tra tỉnh thực hiện 48 cuộc thanh tra hành chính. Đến ngày "
    "15/12/2024, đã triển khai 51 cuộc, gồm 45 cuộc theo kế hoạch (đạt 93,75% kế hoạch) và 6 "
    "cuộc đột xuất.",
    "Năm 2024, huyện có 23 dự án phải thu hồi đất. Trong tổng số 18 dự án đã có phương án bồi "
    "thường được phê duyệt (gồm 16 dự án khởi công mới và 2 dự án chuyển tiếp), đã chi trả "
    "214,6 tỷ đồng cho 1.087 hộ gia đình, cá nhân.",
    "Bộ thủ tục hành chính của tỉnh có 1.027 thủ tục. Trong số 812 thủ tục được cung cấp dịch "
    "vụ công trực tuyến (gồm 437 thủ tục toàn trình và 375 thủ tục một phần), có 596 thủ tục "
    "đã phát sinh hồ sơ, chiếm 73,4% số thủ tục trực tuyến.",
    # The seventh hunt's correct poverty passages (07/12/2026): p05 raised a share of the
    # wrong base, p14 a change read from a yearly average; the rest guard shares_base_conflict
    # (other groups, other years, named bases, districts).
    "Năm 2023, hộ nghèo DTTS còn 13.907 hộ, chiếm 21,64% tổng số hộ DTTS; hộ cận nghèo DTTS "
    "7.716 hộ, chiếm 12,00% tổng số hộ DTTS.",
    "Giai đoạn 2022–2024, tỷ lệ hộ nghèo đa chiều của tỉnh giảm từ 10,95% (đầu năm 2022) xuống "
    "còn 4,12% (cuối năm 2024), bình quân giảm 2,28%/năm, vượt mục tiêu giảm 2%/năm.",
    "Năm 2022, tỷ lệ hộ nghèo toàn tỉnh là 5,97% (31.280 hộ). Riêng hộ cận nghèo DTTS có 8.412 "
    "hộ, chiếm 9,7% tổng số hộ DTTS.",
    "Tổng số hộ nghèo và hộ cận nghèo toàn tỉnh năm 2022 là 100.496 hộ, chiếm 22,51% tổng số hộ "
    "dân cư, trong đó hộ nghèo 57.180 hộ (12,81%), hộ cận nghèo 43.316 hộ (9,70%).",
    "Ba huyện nghèo của tỉnh còn 15.420 hộ nghèo, chiếm 41,3% tổng số hộ nghèo toàn tỉnh; tỷ lệ "
    "hộ nghèo bình quân các huyện nghèo là 28,75%.",
    "Tỷ lệ hộ nghèo toàn huyện năm 2022 là 7,17% với 14.228 hộ; hộ nghèo DTTS 11.063 hộ, chiếm "
    "77,76% tổng số hộ nghèo, tỷ lệ hộ nghèo trong đồng bào DTTS là 21,15%.",
    "Hộ nghèo DTTS chiếm 72,9% tổng số hộ nghèo (14.119/19.360 hộ); hộ cận nghèo DTTS chiếm "
    "57,3% tổng số hộ cận nghèo (15.212/26.540 hộ).",
    "Số hộ cận nghèo cuối năm 2023 là 25.117 hộ, chiếm 6,00%, giảm 3.223 hộ so với cuối năm "
    "2022 (28.340 hộ, chiếm 6,87%).",
    "Cuối năm 2022, toàn tỉnh có 19.873 hộ nghèo, chiếm 6,87%, giảm 4.739 hộ so với cuối năm "
    "2021 (24.612 hộ, chiếm 8,62%); tỷ lệ hộ nghèo giảm 1,75%.",
    "Tỷ lệ hộ nghèo khu vực thành thị là 1,28% (1.237 hộ), khu vực nông thôn là 6,79% (16.802 "
    "hộ); tỷ lệ chung toàn tỉnh là 5,25%.",
    "Đến cuối năm 2023, tỷ lệ hộ nghèo đa chiều của tỉnh giảm còn 3,45% (7.138 hộ), giảm 1,2% "
    "so với cuối năm 2022 (tỷ lệ 4,65%, 9.500 hộ), đạt mục tiêu Nghị quyết HĐND tỉnh giao.",
    "Các huyện có tỷ lệ hộ nghèo cao nhất tỉnh gồm: huyện Mường Tè 4.187 hộ, chiếm 40,18%; "
    "huyện Sìn Hồ 5.322 hộ, chiếm 28,08%; huyện Nậm Nhùn 2.204 hộ, chiếm 34,93% tổng số hộ dân "
    "cư trên địa bàn huyện.",
    "Cuối năm 2023, tỷ lệ hộ nghèo giảm còn 4,66% (16.820 hộ), tỷ lệ hộ cận nghèo còn 6,41% "
    "(23.145 hộ); so với cuối năm 2022, số hộ nghèo giảm 4.784 hộ, số hộ cận nghèo giảm 2.245 "
    "hộ.",
    "Trong số 22.480 hộ nghèo, có 318 hộ nghèo có thành viên là người có công với cách mạng "
    "(1,41%) và 6.204 hộ nghèo thuộc diện bảo trợ xã hội (27,60%).",
    # A rate of a plan named earlier in the sentence is not a share over 100%.
    "Các xã giảm nghèo đạt kế hoạch giao gồm xã Phước Hà đạt 100% (giảm 0,3%) và xã Phước "
    "Thắng đạt 104%.",
    # A total naming its parts, with the parts of one of them: not the list of the whole.
    "Tổng số hộ nghèo và hộ cận nghèo là 100.496 hộ, trong đó hộ nghèo DTTS 41.020 hộ, hộ "
    "cận nghèo DTTS 30.114 hộ.",
    # Hunt 8 (60 correct report paragraphs, a helper blind to the checker, 07/12/2026): the
    # four that raised a finding — received and resolved of each level, a plan's figure in
    # parentheses, a series of years, a share's base stated after it.
    "Năm 2024, tổng số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết thủ tục hành chính "
    "của tỉnh là 104.265 hồ sơ, cụ thể: cấp tỉnh tiếp nhận 18.742 hồ sơ, đã giải quyết 18.105 "
    "hồ sơ, trong đó đúng và trước hạn 17.946 hồ sơ (99,12%); cấp huyện tiếp nhận 24.315 hồ sơ, "
    "đã giải quyết 23.870 hồ sơ, trong đó đúng và trước hạn 23.512 hồ sơ (98,50%); cấp xã tiếp "
    "nhận 61.208 hồ sơ, đã giải quyết 60.931 hồ sơ, trong đó đúng và trước hạn 60.874 hồ sơ "
    "(99,91%). Cấp xã tiếp tục là cấp có số lượng hồ sơ lớn nhất, chiếm 58,7% tổng số hồ sơ "
    "toàn tỉnh.",
    "Thanh tra tỉnh thực hiện 15 cuộc thanh tra, gồm 12 cuộc theo kế hoạch và 3 cuộc đột xuất, "
    "đạt 125% kế hoạch năm (kế hoạch 12 cuộc). Các cuộc thanh tra tập trung vào quản lý đầu tư "
    "xây dựng, sử dụng đất công và thực hiện chính sách an sinh xã hội. Đã ban hành 13/15 kết "
    "luận thanh tra, phát hiện sai phạm hơn 4,7 tỷ đồng (4,73 tỷ đồng), trong đó kiến nghị thu "
    "hồi 3,18 tỷ đồng, chiếm 67,2% tổng giá trị sai phạm.",
    "Số cuộc thanh tra hành chính ban hành kết luận qua các năm liên tục tăng: năm 2022 là 54 "
    "cuộc, năm 2023 là 61 cuộc (tăng 13,0%), năm 2024 là 68 cuộc (tăng 11,5%). Tổng cộng 3 năm "
    "đã ban hành 183 kết luận, kiến nghị thu hồi gần 27 tỷ đồng. Tuy nhiên, một số kết luận còn "
    "chậm ban hành so với quy định, có 5 kết luận ban hành sau 45 ngày kể từ khi có báo cáo kết "
    "quả thanh tra.",
    "Kết quả rà soát cuối năm 2024, toàn tỉnh còn 4.118 hộ nghèo, chiếm 3,15% tổng số 130.744 "
    "hộ dân cư; giảm 1.314 hộ so với đầu năm (5.432 hộ, tỷ lệ 4,21% trên tổng số 129.026 hộ), "
    "tương ứng tỷ lệ hộ nghèo giảm 1,06%, vượt chỉ tiêu giảm 1% do Hội đồng nhân dân tỉnh đề "
    "ra. Số hộ cận nghèo là 6.207 hộ; trong số hộ nghèo có 1.126 hộ là hộ đồng bào dân tộc "
    "thiểu số.",
    # An independent review of this round (07/12/2026): sentences its readings misread.
    "Các vụ việc hòa giải chủ yếu thuộc các nhóm: tranh chấp đất đai 46 vụ, hôn nhân và gia đình "
    "31 vụ. Tổng cộng, các tổ hòa giải đã tiếp nhận 125 vụ việc.",
    "Tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, trong đó thu nội địa 1.100 tỷ đồng, đạt "
    "95,6% dự toán.",
    "Trong 90 ngày cao điểm, có 56 xã hoàn thành chỉ tiêu, chiếm 70%.",
    "Công tác giải quyết khiếu nại, tố cáo: toàn tỉnh tiếp nhận 245 đơn, trong đó khiếu nại 120 "
    "đơn, tố cáo 45 đơn.",
    # Hunt 12 (07/12/2026, a helper blind to the checker): false alarms this round fixed.
    "So với đầu năm 2024, số hộ nghèo của huyện giảm 418 hộ, từ 1.654 hộ (trên tổng số 39.287 hộ) "
    "xuống còn 1.236 hộ (trên tổng số 39.615 hộ). Tỷ lệ hộ nghèo giảm từ 4,21% xuống còn 3,12%, "
    "tức giảm 1,09%, vượt chỉ tiêu giảm 1% do Nghị quyết Hội đồng nhân dân huyện đề ra. Tổng số "
    "hộ dân cư tăng 328 hộ so với đầu năm do tách hộ và di cư đến.",
    "Trong năm 2024, toàn xã có 58 hộ thoát nghèo và 9 hộ nghèo phát sinh mới, số hộ nghèo giảm "
    "thực tế 49 hộ, từ 176 hộ đầu năm xuống còn 127 hộ cuối năm. Trong 127 hộ nghèo còn lại, có "
    "82 hộ thuộc đối tượng bảo trợ xã hội, không có khả năng lao động (chiếm 64,6%) và 45 hộ có "
    "khả năng lao động. Số hộ cận nghèo là 203 hộ, tăng 31 hộ so với đầu năm (172 hộ), chủ yếu do "
    "các hộ thoát nghèo chuyển sang.",
    # Hunt 11 (07/12/2026, a helper blind to the checker): false alarms this round fixed.
    "Chương trình được triển khai theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng "
    "Chính phủ. Tổng kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm "
    "2023 là 28.465 triệu đồng, gồm: ngân sách trung ương 21.340 triệu đồng (chiếm 74,97%), ngân "
    "sách tỉnh 4.268 triệu đồng, ngân sách huyện 1.857 triệu đồng và vốn huy động hợp pháp khác "
    "1.000 triệu đồng. Đến ngày 31/01/2024 đã giải ngân 25.903 triệu đồng, đạt 91%.",
    "Trung tâm tiếp tục duy trì tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần. Trong tháng 10/2024, "
    "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.318 hồ sơ, tăng 742 hồ sơ so với tháng "
    "9/2024 (8.576 hồ sơ); lũy kế từ đầu năm tiếp nhận 86.745 hồ sơ, bằng 104,3% so với cùng kỳ "
    "năm 2023 (83.170 hồ sơ). Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trong tháng đạt "
    "99,81%, với 17 hồ sơ trễ hạn trên tổng số 9.102 hồ sơ đã giải quyết.",
    "Xã có 5 thôn dân cư, diện tích tự nhiên 2.941,86 ha. Toàn xã hiện có 2.782 hộ, 11.376 khẩu; "
    "trong đó hộ nghèo 189 hộ, 612 khẩu, chiếm 6,79% số hộ; hộ cận nghèo 203 hộ, 751 khẩu, chiếm "
    "7,3% số hộ. Số nhân khẩu thuộc hộ nghèo và hộ cận nghèo là 1.363 khẩu, chiếm 11,98% dân số "
    "của xã.",
    "Công tác chăm lo Tết cho người nghèo, người có công được triển khai chu đáo. Dịp Tết Nguyên "
    "đán Giáp Thìn 2024, toàn huyện đã trao 12.486 suất quà với tổng trị giá 6.378,2 triệu đồng, "
    "gồm: quà của Chủ tịch nước 3.214 suất (300.000 đồng/suất), trị giá 964,2 triệu đồng; quà của "
    "tỉnh 4.816 suất (500.000 đồng/suất), trị giá 2.408 triệu đồng; quà của huyện, xã và các tổ "
    "chức, cá nhân 4.456 suất, trị giá 3.006 triệu đồng. So với Tết Quý Mão 2023 (10.942 suất), "
    "số suất quà tăng 1.544 suất.",
    "Tình hình khiếu nại, tố cáo trên địa bàn thành phố trong quý cơ bản ổn định. Quý I/2024, "
    "UBND thành phố và các phường, xã tiếp 186 lượt công dân (cùng kỳ 203 lượt), tiếp nhận 274 "
    "đơn (cùng kỳ 251 đơn) và xử lý 269 đơn; trong 269 đơn đã xử lý có 198 đơn đủ điều kiện xử "
    "lý, chiếm 73,61%, liên quan đến 176 vụ việc (một số vụ việc có nhiều đơn trùng lặp). Số lượt "
    "tiếp giảm 8,37%, trong khi số đơn tiếp nhận tăng 9,16% so với cùng kỳ.",
    # Hunts 9 and 10 (07/12/2026, helpers blind to the checker): false alarms this round fixed.
    "Chủ tịch UBND cấp xã đã tổ chức 318 cuộc đối thoại trực tiếp với Nhân dân, thu hút 14.620 "
    "lượt người tham gia, tăng 46 cuộc, tương ứng tăng 16,9% so với năm 2022 (272 cuộc). Bình "
    "quân mỗi cuộc đối thoại có khoảng 46 lượt người tham dự.",
    "Quý II/2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 15.284 hồ sơ, hồ sơ tồn kỳ "
    "trước chuyển sang là 2.306 hồ sơ, lũy kế đã và đang giải quyết trong kỳ là 17.590 hồ sơ; đến "
    "hạn giải quyết là 15.122 hồ sơ. Đã có kết quả trả trước và đúng hạn là 15.079 hồ sơ (đạt "
    "99,72%). Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn chưa có kết quả là 43 hồ sơ "
    "(chiếm 0,28%).",
    "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp đã tiếp nhận "
    "156.663 hồ sơ thủ tục hành chính, trong đó tiếp nhận trực tuyến 61.248 hồ sơ, chiếm 39,10%. "
    "Đã giải quyết 154.231 hồ sơ, trong đó trước và đúng hạn 153.680 hồ sơ, đạt 99,64%; trễ hạn "
    "551 hồ sơ, tập trung chủ yếu ở cấp huyện (413 hồ sơ). Số hồ sơ chưa giải quyết xong chuyển "
    "sang năm 2024 là 2.432 hồ sơ. Kết quả cụ thể theo từng cấp như sau:\nCấp\tTiếp nhận (hồ "
    "sơ)\tĐã giải quyết (hồ sơ)\tTrước và đúng hạn (hồ sơ)\tTỷ lệ đúng hạn (%)\nCấp "
    "tỉnh\t18.452\t17.906\t17.851\t99,69\nCấp huyện\t41.327\t40.115\t39.702\t98,97\nCấp "
    "xã\t96.884\t96.210\t96.127\t99,91\nTổng cộng\t156.663\t154.231\t153.680\t99,64",
    "Năm 2023, các cơ quan, đơn vị đã tổ chức 1.284 cuộc tuyên truyền, phổ biến pháp luật trực "
    "tiếp cho 96.517 lượt người nghe, bình quân 75 người/cuộc. Đã biên soạn, phát hành 48.600 tờ "
    "gấp pháp luật, trong đó 12.150 tờ gấp song ngữ Việt - Mông, chiếm 25,0%. Cuộc thi trực tuyến "
    "“Tìm hiểu Hiến pháp và pháp luật” thu hút 42.306 lượt người tham gia, tăng 1,5 lần so với "
    "năm 2022 (28.204 lượt); thí sinh nhỏ tuổi nhất 14 tuổi, lớn tuổi nhất 78 tuổi. Nhân Ngày "
    "Pháp luật Việt Nam (09/11), 100% cơ quan, đơn vị cấp tỉnh và 142/142 xã, phường, thị trấn đã "
    "tổ chức hưởng ứng.",
    "Sau 08 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu "
    "quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, nhận thức của cán bộ, công "
    "chức về công tác dân vận chính quyền có chuyển biến rõ nét; tinh thần, thái độ phục vụ Nhân "
    "dân được nâng lên. Trong giai đoạn 2016-2023, tổng số vụ việc khiếu nại phát sinh thuộc thẩm "
    "quyền của các cơ quan hành chính nhà nước trên địa bàn tỉnh là 4.127 vụ việc, bình quân "
    "515,9 vụ việc/năm; trong đó lĩnh vực đất đai 2.846 vụ việc, chiếm 68,96%. Đã giải quyết "
    "3.912/4.127 vụ việc, đạt 94,79%; số còn lại 215 vụ việc chủ yếu là những vụ việc phức tạp, "
    "kéo dài, đang được rà soát theo Kế hoạch số 363/KH-TTCP của Thanh tra Chính phủ.",
    # Hunt 13 (07/12/2026, a helper blind to the checker: correct real passages chosen to
    # confuse it): the two that once raised an error, and six others.
    "Theo báo cáo Chương trình MTQG xây dựng nông thôn mới giai đoạn 2016-2020, đầu năm "
    "2017 cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới, tăng 5,9% so "
    "với cuối năm 2015. Có 24 đơn vị cấp huyện được Thủ tướng công nhận đạt chuẩn, tăng "
    "chín đơn vị so với cuối năm 2015. Mục tiêu đến năm 2020 là 50% số xã đạt chuẩn, bình "
    "quân cả nước đạt 15 tiêu chí/xã và thu nhập người dân tăng ít nhất 1,8 lần so với năm "
    "2015.",
    "Cũng trong 6 tháng đầu năm 2020, ngành thanh tra thực hiện 418 cuộc thanh tra, kiểm "
    "tra chuyên ngành đối với 3.215 cá nhân, tổ chức, ban hành 1.362 quyết định xử phạt vi "
    "phạm hành chính. Tổng tiền xử phạt là 6.455 triệu đồng, tiền xử lý tài sản vi phạm "
    "(tịch thu thành tiền) là 800 triệu đồng, và đã thu 6.133 triệu đồng. Cộng với 4.169 "
    "triệu đồng thu hồi qua thanh tra hành chính, tổng số đã thu hồi trong 6 tháng là hơn "
    "10,3 tỷ đồng.",
    "Tại cuộc họp ngày 16/1 tại trụ sở Chính phủ về thực hiện nhiệm vụ giảm nghèo năm 2014 "
    "và triển khai nhiệm vụ năm 2015, báo cáo sơ bộ của các địa phương cho thấy tỷ lệ hộ "
    "nghèo toàn quốc cuối năm 2014 còn khoảng 5,8-6%, giảm được 1,8-2% so với năm 2013. Mục "
    "tiêu đặt ra là phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 5%.",
    "Triển khai chương trình 'Mỗi xã một sản phẩm' (OCOP), đến giữa năm 2021 có 61 tỉnh, "
    "thành phố (trừ TP Hồ Chí Minh và Bình Dương) tổ chức đánh giá, phân hạng sản phẩm. Cả "
    "nước đã công nhận 4.847 sản phẩm OCOP đạt 3 sao trở lên với trên 2.655 chủ thể tham "
    "gia, trong đó hợp tác xã chiếm 37,9%. Trong số sản phẩm, 62,2% đạt 3 sao, 36,1% đạt 4 "
    "sao và 1,7% là sản phẩm tiềm năng 5 sao.",
    "Đến nay, cả nước có khoảng 78% số xã đạt chuẩn nông thôn mới, trong đó 1.860 xã đạt "
    "chuẩn nông thôn mới nâng cao và 340 xã đạt chuẩn nông thôn mới kiểu mẫu. Có 283 đơn vị "
    "cấp huyện thuộc 58 tỉnh, thành phố đã được công nhận hoàn thành nhiệm vụ/đạt chuẩn "
    "nông thôn mới.",
    "Trong năm 2021, phần mềm một cửa tại Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc "
    "tiếp nhận mới gần 52 nghìn hồ sơ, lũy kế số hồ sơ đã và đang giải quyết hơn 61 nghìn. "
    "Đã trả trước và đúng hạn gần 51 nghìn hồ sơ, đạt tỷ lệ 99,63% tổng số hồ sơ đến hạn "
    "giải quyết.",
    "Ước đến hết năm 2020, bình quân tỷ lệ giảm nghèo của tỉnh Lào Cai đạt 5,02%/năm, bằng "
    "125,5% kế hoạch. Kết quả này vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV "
    "là giảm tỷ lệ hộ nghèo bình quân từ 3-4%/năm và Đề án số 09-ĐA/TU; có 2 huyện thoát "
    "khỏi huyện nghèo là Bát Xát và Sa Pa.",
    "Theo báo cáo năm 2022, Chủ tịch UBND cấp tỉnh tiếp công dân định kỳ đạt tỷ lệ bình "
    "quân 56% so với quy định; một số tỉnh cao hơn quy định như Đồng Tháp (hơn 59 ngày), Bà "
    "Rịa - Vũng Tàu (hơn 22 ngày), Sóc Trăng (hơn 13 ngày) và Tiền Giang (hơn 12 ngày). Chủ "
    "tịch UBND cấp huyện đạt bình quân 94% so với quy định, trong đó Cần Thơ đạt 270%, "
    "Quảng Ninh 269%, An Giang 232%, Hải Phòng 192%, Ninh Bình 188% và Sơn La 130%. Chủ "
    "tịch UBND cấp xã đạt bình quân 49%, trong đó Bến Tre đạt 102%, Điện Biên 107%, còn Đắk "
    "Nông, Kon Tum, Ninh Thuận đạt 100%.",
    # Hunt 14 (07/12/2026, the same): the two that once raised a finding, and six others.
    "Theo kết quả rà soát hộ nghèo, hộ cận nghèo theo Thông tư 02/2022/TT-BLĐTBXH ngày "
    "30.3.2022 của Bộ Lao động, Thương binh và Xã hội, năm 2022 toàn tỉnh Hải Dương có "
    "13.823 hộ nghèo, chiếm 2,15%. Cùng thời điểm, tỉnh có 14.441 hộ cận nghèo, chiếm "
    "2,24%.",
    "Theo bảng xếp hạng mức độ chuyển đổi số cấp tỉnh năm 2022, ba vị trí dẫn đầu thuộc về "
    "TP. Đà Nẵng, TP. Hồ Chí Minh và Quảng Ninh; Thanh Hóa và Yên Bái cùng xếp thứ 15, Hậu "
    "Giang xếp thứ 17, TP. Hà Nội xếp thứ 24 và Bắc Kạn đứng cuối, thứ 63. Đà Nẵng đạt chỉ "
    "số nhận thức số 1,0000, thể chế số 0,9000, hạ tầng số 0,8253, nhân lực số 0,8487, an "
    "toàn thông tin mạng 0,7578, hoạt động chính quyền số 0,8575, kinh tế số 0,7836, xã hội "
    "số 0,5197 và chỉ số chuyển đổi số cấp tỉnh 0,8002.",
    "Năm 2021, Ủy ban Kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 3.005 tổ "
    "chức đảng và 8.982 đảng viên, trong đó có 4.307 cấp ủy viên các cấp (tăng 18,1% về tổ "
    "chức đảng và 15,7% về đảng viên so với năm 2020). Qua kiểm tra, kết luận 1.575 tổ chức "
    "đảng và 6.695 đảng viên có vi phạm, phải thi hành kỷ luật 194 tổ chức đảng và 3.465 "
    "đảng viên. Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật theo thẩm quyền 63 "
    "đảng viên (khiển trách 15, cảnh cáo 20, cách chức 10, khai trừ 18) và 13 tổ chức đảng "
    "(khiển trách 1, cảnh cáo 12).",
    "Năm 2015, toàn tỉnh Thanh Hóa đã tuyển chọn và đào tạo được hơn 17.000 lao động. Trong "
    "năm, tỉnh đưa được 9.925 lao động đi làm việc ở nước ngoài, đạt 99,2% kế hoạch năm và "
    "bằng 110% so với cùng kỳ năm 2014, góp phần giảm tỷ lệ thất nghiệp ở khu vực thành thị "
    "xuống 3,6%.",
    "Trong giai đoạn 2017–2022, bình quân hằng năm số hội viên nông dân đăng ký đạt danh "
    "hiệu nông dân sản xuất, kinh doanh giỏi các cấp tăng 4,3%. Số đăng ký đạt 6,21 triệu "
    "lượt hộ, chiếm 53,4% tổng số hộ nông dân cả nước.",
    "Năm 2021, chỉ số PAR INDEX của tỉnh Bà Rịa – Vũng Tàu đạt 87,61 điểm, tăng 1,59 điểm "
    "so với năm 2020 nhưng giảm 7 bậc; chỉ số PCI đạt 69,03 điểm (tăng 3,55 điểm), xếp thứ "
    "9, tăng 6 bậc. Chỉ số SIPAS đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố; chỉ số PAPI đạt "
    "40,62/80 điểm, tương đương 50,77%, thuộc nhóm 4 (nhóm điểm thấp nhất), giảm 3,84 điểm "
    "so với năm 2020.",
    "Ngày 10/10/2024, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Giang Thành (Kiên "
    "Giang) tổ chức hiến máu đợt III năm 2024, tiếp nhận 172 đơn vị máu, vượt 22 đơn vị so "
    "với chỉ tiêu đợt. Theo kế hoạch năm 2024, huyện tổ chức 3 đợt với chỉ tiêu 563 đơn vị "
    "do tỉnh giao; đến nay đã thu được 688 đơn vị, đạt 122,2% kế hoạch năm.",
    "Tại lễ phát động xây dựng nhà đại đoàn kết cho tỉnh Điện Biên do Ủy ban Trung ương "
    "MTTQ Việt Nam tổ chức ngày 13/5 tại Hà Nội, Ban tổ chức đã trao 200 tỷ đồng ủng hộ đợt "
    "1 để xây dựng 4.000 căn nhà đại đoàn kết. Liên hiệp các tổ chức hữu nghị Việt Nam "
    "(VUFO) ủng hộ 1 tỷ đồng để xây dựng 20 căn nhà.",
    # Hunt 15 (07/12/2026, the same): the three that once raised a finding, and others.
    "Tính đến 30/9/2015, tổng số tiêu chí nông thôn mới đạt được của Thừa Thiên Huế là "
    "1.286 tiêu chí/92 xã, bình quân 14 tiêu chí/1 xã. Con số này tăng 5,5 tiêu chí so với "
    "năm 2010 và cao hơn 2,36 tiêu chí so với bình quân cả nước (11,64 tiêu chí/xã). Toàn "
    "tỉnh không còn xã dưới 6 tiêu chí.",
    "Toàn tỉnh Bình Dương đã tiếp 4.310 lượt với 2.845 người đến khiếu nại, tố cáo, kiến "
    "nghị, phản ánh; trong đó có 8 đoàn gồm 178 người đến Trụ sở Tiếp công dân tỉnh. Các cơ "
    "quan hành chính nhà nước tiếp nhận hơn 2.900 đơn các loại, trong đó 2.436 đơn đủ điều "
    "kiện xử lý. Đã giải quyết 1.770 đơn khiếu nại, tố cáo thuộc thẩm quyền, đạt gần 97%.",
    "Nho Quan là huyện miền núi của tỉnh Ninh Bình, diện tích tự nhiên 457,2 km2 (bằng 1/3 "
    "diện tích của tỉnh), có 26 xã và 01 thị trấn với 286 thôn, bản, tổ dân phố; trong đó "
    "có 274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn. Dân số toàn huyện là 149.879 "
    "người, đồng bào dân tộc Mường chiếm 17,5% dân số. Tỷ lệ hộ nghèo chung của huyện là "
    "11,22%.",
    "Đến đầu năm 2020, tổng dư nợ của NHCSXH tỉnh Thanh Hóa đạt trên 9.390 tỷ đồng, với 258 "
    "nghìn hộ nghèo, hộ cận nghèo và đối tượng chính sách khác được vay vốn. Riêng năm "
    "2019, NHCSXH tỉnh đã giúp 92,5 nghìn lượt hộ vay vốn với số tiền trên 3.500 tỷ đồng; "
    "trong đó hỗ trợ tạo việc làm cho gần 61.000 lao động, giúp trên 500 lao động đi làm "
    "việc có thời hạn ở nước ngoài và gần 600 học sinh, sinh viên có hoàn cảnh khó khăn "
    "được vay vốn học tập.",
    "Ngày 7/7/2022, Thanh tra Chính phủ tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng "
    "đầu năm 2022. Trong 6 tháng, toàn ngành đã triển khai 4.257 cuộc thanh tra hành chính "
    "và 77.770 cuộc thanh tra, kiểm tra chuyên ngành, phát hiện vi phạm về kinh tế 25.022 "
    "tỷ đồng, 9.623 ha đất; trong đó kiến nghị thu hồi 10.268 tỷ đồng và 134 ha đất. Toàn "
    "ngành ban hành 57.154 quyết định xử phạt vi phạm hành chính với số tiền 4.243 tỷ đồng; "
    "kiến nghị xử lý hành chính 1.682 tập thể và 2.676 cá nhân; chuyển cơ quan điều tra 163 "
    "vụ, 89 đối tượng.",
    "Sáng 17/4/2024, Bộ Nội vụ công bố Chỉ số SIPAS và PAR INDEX năm 2023. Chỉ số PAR Index "
    "năm 2023 của Hà Tĩnh đạt 88,35 điểm, đứng thứ 18 cả nước, tăng 10 bậc so với năm 2022 "
    "và thứ 3 Bắc Trung Bộ (sau Nghệ An và Thừa Thiên Huế); Chỉ số SIPAS đạt 88,97%, xếp "
    "thứ 4/63, tăng 3 bậc và đứng đầu khu vực Bắc Trung Bộ. Trước đó, năm 2022, PAR Index "
    "của Hà Tĩnh đạt 85,95 điểm, đứng thứ 28, giảm 20 bậc so với năm 2021; SIPAS đạt "
    "84,37%, xếp thứ 7/63, giảm 2 bậc.",
    "Sau 10 năm triển khai xây dựng nông thôn mới, đến tháng 12/2020 Yên Bái có gần 50% số "
    "xã và 2 đơn vị cấp huyện được công nhận đạt chuẩn. Huyện Văn Chấn đã có 6/21 xã đạt "
    "chuẩn nông thôn mới, 2 xã đạt 11 - 15 tiêu chí, các xã còn lại đạt từ 6 - 10 tiêu chí. "
    "Tại huyện vùng cao Mù Cang Chải, chương trình được triển khai ở 13/13 xã và 93 thôn, "
    "bản.",
    "Năm 2014, toàn bộ 33 chỉ tiêu chủ yếu của tỉnh Yên Bái đều hoàn thành, trong đó 25 chỉ "
    "tiêu vượt kế hoạch; tốc độ tăng trưởng kinh tế đạt 11,07%, xếp thứ 4 trong khu vực; "
    "thu nhập bình quân đầu người tăng lên 23,1 triệu đồng. Sản lượng lương thực có hạt đạt "
    "285.920 tấn, vượt 4,16% kế hoạch, tăng 1,04%; tổng đàn gia súc chính tăng 5,69% so với "
    "cùng kỳ (kế hoạch là 4%); diện tích rừng trồng mới 15.507 ha, tỷ lệ che phủ rừng ước "
    "đạt 61,2%. Số xã đạt từ 10 tiêu chí nông thôn mới trở lên là 37 xã, gấp 2,46 lần kế "
    "hoạch, tăng 25 xã so với năm 2013.",
    "Từ năm 2000 đến nay, huyện Đakrông đã huy động được hơn 1,8 tỷ đồng tiền Quỹ “Ngày vì "
    "người nghèo”; ngoài ra các tổ chức thành viên còn huy động hàng trăm triệu đồng hỗ trợ "
    "trực tiếp hội viên nghèo. Từ nguồn quỹ, huyện đã xây dựng 53 nhà đại đoàn kết trị giá "
    "832 triệu đồng, sửa chữa 10 nhà trị giá 50 triệu đồng và hỗ trợ gần 3.000 suất quà cho "
    "gia đình cận nghèo, có hoàn cảnh đặc biệt khó khăn.",
    "Đầu năm 2022, tỉnh Kon Tum có 21.989 hộ nghèo, chiếm 15,32% số hộ dân toàn tỉnh. Trong "
    "năm có 6.782 hộ thoát nghèo, tỷ lệ hộ nghèo giảm 4,46%, đạt 111,5% kế hoạch (giảm ít "
    "nhất 4%/năm). Đến cuối năm 2022, toàn tỉnh còn 15.943 hộ nghèo, chiếm 10,86% số hộ; "
    "trong đó có 15.215 hộ nghèo DTTS, 2.193 hộ nghèo không có khả năng lao động và 42 hộ "
    "nghèo có thành viên là người có công.",
    "Theo Biểu số 05 về hộ nghèo người dân tộc thiểu số tỉnh Kon Tum năm 2022, toàn tỉnh có "
    "143.561 hộ, trong đó 75.576 hộ DTTS và 20.817 hộ nghèo DTTS; hộ nghèo DTTS chiếm "
    "94,67% tổng số hộ nghèo. Huyện Đăk Glei có 13.389 hộ, trong đó 11.710 hộ DTTS và 2.510 "
    "hộ nghèo DTTS (99,13%); huyện Kon Plông có 7.551 hộ, 6.495 hộ DTTS, 3.353 hộ nghèo "
    "DTTS (100%); thành phố Kon Tum có 44.451 hộ, 12.729 hộ DTTS và 772 hộ nghèo DTTS "
    "(73,38%). Năm 2021 là năm tổng rà soát đầu kỳ 2022-2025 nên chưa có số liệu hộ thoát "
    "nghèo, tái nghèo DTTS.",
    # Hunt 16 (07/12/2026, the same): the two that once raised an error, and others.
    "Qua các cuộc thanh tra, Thanh tra Chính phủ đã kiến nghị thu hồi về ngân sách nhà nước "
    "7.593,5 tỷ đồng và 514,9 ha đất; đến nay đã thu hồi được 6.203,3 tỷ đồng, đạt 81,7% số "
    "tiền kiến nghị. Ngoài ra, cơ quan này còn kiến nghị xuất toán, loại khỏi giá trị quyết "
    "toán và đề nghị cấp có thẩm quyền xem xét xử lý 3.705 tỷ đồng cùng 141 ha đất.",
    "Huyện Sốp Cộp đã tập trung triển khai Chương trình mục tiêu quốc gia giảm nghèo bền "
    "vững, giúp nhiều hộ đồng bào dân tộc thiểu số thoát nghèo. Tỷ lệ hộ nghèo giảm từ "
    "30,23% năm 2023 xuống còn 25,93%; trong đó, tỷ lệ hộ nghèo dân tộc thiểu số giảm trên "
    "4%.",
    "Theo BHXH Quảng Nam, đến ngày 23/11/2021 toàn tỉnh có 1.427.535 người tham gia bảo "
    "hiểm y tế, đạt 98,31% kế hoạch BHXH Việt Nam giao; còn cần phát triển thêm 24.515 "
    "người để đạt kế hoạch. Chỉ 3/18 huyện hoàn thành chỉ tiêu là Quế Sơn (100,12%), Nam "
    "Giang (100,93%) và Bắc Trà My (100,18%). Một số địa phương còn nhiều người cần vận "
    "động như Nông Sơn 5.505 người, Hội An 3.216 người, Núi Thành 2.939 người, Duy Xuyên "
    "2.686 người, Thăng Bình 2.101 người.",
    "Bắc Giang vừa có thêm 5 xã được công nhận đạt chuẩn nông thôn mới là Hương Sơn, Thái "
    "Đào, Dương Đức (huyện Lạng Giang), Ngọc Vân (Tân Yên) và Bố Hạ (Yên Thế). Cùng với xã "
    "Nhã Nam, từ đầu năm 2019 đến nay toàn tỉnh đã có 6/25 xã đăng ký về đích nông thôn "
    "mới. Sau 10 năm, toàn tỉnh có 95 xã và 1 huyện đạt chuẩn nông thôn mới.",
    "Qua rà soát theo Bộ tiêu chí quốc gia về nông thôn mới ở 202 xã của Bắc Giang (trừ xã "
    "điểm toàn quốc Tân Thịnh), bình quân mỗi xã đạt 10,2 tiêu chí, tăng 1,5 tiêu chí so "
    "với cùng kỳ và cao hơn bình quân chung cả nước hai tiêu chí, xếp thứ hai khu vực miền "
    "núi phía Bắc. Cụ thể, một xã đạt 19/19 tiêu chí (Song Mai), 25 xã đạt 15-18 tiêu chí "
    "(12,4%), 88 xã đạt 10-14 tiêu chí (43,6%), 85 xã đạt 5-9 tiêu chí (42,1%) và 3 xã đạt "
    "dưới 5 tiêu chí (1,5%). Riêng 40 xã trong lộ trình 2011-2015 đạt trung bình 14,9 tiêu "
    "chí, tăng 2,8 tiêu chí.",
    "Theo Ban Chỉ đạo giảm nghèo bền vững Thừa Thiên Huế, năm 2023 toàn tỉnh còn 7.540 hộ "
    "nghèo, tỷ lệ 2,27%, giảm 4.195 hộ so với năm 2022. Trong đó, số hộ nghèo không có khả "
    "năng lao động giảm còn 2.869 hộ và hộ nghèo có thành viên là người có công với cách "
    "mạng là 288 hộ. Tổng số hộ cận nghèo là 9.002 hộ, tỷ lệ 2,71%, giảm 1.852 hộ so với "
    "năm 2022.",
    "Đến nay, Đồng Tháp có 55 xã đạt chuẩn nông thôn mới, 12 xã đạt từ 16 - 18 tiêu chí và "
    "52 xã đạt từ 12 - 15 tiêu chí. Dự kiến đến cuối năm 2019 có thêm 12 xã đạt chuẩn, nâng "
    "số xã đạt chuẩn lên 67 xã (chiếm 56,3%), và huyện Tháp Mười đạt tiêu chí huyện nông "
    "thôn mới.",
    "Trên địa bàn tỉnh Hòa Bình, tiêu chí số 4 về điện nông thôn có 161/191 xã đạt, chiếm "
    "84,3%. Với tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn, số chợ đạt chuẩn là "
    "36/70 chợ, chiếm 51,4%.",
    "Theo Ban Chỉ đạo điều phối xây dựng nông thôn mới tỉnh Nghệ An (báo cáo đến 6 tháng "
    "đầu năm 2020), toàn tỉnh đã có 831 thôn, bản được công nhận đạt chuẩn nông thôn mới. "
    "Trong đó có 694 thôn, bản thuộc các xã miền núi khó khăn và 137 thôn, bản ở các xã "
    "chưa được công nhận đạt chuẩn nông thôn mới.",
    "Đến thời điểm này, tỉnh Vĩnh Long có 39/89 xã hoàn thành 19/19 tiêu chí xã nông thôn "
    "mới. Một trong những yếu tố quan trọng để đạt kết quả này là chương trình mục tiêu "
    "quốc gia xây dựng nông thôn mới được người dân đồng thuận, hưởng ứng tích cực.",
    # An independent review of this round's readings (07/12/2026, a helper reading the code): the
    # correct sentences on which they once raised a finding.
    "Năm 2023, Chủ tịch UBND tỉnh tặng Bằng khen cho 64 tập thể và cá nhân. Bộ Công an tặng "
    "Bằng khen cho 30 tập thể và 50 cá nhân.",
    "Năm 2023 có 120 tập thể và cá nhân được đề nghị khen thưởng. Ngoài ra, 60 tập thể và "
    "90 cá nhân được tặng giấy khen của các sở, ngành.",
    "Khen thưởng đột xuất 30 tập thể và cá nhân, khen thưởng thường xuyên 45 tập thể và 80 "
    "cá nhân có thành tích xuất sắc.",
    "Tổ chức tuyên truyền được 45 buổi và 12 hội nghị, tổng cộng 3.500 lượt.",
    "Toàn xã có 350 hộ nghèo, cận nghèo, bao gồm cả các hộ có người khuyết tật; trong đó 80 "
    "hộ nghèo và 120 hộ cận nghèo thuộc diện bảo trợ xã hội.",
    "Chương trình được triển khai tại 120 xã, phường, thị trấn, gồm 80 xã, 25 phường và 15 "
    "thị trấn.",
    "Huyện có 25 xã, thị trấn, gồm 20 xã, 3 thị trấn và 2 phường.",
    "Năm 2023 có 200 hộ nghèo, cận nghèo được hỗ trợ; riêng quý IV có 30 hộ nghèo và 20 hộ "
    "cận nghèo.",
    "Đã giải quyết 30 đơn khiếu nại, 12 đơn tố cáo; còn lại 5 đơn kiến nghị, phản ánh được "
    "chuyển cơ quan có thẩm quyền.",
    "Trong năm, các tổ hòa giải hòa giải thành 150 vụ, hòa giải không thành 12 vụ, còn lại "
    "8 vụ đang tiếp tục hòa giải.",
    "Các sở, ngành tiến hành 25 cuộc thanh tra, Thanh tra tỉnh 12 cuộc; còn lại 8 cuộc do "
    "các huyện thực hiện.",
    "Năm 2023 triển khai 15 cuộc thanh tra hành chính, 8 cuộc thanh tra chuyên ngành; còn "
    "lại 3 cuộc kiểm tra đột xuất.",
    "Tiếp nhận 200 hồ sơ trực tuyến, 150 hồ sơ trực tiếp; còn lại 30 hồ sơ qua dịch vụ bưu chính.",
    "Năm 2023 có 15 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nâng cao, còn lại 2 xã chưa "
    "đạt chuẩn.",
    "Đã tổ chức 45 cuộc tuyên truyền, 30 cuộc đối thoại; còn lại 10 cuộc lồng ghép trong "
    "các hội nghị.",
    "Kỳ trước chuyển sang 10 vụ việc; trong kỳ tiếp nhận 60 vụ việc. Đã giải quyết 50/50 vụ "
    "việc thuộc thẩm quyền; còn lại 20 vụ việc không thuộc thẩm quyền đã hướng dẫn công "
    "dân.",
    "Kỳ trước chuyển sang 12 đơn; trong kỳ tiếp nhận 40 đơn. Đã giải quyết 30/30 đơn thuộc "
    "thẩm quyền; còn lại 22 đơn đã chuyển cơ quan có thẩm quyền.",
    "Năm 2023 có 41.500 hộ được công nhận gia đình văn hóa, đạt 88,6%. Số hộ nghèo còn "
    "1.850 hộ, tỷ lệ 3,95%.",
    "Năm 2023 có 38.200 hộ đạt danh hiệu gia đình văn hóa. Hộ cận nghèo còn 1.650 hộ, chiếm 3,8%.",
    "Tổng số đơn tiếp nhận là 320 đơn. So với cùng kỳ, số đơn khiếu nại giảm 12 đơn (giảm 10%).",
    "Năm 2023, các cấp tiếp 1.250 lượt công dân. So với cùng kỳ, giảm 50 lượt đoàn đông "
    "người (-25%).",
    "Năm 2023, toàn tỉnh tiếp nhận 1.200 hồ sơ. So với năm 2022, tăng 200 hồ sơ trực tuyến "
    "(tăng 25%).",
    "Năm 2023 tiếp nhận 900 đơn thư. So với cùng kỳ, giảm 100 đơn thư khiếu nại (giảm 25%).",
    "Năm 2023 tiếp nhận 900 đơn. So với cùng kỳ, số đơn tố cáo giảm 30 đơn (-20%).",
    "Năm 2023, huyện có thêm 2 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn nông thôn mới "
    "nâng cao, nâng tổng số xã đạt chuẩn nâng cao từ 3 xã lên 4 xã.",
    "Năm 2022 có 15 xã đạt chuẩn nông thôn mới. Năm 2023 có thêm 3 xã đạt chuẩn nông thôn "
    "mới nâng cao, nâng tổng số xã đạt chuẩn nâng cao lên 5 xã.",
    "Tổng vốn đầu tư 5,6 nghìn tỷ đồng, gồm 3.215 tỷ đồng vốn ngân sách và 2.412 tỷ đồng "
    "vốn huy động.",
    "Tổng vốn đầu tư của chương trình là 5,6 nghìn tỷ đồng; trong đó vốn ngân sách 3.215 tỷ "
    "đồng, chiếm 57,1%.",
    # Hunt 17 (07/12/2026, a helper blind to the checker): those that once raised an error,
    # and others.
    "Đến cuối năm 2022, tỷ lệ hộ nghèo của huyện Chư Pah giảm còn 8,94%, tương ứng 1.824 hộ "
    "nghèo, giảm 396 hộ so với năm 2021. Mức giảm tỷ lệ hộ nghèo năm 2022 đạt 136% kế hoạch "
    "huyện đề ra và đạt 97,14% kế hoạch tỉnh giao. Năm 2023, huyện phấn đấu đưa tỷ lệ hộ "
    "nghèo theo chuẩn nghèo đa chiều xuống còn 7,34%, tức giảm 1,6% so với năm 2022.",
    "Tính đến hết tháng 4 năm 2024, các bộ, ngành, địa phương đã cung cấp 4.510 dịch vụ "
    "công trực tuyến trên Cổng Dịch vụ công quốc gia, chiếm 71,7% tổng số 6.287 thủ tục "
    "hành chính, trong đó 3.688 dịch vụ công trực tuyến toàn trình. Theo Bộ chỉ số tại "
    "Quyết định 766/QĐ-TTg, tỷ lệ hồ sơ trực tuyến ở địa phương đạt 47,8% "
    "(4.954.457/10.364.973 hồ sơ), tăng 21,9% so với cùng kỳ năm 2023; ở bộ, ngành đạt "
    "49,4% (8.589.847/17.388.356 hồ sơ), tăng 19%. Tỷ lệ thanh toán trực tuyến nghĩa vụ tài "
    "chính ở bộ, ngành đạt 24,11% (134.765/558.853 hồ sơ), ở địa phương đạt 43,11% "
    "(2.731.389/6.335.726 hồ sơ).",
    "Trong nhiệm kỳ 2015-2020, Đảng bộ huyện Chư Sê đã kết nạp được 1.500 đảng viên, tăng "
    "1,2% so với nhiệm kỳ trước; tỷ lệ kết nạp hằng năm đạt 8,7%, vượt so với Nghị quyết. "
    "Đến nay 100% thôn, làng, tổ dân phố đã có tổ chức đảng; 123/128 chi bộ thôn, làng, tổ "
    "dân phố có cấp ủy và 127/128 chi bộ có đủ đảng viên tại chỗ.",
    "UBND tỉnh Tuyên Quang vừa ban hành các quyết định công nhận xã đạt chuẩn nông thôn mới "
    "năm 2017. Theo đó, năm 2017 tỉnh có 7 xã đạt chuẩn gồm xã Thái Hòa (huyện Hàm Yên), xã "
    "Hòa Phú (huyện Chiêm Hóa), xã Khuôn Hà (huyện Lâm Bình), hai xã Hồng Lạc và Đại Phú "
    "(huyện Sơn Dương) cùng hai xã Trung Môn và Kim Phú (huyện Yên Sơn).",
    "9 tháng năm 2023, toàn tỉnh Hà Giang đã ban hành kết luận 142 cuộc thanh tra, kiểm tra "
    "và 186 quyết định xử phạt vi phạm hành chính, phát hiện vi phạm hơn 26 tỷ đồng. Các tổ "
    "chức thanh tra đã triển khai 75 cuộc thanh tra hành chính, gồm 22 cuộc kỳ trước chuyển "
    "sang và 53 cuộc triển khai trong kỳ; trong đó 62 cuộc theo kế hoạch, 13 cuộc đột xuất. "
    "Đã ban hành kết luận 58 cuộc (60 kết luận thanh tra) với 105 đơn vị được thanh tra; "
    "riêng các lĩnh vực đầu tư xây dựng cơ bản, tài chính - ngân sách và đất đai có tổng vi "
    "phạm hơn 14,7 tỷ đồng và 73.552,1 m2 đất.",
    "Theo kết quả sơ bộ rà soát năm 2019, tỉnh Bắc Kạn còn 16.003/80.276 hộ nghèo, chiếm "
    "19,93%, giảm 1.432 hộ (1,95%) so với đầu năm. Số hộ cận nghèo là 8.668/80.276 hộ, "
    "chiếm 10,80%, giảm 747 hộ (1,02%). Huyện Pác Nặm có tỷ lệ hộ nghèo cao nhất với "
    "35,22%, tiếp đến Ngân Sơn 34,41%, Na Rì 25,11%, Ba Bể 23,8%; thấp nhất là thành phố "
    "Bắc Kạn với 1,93%.",
    "Tính đến thời điểm hiện nay, tỉnh Vĩnh Long có 49/87 xã đạt chuẩn nông thôn mới và 6 "
    "xã đạt nông thôn mới nâng cao. Để duy trì, nâng chất các tiêu chí và tiến tới xây dựng "
    "nông thôn mới kiểu mẫu, một số địa phương đã khởi động xây dựng ấp nông thôn mới kiểu "
    "mẫu.",
    "Tỉnh Cà Mau đã triển khai 1.269 cuộc thanh tra, kiểm tra, gồm 20 cuộc thanh tra hành "
    "chính và 1.249 cuộc thanh tra, kiểm tra chuyên ngành đối với 2.454 cá nhân, tổ chức "
    "trên các lĩnh vực giống, thức ăn, thuốc phục vụ nông nghiệp, thủy sản, giao thông vận "
    "tải, văn hóa, xây dựng. Qua thanh tra, kiểm tra chuyên ngành phát hiện 563 cá nhân, tổ "
    "chức vi phạm; đã ban hành 364 quyết định xử phạt vi phạm hành chính hơn 1,4 tỷ đồng, "
    "đã thu nộp ngân sách 1,2 tỷ đồng.",
    "Tháng 01/2021, tỉnh Bắc Kạn hoàn thành đánh giá, công nhận cấp xã đạt chuẩn tiếp cận "
    "pháp luật năm 2020: 105/108 đơn vị cấp xã đạt chuẩn, tỷ lệ 97,2% (năm 2019 đạt 95,1%). "
    "Cả tỉnh có 03/108 đơn vị chưa đạt chuẩn là xã Bình Trung (huyện Chợ Đồn), xã Sỹ Bình "
    "và xã Cao Sơn (huyện Bạch Thông).",
    "UBND tỉnh Thái Nguyên công nhận 44 sản phẩm đạt tiêu chuẩn OCOP lần đầu năm 2022, gồm "
    "07 sản phẩm 4 sao và 37 sản phẩm 3 sao; đồng thời công nhận lại 13 sản phẩm đã hết hạn "
    "chứng nhận, gồm 04 sản phẩm 4 sao và 09 sản phẩm 3 sao. Tính chung đến nay, tỉnh có "
    "173 sản phẩm đạt tiêu chuẩn OCOP, trong đó 91 sản phẩm 3 sao, 80 sản phẩm 4 sao và 02 "
    "sản phẩm 5 sao cấp quốc gia; kết quả chứng nhận có giá trị trong 03 năm.",
    "Từ đầu năm 2023, tỉnh Cao Bằng có 68 sản phẩm được cấp giấy chứng nhận OCOP, gồm 4 sản "
    "phẩm 4 sao và 64 sản phẩm 3 sao, nâng tổng số sản phẩm OCOP lên 144. Các sản phẩm mới "
    "thuộc 46 chủ thể gồm 14 hợp tác xã, 6 tổ hợp tác, 2 công ty và 24 hộ sản xuất, kinh "
    "doanh; trong đó 61 sản phẩm đăng ký mới, 7 sản phẩm đánh giá lại do hết thời hạn. Đến "
    "nay toàn tỉnh có 13 sản phẩm 4 sao, 131 sản phẩm 3 sao của 91 chủ thể, thuộc 4 nhóm: "
    "124 sản phẩm thực phẩm, 11 đồ uống, 6 thủ công mỹ nghệ và 3 sản phẩm dịch vụ du lịch.",
    "6 tháng đầu năm 2018, các cấp ủy trong Đảng bộ tỉnh Tây Ninh kỷ luật 56 đảng viên, "
    "giảm 6,67% (giảm 4 đảng viên) so với cùng kỳ, gồm khiển trách 31, cảnh cáo 21, cách "
    "chức 2, khai trừ 2; trong đó có 21 cấp ủy viên các cấp. Ban Thường vụ Tỉnh ủy thi hành "
    "kỷ luật 1, huyện ủy và tương đương 8, đảng ủy cơ sở 18, chi bộ 29 trường hợp. Có 1 tổ "
    "chức đảng bị khiển trách, giảm 66,67% (giảm 2 tổ chức). UBKT các cấp thi hành kỷ luật "
    "16 đảng viên, giảm 33,33% (giảm 8), gồm khiển trách 4, cảnh cáo 3, cách chức 1, khai "
    "trừ 8.",
    "Ngày 29/5, Chủ tịch UBND tỉnh Trà Vinh ký quyết định công nhận 9 xã nông thôn mới nâng "
    "cao và 2 xã nông thôn mới kiểu mẫu năm 2022 (giai đoạn 2021 - 2025). 9 xã nâng cao gồm "
    "Hưng Mỹ, Hòa Minh, Lương Hòa A (huyện Châu Thành); Trường Long Hòa, Long Hữu (thị xã "
    "Duyên Hải); Hòa Tân, Châu Điền (huyện Cầu Kè); Mỹ Cẩm, Phương Thạnh (huyện Càng Long). "
    "Xã An Trường (Càng Long) đạt chuẩn kiểu mẫu về giáo dục, xã An Phú Tân (Cầu Kè) đạt "
    "chuẩn kiểu mẫu về cảnh quan môi trường. Đến nay tỉnh có 6/9 huyện nông thôn mới, 100% "
    "xã đạt chuẩn nông thôn mới và 38 xã đạt chuẩn nâng cao.",
    "Theo Bộ NN&PTNT, cả nước đã có 62 tỉnh, thành phố tổ chức đánh giá, phân hạng sản phẩm "
    "OCOP, công nhận 5.401 sản phẩm đạt 3 sao trở lên, trong đó 62,6% sản phẩm 3 sao, 35,8% "
    "sản phẩm 4 sao và 1,6% sản phẩm tiềm năng 5 sao. Hiện có hơn 2.944 chủ thể tham gia "
    "OCOP, trong đó 38,8% là hợp tác xã, 27,4% là doanh nghiệp, còn lại là cơ sở sản xuất, "
    "tổ hợp tác. Đã có 20 sản phẩm OCOP 5 sao được phân hạng năm 2020; năm 2022 cả nước "
    "phấn đấu có khoảng 6.500 sản phẩm được chuẩn hóa, tăng khoảng 1.100 sản phẩm so với "
    "năm 2021.",
]


@pytest.mark.parametrize("text", CORRECT)
def test_a_correct_passage_raises_nothing(text):
    result = check_text(text)
    assert [(f.rule, f.arithmetic) for f in result.findings] == []


# Sections of longer reports (a sixth probe, a helper blind to the checker, 06/12/2026: the
# corrected version of each slip), on which this session's rules once raised an error. Each
# is a section («II. …», «III. …»), so only the numbering's start may be noticed.
SECTIONS = [
    "1. Công tác tiếp công dân\n\nThực hiện Luật Tiếp công dân và Quy chế tiếp công dân của "
    "UBND huyện, trong 6 tháng đầu năm 2024, lãnh đạo UBND huyện, Ban Tiếp công dân huyện, "
    "UBND các xã, thị trấn và các cơ quan chuyên môn đã duy trì nghiêm túc việc tiếp công dân "
    "thường xuyên, định kỳ và đột xuất. Lịch tiếp công dân được niêm yết công khai tại trụ sở "
    "và đăng tải trên Cổng thông tin điện tử của huyện.\n\nKết quả tiếp công dân trên địa bàn "
    "huyện như sau:\n\nCơ quan, người tiếp	Số lượt	Số người	Số vụ việc	Đoàn đông "
    "người\nBan Tiếp công dân huyện (tiếp thường xuyên)	146	171	118	2\nLãnh đạo UBND huyện "
    "tiếp định kỳ, đột xuất	23	58	19	3\nChủ tịch UBND các xã, thị "
    "trấn	212	239	187	1\nThủ trưởng các cơ quan chuyên môn	31	34	26	0\nTổng "
    "cộng	412	502	350	6\n\nSo với cùng kỳ năm 2023 (457 lượt), số lượt tiếp công dân giảm "
    "45 lượt, tương ứng giảm 9,8%. Các đoàn đông người đến trình bày với tổng số 47 người, chủ "
    "yếu liên quan đến bồi thường, hỗ trợ giải phóng mặt bằng các dự án khu dân cư và tuyến "
    "đường giao thông; các đoàn đều được tiếp, giải thích, hướng dẫn kịp thời, không để phát "
    "sinh điểm nóng.\n\nPhân loại theo nội dung các vụ việc tiếp tại Ban Tiếp công dân huyện: "
    "khiếu nại 31 vụ việc, tố cáo 6 vụ việc, kiến nghị, phản ánh 81 vụ việc. Nội dung chủ yếu "
    "liên quan đến đất đai, cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới thửa "
    "đất, chế độ chính sách đối với người có công và một số kiến nghị về ô nhiễm môi trường "
    "tại khu chăn nuôi tập trung.\n\nQua tiếp công dân, các cơ quan đã hướng dẫn công dân gửi "
    "đơn đến đúng cơ quan có thẩm quyền, tiếp nhận đơn thuộc thẩm quyền để xem xét, giải quyết "
    "theo quy định. Chủ tịch UBND huyện đã chủ trì 9 buổi đối thoại trực tiếp với công dân có "
    "vụ việc phức tạp, kéo dài; qua đối thoại, nhiều trường hợp đã thống nhất được hướng giải "
    "quyết, góp phần giữ vững an ninh, trật tự tại cơ sở.",
    "II. KẾT QUẢ HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA PHƯỜNG 6 THÁNG ĐẦU NĂM 2024\n\n1. Tiếp nhận hồ "
    "sơ\n\nTrong 6 tháng đầu năm 2024, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục "
    "hành chính của UBND phường đã tiếp nhận 3.418 hồ sơ, tăng 14,9% so với cùng kỳ năm 2023 "
    "(2.976 hồ sơ). Số hồ sơ tăng chủ yếu do nhu cầu chứng thực bản sao, chứng thực chữ ký "
    "phục vụ tuyển sinh, tuyển dụng lao động và đăng ký thường trú tại các khu đô thị "
    "mới.\n\nTheo hình thức nộp hồ sơ: trực tuyến toàn trình 1.206 hồ sơ; trực tuyến một phần "
    "893 hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến (cả toàn trình và một phần) đạt 61,4% tổng số hồ sơ "
    "tiếp nhận. Số hồ sơ nộp trực tiếp tại Bộ phận Một cửa là 1.247 hồ sơ; qua dịch vụ bưu "
    "chính công ích 72 hồ sơ.\n\nTheo lĩnh vực, hồ sơ chứng thực chiếm số lượng lớn nhất với "
    "1.689 hồ sơ; tiếp đến là lĩnh vực hộ tịch 1.352 hồ sơ (đăng ký khai sinh, khai tử, kết "
    "hôn, xác nhận tình trạng hôn nhân); lĩnh vực người có công, bảo trợ xã hội 211 hồ sơ; các "
    "lĩnh vực khác (đất đai, xây dựng, văn hóa, giáo dục, nội vụ) 166 hồ sơ.\n\n2. Kết quả "
    "giải quyết\n\nĐã giải quyết 3.371 hồ sơ, trong đó trước hạn 2.954 hồ sơ, đúng hạn 417 hồ "
    "sơ, không có hồ sơ trễ hạn; hiện còn 47 hồ sơ đang trong thời hạn giải quyết. Phường đã "
    "thực hiện số hóa 3.105 hồ sơ, kết quả giải quyết thủ tục hành chính, cập nhật vào kho dữ "
    "liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia.\n\nViệc thanh toán "
    "phí, lệ phí trực tuyến được đẩy mạnh với 612 hồ sơ, tổng số tiền 38,45 triệu đồng. Đoàn "
    "Thanh niên phường duy trì tổ tình nguyện hỗ trợ người dân thao tác nộp hồ sơ trực tuyến "
    "vào các buổi sáng thứ Ba và thứ Năm hằng tuần.\n\n3. Hạn chế\n\nMột bộ phận người dân, "
    "nhất là người cao tuổi, vẫn quen nộp hồ sơ trực tiếp; đường truyền của hệ thống có thời "
    "điểm chậm, gián đoạn, ảnh hưởng đến việc tiếp nhận, luân chuyển hồ sơ điện tử.",
    "I. TÌNH HÌNH, KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN QUÝ I NĂM 2025\n\n1. Kết quả tiếp công "
    "dân\n\nTrong quý I năm 2025, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp "
    "1.873 lượt với 2.256 người đến kiến nghị, phản ánh, khiếu nại, tố cáo; tổng số vụ việc "
    "được tiếp là 1.046 vụ việc. So với cùng kỳ năm 2024 (2.114 lượt, 2.689 người, 968 vụ "
    "việc), số lượt tiếp giảm 11,4%, số người giảm 16,1%, nhưng số vụ việc tăng 8,1% do phát "
    "sinh nhiều kiến nghị liên quan đến việc sắp xếp đơn vị hành chính cấp xã và chính sách "
    "đối với cán bộ dôi dư.\n\nTheo hình thức tiếp: tiếp thường xuyên tại trụ sở tiếp công dân "
    "các cấp 1.562 lượt; thủ trưởng cơ quan hành chính nhà nước tiếp định kỳ và đột xuất 311 "
    "lượt. Theo cấp tiếp: cấp tỉnh (Ban Tiếp công dân tỉnh và các sở, ngành) tiếp 218 lượt; "
    "cấp huyện tiếp 796 lượt; cấp xã tiếp 859 lượt.\n\nTrong quý có 27 đoàn đông người, giảm 8 "
    "đoàn so với cùng kỳ năm 2024 (35 đoàn). Các đoàn đông người chủ yếu phản ánh về giá bồi "
    "thường, hỗ trợ tái định cư tại các dự án khu công nghiệp, dự án đường ven biển và ô nhiễm "
    "môi trường tại một số cơ sở chế biến thủy sản; không có đoàn đông người vượt cấp lên "
    "Trung ương.\n\n2. Phân loại vụ việc qua tiếp công dân\n\nTrong tổng số vụ việc được "
    "tiếp:\n- Khiếu nại: 287 vụ việc;\n- Tố cáo: 64 vụ việc;\n- Kiến nghị, phản ánh: 695 vụ "
    "việc.\n\nNội dung khiếu nại, kiến nghị chủ yếu tập trung vào lĩnh vực đất đai, bồi thường "
    "giải phóng mặt bằng, cấp giấy chứng nhận quyền sử dụng đất; một số vụ việc tố cáo cán bộ, "
    "công chức cấp xã vi phạm trong quản lý đất công, thu chi tài chính.\n\n3. Đánh "
    "giá\n\nCông tác tiếp công dân được các cấp, các ngành quan tâm thực hiện; người đứng đầu "
    "nhiều địa phương đã trực tiếp tiếp công dân, đối thoại, giải quyết dứt điểm vụ việc ngay "
    "từ cơ sở. Tuy nhiên, một số Chủ tịch UBND cấp xã chưa thực hiện đầy đủ lịch tiếp công dân "
    "định kỳ; việc ghi chép sổ tiếp công dân ở một số nơi còn sơ sài, chưa cập nhật kịp thời "
    "vào Cơ sở dữ liệu quốc gia.",
    "II. KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM 2024\n\n1. Tại Bộ phận Một "
    "cửa cấp huyện\n\nSố hồ sơ tiếp nhận là 7.598 hồ sơ, gồm 186 hồ sơ tồn từ năm 2023 chuyển "
    "sang và 7.412 hồ sơ tiếp nhận mới trong năm. Trong số hồ sơ tiếp nhận mới, hồ sơ nộp trực "
    "tuyến là 4.936 hồ sơ, chiếm 66,6%.\n\nĐã giải quyết 7.309 hồ sơ, trong đó: trước hạn "
    "5.862 hồ sơ, đúng hạn 1.398 hồ sơ, quá hạn 49 hồ sơ. Số hồ sơ đang giải quyết là 289 hồ "
    "sơ, chủ yếu thuộc lĩnh vực đất đai (đăng ký biến động, cấp đổi giấy chứng nhận quyền sử "
    "dụng đất) và xây dựng.\n\n2. Tại Bộ phận Một cửa cấp xã\n\nBộ phận Một cửa của các xã, "
    "thị trấn đã tiếp nhận 21.731 hồ sơ (94 hồ sơ kỳ trước chuyển sang; 21.637 hồ sơ mới, "
    "trong đó trực tuyến 12.408 hồ sơ, chiếm 57,3% số hồ sơ mới). Kết quả: đã giải quyết "
    "21.655 hồ sơ (trước hạn 19.804, đúng hạn 1.839, quá hạn 12 hồ sơ); đang giải quyết 76 hồ "
    "sơ. Hồ sơ tập trung ở lĩnh vực chứng thực, hộ tịch, người có công và bảo trợ xã "
    "hội.\n\n3. Tổng hợp chung\n\nTính chung hai cấp, năm 2024 toàn huyện tiếp nhận 29.329 hồ "
    "sơ thủ tục hành chính, đã giải quyết 28.964 hồ sơ, đạt 98,8%; tỷ lệ hồ sơ giải quyết "
    "trước hạn và đúng hạn đạt 99,8% tổng số hồ sơ đã giải quyết. Việc xin lỗi tổ chức, công "
    "dân đối với hồ sơ quá hạn được thực hiện đầy đủ; không có phản ánh, kiến nghị về thái độ, "
    "tác phong của công chức tại Bộ phận Một cửa các cấp.\n\nĐể nâng cao chất lượng phục vụ, "
    "UBND huyện đã đầu tư bổ sung trang thiết bị cho Bộ phận Một cửa cấp xã, bố trí máy lấy số "
    "tự động, máy tính tra cứu và khu vực hướng dẫn nộp hồ sơ trực tuyến; tổ chức đánh giá mức "
    "độ hài lòng của người dân qua thiết bị điện tử tại quầy. Tuy nhiên, một số công chức kiêm "
    "nhiệm tại Bộ phận Một cửa cấp xã còn hạn chế về kỹ năng tin học; hạ tầng đường truyền ở "
    "một số xã vùng sâu chưa ổn định.",
    "5. Dân số và thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế\n\nDân số trung bình của "
    "huyện năm 2024 là 186.427 người, tăng 1.475 người so với năm 2023; trong đó nam 92.118 "
    "người, nữ 94.309 người. Với diện tích tự nhiên 342,18 km², mật độ dân số bình quân là 545 "
    "người/km². Trong năm có 2.316 trẻ được sinh ra; tỷ số giới tính khi sinh là 112 bé "
    "trai/100 bé gái, vẫn ở mức cao so với mức cân bằng tự nhiên.\n\nCông tác phát triển người "
    "tham gia bảo hiểm y tế được cấp ủy, chính quyền các cấp quan tâm chỉ đạo. Đến ngày "
    "31/12/2024, toàn huyện có 174.936 người tham gia bảo hiểm y tế, tỷ lệ bao phủ bảo hiểm y "
    "tế đạt 93,84% dân số, vượt chỉ tiêu Nghị quyết HĐND huyện giao. Ngân sách nhà nước tiếp "
    "tục hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo, người dân tộc "
    "thiểu số sinh sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn, trẻ em dưới 6 "
    "tuổi và học sinh, sinh viên theo quy định.\n\nVề bảo hiểm xã hội, số người tham gia bảo "
    "hiểm xã hội là 20.591 người, gồm 14.207 người tham gia bảo hiểm xã hội bắt buộc và 6.384 "
    "người tham gia bảo hiểm xã hội tự nguyện, chiếm 18,96% lực lượng lao động trong độ tuổi "
    "(108.615 người). Bảo hiểm xã hội huyện đã phối hợp với Bưu điện huyện và các tổ chức dịch "
    "vụ thu tổ chức nhiều hội nghị tuyên truyền, đối thoại trực tiếp với người dân tại các "
    "thôn, khu dân cư và doanh nghiệp trên địa bàn.\n\nTuy nhiên, tỷ lệ người tham gia bảo "
    "hiểm xã hội tự nguyện còn thấp so với tiềm năng; tình trạng nợ đóng, chậm đóng bảo hiểm "
    "xã hội ở một số doanh nghiệp nhỏ và vừa vẫn còn; một bộ phận người dân chưa nhận thức đầy "
    "đủ quyền lợi khi tham gia bảo hiểm y tế hộ gia đình nên chưa tham gia hoặc tham gia không "
    "liên tục.\n\nNăm 2025, huyện tiếp tục giao chỉ tiêu phát triển người tham gia bảo hiểm xã "
    "hội, bảo hiểm y tế cho từng xã, thị trấn; đưa kết quả thực hiện vào tiêu chí đánh giá, "
    "xếp loại thi đua hằng năm đối với các địa phương.",
    # A sixth hunt (40 long correct sections, a helper blind to the checker, 06/12/2026): the
    # nine that raised an error.
    "2. Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công "
    "tỉnh\nTrong kỳ báo cáo, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn 15 ngàn "
    "hồ sơ của 5 sở có số lượng hồ sơ lớn nhất. Cụ thể, tổng số hồ sơ tiếp nhận là 15.383 hồ "
    "sơ, bao gồm 393 hồ sơ kỳ trước chuyển sang và 14.990 hồ sơ tiếp nhận mới. Số liệu theo "
    "từng đơn vị như sau:\nĐơn vị	Tổng số tiếp nhận	Kỳ trước chuyển sang	Tiếp nhận mới	Đã "
    "giải quyết	Đang giải quyết\nSở Kế hoạch và Đầu tư	3.498	86	3.412	3.451	47\nSở Xây "
    "dựng	653	41	612	603	50\nSở Tài nguyên và Môi "
    "trường	2.401	214	2.187	2.159	242\nSở Giao thông vận "
    "tải	5.953	19	5.934	5.921	32\nSở Tư "
    "pháp	2.878	33	2.845	2.842	36\nCộng	15.383	393	14.990	14.976	407\nTrong tổng số "
    "14.976 hồ sơ đã giải quyết, có 9.874 hồ sơ giải quyết trước hạn, 5.041 hồ sơ đúng hạn và "
    "61 hồ sơ trễ hạn; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,59% số hồ sơ đã giải "
    "quyết. Nếu tính trên tổng số hồ sơ phải giải quyết trong kỳ (15.383 hồ sơ), số hồ sơ đã "
    "hoàn thành chiếm 97,4%; 407 hồ sơ còn lại chưa đến hạn trả kết quả và được chuyển sang kỳ "
    "sau.\nRiêng Sở Tài nguyên và Môi trường là đơn vị có tỷ lệ hồ sơ tồn cao nhất: 242 hồ sơ "
    "đang giải quyết trên tổng số 2.401 hồ sơ, chiếm 10,1%; đồng thời có 44 trong số 61 hồ sơ "
    "trễ hạn của toàn Trung tâm, chủ yếu thuộc thủ tục đăng ký biến động đất đai phải chờ kết "
    "quả đo đạc, xác định nghĩa vụ tài chính. Sở đã thực hiện xin lỗi người dân bằng văn bản "
    "đối với toàn bộ hồ sơ trễ hạn theo quy định.\nSở Giao thông vận tải tiếp nhận số lượng hồ "
    "sơ lớn nhất (5.953 hồ sơ, chiếm 38,7% tổng số), chủ yếu là thủ tục cấp đổi giấy phép lái "
    "xe; tỷ lệ giải quyết đạt 99,5% số hồ sơ của Sở.\nThời gian tới, Trung tâm tiếp tục phối "
    "hợp với các sở rà soát quy trình nội bộ, đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ "
    "tục hành chính nhằm rút ngắn thời gian xử lý và hạn chế tối đa hồ sơ trễ hạn.",
    "10. Kết quả tổ chức bầu cử bổ sung đại biểu Hội đồng nhân dân huyện\nThực hiện Nghị quyết "
    "số 112/NQ-HĐND của Hội đồng nhân dân huyện, cuộc bầu cử bổ sung đại biểu Hội đồng nhân "
    "dân huyện được tổ chức vào ngày Chủ nhật, 23/6/2024 tại 6 đơn vị hành chính cấp xã. Toàn "
    "huyện thành lập 98 khu vực bỏ phiếu với tổng số 84.796 cử tri (gần 85 ngàn cử tri) trong "
    "danh sách. Kết quả cụ thể như sau:\nĐơn vị	Số cử tri	Khu vực bỏ phiếu	Cử tri đã đi "
    "bầu	Tỷ lệ (%)\nThị trấn	21.874	24	21.836	99,83\nXã An "
    "Bình	14.312	17	14.297	99,90\nXã Tân Hòa	18.935	21	18.874	99,68\nXã Phú "
    "Lộc	9.746	12	9.746	100,00\nXã Mỹ Thạnh	12.508	15	12.471	99,70\nXã Long "
    "Phú	7.421	9	7.419	99,97\nToàn huyện	84.796	98	84.643	99,82\nTổng số cử tri đã "
    "tham gia bỏ phiếu là 84.643 người, đạt tỷ lệ 99,82% tổng số cử tri; trong đó, xã Phú Lộc "
    "có 100% cử tri đi bầu. Toàn huyện có 61/98 khu vực bỏ phiếu đạt tỷ lệ 100% cử tri đi bầu. "
    "Xã Tân Hòa có tỷ lệ thấp nhất (99,68%) do có nhiều cử tri đi làm ăn xa, không về địa "
    "phương được.\nSau khi kiểm phiếu, tổng số phiếu hợp lệ là 84.193 phiếu, chiếm 99,47% số "
    "phiếu thu vào; 450 phiếu không hợp lệ. Có 5 người trúng cử đại biểu Hội đồng nhân dân "
    "huyện, đủ số lượng đại biểu được bầu bổ sung theo quy định; người trúng cử có số phiếu "
    "cao nhất đạt 91,37% số phiếu hợp lệ tại đơn vị bầu cử số 2.\nCuộc bầu cử diễn ra an toàn, "
    "dân chủ, đúng pháp luật; công tác tuyên truyền được triển khai sâu rộng tại các ấp, khu "
    "phố. Riêng khu vực bỏ phiếu số 7 (khu phố 3, thị trấn) đã bố trí hòm phiếu phụ đưa đến "
    "tận nhà cho 43 cử tri là người cao tuổi, người khuyết tật, người ốm đau không thể đến "
    "phòng bỏ phiếu.",
    "12. Công tác thi đua, khen thưởng\nNăm 2024, Ủy ban nhân dân huyện đã đề nghị cấp trên và "
    "quyết định theo thẩm quyền tặng danh hiệu thi đua, hình thức khen thưởng cho 1.650 lượt "
    "tập thể, cá nhân (năm 2023: 1.512 lượt), tăng 9,1%; trong đó có 412 lượt tập thể và 1.238 "
    "lượt cá nhân.\nĐối với tập thể, gồm:\n- Cờ thi đua của Ủy ban nhân dân tỉnh: 12 tập "
    "thể;\n- Bằng khen của Thủ tướng Chính phủ: 3 tập thể;\n- Bằng khen của Chủ tịch Ủy ban "
    "nhân dân tỉnh: 46 tập thể;\n- Danh hiệu «Tập thể lao động xuất sắc»: 87 tập thể;\n- Giấy "
    "khen của Chủ tịch Ủy ban nhân dân huyện: 264 tập thể.\nĐối với cá nhân, gồm:\n- Huân "
    "chương Lao động hạng Ba: 2 cá nhân;\n- Bằng khen của Thủ tướng Chính phủ: 7 cá nhân;\n- "
    "Danh hiệu «Chiến sĩ thi đua cấp tỉnh»: 24 cá nhân;\n- Bằng khen của Chủ tịch Ủy ban nhân "
    "dân tỉnh: 158 cá nhân;\n- Danh hiệu «Chiến sĩ thi đua cơ sở»: 312 cá nhân;\n- Giấy khen "
    "của Chủ tịch Ủy ban nhân dân huyện: 735 cá nhân.\nTheo hình thức khen thưởng, trong tổng "
    "số 1.650 lượt tập thể, cá nhân nêu trên có 1.127 lượt khen thưởng thường xuyên theo công "
    "trạng và thành tích đạt được (chiếm 68,3%), 468 lượt khen thưởng theo chuyên đề (28,4%) "
    "và 55 lượt khen thưởng đột xuất (3,3%). Các trường hợp khen thưởng đột xuất chủ yếu là "
    "tập thể, cá nhân có thành tích trong phòng, chống thiên tai, cứu người bị nạn và truy bắt "
    "tội phạm.\nViệc khen thưởng người trực tiếp lao động, sản xuất được quan tâm hơn: trong "
    "tổng số 1.238 lượt cá nhân được khen thưởng, có 447 lượt cá nhân là công nhân, nông dân, "
    "người lao động trực tiếp, chiếm 36,1%, vượt chỉ tiêu (30%) theo Kế hoạch số 45/KH-UBND "
    "của Ủy ban nhân dân huyện.\nCông tác thẩm định hồ sơ khen thưởng được thực hiện chặt chẽ, "
    "đúng quy trình; thời gian giải quyết hồ sơ bình quân rút ngắn còn 8 ngày làm việc. Tuy "
    "nhiên, một số đơn vị còn chậm gửi hồ sơ đề nghị khen thưởng chuyên đề; việc phát hiện, "
    "bồi dưỡng, nhân rộng điển hình tiên tiến ở một số xã chưa thường xuyên.",
    "3. Công tác thanh tra, kiểm tra chuyên ngành\nNăm 2024, các sở, ngành được giao chức năng "
    "thanh tra chuyên ngành đã thực hiện 59 cuộc thanh tra, kiểm tra đối với 2.207 tổ chức, cá "
    "nhân; phát hiện 282 trường hợp vi phạm, chiếm 12,8% số tổ chức, cá nhân được kiểm tra; "
    "ban hành 282 quyết định xử phạt vi phạm hành chính với tổng số tiền phạt gần 2,6 tỷ đồng. "
    "Kết quả theo ngành như sau:\nNgành	Số cuộc	Tổ chức, cá nhân được kiểm tra	Số vi "
    "phạm	Tiền phạt (triệu đồng)\nY tế	18	412	57	286,5\nCông "
    "Thương	14	368	49	412,0\nNông nghiệp và Phát triển nông thôn	11	297	31	174,5\nGiao "
    "thông vận tải	9	1.046	126	587,5\nTài nguyên và Môi trường	7	84	19	1.116,0\nTổng "
    "cộng	59	2.207	282	2.576,5\nNgành Tài nguyên và Môi trường tuy chỉ có 7 cuộc nhưng số "
    "tiền phạt lớn nhất (1,116 tỷ đồng, chiếm 43,3% tổng số tiền phạt), chủ yếu xử phạt các "
    "doanh nghiệp xả nước thải vượt quy chuẩn và khai thác cát trái phép trên sông Hậu. Ngành "
    "Giao thông vận tải kiểm tra số lượng đối tượng nhiều nhất với 1.046 phương tiện, tổ chức, "
    "cá nhân, tỷ lệ vi phạm là 12,0%.\nĐến ngày 31/12/2024, các tổ chức, cá nhân vi phạm đã "
    "nộp phạt 2.241,5 triệu đồng, đạt 87,0% tổng số tiền phạt; số tiền còn lại 335,0 triệu "
    "đồng thuộc các quyết định xử phạt ban hành trong tháng 12/2024, chưa hết thời hạn chấp "
    "hành.\nNgoài ra, ngành Y tế đã tiêu hủy 1.240 kg thực phẩm không rõ nguồn gốc; ngành Công "
    "Thương tạm giữ, tịch thu hàng hóa vi phạm trị giá khoảng 318 triệu đồng. Các số liệu này "
    "không tính vào số tiền phạt nêu trên.\nNhìn chung, hoạt động thanh tra, kiểm tra chuyên "
    "ngành bám sát các lĩnh vực nhạy cảm, dư luận quan tâm như an toàn thực phẩm, kinh doanh "
    "xăng dầu, phân bón, thuốc bảo vệ thực vật và bảo vệ môi trường. Tuy nhiên, lực lượng "
    "thanh tra chuyên ngành còn mỏng, chưa đáp ứng yêu cầu nhiệm vụ trong bối cảnh số lượng cơ "
    "sở sản xuất, kinh doanh tăng nhanh.",
    "4. Đào tạo, bồi dưỡng cán bộ, công chức cấp xã\nNăm 2024, Sở Nội vụ đã chủ trì, phối hợp "
    "với Trường Chính trị tỉnh và các huyện, thị xã, thành phố tổ chức 46 lớp bồi dưỡng cho "
    "3.812 lượt cán bộ, công chức cấp xã và người hoạt động không chuyên trách, đạt 108,9% kế "
    "hoạch (3.500 lượt). Trong tổng số lượt học viên, có 1.702 lượt học viên nữ (44,6%) và 486 "
    "lượt học viên là người dân tộc thiểu số (12,7%). Kết quả theo nội dung bồi dưỡng:\nNội "
    "dung bồi dưỡng	Số lớp	Số lượt học viên\nKiến thức quản lý nhà nước	14	1.146\nKỹ năng "
    "lãnh đạo, quản lý và kỹ năng làm việc	18	1.524\nChuyên môn, nghiệp vụ theo lĩnh "
    "vực	9	768\nTin học, ngoại ngữ, tiếng dân tộc	5	374\nTổng cộng	46	3.812\nRiêng 14 "
    "lớp bồi dưỡng kiến thức quản lý nhà nước có cấp chứng chỉ, với 1.146 học viên tham gia, "
    "đã có 1.139 học viên hoàn thành chương trình và được cấp chứng chỉ, đạt 99,4%. Kết quả "
    "xếp loại 1.139 học viên này: giỏi 318 học viên (27,9%); khá 764 học viên (67,1%); trung "
    "bình 57 học viên (5,0%). Các lớp còn lại là lớp bồi dưỡng ngắn ngày, không thực hiện xếp "
    "loại kết quả học tập.\nTổng kinh phí thực hiện là 2,874 tỷ đồng, gồm: ngân sách tỉnh "
    "2.315 triệu đồng; học viên và cơ quan cử người đi học đóng góp 559 triệu đồng. Bình quân "
    "chi phí khoảng 754 nghìn đồng/lượt học viên.\nNgoài ra, trong năm các huyện đã cử 127 cán "
    "bộ, công chức cấp xã đi đào tạo trình độ đại học, trung cấp lý luận chính trị theo quy "
    "hoạch; số này không tính vào số lượt học viên bồi dưỡng nêu trên.\nĐánh giá chung, chương "
    "trình bồi dưỡng năm 2024 đã chú trọng kỹ năng thực hành, xử lý tình huống, chuyển đổi số "
    "và giao tiếp với người dân. Tuy nhiên, một số học viên ở vùng sâu, vùng xa còn khó khăn "
    "về đi lại; thời gian bồi dưỡng ngắn, chưa có nhiều điều kiện tham quan, học tập kinh "
    "nghiệm thực tế.",
    "3. Kết quả cung cấp dịch vụ công trực tuyến\nĐến ngày 31/12/2024, Bộ thủ tục hành chính "
    "áp dụng trên địa bàn tỉnh gồm 1.912 thủ tục; trong đó có 1.245 thủ tục được cung cấp dịch "
    "vụ công trực tuyến, chiếm 65,1% tổng số thủ tục, gồm 687 dịch vụ công trực tuyến toàn "
    "trình và 558 dịch vụ công trực tuyến một phần. Tỷ lệ dịch vụ công toàn trình so với tổng "
    "số dịch vụ công trực tuyến của tỉnh là 55,2%.\nTrong năm 2024, hệ thống thông tin giải "
    "quyết thủ tục hành chính của tỉnh đã tiếp nhận hơn 254 ngàn hồ sơ (254.118 hồ sơ), trong "
    "đó 186.432 hồ sơ nộp trực tuyến, chiếm 73,4%. So với năm 2023 (tiếp nhận 231.407 hồ sơ, "
    "trong đó 143.009 hồ sơ trực tuyến, tỷ lệ 61,8%), tổng số hồ sơ tăng 9,8%, số hồ sơ trực "
    "tuyến tăng 30,4% và tỷ lệ hồ sơ trực tuyến tăng 11,6 điểm phần trăm, vượt chỉ tiêu (70%) "
    "Ủy ban nhân dân tỉnh giao.\nTrong số 186.432 hồ sơ trực tuyến, có 98.765 hồ sơ thực hiện "
    "theo quy trình toàn trình, chiếm 53,0% số hồ sơ trực tuyến và 38,9% tổng số hồ sơ tiếp "
    "nhận.\nVề thanh toán trực tuyến, đã có 41.276 giao dịch thanh toán phí, lệ phí qua Cổng "
    "dịch vụ công quốc gia với tổng số tiền 12,58 tỷ đồng (khoảng 12,6 tỷ đồng). Về số hóa, đã "
    "thực hiện số hóa kết quả giải quyết đối với 231.004 hồ sơ, bằng 90,9% số hồ sơ tiếp nhận "
    "trong năm.\nMột số đơn vị có tỷ lệ hồ sơ trực tuyến thấp như Sở Tư pháp, Sở Lao động – "
    "Thương binh và Xã hội do đặc thù nhiều thủ tục yêu cầu bản gốc. Thời gian tới, tỉnh tiếp "
    "tục rà soát, tái cấu trúc quy trình, cắt giảm thành phần hồ sơ, tăng cường tái sử dụng dữ "
    "liệu đã số hóa để người dân không phải cung cấp lại giấy tờ.",
    "4. Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu\nĐến cuối năm 2024, huyện có "
    "13/13 xã đạt chuẩn nông thôn mới (100%); trong số này có 7 xã đạt chuẩn nông thôn mới "
    "nâng cao, chiếm 53,8% tổng số xã, và 2 xã đạt chuẩn nông thôn mới kiểu mẫu, đạt 100% kế "
    "hoạch giai đoạn 2021–2025 về xã kiểu mẫu (kế hoạch: 2 xã). 6 xã còn lại đang phấn đấu đạt "
    "chuẩn nâng cao, bình quân đạt 19 tiêu chí nông thôn mới nâng cao/xã.\nToàn huyện có 94 "
    "ấp, trong đó 21 ấp được công nhận đạt chuẩn «Ấp nông thôn mới kiểu mẫu», chiếm 22,3% tổng "
    "số ấp, vượt chỉ tiêu (20%) của Nghị quyết Đại hội Đảng bộ huyện; tiêu biểu là ấp 19 xã "
    "Tân Phú và ấp Phú Lợi xã Phú Thạnh với mô hình tuyến đường hoa, hàng rào xanh, hệ thống "
    "đèn chiếu sáng năng lượng mặt trời.\nVề Chương trình mỗi xã một sản phẩm (OCOP): huyện có "
    "42 sản phẩm được công nhận (năm 2023: 31 sản phẩm), tăng 11 sản phẩm, gồm 35 sản phẩm đạt "
    "3 sao và 7 sản phẩm đạt 4 sao. Các sản phẩm chủ lực là bưởi da xanh, sầu riêng, dừa sáp "
    "và các sản phẩm chế biến từ dừa.\nTổng nguồn vốn huy động thực hiện Chương trình trong "
    "năm là 4.964,3 tỷ đồng, trong đó vốn ngân sách nhà nước các cấp 2.204,1 tỷ đồng, vốn tín "
    "dụng 2.341,5 tỷ đồng, nhân dân và cộng đồng đóng góp 418,7 tỷ đồng. Vốn tín dụng chiếm tỷ "
    "trọng cao nhất (47,2%), chủ yếu cho vay phát triển sản xuất, chuyển đổi cơ cấu cây "
    "trồng.\nThu nhập bình quân đầu người khu vực nông thôn năm 2024 đạt 64,8 triệu "
    "đồng/người/năm, tăng 5,5 triệu đồng so với năm 2023 (59,3 triệu đồng), tương ứng tăng "
    "9,3%.\nHạn chế là một số tiêu chí nâng cao như môi trường, chất lượng cuộc sống chưa bền "
    "vững; việc huy động nguồn lực xã hội hóa ở một số xã còn hạn chế.",
    "1. Kết quả bầu cử đại biểu Hội đồng nhân dân huyện nhiệm kỳ 2021–2026\nCuộc bầu cử đại "
    "biểu Hội đồng nhân dân huyện được tổ chức tại 11 đơn vị bầu cử với 126 khu vực bỏ phiếu. "
    "Tổng số cử tri trong danh sách là 142.317 người; số cử tri đã tham gia bỏ phiếu là "
    "141.986 người, đạt 99,77%, cao hơn tỷ lệ chung của tỉnh. Đơn vị bầu cử số 3 (gồm xã Hòa "
    "Lợi và xã Phước Hảo) là đơn vị có tỷ lệ cử tri đi bầu cao nhất.\nTổng số phiếu hợp lệ là "
    "140.712 phiếu, chiếm 99,10% số phiếu thu vào. Số người ứng cử là 58 người để bầu 35 đại "
    "biểu, số dư là 23 người. Kết quả, đã bầu đủ 35/35 đại biểu theo số lượng được ấn định, "
    "không phải bầu cử thêm hay bầu cử lại ở đơn vị bầu cử nào.\nVề cơ cấu, thành phần của 35 "
    "đại biểu trúng cử, gồm:\n- Nữ: 11 đại biểu, chiếm 31,4%;\n- Dưới 40 tuổi: 8 đại biểu, "
    "chiếm 22,9%;\n- Người dân tộc thiểu số: 4 đại biểu, chiếm 11,4%;\n- Người ngoài Đảng: 2 "
    "đại biểu, chiếm 5,7%;\n- Tái cử: 14 đại biểu, chiếm 40,0%;\n- Có trình độ chuyên môn đại "
    "học trở lên: 33 đại biểu, chiếm 94,3%.\nTrong danh sách 58 người ứng cử có 24 người là "
    "nữ, chiếm 41,4% số người ứng cử; kết quả có 11 nữ trúng cử, chiếm 31,4% tổng số đại biểu, "
    "vượt tỷ lệ dự kiến (30%) theo hướng dẫn của Ủy ban bầu cử tỉnh. Tỷ lệ trúng cử của ứng cử "
    "viên nữ là 45,8% (trên số người ứng cử là nữ), thấp hơn tỷ lệ trúng cử chung là "
    "60,3%.\nỦy ban bầu cử huyện đã cấp giấy chứng nhận đại biểu Hội đồng nhân dân huyện cho "
    "35 đại biểu trúng cử. Ngày 25/6/2021, Hội đồng nhân dân huyện khóa XII đã tiến hành kỳ "
    "họp thứ nhất, bầu các chức danh lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân huyện nhiệm "
    "kỳ 2021–2026.\nCuộc bầu cử thực sự là ngày hội của toàn dân; công tác bảo đảm an ninh "
    "trật tự, phòng, chống dịch bệnh tại các khu vực bỏ phiếu được thực hiện chặt chẽ, không "
    "xảy ra sự cố.",
    "3. Công tác đào tạo, bồi dưỡng tại Trường Chính trị tỉnh\nNăm 2024, Trường Chính trị tỉnh "
    "quản lý, tổ chức giảng dạy 16 lớp, gồm 7 lớp năm 2023 chuyển sang và 9 lớp khai giảng mới "
    "trong năm. Đến ngày 31/12/2024, đã bế giảng 11 lớp; 5 lớp đang học với 386 học viên sẽ "
    "tiếp tục chuyển sang năm 2025.\nCác lớp đã bế giảng, cụ thể: Trung cấp lý luận chính trị: "
    "6 lớp, 418 học viên; Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4: 3 lớp, 217 "
    "học viên; Bồi dưỡng chuyên viên: 2 lớp, 89 học viên. Tổng số học viên của các lớp đã bế "
    "giảng là 724 học viên; trong đó 2 học viên không đủ điều kiện tốt nghiệp do nghỉ học quá "
    "thời gian quy định, 722 học viên tốt nghiệp, đạt 99,7%.\nKết quả xếp loại tốt nghiệp của "
    "722 học viên: xuất sắc 19 học viên, chiếm 2,6%; giỏi 273 học viên, chiếm 37,8%; khá 422 "
    "học viên, chiếm 58,4%; trung bình 8 học viên, chiếm 1,1%. Tỷ lệ học viên đạt loại giỏi "
    "trở lên là 40,4% số học viên tốt nghiệp.\nRiêng các lớp trung cấp lý luận chính trị, học "
    "viên là cán bộ chủ chốt cấp xã chiếm phần lớn; Trường đã phối hợp tổ chức lớp Trung cấp "
    "lý luận chính trị K25 tại huyện Trà Cú dành cho cán bộ là người dân tộc Khmer, tạo điều "
    "kiện thuận lợi cho học viên vừa học vừa công tác.\nĐội ngũ giảng viên của Trường có 38 "
    "người, trong đó 9 người có trình độ tiến sĩ, 26 người có trình độ thạc sĩ; 100% giảng "
    "viên đi dự giờ, thực tế cơ sở theo quy định. Trong năm, Trường triển khai 4 đề tài khoa "
    "học cấp cơ sở, phục vụ trực tiếp công tác giảng dạy.\nHạn chế là một số học viên chưa "
    "dành nhiều thời gian tự nghiên cứu; ký túc xá và trang thiết bị phục vụ học tập chưa đáp "
    "ứng yêu cầu khi số lớp học tăng.",
]


@pytest.mark.parametrize("text", SECTIONS)
def test_a_correct_section_raises_nothing_but_its_numbering(text):
    result = check_text(text)
    assert [(f.rule, f.arithmetic) for f in result.findings if f.rule != "numbering_start"] == []
