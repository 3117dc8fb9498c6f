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
]


@pytest.mark.parametrize("text", CORRECT)
def test_a_correct_passage_raises_nothing(text):
    result = check_text(text)
    assert [(f.rule, f.arithmetic) for f in result.findings] == []
