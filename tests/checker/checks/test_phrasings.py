"""Phrasings real reports use for the same relations (issue 14): each slip written the way a
provincial report or its newspaper writes it, found with its arithmetic; the same text with
the slip corrected raises nothing. Written for the tests (a probe of phrasings, not a real
report): they never count in the real corpus's figures."""

import pytest

from danvan.checker.engine import check_text

CASES = [
    (
        "Tổng số hồ sơ thụ lý trong năm là 74.898 hồ sơ; đã có kết quả 74.161 hồ sơ; "
        "chưa giải quyết 727 hồ sơ, chủ yếu là hồ sơ chuyển quyền sử dụng đất.",
        "Tổng số hồ sơ thụ lý trong năm là 74.898 hồ sơ; đã có kết quả 74.161 hồ sơ; "
        "chưa giải quyết 737 hồ sơ, chủ yếu là hồ sơ chuyển quyền sử dụng đất.",
        "balance_mismatch",
        "74.161 + 727 = 74.888 ≠ 74.898",
    ),
    (
        "Các cơ quan có thẩm quyền thụ lý 86 vụ việc tố cáo (kỳ trước chuyển sang 12 "
        "vụ, mới phát sinh 74 vụ); đã giải quyết 71 vụ, còn 17 vụ đang trong hạn giải"
        " quyết.",
        "Các cơ quan có thẩm quyền thụ lý 86 vụ việc tố cáo (kỳ trước chuyển sang 12 "
        "vụ, mới phát sinh 74 vụ); đã giải quyết 71 vụ, còn 15 vụ đang trong hạn giải"
        " quyết.",
        "balance_mismatch",
        "71 + 17 = 88 ≠ 86",
    ),
    (
        "Kết quả tiếp nhận, xử lý kiến nghị, phản ánh của người dân: tiếp nhận 1.318 "
        "kiến nghị; đã xử lý 1.207 kiến nghị; đang xử lý 101 kiến nghị.",
        "Kết quả tiếp nhận, xử lý kiến nghị, phản ánh của người dân: tiếp nhận 1.318 "
        "kiến nghị; đã xử lý 1.207 kiến nghị; đang xử lý 111 kiến nghị.",
        "balance_mismatch",
        "1.207 + 101 = 1.308 ≠ 1.318",
    ),
    (
        "Tổng số tiền kiến nghị xử lý khoảng 3,87 tỷ đồng, gồm: thu hồi về ngân sách "
        "nhà nước 2,15 tỷ đồng và giảm trừ giá trị quyết toán 2,06 tỷ đồng.",
        "Tổng số tiền kiến nghị xử lý khoảng 3,87 tỷ đồng, gồm: thu hồi về ngân sách "
        "nhà nước 2,15 tỷ đồng và giảm trừ giá trị quyết toán 1,72 tỷ đồng.",
        "estimate_mismatch",
        "2,15 tỷ đồng + 2,06 tỷ đồng = 4,21 tỷ đồng: không hợp với «khoảng 3,87 tỷ đồng»",
    ),
    (
        "Sáu tháng đầu năm, Bộ phận Một cửa thành phố đã tiếp nhận 3,87 ngàn hồ sơ, "
        "trong đó 2.950 hồ sơ trực tuyến và 1.320 hồ sơ trực tiếp.",
        "Sáu tháng đầu năm, Bộ phận Một cửa thành phố đã tiếp nhận 3,87 ngàn hồ sơ, "
        "trong đó 2.950 hồ sơ trực tuyến và 920 hồ sơ trực tiếp.",
        "estimate_mismatch",
        "2.950 + 1.320 = 4.270: không hợp với «3,87 ngàn hồ sơ»",
    ),
    (
        "Trong năm, các cấp đã tiếp hơn 2.000 lượt công dân, gồm: cấp tỉnh 415 lượt, "
        "cấp huyện 768 lượt, cấp xã 667 lượt.",
        "Trong năm, các cấp đã tiếp hơn 2.000 lượt công dân, gồm: cấp tỉnh 415 lượt, "
        "cấp huyện 768 lượt, cấp xã 867 lượt.",
        "estimate_mismatch",
        "415 + 768 + 667 = 1.850: không hợp với «hơn 2.000 lượt công dân»",
    ),
    (
        "Ở cấp xã, Bộ phận Một cửa nhận được 3.416 hồ sơ. Số hồ sơ đã giải quyết xong"
        " là 3.290 hồ sơ, số hồ sơ đang trong hạn giải quyết là 136 hồ sơ.",
        "Ở cấp xã, Bộ phận Một cửa nhận được 3.416 hồ sơ. Số hồ sơ đã giải quyết xong"
        " là 3.290 hồ sơ, số hồ sơ đang trong hạn giải quyết là 126 hồ sơ.",
        "balance_mismatch",
        "3.290 + 136 = 3.426 ≠ 3.416",
    ),
    (
        "Trong số 9.310 hồ sơ đã giải quyết, Trung tâm Phục vụ hành chính công tỉnh "
        "giải quyết trước hạn 8.452 hồ sơ, đạt tỷ lệ 92,8%.",
        "Trong số 9.310 hồ sơ đã giải quyết, Trung tâm Phục vụ hành chính công tỉnh "
        "giải quyết trước hạn 8.452 hồ sơ, đạt tỷ lệ 90,8%.",
        "ratio_mismatch",
        "8.452/9.310 = 90,784% ≠ 92,8%",
    ),
    (
        "Ban Tiếp công dân huyện nhận được 1.536 đơn thư các loại. Qua phân loại, có "
        "1.212 đơn đủ điều kiện xử lý, bằng 81,3% tổng số đơn.",
        "Ban Tiếp công dân huyện nhận được 1.536 đơn thư các loại. Qua phân loại, có "
        "1.212 đơn đủ điều kiện xử lý, bằng 78,9% tổng số đơn.",
        "ratio_mismatch",
        "1.212/1.536 = 78,906% ≠ 81,3%",
    ),
    (
        "Huyện có 21 xã, thị trấn với 98.430 nhân khẩu; số người tham gia bảo hiểm y "
        "tế là 91.210 người, đạt 93,7% dân số.",
        "Huyện có 21 xã, thị trấn với 98.430 nhân khẩu; số người tham gia bảo hiểm y "
        "tế là 91.210 người, đạt 92,7% dân số.",
        "ratio_mismatch",
        "91.210/98.430 = 92,665% ≠ 93,7%",
    ),
    (
        "Tỷ lệ hồ sơ giải quyết sớm hạn trên địa bàn thành phố là 68,4%, với 5.127 hồ"
        " sơ sớm hạn trên tổng số 7.845 hồ sơ đã giải quyết.",
        "Tỷ lệ hồ sơ giải quyết sớm hạn trên địa bàn thành phố là 65,4%, với 5.127 hồ"
        " sơ sớm hạn trên tổng số 7.845 hồ sơ đã giải quyết.",
        "ratio_mismatch",
        "5.127/7.845 = 65,354% ≠ 68,4%",
    ),
    (
        "Cấp huyện còn 96 hồ sơ giải quyết quá hạn trong tổng số 6.420 hồ sơ, chiếm "
        "1,9%, chủ yếu ở lĩnh vực đất đai và xây dựng.",
        "Cấp huyện còn 96 hồ sơ giải quyết quá hạn trong tổng số 6.420 hồ sơ, chiếm "
        "1,5%, chủ yếu ở lĩnh vực đất đai và xây dựng.",
        "ratio_mismatch",
        "96/6.420 = 1,495% ≠ 1,9%",
    ),
    (
        "So với cùng kỳ năm trước là 642 đơn, số đơn khiếu nại tiếp nhận trong kỳ là "
        "713 đơn, tăng 9,1%.",
        "So với cùng kỳ năm trước là 642 đơn, số đơn khiếu nại tiếp nhận trong kỳ là "
        "713 đơn, tăng 11,1%.",
        "change_mismatch",
        "(713 − 642)/642 = 11,059% ≠ 9,1%",
    ),
    (
        "Số hộ nghèo của huyện giảm từ 1.245 hộ cuối năm 2022 xuống còn 986 hộ cuối "
        "năm 2023, tức giảm 18,8%.",
        "Số hộ nghèo của huyện giảm từ 1.245 hộ cuối năm 2022 xuống còn 986 hộ cuối "
        "năm 2023, tức giảm 20,8%.",
        "change_mismatch",
        "(1.245 − 986)/1.245 = 20,803% ≠ 18,8%",
    ),
    (
        "Năm nay, số vụ việc hòa giải thành đạt 1.084 vụ; cùng kỳ năm trước là 1.120 "
        "vụ, giảm 3,5%.",
        "Năm nay, số vụ việc hòa giải thành đạt 1.084 vụ; cùng kỳ năm trước là 1.120 "
        "vụ, giảm 3,2%.",
        "change_mismatch",
        "(1.120 − 1.084)/1.120 = 3,214% ≠ 3,5%",
    ),
    (
        "Số đơn thư nhận được trong năm là 1.536 đơn; năm 2022 là 1.402 đơn, như vậy tăng 11,2%.",
        "Số đơn thư nhận được trong năm là 1.536 đơn; năm 2022 là 1.402 đơn, như vậy tăng 9,6%.",
        "change_mismatch",
        "(1.536 − 1.402)/1.402 = 9,558% ≠ 11,2%",
    ),
    (
        "Qua 18 cuộc thanh tra, phát hiện sai phạm về kinh tế 5,62 tỷ đồng; kiến nghị"
        " thu hồi về ngân sách nhà nước 3,1 tỷ đồng (chiếm 60,2% số tiền sai phạm).",
        "Qua 18 cuộc thanh tra, phát hiện sai phạm về kinh tế 5,62 tỷ đồng; kiến nghị"
        " thu hồi về ngân sách nhà nước 3,1 tỷ đồng (chiếm 55,2% số tiền sai phạm).",
        "ratio_mismatch",
        "3,1/5,62 tỷ đồng = 55,160% ≠ 60,2%",
    ),
    (
        "Ban Dân vận Tỉnh ủy phối hợp tổ chức 24 lớp bồi dưỡng nghiệp vụ công tác dân"
        " vận với 2.150 học viên tham gia (cấp tỉnh 4 lớp, 420 học viên; cấp huyện 20"
        " lớp, 1.830 học viên).",
        "Ban Dân vận Tỉnh ủy phối hợp tổ chức 24 lớp bồi dưỡng nghiệp vụ công tác dân"
        " vận với 2.150 học viên tham gia (cấp tỉnh 4 lớp, 420 học viên; cấp huyện 20"
        " lớp, 1.730 học viên).",
        "sum_mismatch",
        "420 + 1.830 = 2.250 ≠ 2.150",
    ),
    (
        "Đã giải quyết 2.860 hồ sơ, trong đó: giải quyết trước hạn 1.934 hồ sơ; đúng "
        "hạn 889 hồ sơ; chậm 47 hồ sơ.",
        "Đã giải quyết 2.860 hồ sơ, trong đó: giải quyết trước hạn 1.934 hồ sơ; đúng "
        "hạn 889 hồ sơ; chậm 37 hồ sơ.",
        "balance_mismatch",
        "1.934 + 889 + 47 = 2.870 ≠ 2.860",
    ),
    (
        "Về kết quả giải quyết 38 đơn khiếu nại đã có kết quả: khiếu nại đúng 4 đơn, "
        "đúng một phần 7 đơn, sai 22 đơn; đình chỉ do rút đơn 8 đơn.",
        "Về kết quả giải quyết 38 đơn khiếu nại đã có kết quả: khiếu nại đúng 4 đơn, "
        "đúng một phần 7 đơn, sai 19 đơn; đình chỉ do rút đơn 8 đơn.",
        "parts_exceed_total",
        "4 + 7 + 22 + 8 = 41 > 38 khiếu nại đã giải quyết",
    ),
    (
        "Theo kết quả rà soát cuối năm, toàn tỉnh có 1.238 hộ nghèo. Để hỗ trợ 1.283 "
        "hộ nghèo nêu trên, tỉnh đã huy động hơn 20 tỷ đồng từ các nguồn xã hội hóa.",
        "Theo kết quả rà soát cuối năm, toàn tỉnh có 1.238 hộ nghèo. Để hỗ trợ 1.238 "
        "hộ nghèo nêu trên, tỉnh đã huy động hơn 20 tỷ đồng từ các nguồn xã hội hóa.",
        "inconsistent_repeat",
        "1.238 ≠ 1.283 (hộ nghèo nêu trên)",
    ),
    (
        "Địa phương\tTổng số đơn\tKhiếu nại\tTố cáo\tKiến nghị, phản ánh\n"
        "Huyện Đông\t186\t42\t15\t129\n"
        "Huyện Tây\t214\t38\t21\t165\n"
        "Huyện Nam\t97\t19\t8\t70",
        "Địa phương\tTổng số đơn\tKhiếu nại\tTố cáo\tKiến nghị, phản ánh\n"
        "Huyện Đông\t186\t42\t15\t129\n"
        "Huyện Tây\t214\t38\t21\t155\n"
        "Huyện Nam\t97\t19\t8\t70",
        "table_mismatch",
        "38 + 21 + 165 = 224 ≠ 214",
    ),
    (
        "Chỉ tiêu\tNăm 2022\tNăm 2023\tTăng/giảm (%)\n"
        "Số lượt tiếp công dân\t3.156\t2.845\t-9,9\n"
        "Số đơn tiếp nhận\t1.014\t1.231\t+24,1\n"
        "Số vụ hòa giải thành\t1.120\t1.084\t-3,2",
        "Chỉ tiêu\tNăm 2022\tNăm 2023\tTăng/giảm (%)\n"
        "Số lượt tiếp công dân\t3.156\t2.845\t-9,9\n"
        "Số đơn tiếp nhận\t1.014\t1.231\t+21,4\n"
        "Số vụ hòa giải thành\t1.120\t1.084\t-3,2",
        "change_mismatch",
        "Hàng «Số đơn tiếp nhận»: (1.231 − 1.014)/1.014 = 21,400% ≠ +24,1",
    ),
    (
        "Xã có 2.815 hộ với 11.240 nhân khẩu; năm 2023 có 2.604 hộ được công nhận "
        "danh hiệu gia đình văn hóa, đạt 94,5%.",
        "Xã có 2.815 hộ với 11.240 nhân khẩu; năm 2023 có 2.604 hộ được công nhận "
        "danh hiệu gia đình văn hóa, đạt 92,5%.",
        "ratio_mismatch",
        "2.604/2.815 = 92,504% ≠ 94,5%",
    ),
    (
        "Kết quả giải quyết đơn khiếu nại thuộc thẩm quyền\n"
        "Tổng số đơn khiếu nại thuộc thẩm quyền giải quyết của các cơ quan hành chính"
        " trong năm là 87 đơn. Các cơ quan đã giải quyết 79 đơn, đạt tỷ lệ 95,4%; 8 "
        "đơn còn lại đang trong thời hạn giải quyết theo quy định.",
        "Kết quả giải quyết đơn khiếu nại thuộc thẩm quyền\n"
        "Tổng số đơn khiếu nại thuộc thẩm quyền giải quyết của các cơ quan hành chính"
        " trong năm là 87 đơn. Các cơ quan đã giải quyết 79 đơn, đạt tỷ lệ 90,8%; 8 "
        "đơn còn lại đang trong thời hạn giải quyết theo quy định.",
        "ratio_mismatch",
        "79/87 = 90,805% ≠ 95,4%",
    ),
    (
        "Cuộc bầu cử diễn ra an toàn, dân chủ, đúng luật\n"
        "Theo báo cáo của Ủy ban bầu cử tỉnh, tổng số cử tri trong danh sách là "
        "842.615 cử tri. Số cử tri đã tham gia bỏ phiếu là 838.402 cử tri, đạt tỷ lệ "
        "99,8%. Có 7 đơn vị bầu cử đạt tỷ lệ cử tri đi bầu 100%.",
        "Cuộc bầu cử diễn ra an toàn, dân chủ, đúng luật\n"
        "Theo báo cáo của Ủy ban bầu cử tỉnh, tổng số cử tri trong danh sách là "
        "842.615 cử tri. Số cử tri đã tham gia bỏ phiếu là 838.402 cử tri, đạt tỷ lệ "
        "99,5%. Có 7 đơn vị bầu cử đạt tỷ lệ cử tri đi bầu 100%.",
        "ratio_mismatch",
        "838.402/842.615 = 99,500% ≠ 99,8%",
    ),
    (
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG: GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI ĐÚNG HẠN\n"
        "Năm 2023, Văn phòng Đăng ký đất đai tỉnh và các chi nhánh đã tiếp nhận 7.412"
        " hồ sơ đăng ký, cấp giấy chứng nhận quyền sử dụng đất. Trong đó, số hồ sơ "
        "giải quyết đúng hạn là 7.254 hồ sơ, đạt 97,86%; số hồ sơ trễ hạn đã có văn "
        "bản xin lỗi người dân là 158 hồ sơ.",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG: GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI ĐÚNG HẠN\n"
        "Năm 2023, Văn phòng Đăng ký đất đai tỉnh và các chi nhánh đã tiếp nhận 7.412"
        " hồ sơ đăng ký, cấp giấy chứng nhận quyền sử dụng đất. Trong đó, số hồ sơ "
        "giải quyết đúng hạn là 7.254 hồ sơ, đạt 97,87%; số hồ sơ trễ hạn đã có văn "
        "bản xin lỗi người dân là 158 hồ sơ.",
        "rounding",
        "7.254/7.412 = 97,868% → 97,87%; văn bản ghi 97,86%: cắt bớt",
    ),
    (
        "Phát hiện sai phạm hơn 3 tỷ đồng qua thanh tra\n"
        "Qua thanh tra, phát hiện sai phạm hơn 3 tỷ đồng, gồm sai phạm trong đầu tư "
        "xây dựng cơ bản 1,45 tỷ đồng và trong quản lý, sử dụng tài chính 1,38 tỷ "
        "đồng. Cơ quan thanh tra đã kiến nghị thu hồi toàn bộ số tiền sai phạm.",
        "Phát hiện sai phạm hơn 3 tỷ đồng qua thanh tra\n"
        "Qua thanh tra, phát hiện sai phạm hơn 3 tỷ đồng, gồm sai phạm trong đầu tư "
        "xây dựng cơ bản 1,45 tỷ đồng và trong quản lý, sử dụng tài chính 1,68 tỷ "
        "đồng. Cơ quan thanh tra đã kiến nghị thu hồi toàn bộ số tiền sai phạm.",
        "estimate_mismatch",
        "1,45 tỷ đồng + 1,38 tỷ đồng = 2,83 tỷ đồng: không hợp với «hơn 3 tỷ đồng»",
    ),
    (
        "Gần 1,2 triệu người tham gia bảo hiểm y tế\n"
        "Số người tham gia bảo hiểm y tế toàn tỉnh đạt gần 1,2 triệu người; trong đó "
        "nhóm do ngân sách nhà nước đóng 486.300 người, nhóm tham gia theo hộ gia "
        "đình 412.700 người, các nhóm khác 325.600 người.",
        "Gần 1,2 triệu người tham gia bảo hiểm y tế\n"
        "Số người tham gia bảo hiểm y tế toàn tỉnh đạt gần 1,2 triệu người; trong đó "
        "nhóm do ngân sách nhà nước đóng 486.300 người, nhóm tham gia theo hộ gia "
        "đình 412.700 người, các nhóm khác 275.600 người.",
        "estimate_mismatch",
        "486.300 + 412.700 + 325.600 = 1.224.600: không hợp với «gần 1,2 triệu người»",
    ),
    (
        "Đơn khiếu nại, tố cáo giảm mạnh\n"
        "Năm 2023, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 410 đơn khiếu "
        "nại, tố cáo. Năm 2022, con số này là 520 đơn. Như vậy, số đơn đã giảm 18% so"
        " với năm trước, cho thấy nhiều vụ việc phức tạp, kéo dài đã được giải quyết "
        "dứt điểm.",
        "Đơn khiếu nại, tố cáo giảm mạnh\n"
        "Năm 2023, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 410 đơn khiếu "
        "nại, tố cáo. Năm 2022, con số này là 520 đơn. Như vậy, số đơn đã giảm 21,2% "
        "so với năm trước, cho thấy nhiều vụ việc phức tạp, kéo dài đã được giải "
        "quyết dứt điểm.",
        "change_mismatch",
        "(520 − 410)/520 = 21,154% ≠ 18%",
    ),
    (
        "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm "
        "2023\n"
        "Tổng số hộ nghèo cuối năm 2023 là 3.412 hộ, giảm 1.026 hộ so với đầu năm "
        "(4.438 hộ), tương đương giảm 25,4%. Số hộ cận nghèo là 5.870 hộ, tập trung "
        "chủ yếu ở các xã vùng đồng bào dân tộc thiểu số.",
        "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm "
        "2023\n"
        "Tổng số hộ nghèo cuối năm 2023 là 3.412 hộ, giảm 1.026 hộ so với đầu năm "
        "(4.438 hộ), tương đương giảm 23,1%. Số hộ cận nghèo là 5.870 hộ, tập trung "
        "chủ yếu ở các xã vùng đồng bào dân tộc thiểu số.",
        "change_mismatch",
        "(4.438 − 3.412)/4.438 = 23,119% ≠ 25,4%",
    ),
    (
        "Thanh tra hành chính năm 2023\n"
        "Năm 2023, Thanh tra tỉnh và thanh tra các sở, ngành, huyện đã triển khai 46 "
        "cuộc thanh tra hành chính, tăng 4 cuộc so với năm 2022, tức tăng 8,7%. Đã "
        "ban hành kết luận 41 cuộc, số còn lại đang hoàn thiện dự thảo kết luận.",
        "Thanh tra hành chính năm 2023\n"
        "Năm 2023, Thanh tra tỉnh và thanh tra các sở, ngành, huyện đã triển khai 46 "
        "cuộc thanh tra hành chính, tăng 4 cuộc so với năm 2022, tức tăng 9,5%. Đã "
        "ban hành kết luận 41 cuộc, số còn lại đang hoàn thiện dự thảo kết luận.",
        "change_mismatch",
        "(46 − 42)/42 = 9,524% ≠ 8,7%",
    ),
    (
        "Hồ sơ trực tuyến tăng mạnh\n"
        "Số hồ sơ thủ tục hành chính nộp trực tuyến năm 2023 đạt 156.300 hồ sơ, trong"
        " khi năm 2022 là 104.200 hồ sơ. So với năm trước, hồ sơ trực tuyến tăng 55%."
        " Đây là kết quả của việc đẩy mạnh chuyển đổi số và tuyên truyền, hướng dẫn "
        "người dân.",
        "Hồ sơ trực tuyến tăng mạnh\n"
        "Số hồ sơ thủ tục hành chính nộp trực tuyến năm 2023 đạt 156.300 hồ sơ, trong"
        " khi năm 2022 là 104.200 hồ sơ. So với năm trước, hồ sơ trực tuyến tăng 50%."
        " Đây là kết quả của việc đẩy mạnh chuyển đổi số và tuyên truyền, hướng dẫn "
        "người dân.",
        "change_mismatch",
        "(156.300 − 104.200)/104.200 = 50,000% ≠ 55%",
    ),
    (
        "Phản ánh, kiến nghị qua tổng đài giảm so với cùng kỳ\n"
        "Trong 6 tháng đầu năm, tổng đài tiếp nhận 5.870 phản ánh, kiến nghị. Cùng kỳ"
        " năm trước, tổng đài tiếp nhận 6.480 phản ánh, kiến nghị. Như vậy, số phản "
        "ánh giảm 10,4% so với cùng kỳ, chủ yếu do các vấn đề về môi trường, trật tự "
        "đô thị đã được xử lý kịp thời.",
        "Phản ánh, kiến nghị qua tổng đài giảm so với cùng kỳ\n"
        "Trong 6 tháng đầu năm, tổng đài tiếp nhận 5.870 phản ánh, kiến nghị. Cùng kỳ"
        " năm trước, tổng đài tiếp nhận 6.480 phản ánh, kiến nghị. Như vậy, số phản "
        "ánh giảm 9,4% so với cùng kỳ, chủ yếu do các vấn đề về môi trường, trật tự "
        "đô thị đã được xử lý kịp thời.",
        "change_mismatch",
        "(6.480 − 5.870)/6.480 = 9,414% ≠ 10,4%",
    ),
    (
        "Quý I/2024: Trung tâm Phục vụ hành chính công tiếp nhận 8.640 hồ sơ\n"
        "Theo báo cáo của Văn phòng UBND tỉnh, trong quý I/2024, Trung tâm Phục vụ "
        "hành chính công tỉnh đã tiếp nhận 8.460 hồ sơ thủ tục hành chính, trong đó "
        "6.912 hồ sơ nộp trực tuyến. Đến nay đã trả kết quả 8.201 hồ sơ, trong đó "
        "trước và đúng hạn 8.155 hồ sơ.",
        "Quý I/2024: Trung tâm Phục vụ hành chính công tiếp nhận 8.640 hồ sơ\n"
        "Theo báo cáo của Văn phòng UBND tỉnh, trong quý I/2024, Trung tâm Phục vụ "
        "hành chính công tỉnh đã tiếp nhận 8.640 hồ sơ thủ tục hành chính, trong đó "
        "6.912 hồ sơ nộp trực tuyến. Đến nay đã trả kết quả 8.201 hồ sơ, trong đó "
        "trước và đúng hạn 8.155 hồ sơ.",
        "inconsistent_repeat",
        "tiêu đề 8.640 ≠ thân bài 8.460",
    ),
    (
        "Tỷ lệ hộ nghèo giảm còn 2,35%\n"
        "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023 cho thấy, tỷ lệ hộ "
        "nghèo toàn tỉnh giảm 1,12 điểm phần trăm so với đầu năm. Cụ thể, tỷ lệ hộ "
        "nghèo toàn tỉnh cuối năm là 2,53%, tỷ lệ hộ cận nghèo là 3,08%.",
        "Tỷ lệ hộ nghèo giảm còn 2,35%\n"
        "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023 cho thấy, tỷ lệ hộ "
        "nghèo toàn tỉnh giảm 1,12 điểm phần trăm so với đầu năm. Cụ thể, tỷ lệ hộ "
        "nghèo toàn tỉnh cuối năm là 2,35%, tỷ lệ hộ cận nghèo là 3,08%.",
        "inconsistent_repeat",
        "tiêu đề 2,35% ≠ thân bài 2,53%",
    ),
    (
        "Thanh tra tỉnh phát hiện sai phạm 4,82 tỷ đồng, đã thu hồi 3,95 tỷ đồng\n"
        "Năm 2023, toàn ngành thanh tra triển khai 58 cuộc thanh tra hành chính, ban "
        "hành kết luận 52 cuộc.\n"
        "Qua thanh tra, phát hiện sai phạm về kinh tế 4,82 tỷ đồng, kiến nghị thu hồi"
        " toàn bộ. Đến ngày 31/12/2023, số tiền đã thu hồi nộp ngân sách là 3,59 tỷ "
        "đồng, số còn lại đang tiếp tục đôn đốc thu hồi.",
        "Thanh tra tỉnh phát hiện sai phạm 4,82 tỷ đồng, đã thu hồi 3,95 tỷ đồng\n"
        "Năm 2023, toàn ngành thanh tra triển khai 58 cuộc thanh tra hành chính, ban "
        "hành kết luận 52 cuộc.\n"
        "Qua thanh tra, phát hiện sai phạm về kinh tế 4,82 tỷ đồng, kiến nghị thu hồi"
        " toàn bộ. Đến ngày 31/12/2023, số tiền đã thu hồi nộp ngân sách là 3,95 tỷ "
        "đồng, số còn lại đang tiếp tục đôn đốc thu hồi.",
        "inconsistent_repeat",
        "tiêu đề 3,95 tỷ đồng ≠ thân bài 3,59 tỷ đồng",
    ),
    (
        "Tỷ lệ cử tri đi bầu đạt 99,52%\n"
        "Ngày 25/5, Ủy ban bầu cử tỉnh tổ chức họp báo công bố kết quả bầu cử đại "
        "biểu HĐND các cấp. Theo báo cáo, tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,25%, "
        "trong đó nhiều đơn vị bầu cử đạt 100%.",
        "Tỷ lệ cử tri đi bầu đạt 99,52%\n"
        "Ngày 25/5, Ủy ban bầu cử tỉnh tổ chức họp báo công bố kết quả bầu cử đại "
        "biểu HĐND các cấp. Theo báo cáo, tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,52%, "
        "trong đó nhiều đơn vị bầu cử đạt 100%.",
        "inconsistent_repeat",
        "tiêu đề 99,52% ≠ thân bài 99,25%",
    ),
    (
        "Huyện Tân Phú có 286 mô hình “Dân vận khéo”\n"
        "Theo Ban Dân vận Huyện ủy, đến nay toàn huyện đã xây dựng được 268 mô hình "
        "“Dân vận khéo”, trong đó có 35 mô hình được nhân rộng ra các xã, thị trấn. "
        "Các mô hình tập trung vào phát triển kinh tế, giữ gìn an ninh trật tự.",
        "Huyện Tân Phú có 286 mô hình “Dân vận khéo”\n"
        "Theo Ban Dân vận Huyện ủy, đến nay toàn huyện đã xây dựng được 286 mô hình "
        "“Dân vận khéo”, trong đó có 35 mô hình được nhân rộng ra các xã, thị trấn. "
        "Các mô hình tập trung vào phát triển kinh tế, giữ gìn an ninh trật tự.",
        "inconsistent_repeat",
        "tiêu đề 286 ≠ thân bài 268",
    ),
    (
        "Bồi dưỡng nghiệp vụ công tác dân vận năm 2023\n"
        "Trong năm, Ban Dân vận Tỉnh ủy chủ trì, phối hợp mở 14 lớp bồi dưỡng nghiệp "
        "vụ công tác dân vận cho 1.380 học viên. Đối tượng chủ yếu là cán bộ cấp xã "
        "với 966 học viên, chiếm 72% tổng số học viên; còn lại là cán bộ, công chức "
        "cấp huyện và trưởng thôn, bản.",
        "Bồi dưỡng nghiệp vụ công tác dân vận năm 2023\n"
        "Trong năm, Ban Dân vận Tỉnh ủy chủ trì, phối hợp mở 14 lớp bồi dưỡng nghiệp "
        "vụ công tác dân vận cho 1.380 học viên. Đối tượng chủ yếu là cán bộ cấp xã "
        "với 966 học viên, chiếm 70% tổng số học viên; còn lại là cán bộ, công chức "
        "cấp huyện và trưởng thôn, bản.",
        "ratio_mismatch",
        "966/1.380 = 70,000% ≠ 72%",
    ),
    (
        "Hiệu quả công tác hòa giải ở cơ sở\n"
        "Năm 2023, 1.086 tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 1.204 vụ việc. "
        "Kết quả, hòa giải thành 1.020 vụ việc, đạt tỷ lệ 84,71%; hòa giải không "
        "thành 147 vụ việc, hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết; "
        "37 vụ việc đang tiếp tục hòa giải.",
        "Hiệu quả công tác hòa giải ở cơ sở\n"
        "Năm 2023, 1.086 tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 1.204 vụ việc. "
        "Kết quả, hòa giải thành 1.020 vụ việc, đạt tỷ lệ 84,72%; hòa giải không "
        "thành 147 vụ việc, hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết; "
        "37 vụ việc đang tiếp tục hòa giải.",
        "rounding",
        "1.020/1.204 = 84,718% → 84,72%; văn bản ghi 84,71%: cắt bớt",
    ),
    (
        "Công tác hòa giải ở cơ sở năm 2023\n"
        "Các tổ hòa giải trên địa bàn huyện tiếp nhận 1.204 vụ việc; đã hòa giải "
        "1.168 vụ việc, trong đó hòa giải thành 1.021 vụ, không thành 147 vụ; đang "
        "hòa giải 46 vụ việc.",
        "Công tác hòa giải ở cơ sở năm 2023\n"
        "Các tổ hòa giải trên địa bàn huyện tiếp nhận 1.204 vụ việc; đã hòa giải "
        "1.168 vụ việc, trong đó hòa giải thành 1.021 vụ, không thành 147 vụ; đang "
        "hòa giải 36 vụ việc.",
        "balance_mismatch",
        "1.168 + 46 = 1.214 ≠ 1.204",
    ),
    (
        "Kết quả xây dựng nông thôn mới theo huyện\n"
        "Huyện\tSố xã\tXã đạt chuẩn NTM\tTỷ lệ\n"
        "Huyện Đông Hải\t18\t15\t83,3%\n"
        "Huyện Tây Sơn\t22\t17\t73,3%\n"
        "Huyện Nam Đàn\t14\t11\t78,6%\n"
        "Toàn tỉnh\t54\t43\t79,6%",
        "Kết quả xây dựng nông thôn mới theo huyện\n"
        "Huyện\tSố xã\tXã đạt chuẩn NTM\tTỷ lệ\n"
        "Huyện Đông Hải\t18\t15\t83,3%\n"
        "Huyện Tây Sơn\t22\t17\t77,3%\n"
        "Huyện Nam Đàn\t14\t11\t78,6%\n"
        "Toàn tỉnh\t54\t43\t79,6%",
        "table_mismatch",
        "17/22 = 77,273% ≠ 73,3% (các hàng khác của cột là «Xã đạt chuẩn NTM» / «Số xã»)",
    ),
    (
        "Kết quả hòa giải ở cơ sở năm 2023\n"
        "Đơn vị\tTiếp nhận\tHòa giải thành\tHòa giải không thành\tĐang hòa giải\n"
        "Huyện Chư Sê\t412\t356\t41\t15\n"
        "Huyện Chư Prông\t385\t340\t38\t17\n"
        "Huyện Ia Grai\t407\t335\t68\t4",
        "Kết quả hòa giải ở cơ sở năm 2023\n"
        "Đơn vị\tTiếp nhận\tHòa giải thành\tHòa giải không thành\tĐang hòa giải\n"
        "Huyện Chư Sê\t412\t356\t41\t15\n"
        "Huyện Chư Prông\t385\t330\t38\t17\n"
        "Huyện Ia Grai\t407\t335\t68\t4",
        "table_mismatch",
        "340 + 38 + 17 = 395 ≠ 385",
    ),
    (
        "Tỷ lệ bao phủ bảo hiểm y tế giai đoạn 2021 – 2023\n"
        "Năm\tSố người tham gia BHYT\tDân số\tTỷ lệ bao phủ\n"
        "2021\t1.082.300\t1.196.500\t90,5%\n"
        "2022\t1.105.800\t1.205.900\t92,7%\n"
        "2023\t1.131.200\t1.214.800\t93,1%",
        "Tỷ lệ bao phủ bảo hiểm y tế giai đoạn 2021 – 2023\n"
        "Năm\tSố người tham gia BHYT\tDân số\tTỷ lệ bao phủ\n"
        "2021\t1.082.300\t1.196.500\t90,5%\n"
        "2022\t1.105.800\t1.205.900\t91,7%\n"
        "2023\t1.131.200\t1.214.800\t93,1%",
        "table_mismatch",
        "1.105.800/1.205.900 = 91,699% ≠ 92,7% (các hàng khác của cột là «Số người "
        "tham gia BHYT» / «Dân số»)",
    ),
    (
        "Huyện Mường Nhé: giảm nghèo vẫn còn nhiều khó khăn\n"
        "Theo kết quả rà soát, toàn huyện còn 1.236 hộ nghèo, trong đó hộ nghèo đồng "
        "bào dân tộc thiểu số 842 hộ, hộ nghèo khác 384 hộ. Nguyên nhân nghèo chủ yếu"
        " là thiếu đất sản xuất, thiếu vốn.",
        "Huyện Mường Nhé: giảm nghèo vẫn còn nhiều khó khăn\n"
        "Theo kết quả rà soát, toàn huyện còn 1.236 hộ nghèo, trong đó hộ nghèo đồng "
        "bào dân tộc thiểu số 842 hộ, hộ nghèo khác 394 hộ. Nguyên nhân nghèo chủ yếu"
        " là thiếu đất sản xuất, thiếu vốn.",
        "sum_mismatch",
        "842 + 384 = 1.226 ≠ 1.236",
    ),
    (
        "Kết quả rà soát hộ cận nghèo\n"
        "Toàn thành phố có 75.000 hộ dân cư. Qua rà soát, số hộ cận nghèo là 2.715 "
        "hộ, chiếm 3,26% tổng số hộ. Các hộ cận nghèo được hỗ trợ 70% mức đóng bảo "
        "hiểm y tế.",
        "Kết quả rà soát hộ cận nghèo\n"
        "Toàn thành phố có 75.000 hộ dân cư. Qua rà soát, số hộ cận nghèo là 2.715 "
        "hộ, chiếm 3,62% tổng số hộ. Các hộ cận nghèo được hỗ trợ 70% mức đóng bảo "
        "hiểm y tế.",
        "ratio_mismatch",
        "2.715/75.000 = 3,620% ≠ 3,26%",
    ),
    (
        "Tỷ lệ bao phủ bảo hiểm y tế tiếp tục tăng\n"
        "Tính đến ngày 31/12/2023, toàn tỉnh có 1.128.480 người tham gia bảo hiểm y "
        "tế trên tổng dân số 1.215.300 người, đạt tỷ lệ bao phủ 92,85%. Ngành bảo "
        "hiểm xã hội tiếp tục phối hợp với các hội, đoàn thể vận động người dân tham "
        "gia bảo hiểm y tế hộ gia đình.",
        "Tỷ lệ bao phủ bảo hiểm y tế tiếp tục tăng\n"
        "Tính đến ngày 31/12/2023, toàn tỉnh có 1.128.480 người tham gia bảo hiểm y "
        "tế trên tổng dân số 1.215.300 người, đạt tỷ lệ bao phủ 92,86%. Ngành bảo "
        "hiểm xã hội tiếp tục phối hợp với các hội, đoàn thể vận động người dân tham "
        "gia bảo hiểm y tế hộ gia đình.",
        "rounding",
        "1.128.480/1.215.300 = 92,856% → 92,86%; văn bản ghi 92,85%: cắt bớt",
    ),
    (
        "UBND TỈNH: KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH QUÝ I/2024\n"
        "Trong quý I/2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 8.640 hồ "
        "sơ thủ tục hành chính. Trong đó, hồ sơ nộp trực tuyến là 5.184 hồ sơ, chiếm "
        "62% tổng số hồ sơ tiếp nhận; hồ sơ nộp trực tiếp và qua dịch vụ bưu chính "
        "công ích là 3.456 hồ sơ. Số hồ sơ đã giải quyết đúng và trước hạn đạt 8.512 "
        "hồ sơ.",
        "UBND TỈNH: KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH QUÝ I/2024\n"
        "Trong quý I/2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 8.640 hồ "
        "sơ thủ tục hành chính. Trong đó, hồ sơ nộp trực tuyến là 5.184 hồ sơ, chiếm "
        "60% tổng số hồ sơ tiếp nhận; hồ sơ nộp trực tiếp và qua dịch vụ bưu chính "
        "công ích là 3.456 hồ sơ. Số hồ sơ đã giải quyết đúng và trước hạn đạt 8.512 "
        "hồ sơ.",
        "ratio_mismatch",
        "5.184/8.640 = 60,000% ≠ 62%",
    ),
    (
        "Công tác tiếp công dân năm 2023 của huyện Krông Pắc\n"
        "Năm 2023, các cơ quan hành chính nhà nước trên địa bàn huyện đã tiếp 1.126 "
        "lượt công dân với 948 vụ việc. Qua phân loại, có 312 vụ việc thuộc thẩm "
        "quyền giải quyết của các cấp trong huyện, chiếm 35,2% số vụ việc tiếp nhận; "
        "số còn lại đã được hướng dẫn gửi đến cơ quan có thẩm quyền. Lãnh đạo UBND "
        "huyện trực tiếp tiếp công dân định kỳ 12 kỳ, đột xuất 3 kỳ.",
        "Công tác tiếp công dân năm 2023 của huyện Krông Pắc\n"
        "Năm 2023, các cơ quan hành chính nhà nước trên địa bàn huyện đã tiếp 1.126 "
        "lượt công dân với 948 vụ việc. Qua phân loại, có 312 vụ việc thuộc thẩm "
        "quyền giải quyết của các cấp trong huyện, chiếm 32,9% số vụ việc tiếp nhận; "
        "số còn lại đã được hướng dẫn gửi đến cơ quan có thẩm quyền. Lãnh đạo UBND "
        "huyện trực tiếp tiếp công dân định kỳ 12 kỳ, đột xuất 3 kỳ.",
        "ratio_mismatch",
        "312/948 = 32,911% ≠ 35,2%",
    ),
    (
        "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 18.842 hồ sơ, tăng 5.787 "
        "hồ sơ so với cùng kỳ năm 2022 (12.965 hồ sơ).",
        "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 18.842 hồ sơ, tăng 5.877 "
        "hồ sơ so với cùng kỳ năm 2022 (12.965 hồ sơ).",
        "change_amount_mismatch",
        "18.842 − 12.965 = 5.877 ≠ 5.787",
    ),
    (
        "Năm 2023 các cấp tiếp 1.231 lượt công dân, giảm 217 lượt so với cùng kỳ năm 2022 "
        "(1.438 lượt).",
        "Năm 2023 các cấp tiếp 1.231 lượt công dân, giảm 207 lượt so với cùng kỳ năm 2022 "
        "(1.438 lượt).",
        "change_amount_mismatch",
        "1.438 − 1.231 = 207 ≠ 217",
    ),
    (
        "Tỷ lệ hộ nghèo toàn huyện đến cuối năm 2023 còn 8,12%, giảm 2,31 điểm phần trăm so "
        "với đầu năm (10,33%).",
        "Tỷ lệ hộ nghèo toàn huyện đến cuối năm 2023 còn 8,12%, giảm 2,21 điểm phần trăm so "
        "với đầu năm (10,33%).",
        "change_amount_mismatch",
        "10,33% − 8,12% = 2,21 điểm % ≠ 2,31 điểm %",
    ),
    (
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 64,5%, tăng 13,3 điểm % so với năm 2022 (52,2%).",
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 64,5%, tăng 12,3 điểm % so với năm 2022 (52,2%).",
        "change_amount_mismatch",
        "64,5% − 52,2% = 12,3 điểm % ≠ 13,3 điểm %",
    ),
    (
        "Theo kế hoạch, năm 2023 toàn tỉnh tổ chức 3.000 lượt tuyên truyền; đến nay đã thực "
        "hiện 2.787 lượt, đạt 93,9% kế hoạch.",
        "Theo kế hoạch, năm 2023 toàn tỉnh tổ chức 3.000 lượt tuyên truyền; đến nay đã thực "
        "hiện 2.787 lượt, đạt 92,9% kế hoạch.",
        "ratio_mismatch",
        "2.787/3.000 = 92,900% ≠ 93,9%",
    ),
    (
        "Năm 2023, huyện tổ chức 48 hội nghị đối thoại với Nhân dân (kế hoạch 50 hội nghị), "
        "đạt 98% kế hoạch.",
        "Năm 2023, huyện tổ chức 48 hội nghị đối thoại với Nhân dân (kế hoạch 50 hội nghị), "
        "đạt 96% kế hoạch.",
        "ratio_mismatch",
        "48/50 = 96,000% ≠ 98%",
    ),
    (
        "Chỉ tiêu giao năm 2023 là 1.200 lao động được đào tạo nghề. Kết quả, đã đào tạo 1.356 "
        "lao động, đạt 118% chỉ tiêu.",
        "Chỉ tiêu giao năm 2023 là 1.200 lao động được đào tạo nghề. Kết quả, đã đào tạo 1.356 "
        "lao động, đạt 113% chỉ tiêu.",
        "ratio_mismatch",
        "1.356/1.200 = 113,000% ≠ 118%",
    ),
    (
        "Trong kỳ, UBND huyện tiếp nhận 245 đơn, giải quyết 198 đơn, còn 57 đơn đang tiếp tục "
        "xem xét.",
        "Trong kỳ, UBND huyện tiếp nhận 245 đơn, giải quyết 198 đơn, còn 47 đơn đang tiếp tục "
        "xem xét.",
        "balance_mismatch",
        "198 + 57 = 255 ≠ 245",
    ),
    (
        "Quý III, Thanh tra huyện tiếp nhận 312 đơn; đã xử lý 290 đơn, còn 32 đơn.",
        "Quý III, Thanh tra huyện tiếp nhận 312 đơn; đã xử lý 290 đơn, còn 22 đơn.",
        "balance_mismatch",
        "290 + 32 = 322 ≠ 312",
    ),
    (
        "Toàn tỉnh có 1.250 mô hình Dân vận khéo. Cụ thể: lĩnh vực kinh tế 517 mô hình; lĩnh "
        "vực văn hóa – xã hội 402 mô hình; lĩnh vực quốc phòng – an ninh 286 mô hình; lĩnh vực "
        "xây dựng hệ thống chính trị 90 mô hình.",
        "Toàn tỉnh có 1.295 mô hình Dân vận khéo. Cụ thể: lĩnh vực kinh tế 517 mô hình; lĩnh "
        "vực văn hóa – xã hội 402 mô hình; lĩnh vực quốc phòng – an ninh 286 mô hình; lĩnh vực "
        "xây dựng hệ thống chính trị 90 mô hình.",
        "sum_mismatch",
        "517 + 402 + 286 + 90 = 1.295 ≠ 1.250",
    ),
    (
        "Năm 2023, toàn tỉnh công nhận 1.250 mô hình. Trong đó, lĩnh vực kinh tế có 517 mô "
        "hình, lĩnh vực văn hóa – xã hội có 502 mô hình, lĩnh vực quốc phòng – an ninh có 286 "
        "mô hình.",
        "Năm 2023, toàn tỉnh công nhận 1.250 mô hình. Trong đó, lĩnh vực kinh tế có 517 mô "
        "hình, lĩnh vực văn hóa – xã hội có 402 mô hình, lĩnh vực quốc phòng – an ninh có 286 "
        "mô hình.",
        "parts_exceed_total",
        "517 + 502 + 286 = 1.305 > 1.250",
    ),
    (
        "Riêng trong tháng 5, toàn tỉnh tiếp 539 lượt, tăng 54,14% so với cùng kỳ.",
        "Riêng trong tháng 5, toàn tỉnh tiếp 539 lượt, tăng 54,44% so với cùng kỳ.",
        "change_without_base",
        "kỳ trước 349 → tăng 54,441%; kỳ trước 350 → tăng 54,000%: không có số nguyên nào của "
        "kỳ trước cho tăng 54,14%",
    ),
    (
        "Toàn tỉnh tiếp nhận 87 đơn, giảm 12,5% so với cùng kỳ năm trước.",
        "Toàn tỉnh tiếp nhận 87 đơn, giảm 12,1% so với cùng kỳ năm trước.",
        "change_without_base",
        "kỳ trước 99 → giảm 12,121%; kỳ trước 100 → giảm 13,000%: không có số nguyên nào của "
        "kỳ trước cho giảm 12,5%",
    ),
    (
        "Đến nay đã công nhận 1.245/1.289 cơ quan, đơn vị, doanh nghiệp đạt danh hiệu “Cơ "
        "quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa”, đạt 96,58%.",
        "Đến nay đã công nhận 1.245/1.289 cơ quan, đơn vị, doanh nghiệp đạt danh hiệu “Cơ "
        "quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa”, đạt 96,59%.",
        "rounding",
        "1.245/1.289 = 96,587% → 96,59%; văn bản ghi 96,58%: cắt bớt",
    ),
    (
        "Qua 5 năm triển khai phong trào thi đua “Dân vận khéo”, toàn tỉnh có 1.250 mô hình "
        "được công nhận, trong đó lĩnh vực kinh tế có 517 mô hình, lĩnh vực văn hóa – xã hội "
        "402 mô hình, lĩnh vực quốc phòng – an ninh 118 mô hình và lĩnh vực xây dựng hệ thống "
        "chính trị 168 mô hình.",
        "Qua 5 năm triển khai phong trào thi đua “Dân vận khéo”, toàn tỉnh có 1.205 mô hình "
        "được công nhận, trong đó lĩnh vực kinh tế có 517 mô hình, lĩnh vực văn hóa – xã hội "
        "402 mô hình, lĩnh vực quốc phòng – an ninh 118 mô hình và lĩnh vực xây dựng hệ thống "
        "chính trị 168 mô hình.",
        "sum_mismatch",
        "517 + 402 + 118 + 168 = 1.205 ≠ 1.250",
    ),
    (
        "Trong 6 tháng đầu năm 2024, Bộ phận Một cửa UBND huyện tiếp nhận 12.480 hồ sơ thủ tục "
        "hành chính; cụ thể: trực tuyến 8.432 hồ sơ, trực tiếp 3.398 hồ sơ, qua dịch vụ bưu "
        "chính công ích 110 hồ sơ.",
        "Trong 6 tháng đầu năm 2024, Bộ phận Một cửa UBND huyện tiếp nhận 11.940 hồ sơ thủ tục "
        "hành chính; cụ thể: trực tuyến 8.432 hồ sơ, trực tiếp 3.398 hồ sơ, qua dịch vụ bưu "
        "chính công ích 110 hồ sơ.",
        "sum_mismatch",
        "8.432 + 3.398 + 110 = 11.940 ≠ 12.480",
    ),
    # A fourth probe (a helper blind to the checker, 06/12/2026): slips of every kind.
    (
        "Năm 2023, Thanh tra tỉnh và các cơ quan hành chính nhà nước trên địa bàn đã tiếp nhận "
        "1.250 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, gồm: 563 đơn khiếu nại, 389 đơn tố "
        "cáo và 325 đơn kiến nghị, phản ánh. Số đơn đủ điều kiện xử lý đã được phân loại, "
        "chuyển đến cơ quan có thẩm quyền giải quyết theo quy định.",
        "Năm 2023, Thanh tra tỉnh và các cơ quan hành chính nhà nước trên địa bàn đã tiếp nhận "
        "1.250 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, gồm: 536 đơn khiếu nại, 389 đơn tố "
        "cáo và 325 đơn kiến nghị, phản ánh. Số đơn đủ điều kiện xử lý đã được phân loại, "
        "chuyển đến cơ quan có thẩm quyền giải quyết theo quy định.",
        "sum_mismatch",
        "563 + 389 + 325 = 1.277 ≠ 1.250",
    ),
    (
        "Qua 5 năm triển khai phong trào thi đua “Dân vận khéo”, toàn tỉnh có 1.250 mô hình "
        "được công nhận, trong đó lĩnh vực kinh tế có 517 mô hình, lĩnh vực văn hóa – xã hội "
        "402 mô hình, lĩnh vực quốc phòng – an ninh 118 mô hình và lĩnh vực xây dựng hệ thống "
        "chính trị 168 mô hình.",
        "Qua 5 năm triển khai phong trào thi đua “Dân vận khéo”, toàn tỉnh có 1.205 mô hình "
        "được công nhận, trong đó lĩnh vực kinh tế có 517 mô hình, lĩnh vực văn hóa – xã hội "
        "402 mô hình, lĩnh vực quốc phòng – an ninh 118 mô hình và lĩnh vực xây dựng hệ thống "
        "chính trị 168 mô hình.",
        "sum_mismatch",
        "517 + 402 + 118 + 168 = 1.205 ≠ 1.250",
    ),
    (
        "Trong 6 tháng đầu năm 2024, Bộ phận Một cửa UBND huyện tiếp nhận 12.480 hồ sơ thủ tục "
        "hành chính; cụ thể: trực tuyến 8.432 hồ sơ (chiếm 67,6%), trực tiếp 3.398 hồ sơ, qua "
        "dịch vụ bưu chính công ích 110 hồ sơ.",
        "Trong 6 tháng đầu năm 2024, Bộ phận Một cửa UBND huyện tiếp nhận 12.480 hồ sơ thủ tục "
        "hành chính; cụ thể: trực tuyến 8.432 hồ sơ (chiếm 67,6%), trực tiếp 3.938 hồ sơ, qua "
        "dịch vụ bưu chính công ích 110 hồ sơ.",
        "sum_mismatch",
        "8.432 + 3.398 + 110 = 11.940 ≠ 12.480",
    ),
    (
        "Trong tổng số 82 vụ việc khiếu nại đã giải quyết, có 9 vụ khiếu nại đúng, 52 vụ khiếu "
        "nại sai, 14 vụ khiếu nại đúng một phần; 7 vụ việc công dân rút đơn và 4 vụ việc đình "
        "chỉ giải quyết.",
        "Trong tổng số 86 vụ việc khiếu nại đã giải quyết, có 9 vụ khiếu nại đúng, 52 vụ khiếu "
        "nại sai, 14 vụ khiếu nại đúng một phần; 7 vụ việc công dân rút đơn và 4 vụ việc đình "
        "chỉ giải quyết.",
        "parts_exceed_total",
        "9 + 52 + 14 + 7 + 4 = 86 > 82 khiếu nại đã giải quyết",
    ),
    (
        "Năm 2024, Thanh tra tỉnh đã triển khai 32 cuộc thanh tra kinh tế – xã hội. Qua thanh "
        "tra, phát hiện sai phạm về kinh tế 15,82 tỷ đồng; kiến nghị thu hồi về ngân sách nhà "
        "nước 6,74 tỷ đồng, kiến nghị xử lý khác 9,35 tỷ đồng; kiến nghị xử lý hành chính 11 "
        "tập thể, 46 cá nhân.",
        "Năm 2024, Thanh tra tỉnh đã triển khai 32 cuộc thanh tra kinh tế – xã hội. Qua thanh "
        "tra, phát hiện sai phạm về kinh tế 15,82 tỷ đồng; kiến nghị thu hồi về ngân sách nhà "
        "nước 6,47 tỷ đồng, kiến nghị xử lý khác 9,35 tỷ đồng; kiến nghị xử lý hành chính 11 "
        "tập thể, 46 cá nhân.",
        "parts_exceed_total",
        "6,74 tỷ đồng + 9,35 tỷ đồng ≥ 16,09 tỷ đồng > 15,82 tỷ đồng (nhiều nhất 15,82 tỷ "
        "đồng) vi phạm phát hiện",
    ),
    (
        "Năm 2024, toàn tỉnh tổ chức 1.146 cuộc đối thoại giữa người đứng đầu cấp ủy, chính "
        "quyền với Nhân dân. Cấp tỉnh tổ chức 6 cuộc. Cấp huyện tổ chức 93 cuộc, tập trung vào "
        "các vấn đề đất đai, bồi thường, giải phóng mặt bằng. Còn lại 1.074 cuộc do cấp xã tổ "
        "chức.",
        "Năm 2024, toàn tỉnh tổ chức 1.146 cuộc đối thoại giữa người đứng đầu cấp ủy, chính "
        "quyền với Nhân dân. Cấp tỉnh tổ chức 6 cuộc. Cấp huyện tổ chức 93 cuộc, tập trung vào "
        "các vấn đề đất đai, bồi thường, giải phóng mặt bằng. Còn lại 1.047 cuộc do cấp xã tổ "
        "chức.",
        "sum_mismatch",
        "6 + 93 + 1.074 = 1.173 ≠ 1.146",
    ),
    (
        "Tại Trụ sở Tiếp công dân tỉnh, lĩnh vực đất đai có 642 lượt, lĩnh vực chính sách xã "
        "hội 215 lượt, tư pháp – hộ tịch 178 lượt, các lĩnh vực khác 161 lượt; tổng cộng 1.205 "
        "lượt công dân đến kiến nghị, phản ánh trong năm.",
        "Tại Trụ sở Tiếp công dân tỉnh, lĩnh vực đất đai có 642 lượt, lĩnh vực chính sách xã "
        "hội 215 lượt, tư pháp – hộ tịch 187 lượt, các lĩnh vực khác 161 lượt; tổng cộng 1.205 "
        "lượt công dân đến kiến nghị, phản ánh trong năm.",
        "sum_mismatch",
        "642 + 215 + 178 + 161 = 1.196 ≠ 1.205",
    ),
    (
        "Tổng thu ngân sách xã năm 2023 đạt 18.736 triệu đồng, bao gồm: thu thuế, phí, lệ phí "
        "2.415 triệu đồng; thu từ quỹ đất công ích và hoa lợi công sản 1.186 triệu đồng; thu "
        "bổ sung từ ngân sách cấp trên 14.235 triệu đồng; thu khác 90 triệu đồng.",
        "Tổng thu ngân sách xã năm 2023 đạt 18.736 triệu đồng, bao gồm: thu thuế, phí, lệ phí "
        "2.415 triệu đồng; thu từ quỹ đất công ích và hoa lợi công sản 1.186 triệu đồng; thu "
        "bổ sung từ ngân sách cấp trên 14.235 triệu đồng; thu khác 900 triệu đồng.",
        "sum_mismatch",
        "2.415 + 1.186 + 14.235 + 90 = 17.926 ≠ 18.736 triệu đồng",
    ),
    (
        "Về kết quả giải quyết, UBND thành phố đã giải quyết 9.874 hồ sơ, trong đó trước hạn "
        "7.126 hồ sơ, đúng hạn 2.689 hồ sơ, trễ hạn 95 hồ sơ; tỷ lệ giải quyết trước và đúng "
        "hạn đạt 99,40%.",
        "Về kết quả giải quyết, UBND thành phố đã giải quyết 9.874 hồ sơ, trong đó trước hạn "
        "7.126 hồ sơ, đúng hạn 2.689 hồ sơ, trễ hạn 59 hồ sơ; tỷ lệ giải quyết trước và đúng "
        "hạn đạt 99,40%.",
        "balance_mismatch",
        "7.126 + 2.689 + 95 = 9.910 ≠ 9.874",
    ),
    (
        "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 45.216 hồ sơ của các sở, ngành, "
        "trong đó: Sở Tài nguyên và Môi trường 14.302 hồ sơ, Sở Kế hoạch và Đầu tư 9.875 hồ "
        "sơ, Sở Giao thông vận tải 8.640 hồ sơ, các sở, ngành còn lại 12.939 hồ sơ.",
        "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 45.216 hồ sơ của các sở, ngành, "
        "trong đó: Sở Tài nguyên và Môi trường 14.302 hồ sơ, Sở Kế hoạch và Đầu tư 9.875 hồ "
        "sơ, Sở Giao thông vận tải 8.640 hồ sơ, các sở, ngành còn lại 12.399 hồ sơ.",
        "sum_mismatch",
        "14.302 + 9.875 + 8.640 + 12.939 = 45.756 ≠ 45.216",
    ),
    (
        "Ban Dân vận Tỉnh ủy đã chủ trì, phối hợp thành lập 84 đoàn kiểm tra, giám sát việc "
        "thực hiện dân chủ ở cơ sở, gồm 7 đoàn cấp tỉnh và 41 đoàn cấp huyện.",
        "Ban Dân vận Tỉnh ủy đã chủ trì, phối hợp thành lập 48 đoàn kiểm tra, giám sát việc "
        "thực hiện dân chủ ở cơ sở, gồm 7 đoàn cấp tỉnh và 41 đoàn cấp huyện.",
        "sum_mismatch",
        "7 + 41 = 48 ≠ 84",
    ),
    (
        "Năm 2023, Cục Quản lý thị trường tỉnh đã kiểm tra 1.132 vụ, phát hiện, xử lý 874 vụ "
        "vi phạm; trong đó buôn bán hàng cấm 45 vụ; hàng nhập lậu 168 vụ; hàng giả, hàng xâm "
        "phạm quyền sở hữu trí tuệ 97 vụ; vi phạm về an toàn thực phẩm 211 vụ; vi phạm khác "
        "335 vụ.",
        "Năm 2023, Cục Quản lý thị trường tỉnh đã kiểm tra 1.132 vụ, phát hiện, xử lý 874 vụ "
        "vi phạm; trong đó buôn bán hàng cấm 45 vụ; hàng nhập lậu 168 vụ; hàng giả, hàng xâm "
        "phạm quyền sở hữu trí tuệ 97 vụ; vi phạm về an toàn thực phẩm 211 vụ; vi phạm khác "
        "353 vụ.",
        "sum_mismatch",
        "45 + 168 + 97 + 211 + 335 = 856 ≠ 874",
    ),
    (
        "Bộ thủ tục hành chính áp dụng trên địa bàn tỉnh hiện có 1.987 thủ tục, gồm 1.586 thủ "
        "tục cấp tỉnh, 276 thủ tục cấp huyện và 143 thủ tục cấp xã; trong đó 1.021 thủ tục đã "
        "được cung cấp dịch vụ công trực tuyến toàn trình.",
        "Bộ thủ tục hành chính áp dụng trên địa bàn tỉnh hiện có 1.987 thủ tục, gồm 1.568 thủ "
        "tục cấp tỉnh, 276 thủ tục cấp huyện và 143 thủ tục cấp xã; trong đó 1.021 thủ tục đã "
        "được cung cấp dịch vụ công trực tuyến toàn trình.",
        "sum_mismatch",
        "1.586 + 276 + 143 = 2.005 ≠ 1.987",
    ),
    (
        "Trong năm, huyện đã tiếp 312 lượt công dân. Lãnh đạo UBND huyện tiếp định kỳ 58 lượt, "
        "tiếp đột xuất 21 lượt; Ban Tiếp công dân huyện tiếp thường xuyên 223 lượt.",
        "Trong năm, huyện đã tiếp 312 lượt công dân. Lãnh đạo UBND huyện tiếp định kỳ 58 lượt, "
        "tiếp đột xuất 21 lượt; Ban Tiếp công dân huyện tiếp thường xuyên 233 lượt.",
        "sum_mismatch",
        "58 + 21 + 223 = 302 ≠ 312",
    ),
    (
        "Kết quả đánh giá, xếp loại chất lượng năm 2023: có 41 công chức cấp xã hoàn thành "
        "xuất sắc nhiệm vụ (chiếm 15,5%), 198 người hoàn thành tốt nhiệm vụ (74,7%), 32 người "
        "hoàn thành nhiệm vụ và 3 người không hoàn thành nhiệm vụ; tổng số 265 công chức cấp "
        "xã được đánh giá.",
        "Kết quả đánh giá, xếp loại chất lượng năm 2023: có 41 công chức cấp xã hoàn thành "
        "xuất sắc nhiệm vụ (chiếm 15,5%), 198 người hoàn thành tốt nhiệm vụ (74,7%), 23 người "
        "hoàn thành nhiệm vụ và 3 người không hoàn thành nhiệm vụ; tổng số 265 công chức cấp "
        "xã được đánh giá.",
        "sum_mismatch",
        "41 + 198 + 32 + 3 = 274 ≠ 265",
    ),
    (
        "Qua 14 cuộc thanh tra hành chính, Thanh tra huyện phát hiện sai phạm 3.482,6 triệu "
        "đồng, đã kiến nghị thu hồi nộp ngân sách nhà nước 1.247,3 triệu đồng, kiến nghị giảm "
        "trừ giá trị quyết toán 1.825,9 triệu đồng, kiến nghị xử lý khác 490,4 triệu đồng.",
        "Qua 14 cuộc thanh tra hành chính, Thanh tra huyện phát hiện sai phạm 3.482,6 triệu "
        "đồng, đã kiến nghị thu hồi nộp ngân sách nhà nước 1.247,3 triệu đồng, kiến nghị giảm "
        "trừ giá trị quyết toán 1.825,9 triệu đồng, kiến nghị xử lý khác 409,4 triệu đồng.",
        "parts_exceed_total",
        "1.247,3 triệu đồng + 1.825,9 triệu đồng + 490,4 triệu đồng ≥ 3.563,6 triệu đồng > "
        "3.482,6 triệu đồng (nhiều nhất 3.482,6 triệu đồng) vi phạm phát hiện",
    ),
    (
        "Năm 2024, toàn huyện có 2.146 hộ được hỗ trợ xóa nhà tạm, nhà dột nát, bao gồm 1.382 "
        "hộ xây mới và 746 hộ sửa chữa; các công trình đều được bàn giao trước ngày 31/12.",
        "Năm 2024, toàn huyện có 2.146 hộ được hỗ trợ xóa nhà tạm, nhà dột nát, bao gồm 1.382 "
        "hộ xây mới và 764 hộ sửa chữa; các công trình đều được bàn giao trước ngày 31/12.",
        "sum_mismatch",
        "1.382 + 746 = 2.128 ≠ 2.146",
    ),
    (
        "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023, toàn huyện còn 1.042 hộ nghèo, "
        "chiếm tỷ lệ 3,2% (tổng số hộ dân toàn huyện là 31.950 hộ).",
        "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023, toàn huyện còn 1.024 hộ nghèo, "
        "chiếm tỷ lệ 3,2% (tổng số hộ dân toàn huyện là 31.950 hộ).",
        "rounding",
        "1.042/31.950 = 3,261% → 3,3%; văn bản ghi 3,2%: cắt bớt",
    ),
    (
        "Đến nay, 45/52 thôn, tổ dân phố được công nhận danh hiệu “Thôn, tổ dân phố văn hóa”, "
        "đạt 85,6%.",
        "Đến nay, 45/52 thôn, tổ dân phố được công nhận danh hiệu “Thôn, tổ dân phố văn hóa”, "
        "đạt 86,5%.",
        "ratio_mismatch",
        "45/52 = 86,538% ≠ 85,6%",
    ),
    (
        "Toàn huyện có 12 xã đạt chuẩn nông thôn mới trên tổng số 18 xã, chiếm 66,7%; 5 xã còn "
        "lại đã đạt từ 15 đến 18 tiêu chí.",
        "Toàn huyện có 12 xã đạt chuẩn nông thôn mới trên tổng số 18 xã, chiếm 66,7%; 6 xã còn "
        "lại đã đạt từ 15 đến 18 tiêu chí.",
        "remainder_mismatch",
        "18 − 12 = 6 ≠ 5",
    ),
    (
        "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn thị xã đạt 93,8% (118.246/126.254 "
        "người), vượt chỉ tiêu Nghị quyết HĐND thị xã giao (93%).",
        "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn thị xã đạt 93,8% (118.426/126.254 "
        "người), vượt chỉ tiêu Nghị quyết HĐND thị xã giao (93%).",
        "ratio_mismatch",
        "118.246/126.254 = 93,657% ≠ 93,8%",
    ),
    (
        "Có 28.715/30.412 hộ dân nông thôn được sử dụng nước sinh hoạt hợp vệ sinh, đạt "
        "94,42%; trong đó 17.360 hộ sử dụng nước sạch đáp ứng quy chuẩn, chiếm 57,97% tổng số "
        "hộ.",
        "Có 28.715/30.412 hộ dân nông thôn được sử dụng nước sinh hoạt hợp vệ sinh, đạt "
        "94,42%; trong đó 17.630 hộ sử dụng nước sạch đáp ứng quy chuẩn, chiếm 57,97% tổng số "
        "hộ.",
        "ratio_mismatch",
        "17.360/30.412 = 57,083% ≠ 57,97%",
    ),
    (
        "Huyện có 1.862 hộ đồng bào dân tộc thiểu số, trong đó 174 hộ nghèo (7,9%) và 203 hộ "
        "cận nghèo (10,9%).",
        "Huyện có 1.862 hộ đồng bào dân tộc thiểu số, trong đó 147 hộ nghèo (7,9%) và 203 hộ "
        "cận nghèo (10,9%).",
        "ratio_mismatch",
        "174/1.862 = 9,345% ≠ 7,9%",
    ),
    (
        "Năm 2024, huyện có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (năm 2023 có 7 xã), "
        "nâng tổng số lên 9/21 xã, đạt 42,9%.",
        "Năm 2024, huyện có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (năm 2023 có 6 xã), "
        "nâng tổng số lên 9/21 xã, đạt 42,9%.",
        "sum_mismatch",
        "7 + 3 = 10 ≠ 9",
    ),
    (
        "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 58.317 hồ sơ, giải quyết "
        "đúng hạn và trước hạn 57.946 hồ sơ. Đáng chú ý, số hồ sơ tiếp nhận trực tuyến là "
        "20.351 hồ sơ, chiếm 35,2% tổng số hồ sơ tiếp nhận.",
        "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 58.317 hồ sơ, giải quyết "
        "đúng hạn và trước hạn 57.946 hồ sơ. Đáng chú ý, số hồ sơ tiếp nhận trực tuyến là "
        "20.531 hồ sơ, chiếm 35,2% tổng số hồ sơ tiếp nhận.",
        "ratio_mismatch",
        "20.351/58.317 = 34,897% ≠ 35,2%",
    ),
    (
        "Trong kỳ, các cơ quan hành chính nhà nước tiếp nhận 1.476 đơn các loại. Sau phân "
        "loại, có 226 đơn thuộc thẩm quyền giải quyết, bằng 18% tổng số đơn; số còn lại được "
        "hướng dẫn hoặc chuyển cơ quan có thẩm quyền.",
        "Trong kỳ, các cơ quan hành chính nhà nước tiếp nhận 1.476 đơn các loại. Sau phân "
        "loại, có 266 đơn thuộc thẩm quyền giải quyết, bằng 18% tổng số đơn; số còn lại được "
        "hướng dẫn hoặc chuyển cơ quan có thẩm quyền.",
        "ratio_mismatch",
        "226/1.476 = 15,312% ≠ 18%",
    ),
    (
        "Tổng thu ngân sách nhà nước trên địa bàn huyện năm 2024 ước đạt 421,6 tỷ đồng, đạt "
        "92,9% kế hoạch tỉnh giao (444 tỷ đồng).",
        "Tổng thu ngân sách nhà nước trên địa bàn huyện năm 2024 ước đạt 412,6 tỷ đồng, đạt "
        "92,9% kế hoạch tỉnh giao (444 tỷ đồng).",
        "ratio_mismatch",
        "421,6/444 = 94,955% ≠ 92,9%",
    ),
    (
        "Trong quý III, UBND thành phố đã giải quyết 6.384 hồ sơ thủ tục hành chính. Trong số "
        "này, 6.301 hồ sơ được giải quyết trước và đúng hạn, đạt tỷ lệ 99,7%; 83 hồ sơ trễ hạn "
        "đã được gửi thư xin lỗi công dân theo quy định.",
        "Trong quý III, UBND thành phố đã giải quyết 6.384 hồ sơ thủ tục hành chính. Trong số "
        "này, 6.301 hồ sơ được giải quyết trước và đúng hạn, đạt tỷ lệ 98,7%; 83 hồ sơ trễ hạn "
        "đã được gửi thư xin lỗi công dân theo quy định.",
        "ratio_mismatch",
        "6.301/6.384 = 98,700% ≠ 99,7%",
    ),
    (
        "Năm 2023, các tổ hòa giải ở cơ sở tiếp nhận 487 vụ việc. Qua hòa giải, 412 vụ việc "
        "hòa giải thành, đạt tỷ lệ 86,4%; 75 vụ việc hòa giải không thành, các tổ hòa giải đã "
        "hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết.",
        "Năm 2023, các tổ hòa giải ở cơ sở tiếp nhận 487 vụ việc. Qua hòa giải, 412 vụ việc "
        "hòa giải thành, đạt tỷ lệ 84,6%; 75 vụ việc hòa giải không thành, các tổ hòa giải đã "
        "hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết.",
        "ratio_mismatch",
        "412/487 = 84,600% ≠ 86,4%",
    ),
    (
        "Qua thanh tra, kiểm tra, Thanh tra tỉnh đã kiến nghị thu hồi 5,84 tỷ đồng. Đến nay, "
        "các đơn vị đã thu hồi, nộp ngân sách 4,21 tỷ đồng, đạt 70,5% số tiền kiến nghị thu "
        "hồi.",
        "Qua thanh tra, kiểm tra, Thanh tra tỉnh đã kiến nghị thu hồi 5,84 tỷ đồng. Đến nay, "
        "các đơn vị đã thu hồi, nộp ngân sách 4,12 tỷ đồng, đạt 70,5% số tiền kiến nghị thu "
        "hồi.",
        "ratio_mismatch",
        "4,21/5,84 tỷ đồng = 72,089% ≠ 70,5%",
    ),
    (
        "Trong quý I, Bộ phận Một cửa các xã, thị trấn tiếp nhận 3,87 ngàn hồ sơ, trong đó "
        "lĩnh vực hộ tịch 1.962 hồ sơ, chứng thực 1.485 hồ sơ, các lĩnh vực khác 333 hồ sơ.",
        "Trong quý I, Bộ phận Một cửa các xã, thị trấn tiếp nhận 3,78 ngàn hồ sơ, trong đó "
        "lĩnh vực hộ tịch 1.962 hồ sơ, chứng thực 1.485 hồ sơ, các lĩnh vực khác 333 hồ sơ.",
        "estimate_mismatch",
        "1.962 + 1.485 + 333 = 3.780: không hợp với «3,87 ngàn hồ sơ»",
    ),
    (
        "Năm 2024, Cổng Dịch vụ công của tỉnh ghi nhận khoảng 1,2 triệu lượt truy cập, trong "
        "đó quý I có 286.410 lượt, quý II 312.905 lượt, quý III 297.118 lượt và quý IV 421.633 "
        "lượt.",
        "Năm 2024, Cổng Dịch vụ công của tỉnh ghi nhận khoảng 1,3 triệu lượt truy cập, trong "
        "đó quý I có 286.410 lượt, quý II 312.905 lượt, quý III 297.118 lượt và quý IV 421.633 "
        "lượt.",
        "estimate_mismatch",
        "286.410 + 312.905 + 297.118 + 421.633 = 1.318.066: không hợp với «khoảng 1,2 triệu "
        "lượt truy cập»",
    ),
    (
        "Năm 2023, toàn tỉnh tổ chức gần 15.000 buổi tuyên truyền, phổ biến, giáo dục pháp "
        "luật với hơn 820.000 lượt người tham dự; trong đó cấp tỉnh 1.245 buổi, cấp huyện "
        "4.318 buổi, cấp xã 10.037 buổi.",
        "Năm 2023, toàn tỉnh tổ chức gần 16.000 buổi tuyên truyền, phổ biến, giáo dục pháp "
        "luật với hơn 820.000 lượt người tham dự; trong đó cấp tỉnh 1.245 buổi, cấp huyện "
        "4.318 buổi, cấp xã 10.037 buổi.",
        "estimate_mismatch",
        "1.245 + 4.318 + 10.037 = 15.600: không hợp với «gần 15.000 buổi tuyên truyền»",
    ),
    (
        "Từ đầu năm, Nhân dân các địa phương đã đóng góp hơn 3 tỷ đồng để làm đường giao thông "
        "nông thôn, cụ thể: xã Bình Minh 1,12 tỷ đồng, xã Phước Lộc 865 triệu đồng, thị trấn "
        "Tân Phú 790 triệu đồng.",
        "Từ đầu năm, Nhân dân các địa phương đã đóng góp hơn 3 tỷ đồng để làm đường giao thông "
        "nông thôn, cụ thể: xã Bình Minh 1,42 tỷ đồng, xã Phước Lộc 865 triệu đồng, thị trấn "
        "Tân Phú 790 triệu đồng.",
        "estimate_mismatch",
        "1,12 tỷ đồng + 865 triệu đồng + 790 triệu đồng = 2,775 tỷ đồng: không hợp với «hơn 3 "
        "tỷ đồng»",
    ),
    (
        "Trong Tháng Thanh niên, Ban Dân vận Huyện ủy phối hợp với Huyện đoàn huy động khoảng "
        "2.000 lượt đoàn viên, thanh niên tham gia các công trình, phần việc, gồm 1.150 lượt ở "
        "khối xã, thị trấn, 960 lượt khối trường học và 790 lượt khối cơ quan, doanh nghiệp.",
        "Trong Tháng Thanh niên, Ban Dân vận Huyện ủy phối hợp với Huyện đoàn huy động khoảng "
        "2.900 lượt đoàn viên, thanh niên tham gia các công trình, phần việc, gồm 1.150 lượt ở "
        "khối xã, thị trấn, 960 lượt khối trường học và 790 lượt khối cơ quan, doanh nghiệp.",
        "estimate_mismatch",
        "1.150 + 960 + 790 = 2.900: không hợp với «khoảng 2.000 lượt đoàn viên»",
    ),
    (
        "Đợt mưa lũ vừa qua làm hơn 1.400 căn nhà trên địa bàn huyện bị ảnh hưởng: 37 căn sập "
        "hoàn toàn, 214 căn hư hỏng nặng, 1.086 căn bị ngập, tốc mái.",
        "Đợt mưa lũ vừa qua làm hơn 1.300 căn nhà trên địa bàn huyện bị ảnh hưởng: 37 căn sập "
        "hoàn toàn, 214 căn hư hỏng nặng, 1.086 căn bị ngập, tốc mái.",
        "estimate_mismatch",
        "37 + 214 + 1.086 = 1.337: không hợp với «hơn 1.400 căn nhà»",
    ),
    (
        "Trong năm, Ban Dân vận các cấp đã tham mưu tổ chức 214 cuộc đối thoại giữa người đứng "
        "đầu cấp ủy, chính quyền với Nhân dân. Qua 241 cuộc đối thoại, đã tiếp nhận 1.368 ý "
        "kiến, kiến nghị; đến nay đã giải quyết 1.215 ý kiến, đạt 88,8%.",
        "Trong năm, Ban Dân vận các cấp đã tham mưu tổ chức 214 cuộc đối thoại giữa người đứng "
        "đầu cấp ủy, chính quyền với Nhân dân. Qua 214 cuộc đối thoại, đã tiếp nhận 1.368 ý "
        "kiến, kiến nghị; đến nay đã giải quyết 1.215 ý kiến, đạt 88,8%.",
        "inconsistent_repeat",
        "214 ≠ 241 (cuộc đối thoại ở câu trước)",
    ),
    (
        "Sáu tháng đầu năm, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 24.568 hồ sơ, "
        "trong đó 16.914 hồ sơ trực tuyến (68,8%). Trong tổng số 24.586 hồ sơ tiếp nhận, đã "
        "giải quyết 23.870 hồ sơ, đang giải quyết trong hạn 716 hồ sơ.",
        "Sáu tháng đầu năm, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 24.586 hồ sơ, "
        "trong đó 16.914 hồ sơ trực tuyến (68,8%). Trong tổng số 24.586 hồ sơ tiếp nhận, đã "
        "giải quyết 23.870 hồ sơ, đang giải quyết trong hạn 716 hồ sơ.",
        "inconsistent_repeat",
        "24.568 ≠ 24.586 (hồ sơ tiếp nhận ở câu trước)",
    ),
    (
        "Năm 2024, huyện được giao làm chủ đầu tư 16 dự án đầu tư công. Đến cuối tháng 11, "
        "trong tổng số 18 dự án, đã hoàn thành, đưa vào sử dụng 7 dự án, đang thi công 9 dự án "
        "và 2 dự án đang hoàn thiện thủ tục đầu tư.",
        "Năm 2024, huyện được giao làm chủ đầu tư 18 dự án đầu tư công. Đến cuối tháng 11, "
        "trong tổng số 18 dự án, đã hoàn thành, đưa vào sử dụng 7 dự án, đang thi công 9 dự án "
        "và 2 dự án đang hoàn thiện thủ tục đầu tư.",
        "inconsistent_repeat",
        "16 ≠ 18 (dự án ở câu trước)",
    ),
    (
        "Trong 6 tháng đầu năm 2024, toàn tỉnh có 1.231 doanh nghiệp thành lập mới, tăng 21,4% "
        "so với cùng kỳ năm 2023 (1.041 doanh nghiệp).",
        "Trong 6 tháng đầu năm 2024, toàn tỉnh có 1.231 doanh nghiệp thành lập mới, tăng 21,4% "
        "so với cùng kỳ năm 2023 (1.014 doanh nghiệp).",
        "change_mismatch",
        "(1.231 − 1.041)/1.041 = 18,252% ≠ 21,4%",
    ),
    (
        "Năm 2023, Bộ phận Một cửa thành phố tiếp nhận 18.482 hồ sơ, tăng 5.877 hồ sơ (45,3%) "
        "so với năm 2022 (12.965 hồ sơ).",
        "Năm 2023, Bộ phận Một cửa thành phố tiếp nhận 18.842 hồ sơ, tăng 5.877 hồ sơ (45,3%) "
        "so với năm 2022 (12.965 hồ sơ).",
        "change_mismatch",
        "(18.482 − 12.605)/12.605 = 46,624% ≠ 45,3%",
    ),
    (
        "Tỷ lệ hộ nghèo toàn tỉnh giảm từ 5,24% cuối năm 2022 xuống còn 3,11% cuối năm 2023, "
        "tức giảm 2,31 điểm phần trăm, vượt chỉ tiêu Nghị quyết đề ra (giảm 1,5 điểm phần "
        "trăm).",
        "Tỷ lệ hộ nghèo toàn tỉnh giảm từ 5,42% cuối năm 2022 xuống còn 3,11% cuối năm 2023, "
        "tức giảm 2,31 điểm phần trăm, vượt chỉ tiêu Nghị quyết đề ra (giảm 1,5 điểm phần "
        "trăm).",
        "change_amount_mismatch",
        "5,24% − 3,11% = 2,13 điểm % ≠ 2,31 điểm %",
    ),
    (
        "Năm 2024, toàn tỉnh tiếp nhận 827 đơn khiếu nại, tố cáo, giảm 13,1% so với năm 2023 "
        "(1.003 đơn); số vụ việc đông người, phức tạp cũng giảm mạnh.",
        "Năm 2024, toàn tỉnh tiếp nhận 872 đơn khiếu nại, tố cáo, giảm 13,1% so với năm 2023 "
        "(1.003 đơn); số vụ việc đông người, phức tạp cũng giảm mạnh.",
        "change_mismatch",
        "(1.003 − 827)/1.003 = 17,547% ≠ 13,1%",
    ),
    (
        "Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024 đạt 96,8% (12.374/12.783 hồ sơ), tăng 1,6 "
        "điểm phần trăm so với năm 2023 (94,2%).",
        "Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024 đạt 96,8% (12.374/12.783 hồ sơ), tăng 1,6 "
        "điểm phần trăm so với năm 2023 (95,2%).",
        "change_amount_mismatch",
        "96,8% − 94,2% = 2,6 điểm % ≠ 1,6 điểm %",
    ),
    (
        "Năm 2024, Văn phòng Đăng ký đất đai – Chi nhánh huyện đã giải quyết 212/263 hồ sơ đề "
        "nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu, đạt 80,60%; số hồ sơ còn lại đang "
        "được xác minh nguồn gốc sử dụng đất.",
        "Năm 2024, Văn phòng Đăng ký đất đai – Chi nhánh huyện đã giải quyết 212/263 hồ sơ đề "
        "nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu, đạt 80,61%; số hồ sơ còn lại đang "
        "được xác minh nguồn gốc sử dụng đất.",
        "rounding",
        "212/263 = 80,608% → 80,61%; văn bản ghi 80,60%: cắt bớt",
    ),
    (
        "Kết quả khảo sát mức độ hài lòng của người dân, doanh nghiệp: trong 2.946 phiếu thu "
        "về, có 2.713 phiếu đánh giá hài lòng và rất hài lòng, đạt 92,0%.",
        "Kết quả khảo sát mức độ hài lòng của người dân, doanh nghiệp: trong 2.946 phiếu thu "
        "về, có 2.713 phiếu đánh giá hài lòng và rất hài lòng, đạt 92,1%.",
        "rounding",
        "2.713/2.946 = 92,091% → 92,1%; văn bản ghi 92,0%: cắt bớt",
    ),
    (
        "Toàn huyện có 93/107 thôn, khu phố có nhà văn hóa đạt chuẩn theo quy định, đạt 86%.",
        "Toàn huyện có 93/107 thôn, khu phố có nhà văn hóa đạt chuẩn theo quy định, đạt 87%.",
        "rounding",
        "93/107 = 86,916% → 87%; văn bản ghi 86%: cắt bớt",
    ),
    (
        "Trong kỳ, Thanh tra huyện tiếp nhận 157 đơn, trong đó 96 đơn đủ điều kiện xử lý "
        "(chiếm 61,1%) và 61 đơn không đủ điều kiện xử lý (chiếm 38,8%).",
        "Trong kỳ, Thanh tra huyện tiếp nhận 157 đơn, trong đó 96 đơn đủ điều kiện xử lý "
        "(chiếm 61,1%) và 61 đơn không đủ điều kiện xử lý (chiếm 38,9%).",
        "rounding",
        "61/157 = 38,854% → 38,9%; văn bản ghi 38,8%: cắt bớt",
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn thị xã 9 tháng năm 2024 đạt 287,6 tỷ đồng, bằng "
        "74,8% dự toán HĐND thị xã giao (384,2 tỷ đồng).",
        "Thu ngân sách nhà nước trên địa bàn thị xã 9 tháng năm 2024 đạt 287,6 tỷ đồng, bằng "
        "74,9% dự toán HĐND thị xã giao (384,2 tỷ đồng).",
        "rounding",
        "287,6/384,2 = 74,857% → 74,9%; văn bản ghi 74,8%: cắt bớt",
    ),
    (
        "Trong 9 tháng năm 2024, huyện tiếp nhận 31.476 hồ sơ trực tuyến, tăng 12,3% so với "
        "cùng kỳ năm 2023 (28.013 hồ sơ).",
        "Trong 9 tháng năm 2024, huyện tiếp nhận 31.476 hồ sơ trực tuyến, tăng 12,4% so với "
        "cùng kỳ năm 2023 (28.013 hồ sơ).",
        "rounding",
        "(31.476 − 28.013)/28.013 = 12,362% → 12,4%; văn bản ghi 12,3%: cắt bớt",
    ),
    # Changes of the parts make up the change of the whole they make up.
    (
        "Cả năm 2020, toàn huyện tiếp 626 lượt công dân (giảm 69 lượt so với cùng kỳ năm "
        "2019); trong đó cấp huyện tiếp 173 lượt (giảm 50 lượt), cấp xã tiếp 453 lượt (giảm 9 "
        "lượt).",
        "Cả năm 2020, toàn huyện tiếp 626 lượt công dân (giảm 59 lượt so với cùng kỳ năm "
        "2019); trong đó cấp huyện tiếp 173 lượt (giảm 50 lượt), cấp xã tiếp 453 lượt (giảm 9 "
        "lượt).",
        "change_parts_mismatch",
        "(−50) + (−9) = −59 ≠ −69",
    ),
    (
        "Năm 2023, tỉnh tiếp nhận 1.250 hồ sơ, tăng 130 hồ sơ so với cùng kỳ, gồm: trực tuyến "
        "800 hồ sơ (tăng 150 hồ sơ), trực tiếp 450 hồ sơ (giảm 30 hồ sơ).",
        "Năm 2023, tỉnh tiếp nhận 1.250 hồ sơ, tăng 120 hồ sơ so với cùng kỳ, gồm: trực tuyến "
        "800 hồ sơ (tăng 150 hồ sơ), trực tiếp 450 hồ sơ (giảm 30 hồ sơ).",
        "change_parts_mismatch",
        "150 + (−30) = 120 ≠ 130",
    ),
    # A share of the figure outside a parenthesis of another period, of the whole named after it.
    (
        "Đến cuối năm 2024, toàn tỉnh có 94 xã đạt chuẩn nông thôn mới (cuối năm 2023: 87 xã), "
        "chiếm 78,69% tổng số 121 xã của tỉnh.",
        "Đến cuối năm 2024, toàn tỉnh có 94 xã đạt chuẩn nông thôn mới (cuối năm 2023: 87 xã), "
        "chiếm 77,69% tổng số 121 xã của tỉnh.",
        "ratio_mismatch",
        "94/121 = 77,686% ≠ 78,69%",
    ),
    # Shares of what the unit has («Huyện có 31.950 hộ dân», «Xã có 2.815 hộ, trong đó …, đạt …»).
    (
        "Huyện có 31.950 hộ dân. Đến cuối năm 2023, toàn huyện còn 1.042 hộ nghèo, chiếm tỷ lệ "
        "3,36%; hộ cận nghèo 2.130 hộ, chiếm 6,67%.",
        "Huyện có 31.950 hộ dân. Đến cuối năm 2023, toàn huyện còn 1.042 hộ nghèo, chiếm tỷ lệ "
        "3,26%; hộ cận nghèo 2.130 hộ, chiếm 6,67%.",
        "ratio_mismatch",
        "1.042/31.950 = 3,261% ≠ 3,36%",
    ),
    (
        "Toàn tỉnh có 1.250 thôn, tổ dân phố; trong đó 1.108 thôn, tổ dân phố được công nhận "
        "danh hiệu văn hóa, đạt 89,6%.",
        "Toàn tỉnh có 1.250 thôn, tổ dân phố; trong đó 1.108 thôn, tổ dân phố được công nhận "
        "danh hiệu văn hóa, đạt 88,6%.",
        "ratio_mismatch",
        "1.108/1.250 = 88,640% ≠ 89,6%",
    ),
    (
        "Xã có 2.815 hộ, trong đó 2.604 hộ được công nhận gia đình văn hóa, đạt 93,5%.",
        "Xã có 2.815 hộ, trong đó 2.604 hộ được công nhận gia đình văn hóa, đạt 92,5%.",
        "ratio_mismatch",
        "2.604/2.815 = 92,504% ≠ 93,5%",
    ),
    (
        "Xã có 1.420 hộ với 5.830 nhân khẩu; số hộ nghèo còn 96 hộ, chiếm 7,2%.",
        "Xã có 1.420 hộ với 5.830 nhân khẩu; số hộ nghèo còn 96 hộ, chiếm 6,8%.",
        "ratio_mismatch",
        "96/1.420 = 6,761% ≠ 7,2%",
    ),
    # A seventh hunt (40 poverty passages, a helper blind to the checker, 07/12/2026): the
    # poverty and near-poverty rates of one group of households, of no stated base, that no
    # single number of households gives.
    (
        "Kết quả rà soát năm 2022, toàn tỉnh có 57.180 hộ nghèo, chiếm tỷ lệ 12,81%; 43.316 hộ "
        "cận nghèo, chiếm tỷ lệ 9,12%.",
        "Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2022, toàn tỉnh có 57.180 hộ nghèo, chiếm "
        "tỷ lệ 12,81%; 43.316 hộ cận nghèo, chiếm tỷ lệ 9,70%.",
        "shares_base_conflict",
        "57.180/12,81% → mẫu số từ 446.022 đến 446.544; 43.316/9,12% → mẫu số từ 474.436 đến "
        "475.216: không có chung một mẫu số",
    ),
    (
        "Cuối năm 2023, tỷ lệ hộ nghèo giảm còn 4,66% (16.820 hộ), tỷ lệ hộ cận nghèo còn 5,83% "
        "(23.145 hộ).",
        "Cuối năm 2023, tỷ lệ hộ nghèo giảm còn 4,66% (16.820 hộ), tỷ lệ hộ cận nghèo còn 6,41% "
        "(23.145 hộ).",
        "shares_base_conflict",
        "16.820/4,66% → mẫu số từ 360.172 đến 361.331; 23.145/5,83% → mẫu số từ 396.319 đến "
        "397.339: không có chung một mẫu số",
    ),
    (
        "Năm 2023, hộ nghèo DTTS còn 13.907 hộ, chiếm 21,64% tổng số hộ DTTS; hộ cận nghèo DTTS "
        "7.716 hộ, chiếm 13,24% tổng số hộ DTTS.",
        "Năm 2023, hộ nghèo DTTS còn 13.907 hộ, chiếm 21,64% tổng số hộ DTTS; hộ cận nghèo DTTS "
        "7.716 hộ, chiếm 12,00% tổng số hộ DTTS.",
        "shares_base_conflict",
        "13.907/21,64% → mẫu số từ 64.236 đến 64.280; 7.716/13,24% → mẫu số từ 58.234 đến "
        "58.299: không có chung một mẫu số",
    ),
    # A total that names its parts («tổng số hộ nghèo và hộ cận nghèo»): the list that gives
    # each of them once is the whole of it (the seventh hunt, p25).
    (
        "Tổng số hộ nghèo và hộ cận nghèo toàn tỉnh là 101.496 hộ, trong đó hộ nghèo 57.180 "
        "hộ, hộ cận nghèo 43.316 hộ.",
        "Tổng số hộ nghèo và hộ cận nghèo toàn tỉnh là 100.496 hộ, trong đó hộ nghèo 57.180 "
        "hộ, hộ cận nghèo 43.316 hộ.",
        "sum_mismatch",
        "57.180 + 43.316 = 100.496 ≠ 101.496",
    ),
    (
        "Tổng số đơn khiếu nại, tố cáo là 412 đơn, trong đó đơn khiếu nại 300 đơn, đơn tố cáo "
        "102 đơn.",
        "Tổng số đơn khiếu nại, tố cáo là 402 đơn, trong đó đơn khiếu nại 300 đơn, đơn tố cáo "
        "102 đơn.",
        "sum_mismatch",
        "300 + 102 = 402 ≠ 412",
    ),
    # The seventh hunt"s other slips: a rate named after its own things («5.322 hộ nghèo, tỷ lệ
    # hộ nghèo 25,08%»), the flows of poor households against their decrease, and the shares
    # of two groups making up one whole.
    (
        "Huyện Sìn Hồ có 18.950 hộ dân cư, trong đó 5.322 hộ nghèo, tỷ lệ hộ nghèo 25,08%; "
        "huyện Nậm Nhùn có 6.310 hộ, trong đó 2.204 hộ nghèo, tỷ lệ 34,93%.",
        "Huyện Sìn Hồ có 18.950 hộ dân cư, trong đó 5.322 hộ nghèo, tỷ lệ hộ nghèo 28,08%; "
        "huyện Nậm Nhùn có 6.310 hộ, trong đó 2.204 hộ nghèo, tỷ lệ 34,93%.",
        "ratio_mismatch",
        "5.322/18.950 = 28,084% ≠ 25,08%",
    ),
    (
        "Trong năm 2023, toàn tỉnh có 6.215 hộ thoát nghèo, 1.102 hộ nghèo phát sinh mới; số hộ "
        "nghèo cuối năm là 10.759 hộ, giảm 7.317 hộ so với đầu năm.",
        "Trong năm 2023, toàn tỉnh có 6.215 hộ thoát nghèo, 1.102 hộ nghèo phát sinh mới; số hộ "
        "nghèo cuối năm là 10.759 hộ, giảm 5.113 hộ so với đầu năm.",
        "flow_mismatch",
        "6.215 − 1.102 = 5.113 ≠ 7.317",
    ),
    (
        "Trong tổng số hộ nghèo toàn tỉnh, hộ nghèo DTTS chiếm 81,8%, hộ nghèo dân tộc Kinh "
        "chiếm 20,2%.",
        "Trong tổng số hộ nghèo toàn tỉnh, hộ nghèo DTTS chiếm 81,8%, hộ nghèo dân tộc Kinh "
        "chiếm 18,2%.",
        "parts_exceed_total",
        "81,8% + 20,2% = 102% > 100%",
    ),
    # Probe 8 (40 report paragraphs with one slip each, a helper blind to the checker,
    # 07/12/2026): the slips the readings of that round find alone.
    (
        "Trong kỳ báo cáo, toàn tỉnh tiếp nhận 50.003 hồ sơ thủ tục hành chính, trong đó cấp "
        "tỉnh 21.457 hồ sơ; cấp huyện 17.862 hồ sơ; cấp xã 10.584 hồ sơ. Đã giải quyết 49.120 "
        "hồ sơ, gồm 48.875 hồ sơ đúng hạn và 245 hồ sơ trễ hạn; đang giải quyết 883 hồ sơ. "
        "Nguyên nhân trễ hạn chủ yếu do phải xác minh nguồn gốc đất, lấy ý kiến các cơ quan "
        "liên quan và công dân chậm bổ sung hồ sơ theo yêu cầu.",
        "Trong kỳ báo cáo, toàn tỉnh tiếp nhận 50.003 hồ sơ thủ tục hành chính, trong đó cấp "
        "tỉnh 21.457 hồ sơ; cấp huyện 17.962 hồ sơ; cấp xã 10.584 hồ sơ. Đã giải quyết 49.120 "
        "hồ sơ, gồm 48.875 hồ sơ đúng hạn và 245 hồ sơ trễ hạn; đang giải quyết 883 hồ sơ. "
        "Nguyên nhân trễ hạn chủ yếu do phải xác minh nguồn gốc đất, lấy ý kiến các cơ quan "
        "liên quan và công dân chậm bổ sung hồ sơ theo yêu cầu.",
        "sum_mismatch",
        "21.457 + 17.862 + 10.584 = 49.903 ≠ 50.003",
    ),
    (
        "Trong quý III/2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận tổng cộng 8.642 "
        "hồ sơ (kể cả hồ sơ kỳ trước chuyển sang), chủ yếu thuộc các lĩnh vực đất đai, xây "
        "dựng, đăng ký doanh nghiệp. Tính đến ngày 30/9/2023, đã trả kết quả 8.105 hồ sơ (đúng "
        "hạn 8.033 hồ sơ, trễ hạn 72 hồ sơ). Số hồ sơ đang giải quyết chuyển sang quý IV là 573 "
        "hồ sơ, đều còn trong hạn.",
        "Trong quý III/2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận tổng cộng 8.642 "
        "hồ sơ (kể cả hồ sơ kỳ trước chuyển sang), chủ yếu thuộc các lĩnh vực đất đai, xây "
        "dựng, đăng ký doanh nghiệp. Tính đến ngày 30/9/2023, đã trả kết quả 8.105 hồ sơ (đúng "
        "hạn 8.033 hồ sơ, trễ hạn 72 hồ sơ). Số hồ sơ đang giải quyết chuyển sang quý IV là 537 "
        "hồ sơ, đều còn trong hạn.",
        "balance_mismatch",
        "8.105 + 573 = 8.678 ≠ 8.642",
    ),
    (
        "Năm 2022, các tổ hòa giải ở cơ sở tiếp nhận 1.327 vụ việc; đã tiến hành hòa giải 1.272 "
        "vụ việc, trong đó hòa giải thành 1.108 vụ việc, hòa giải không thành 164 vụ việc; còn "
        "45 vụ việc đang tiếp tục hòa giải. Tỷ lệ hòa giải thành đạt 87,1%. Các vụ việc hòa "
        "giải không thành đã được hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết.",
        "Năm 2022, các tổ hòa giải ở cơ sở tiếp nhận 1.327 vụ việc; đã tiến hành hòa giải 1.272 "
        "vụ việc, trong đó hòa giải thành 1.108 vụ việc, hòa giải không thành 164 vụ việc; còn "
        "55 vụ việc đang tiếp tục hòa giải. Tỷ lệ hòa giải thành đạt 87,1%. Các vụ việc hòa "
        "giải không thành đã được hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết.",
        "balance_mismatch",
        "1.272 + 45 = 1.317 ≠ 1.327",
    ),
    (
        "Sau rà soát, chuẩn hóa, tỉnh đã công bố 2.519 thủ tục hành chính; trong đó 2.347 thủ "
        "tục hành chính được cung cấp dịch vụ công trực tuyến, đạt 93,1%, còn lại 172 thủ tục "
        "chỉ thực hiện trực tiếp do yêu cầu đối chiếu bản chính. 100% thủ tục hành chính đã "
        "được công khai trên Cổng Dịch vụ công quốc gia.",
        "Sau rà soát, chuẩn hóa, tỉnh đã công bố 2.519 thủ tục hành chính; trong đó 2.347 thủ "
        "tục hành chính được cung cấp dịch vụ công trực tuyến, đạt 93,2%, còn lại 172 thủ tục "
        "chỉ thực hiện trực tiếp do yêu cầu đối chiếu bản chính. 100% thủ tục hành chính đã "
        "được công khai trên Cổng Dịch vụ công quốc gia.",
        "rounding",
        "2.347/2.519 = 93,172% → 93,2%; văn bản ghi 93,1%: cắt bớt",
    ),
    (
        "Năm 2022, các tổ hòa giải trên địa bàn huyện tiếp nhận 812 vụ việc, chủ yếu là mâu "
        "thuẫn, tranh chấp đất đai, hôn nhân và gia đình; kết quả hòa giải thành 689 vụ việc, "
        "đạt 84,8%, hòa giải không thành 123 vụ việc. Công tác hòa giải đã góp phần giữ gìn "
        "đoàn kết trong cộng đồng dân cư, hạn chế đơn thư vượt cấp.",
        "Năm 2022, các tổ hòa giải trên địa bàn huyện tiếp nhận 812 vụ việc, chủ yếu là mâu "
        "thuẫn, tranh chấp đất đai, hôn nhân và gia đình; kết quả hòa giải thành 689 vụ việc, "
        "đạt 84,9%, hòa giải không thành 123 vụ việc. Công tác hòa giải đã góp phần giữ gìn "
        "đoàn kết trong cộng đồng dân cư, hạn chế đơn thư vượt cấp.",
        "rounding",
        "689/812 = 84,852% → 84,9%; văn bản ghi 84,8%: cắt bớt",
    ),
    (
        "Trong kỳ, Ban Tiếp công dân tỉnh đã tiếp nhận, xử lý 418 đơn các loại, giảm 54 đơn so "
        "với cùng kỳ năm trước (462 đơn); trong đó có 57 đơn trùng lặp, nặc danh, không rõ địa "
        "chỉ được lưu theo quy định. Số đơn còn lại đã được phân loại, đề xuất xử lý kịp thời, "
        "đúng quy định của pháp luật.",
        "Trong kỳ, Ban Tiếp công dân tỉnh đã tiếp nhận, xử lý 418 đơn các loại, giảm 44 đơn so "
        "với cùng kỳ năm trước (462 đơn); trong đó có 57 đơn trùng lặp, nặc danh, không rõ địa "
        "chỉ được lưu theo quy định. Số đơn còn lại đã được phân loại, đề xuất xử lý kịp thời, "
        "đúng quy định của pháp luật.",
        "change_amount_mismatch",
        "462 − 418 = 44 ≠ 54",
    ),
    (
        "Năm 2022, Sở Nội vụ phối hợp tổ chức 9 lớp bồi dưỡng nghiệp vụ công tác tiếp công dân, "
        "xử lý đơn thư cho 1.062 học viên là công chức cấp huyện, cấp xã. Kết quả: 312 học viên "
        "đạt loại giỏi, 694 học viên đạt loại khá, 56 học viên đạt loại trung bình; toàn bộ "
        "1.026 học viên đều được cấp giấy chứng nhận hoàn thành khóa học.",
        "Năm 2022, Sở Nội vụ phối hợp tổ chức 9 lớp bồi dưỡng nghiệp vụ công tác tiếp công dân, "
        "xử lý đơn thư cho 1.062 học viên là công chức cấp huyện, cấp xã. Kết quả: 312 học viên "
        "đạt loại giỏi, 694 học viên đạt loại khá, 56 học viên đạt loại trung bình; toàn bộ "
        "1.062 học viên đều được cấp giấy chứng nhận hoàn thành khóa học.",
        "inconsistent_repeat",
        "1.062 ≠ 1.026",
    ),
    (
        "Toàn tỉnh hiện có 1.458 tổ hòa giải ở cơ sở với 9.372 hòa giải viên, bình quân 6,4 hòa "
        "giải viên/tổ. Trong năm, các tổ hòa giải tiếp nhận 736 vụ việc, hòa giải thành 621 vụ "
        "việc, đạt 84,4%. Đến nay, 1.485 tổ hòa giải (đạt 100%) đã được cấp tài liệu hướng dẫn "
        "nghiệp vụ và sổ theo dõi hoạt động hòa giải.",
        "Toàn tỉnh hiện có 1.458 tổ hòa giải ở cơ sở với 9.372 hòa giải viên, bình quân 6,4 hòa "
        "giải viên/tổ. Trong năm, các tổ hòa giải tiếp nhận 736 vụ việc, hòa giải thành 621 vụ "
        "việc, đạt 84,4%. Đến nay, 1.458 tổ hòa giải (đạt 100%) đã được cấp tài liệu hướng dẫn "
        "nghiệp vụ và sổ theo dõi hoạt động hòa giải.",
        "inconsistent_repeat",
        "1.458 ≠ 1.485",
    ),
    # Probe 17 (07/12/2026, a helper blind to the checker, 19 slips retold from 14 real pages):
    # slips this round finds.
    (
        "UBND tỉnh Đồng Tháp công nhận 8 xã đạt chuẩn nông thôn mới năm 2018, gồm: 3 xã "
        "thuộc huyện Cao Lãnh; 1 xã thuộc huyện Lấp Vò; 1 xã thuộc huyện Tháp Mười; 1 xã "
        "thuộc TX. Hồng Ngự và 3 xã thuộc TP. Cao Lãnh.",
        "UBND tỉnh Đồng Tháp công nhận 9 xã đạt chuẩn nông thôn mới năm 2018, gồm: 3 xã "
        "thuộc huyện Cao Lãnh; 1 xã thuộc huyện Lấp Vò; 1 xã thuộc huyện Tháp Mười; 1 xã "
        "thuộc TX. Hồng Ngự và 3 xã thuộc TP. Cao Lãnh.",
        "sum_mismatch",
        "3 + 1 + 1 + 1 + 3 = 9 ≠ 8",
    ),
    (
        "Năm 2020, Đồng Tháp công nhận thêm 22 xã đạt chuẩn nông thôn mới. Cụ thể: huyện "
        "Tân Hồng 1 xã, Tam Nông 2 xã, Lai Vung 3 xã, Thanh Bình 2 xã, Châu Thành 2 xã, "
        "Hồng Ngự 4 xã, Lấp Vò 4 xã và huyện Cao Lãnh 3 xã.",
        "Năm 2020, Đồng Tháp công nhận thêm 22 xã đạt chuẩn nông thôn mới. Cụ thể: huyện "
        "Tân Hồng 1 xã, Tam Nông 2 xã, Lai Vung 3 xã, Thanh Bình 3 xã, Châu Thành 2 xã, "
        "Hồng Ngự 4 xã, Lấp Vò 4 xã và huyện Cao Lãnh 3 xã.",
        "sum_mismatch",
        "1 + 2 + 3 + 2 + 2 + 4 + 4 + 3 = 21 ≠ 22",
    ),
    (
        "Trước và sau Kỳ họp thứ chín, UBND tỉnh Bắc Kạn nhận được 139 lượt ý kiến, kiến "
        "nghị của cử tri. Trong đó: chế độ chính sách 13; giao thông - xây dựng - thủy lợi "
        "46; nông - lâm nghiệp 12; đất đai - tài nguyên - môi trường 12; điện lực - viễn "
        "thông - truyền thông 81; văn hóa - xã hội - giáo dục - y tế 7; liên quan Công ty "
        "thủy lợi 7 và lĩnh vực khác 24.",
        "Trước và sau Kỳ họp thứ chín, UBND tỉnh Bắc Kạn nhận được 139 lượt ý kiến, kiến "
        "nghị của cử tri. Trong đó: chế độ chính sách 13; giao thông - xây dựng - thủy lợi "
        "46; nông - lâm nghiệp 12; đất đai - tài nguyên - môi trường 12; điện lực - viễn "
        "thông - truyền thông 18; văn hóa - xã hội - giáo dục - y tế 7; liên quan Công ty "
        "thủy lợi 7 và lĩnh vực khác 24.",
        "sum_mismatch",
        "13 + 46 + 12 + 12 + 81 + 7 + 7 + 24 = 202 ≠ 139",
    ),
    (
        "Toàn thành phố Hà Nội có 3.685/6.461 thôn, tổ dân phố có nhà văn hóa, chiếm 63%.",
        "Toàn thành phố Hà Nội có 3.685/6.461 thôn, tổ dân phố có nhà văn hóa, chiếm 57%.",
        "ratio_mismatch",
        "3.685/6.461 = 57,035% ≠ 63%",
    ),
    (
        "Riêng khối tổ dân phố, số tổ dân phố có nhà văn hóa là 1.491/5.412, chiếm 25,7%.",
        "Riêng khối tổ dân phố, số tổ dân phố có nhà văn hóa là 1.491/5.412, chiếm 27,5%.",
        "ratio_mismatch",
        "1.491/5.412 = 27,550% ≠ 25,7%",
    ),
    (
        "Qua 3 cuộc thanh tra tại các xã An Thạch, An Nghiệp và An Ninh Tây, Thanh tra "
        "huyện Tuy An phát hiện sai phạm hơn 354 triệu đồng. Trong đó, chi sai nguyên tắc "
        "tài chính gần 412 triệu đồng; cá nhân thu, chi chiếm giữ gần 107 triệu đồng và chi "
        "trả 2 lần thừa hơn 15 triệu đồng.",
        "Qua 3 cuộc thanh tra tại các xã An Thạch, An Nghiệp và An Ninh Tây, Thanh tra "
        "huyện Tuy An phát hiện sai phạm hơn 534 triệu đồng. Trong đó, chi sai nguyên tắc "
        "tài chính gần 412 triệu đồng; cá nhân thu, chi chiếm giữ gần 107 triệu đồng và chi "
        "trả 2 lần thừa hơn 15 triệu đồng.",
        "part_exceeds_total",
        "gần 412 triệu đồng > hơn 354 triệu đồng",
    ),
    (
        "Theo thống kê, cả nước có 6.084/7.669 xã đã được công nhận đạt chuẩn nông thôn "
        "mới, đạt tỷ lệ 73,9%, cơ bản hoàn thành mục tiêu giai đoạn 2021-2025.",
        "Theo thống kê, cả nước có 6.084/7.669 xã đã được công nhận đạt chuẩn nông thôn "
        "mới, đạt tỷ lệ 79,3%, cơ bản hoàn thành mục tiêu giai đoạn 2021-2025.",
        "ratio_mismatch",
        "6.084/7.669 = 79,332% ≠ 73,9%",
    ),
    (
        "Trong 9 tháng, ngành Thanh tra tỉnh Vĩnh Long triển khai 62 cuộc thanh tra ở 89 "
        "đơn vị; đến nay đã kết thúc 53/62 cuộc và ban hành kết luận 42/53 cuộc. Còn lại 9 "
        "cuộc thanh tra đang tổng hợp xây dựng báo cáo kết quả.",
        "Trong 9 tháng, ngành Thanh tra tỉnh Vĩnh Long triển khai 62 cuộc thanh tra ở 89 "
        "đơn vị; đến nay đã kết thúc 53/62 cuộc và ban hành kết luận 42/53 cuộc. Còn lại 11 "
        "cuộc thanh tra đang tổng hợp xây dựng báo cáo kết quả.",
        "remainder_mismatch",
        "53 − 42 = 11 ≠ 9",
    ),
    (
        "Qua thanh tra, kiến nghị thu hồi nộp ngân sách 721,14 triệu đồng. Bước đầu đã thu "
        "hồi được 530,29 triệu đồng, đạt 75,3%.",
        "Qua thanh tra, kiến nghị thu hồi nộp ngân sách 721,14 triệu đồng. Bước đầu đã thu "
        "hồi được 530,29 triệu đồng, đạt 73,5%.",
        "ratio_mismatch",
        "530,29/721,14 triệu đồng = 73,535% ≠ 75,3%",
    ),
    (
        "Về thanh tra hành chính, trong 9 tháng đầu năm 2023 ngành Thanh tra tỉnh Vĩnh Long "
        "đã thực hiện 54 cuộc thanh tra, gồm 44 cuộc theo kế hoạch và 1 cuộc thanh tra đột "
        "xuất.",
        "Về thanh tra hành chính, trong 9 tháng đầu năm 2023 ngành Thanh tra tỉnh Vĩnh Long "
        "đã thực hiện 45 cuộc thanh tra, gồm 44 cuộc theo kế hoạch và 1 cuộc thanh tra đột "
        "xuất.",
        "sum_mismatch",
        "44 + 1 = 45 ≠ 54",
    ),
    (
        "Trong năm 2018, các tổ hòa giải ở cơ sở tỉnh Ninh Bình tiếp nhận 969 vụ việc, "
        "trong đó hòa giải thành 791 vụ, đạt 81%.",
        "Trong năm 2018, các tổ hòa giải ở cơ sở tỉnh Ninh Bình tiếp nhận 969 vụ việc, "
        "trong đó hòa giải thành 791 vụ, đạt 82%.",
        "rounding",
        "791/969 = 81,631% → 82%; văn bản ghi 81%: cắt bớt",
    ),
    # Probe 16 (07/12/2026, a helper blind to the checker, 23 slips retold from 16 real pages):
    # slips this round finds.
    (
        "Thanh tra Chính phủ kiến nghị thu hồi về ngân sách Nhà nước 7.593,5 tỷ đồng và "
        "514,9 ha đất. Đến nay đã thu hồi được 6.203,3 tỷ đồng, đạt 87,1% số tiền kiến nghị "
        "thu hồi.",
        "Thanh tra Chính phủ kiến nghị thu hồi về ngân sách Nhà nước 7.593,5 tỷ đồng và "
        "514,9 ha đất. Đến nay đã thu hồi được 6.203,3 tỷ đồng, đạt 81,7% số tiền kiến nghị "
        "thu hồi.",
        "ratio_mismatch",
        "6.203,3/7.593,5 tỷ đồng = 81,692% ≠ 87,1%",
    ),
    (
        "Trong quý I, cơ quan hành chính nhà nước các cấp, các ngành và các cơ quan thanh "
        "tra trên địa bàn TP Đà Nẵng đã tiếp 1.788 lượt người (có 4 đoàn đông người), tiếp "
        "nhận 1.669 đơn khiếu nại, tố cáo, kiến nghị, phản ánh. Kết quả, đã giải quyết được "
        "19/33 vụ việc khiếu nại, tố cáo thuộc thẩm quyền; còn lại 16 vụ việc đang giải "
        "quyết.",
        "Trong quý I, cơ quan hành chính nhà nước các cấp, các ngành và các cơ quan thanh "
        "tra trên địa bàn TP Đà Nẵng đã tiếp 1.788 lượt người (có 4 đoàn đông người), tiếp "
        "nhận 1.669 đơn khiếu nại, tố cáo, kiến nghị, phản ánh. Kết quả, đã giải quyết được "
        "19/33 vụ việc khiếu nại, tố cáo thuộc thẩm quyền; còn lại 14 vụ việc đang giải "
        "quyết.",
        "remainder_mismatch",
        "33 − 19 = 14 ≠ 16",
    ),
    (
        "Hiện toàn tỉnh có 716 tổ hòa giải với 4.715 hòa giải viên. Từ năm 2019 đến năm "
        "2022, các tổ hòa giải đã tiến hành hòa giải 3.731 vụ việc; trong đó hòa giải thành "
        "2.735 vụ việc, tỷ lệ 58,0%.",
        "Hiện toàn tỉnh có 716 tổ hòa giải với 4.715 hòa giải viên. Từ năm 2019 đến năm "
        "2022, các tổ hòa giải đã tiến hành hòa giải 3.731 vụ việc; trong đó hòa giải thành "
        "2.735 vụ việc, tỷ lệ 73,3%.",
        "ratio_mismatch",
        "2.735/3.731 = 73,305% ≠ 58,0%",
    ),
    (
        "Năm 2020, Ban Thanh tra nhân dân cấp xã trong tỉnh đã thanh tra, phát hiện và kiến "
        "nghị với chính quyền 1.074 vụ việc. Trong số này, 1.050 vụ việc đã được chính "
        "quyền và các cơ quan chức năng xem xét, giải quyết, đạt 79,8%.",
        "Năm 2020, Ban Thanh tra nhân dân cấp xã trong tỉnh đã thanh tra, phát hiện và kiến "
        "nghị với chính quyền 1.074 vụ việc. Trong số này, 1.050 vụ việc đã được chính "
        "quyền và các cơ quan chức năng xem xét, giải quyết, đạt 97,8%.",
        "ratio_mismatch",
        "1.050/1.074 = 97,765% ≠ 79,8%",
    ),
    (
        "Qua giám sát của Thường trực HĐND xã Hương Toàn: từ năm 2016 đến nay, UBND xã tiếp "
        "nhận 51 ý kiến, kiến nghị của cử tri. UBND xã đã giải quyết 35/35 ý kiến thuộc "
        "thẩm quyền của xã, đạt 100%; còn lại 18 ý kiến là kiến nghị đối với tỉnh, thị xã.",
        "Qua giám sát của Thường trực HĐND xã Hương Toàn: từ năm 2016 đến nay, UBND xã tiếp "
        "nhận 51 ý kiến, kiến nghị của cử tri. UBND xã đã giải quyết 35/35 ý kiến thuộc "
        "thẩm quyền của xã, đạt 100%; còn lại 16 ý kiến là kiến nghị đối với tỉnh, thị xã.",
        "remainder_mismatch",
        "51 − 35 = 16 ≠ 18",
    ),
    (
        "Theo Quyết định số 1884/QĐ-UBND ngày 26/11/2019 phê duyệt kết quả rà soát, toàn "
        "tỉnh Ninh Thuận có 11.925 hộ nghèo, chiếm 6,47% so với 176.822 hộ dân toàn tỉnh, "
        "giảm 1,6% so với năm 2018. Số hộ cận nghèo là 14.176 hộ, chiếm 8,02%.",
        "Theo Quyết định số 1884/QĐ-UBND ngày 26/11/2019 phê duyệt kết quả rà soát, toàn "
        "tỉnh Ninh Thuận có 11.925 hộ nghèo, chiếm 6,74% so với 176.822 hộ dân toàn tỉnh, "
        "giảm 1,6% so với năm 2018. Số hộ cận nghèo là 14.176 hộ, chiếm 8,02%.",
        "ratio_mismatch",
        "11.925/176.822 = 6,744% ≠ 6,47%",
    ),
    (
        "Năm 2019, số hộ nghèo toàn tỉnh là 11.925 hộ. Cụ thể tại các huyện, thành phố:\n- "
        "Ninh Sơn 2.638 hộ;\n- Thuận Bắc 2.456 hộ;\n- Bác Ái 2.061 hộ;\n- Ninh Phước 1.434 "
        "hộ;\n- Thuận Nam 1.203 hộ;\n- Ninh Hải 584 hộ;\n- TP. Phan Rang - Tháp Chàm 1.009 hộ.",
        "Năm 2019, số hộ nghèo toàn tỉnh là 11.925 hộ. Cụ thể tại các huyện, thành phố:\n- "
        "Ninh Sơn 2.638 hộ;\n- Thuận Bắc 2.456 hộ;\n- Bác Ái 2.601 hộ;\n- Ninh Phước 1.434 "
        "hộ;\n- Thuận Nam 1.203 hộ;\n- Ninh Hải 584 hộ;\n- TP. Phan Rang - Tháp Chàm 1.009 hộ.",
        "sum_mismatch",
        "2.638 + 2.456 + 2.061 + 1.434 + 1.203 + 584 + 1.009 = 11.385 ≠ 11.925",
    ),
    (
        "Hiện tại, cả nước có 6.001/8.211 xã đạt chuẩn nông thôn mới, chiếm 73,80%; trong "
        "đó có 958 xã đạt chuẩn nông thôn mới nâng cao và 113 xã đạt chuẩn nông thôn mới "
        "kiểu mẫu.",
        "Hiện tại, cả nước có 6.001/8.211 xã đạt chuẩn nông thôn mới, chiếm 73,08%; trong "
        "đó có 958 xã đạt chuẩn nông thôn mới nâng cao và 113 xã đạt chuẩn nông thôn mới "
        "kiểu mẫu.",
        "ratio_mismatch",
        "6.001/8.211 = 73,085% ≠ 73,80%",
    ),
    (
        "Từ năm 2016 đến nay, thành phố Hà Nội đã huy động hơn 3.977 tỷ đồng cho xây dựng "
        "nông thôn mới. Trong đó, vốn ngân sách trung ương hơn 58 tỷ đồng; ngân sách thành "
        "phố hơn 14.154 tỷ đồng; ngân sách cấp huyện hơn 20.893 tỷ đồng; ngân sách cấp xã "
        "hơn 1.084 tỷ đồng; vốn ngoài ngân sách do nhân dân, doanh nghiệp, hợp tác xã đóng "
        "góp hơn 3.581 tỷ đồng.",
        "Từ năm 2016 đến nay, thành phố Hà Nội đã huy động hơn 39.772 tỷ đồng cho xây dựng "
        "nông thôn mới. Trong đó, vốn ngân sách trung ương hơn 58 tỷ đồng; ngân sách thành "
        "phố hơn 14.154 tỷ đồng; ngân sách cấp huyện hơn 20.893 tỷ đồng; ngân sách cấp xã "
        "hơn 1.084 tỷ đồng; vốn ngoài ngân sách do nhân dân, doanh nghiệp, hợp tác xã đóng "
        "góp hơn 3.581 tỷ đồng.",
        "part_exceeds_total",
        "hơn 14.154 tỷ đồng > hơn 3.977 tỷ đồng",
    ),
    (
        "Năm 2022, chỉ tiêu vận động Quỹ «Vì người nghèo» toàn tỉnh Bình Thuận phấn đấu đạt "
        "9,5 tỷ đồng. Trong đó, quỹ cấp tỉnh phấn đấu vận động 2,5 tỷ đồng; quỹ cấp huyện "
        "và xã phấn đấu vận động 7,3 tỷ đồng.",
        "Năm 2022, chỉ tiêu vận động Quỹ «Vì người nghèo» toàn tỉnh Bình Thuận phấn đấu đạt "
        "9,5 tỷ đồng. Trong đó, quỹ cấp tỉnh phấn đấu vận động 2,2 tỷ đồng; quỹ cấp huyện "
        "và xã phấn đấu vận động 7,3 tỷ đồng.",
        "parts_exceed_total",
        "2,5 + 7,3 = 9,8 > 9,5 tỷ đồng",
    ),
    (
        "Tháng 10/2018, lãnh đạo UBND tỉnh, lãnh đạo các sở, ban, ngành và lãnh đạo UBND "
        "các huyện, thị xã đã tiếp 24 lượt công dân (22 lượt định kỳ, 02 lượt đột xuất) với "
        "37 lượt người. Nội dung tiếp công dân tập trung chủ yếu trong lĩnh vực đất đai, "
        "chiếm 22/24 lượt tiếp trong tháng, tỷ lệ 91,6%.",
        "Tháng 10/2018, lãnh đạo UBND tỉnh, lãnh đạo các sở, ban, ngành và lãnh đạo UBND "
        "các huyện, thị xã đã tiếp 24 lượt công dân (22 lượt định kỳ, 02 lượt đột xuất) với "
        "37 lượt người. Nội dung tiếp công dân tập trung chủ yếu trong lĩnh vực đất đai, "
        "chiếm 22/24 lượt tiếp trong tháng, tỷ lệ 91,7%.",
        "rounding",
        "22/24 = 91,667% → 91,7%; văn bản ghi 91,6%: cắt bớt",
    ),
    (
        "Trong tháng 10/2018 có 24 lượt tiếp công dân với 37 lượt người. Trong đó: lãnh đạo "
        "UBND tỉnh không phát sinh tiếp công dân; lãnh đạo các sở, ban, ngành tiếp 01 lượt "
        "với 01 người (Phó Chánh Thanh tra tỉnh tiếp đột xuất); lãnh đạo UBND các huyện, "
        "thị xã tiếp 32 lượt với 36 người.",
        "Trong tháng 10/2018 có 24 lượt tiếp công dân với 37 lượt người. Trong đó: lãnh đạo "
        "UBND tỉnh không phát sinh tiếp công dân; lãnh đạo các sở, ban, ngành tiếp 01 lượt "
        "với 01 người (Phó Chánh Thanh tra tỉnh tiếp đột xuất); lãnh đạo UBND các huyện, "
        "thị xã tiếp 23 lượt với 36 người.",
        "parts_exceed_total",
        "1 + 32 = 33 > 24",
    ),
    (
        "Trong tháng 2/2022, các cơ quan chức năng toàn tỉnh Bến Tre tiếp 57 lượt công dân; "
        "trong đó tiếp thường xuyên 55 lượt người, lãnh đạo tiếp định kỳ 7 người.",
        "Trong tháng 2/2022, các cơ quan chức năng toàn tỉnh Bến Tre tiếp 57 lượt công dân; "
        "trong đó tiếp thường xuyên 50 lượt người, lãnh đạo tiếp định kỳ 7 người.",
        "parts_exceed_total",
        "55 + 7 = 62 > 57",
    ),
    (
        "Cùng trong tháng 2/2022, Thanh tra tỉnh đã thụ lý và giải quyết 21 đơn thuộc thẩm "
        "quyền của cơ quan hành chính nhà nước các cấp, gồm 5 đơn khiếu nại, 2 đơn tố cáo "
        "và 12 đơn kiến nghị, phản ánh.",
        "Cùng trong tháng 2/2022, Thanh tra tỉnh đã thụ lý và giải quyết 19 đơn thuộc thẩm "
        "quyền của cơ quan hành chính nhà nước các cấp, gồm 5 đơn khiếu nại, 2 đơn tố cáo "
        "và 12 đơn kiến nghị, phản ánh.",
        "sum_mismatch",
        "5 + 2 + 12 = 19 ≠ 21",
    ),
    (
        "Năm 2017, toàn tỉnh có 191.196 hộ nông dân đăng ký danh hiệu hộ sản xuất, kinh "
        "doanh giỏi 4 cấp, chiếm 58% tổng số hộ nông dân trong tỉnh. Qua bình xét, có "
        "137.632 hộ đạt danh hiệu, gồm: 160 hộ cấp Trung ương, 4.683 hộ cấp tỉnh, 29.371 hộ "
        "cấp huyện và 103.058 hộ cấp cơ sở.",
        "Năm 2017, toàn tỉnh có 191.196 hộ nông dân đăng ký danh hiệu hộ sản xuất, kinh "
        "doanh giỏi 4 cấp, chiếm 58% tổng số hộ nông dân trong tỉnh. Qua bình xét, có "
        "137.632 hộ đạt danh hiệu, gồm: 160 hộ cấp Trung ương, 4.683 hộ cấp tỉnh, 29.731 hộ "
        "cấp huyện và 103.058 hộ cấp cơ sở.",
        "sum_mismatch",
        "160 + 4.683 + 29.371 + 103.058 = 137.272 ≠ 137.632",
    ),
    (
        "Tính đến tháng 6/2024, số xã đạt chuẩn nông thôn mới là 129/193 xã, đạt tỷ lệ 76%. "
        "Trong đó có 22 xã đạt chuẩn nông thôn mới nâng cao và 02 xã đạt chuẩn nông thôn "
        "mới kiểu mẫu; 04 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn "
        "mới.",
        "Tính đến tháng 6/2024, số xã đạt chuẩn nông thôn mới là 129/193 xã, đạt tỷ lệ 67%. "
        "Trong đó có 22 xã đạt chuẩn nông thôn mới nâng cao và 02 xã đạt chuẩn nông thôn "
        "mới kiểu mẫu; 04 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn "
        "mới.",
        "ratio_mismatch",
        "129/193 = 66,839% ≠ 76%",
    ),
    (
        "Toàn tỉnh có 275/948 thôn được công nhận đạt chuẩn khu dân cư/thôn nông thôn mới "
        "kiểu mẫu/thôn nông thôn mới, tỷ lệ đạt 39% trên tổng số thôn.",
        "Toàn tỉnh có 275/948 thôn được công nhận đạt chuẩn khu dân cư/thôn nông thôn mới "
        "kiểu mẫu/thôn nông thôn mới, tỷ lệ đạt 29% trên tổng số thôn.",
        "ratio_mismatch",
        "275/948 = 29,008% ≠ 39%",
    ),
    # Probe 15 (07/12/2026, a helper blind to the checker, 25 slips retold from real pages):
    # slips this round finds.
    (
        "Trong tháng 02/2024, Đoàn ĐBQH tỉnh tiếp nhận, xử lý 18 đơn thư của công dân. Cụ "
        "thể: chuyển 04 đơn đến cơ quan có thẩm quyền giải quyết; ban hành văn bản hướng "
        "dẫn, trả lời công dân đối với 01 đơn; 15 đơn không đủ điều kiện thụ lý và đơn "
        "trùng được lưu theo quy định.",
        "Trong tháng 02/2024, Đoàn ĐBQH tỉnh tiếp nhận, xử lý 18 đơn thư của công dân. Cụ "
        "thể: chuyển 04 đơn đến cơ quan có thẩm quyền giải quyết; ban hành văn bản hướng "
        "dẫn, trả lời công dân đối với 01 đơn; 13 đơn không đủ điều kiện thụ lý và đơn "
        "trùng được lưu theo quy định.",
        "sum_mismatch",
        "4 + 1 + 15 = 20 ≠ 18",
    ),
    (
        "Tại buổi tiếp xúc cử tri xã Trà Tân ngày 14/9/2021, cử tri nêu 6 ý kiến, kiến "
        "nghị. Đại biểu HĐND huyện đã trả lời trực tiếp 2 ý kiến; còn lại 3 ý kiến được "
        "tiếp thu và sẽ trả lời trong lần tiếp xúc sau.",
        "Tại buổi tiếp xúc cử tri xã Trà Tân ngày 14/9/2021, cử tri nêu 6 ý kiến, kiến "
        "nghị. Đại biểu HĐND huyện đã trả lời trực tiếp 2 ý kiến; còn lại 4 ý kiến được "
        "tiếp thu và sẽ trả lời trong lần tiếp xúc sau.",
        "remainder_mismatch",
        "6 − 2 = 4 ≠ 3",
    ),
    (
        "Trong tháng 12/2017, lãnh đạo UBND tỉnh, các sở, ban, ngành và UBND các huyện, thị "
        "xã đã thực hiện 10 lượt tiếp công dân (07 lượt định kỳ, 03 lượt đột xuất). Cụ "
        "thể:\n- Chủ tịch UBND tỉnh tiếp định kỳ 1 lượt;\n- Lãnh đạo các sở, ban, ngành tiếp "
        "03 lượt;\n- Lãnh đạo UBND các huyện, thị xã tiếp 08 lượt.",
        "Trong tháng 12/2017, lãnh đạo UBND tỉnh, các sở, ban, ngành và UBND các huyện, thị "
        "xã đã thực hiện 10 lượt tiếp công dân (07 lượt định kỳ, 03 lượt đột xuất). Cụ "
        "thể:\n- Chủ tịch UBND tỉnh tiếp định kỳ 1 lượt;\n- Lãnh đạo các sở, ban, ngành tiếp "
        "03 lượt;\n- Lãnh đạo UBND các huyện, thị xã tiếp 06 lượt.",
        "sum_mismatch",
        "1 + 3 + 8 = 12 ≠ 10",
    ),
    (
        "Qua xử lý đơn thư, có 849 đơn đủ điều kiện xem xét, trong đó 56 đơn khiếu nại, tố "
        "cáo thuộc thẩm quyền của cơ quan hành chính các cấp. Đã giải quyết được 22/56 đơn. "
        "Kết quả: khiếu nại đúng 4 vụ việc; khiếu nại sai 19 vụ việc; tố cáo sai 1 vụ việc.",
        "Qua xử lý đơn thư, có 849 đơn đủ điều kiện xem xét, trong đó 56 đơn khiếu nại, tố "
        "cáo thuộc thẩm quyền của cơ quan hành chính các cấp. Đã giải quyết được 22/56 đơn. "
        "Kết quả: khiếu nại đúng 4 vụ việc; khiếu nại sai 17 vụ việc; tố cáo sai 1 vụ việc.",
        "parts_exceed_total",
        "4 + 19 = 23 > 22 vụ việc đã giải quyết",
    ),
    (
        "Huyện Tây Giang có 10 đơn vị hành chính cấp xã với 5.647 hộ gia đình, 16 thành "
        "phần dân tộc thiểu số. Năm 2023, tổng số hộ nghèo theo tiêu chí đa chiều là 2.858 "
        "hộ, chiếm tỷ lệ 56,01%.",
        "Huyện Tây Giang có 10 đơn vị hành chính cấp xã với 5.647 hộ gia đình, 16 thành "
        "phần dân tộc thiểu số. Năm 2023, tổng số hộ nghèo theo tiêu chí đa chiều là 2.858 "
        "hộ, chiếm tỷ lệ 50,61%.",
        "ratio_mismatch",
        "2.858/5.647 = 50,611% ≠ 56,01%",
    ),
    (
        "Năm 2019, toàn tỉnh Quảng Nam có 25.650 hộ nghèo (tỷ lệ 6,06%). Riêng khu vực đồng "
        "bằng có 8.201 hộ nghèo (2,42%); khu vực miền núi có 14.449 hộ nghèo (20,85%).",
        "Năm 2019, toàn tỉnh Quảng Nam có 25.650 hộ nghèo (tỷ lệ 6,06%). Riêng khu vực đồng "
        "bằng có 8.201 hộ nghèo (2,42%); khu vực miền núi có 17.449 hộ nghèo (20,85%).",
        "sum_mismatch",
        "8.201 + 14.449 = 22.650 ≠ 25.650",
    ),
    (
        "Theo kết quả rà soát năm 2019, hộ cận nghèo toàn tỉnh là 10.922 hộ (2,58%). Trong "
        "đó, khu vực đồng bằng 7.614 hộ cận nghèo (2,24%), khu vực miền núi 3.380 hộ cận "
        "nghèo (3,95%).",
        "Theo kết quả rà soát năm 2019, hộ cận nghèo toàn tỉnh là 10.922 hộ (2,58%). Trong "
        "đó, khu vực đồng bằng 7.614 hộ cận nghèo (2,24%), khu vực miền núi 3.308 hộ cận "
        "nghèo (3,95%).",
        "sum_mismatch",
        "7.614 + 3.380 = 10.994 ≠ 10.922",
    ),
    (
        "Quảng Nam hiện có 439.300 hộ dân. Theo kết quả rà soát năm 2022 theo chuẩn nghèo "
        "đa chiều, toàn tỉnh có 29.146 hộ nghèo, tỷ lệ 6,36%.",
        "Quảng Nam hiện có 439.300 hộ dân. Theo kết quả rà soát năm 2022 theo chuẩn nghèo "
        "đa chiều, toàn tỉnh có 29.146 hộ nghèo, tỷ lệ 6,63%.",
        "ratio_mismatch",
        "29.146/439.300 = 6,635% ≠ 6,36%",
    ),
    (
        "Năm 2022, số hộ nghèo, hộ cận nghèo của tỉnh là 37.819 hộ, gồm: hộ nghèo 29.146 hộ "
        "(giảm 3.981 hộ so với năm 2021) và hộ cận nghèo 8.763 hộ (tăng 471 hộ).",
        "Năm 2022, số hộ nghèo, hộ cận nghèo của tỉnh là 37.819 hộ, gồm: hộ nghèo 29.146 hộ "
        "(giảm 3.981 hộ so với năm 2021) và hộ cận nghèo 8.673 hộ (tăng 471 hộ).",
        "sum_mismatch",
        "29.146 + 8.763 = 37.909 ≠ 37.819",
    ),
    (
        "Theo danh sách ban hành kèm Quyết định số 582/QĐ-TTg ngày 28/4/2017, vùng dân tộc "
        "thiểu số và miền núi giai đoạn 2016-2020 có tổng cộng 5.266 xã, gồm: 1.313 xã khu "
        "vực I, 2.018 xã khu vực II và 1.953 xã khu vực III.",
        "Theo danh sách ban hành kèm Quyết định số 582/QĐ-TTg ngày 28/4/2017, vùng dân tộc "
        "thiểu số và miền núi giai đoạn 2016-2020 có tổng cộng 5.266 xã, gồm: 1.313 xã khu "
        "vực I, 2.018 xã khu vực II và 1.935 xã khu vực III.",
        "sum_mismatch",
        "1.313 + 2.018 + 1.953 = 5.284 ≠ 5.266",
    ),
    (
        "Sau 4 buổi tiếp xúc với 233 cử tri xã Bến Củi, Tổ đại biểu ghi nhận 8 lượt cử tri "
        "phát biểu với 15 ý kiến, kiến nghị. Đại biểu HĐND và UBND xã đã giải trình tại chỗ "
        "10 ý kiến; số còn lại 07 ý kiến được ghi nhận, chuyển cơ quan chức năng xem xét "
        "giải quyết.",
        "Sau 4 buổi tiếp xúc với 233 cử tri xã Bến Củi, Tổ đại biểu ghi nhận 8 lượt cử tri "
        "phát biểu với 15 ý kiến, kiến nghị. Đại biểu HĐND và UBND xã đã giải trình tại chỗ "
        "10 ý kiến; số còn lại 05 ý kiến được ghi nhận, chuyển cơ quan chức năng xem xét "
        "giải quyết.",
        "remainder_mismatch",
        "15 − 10 = 5 ≠ 7",
    ),
    (
        "Giai đoạn 2016-2020, Yên Bái đã huy động hơn 16.900 tỷ đồng thực hiện công tác "
        "giảm nghèo bền vững. Trong đó, kinh phí từ ngân sách trung ương hơn 1.200 tỷ đồng; "
        "kinh phí thực hiện chính sách giảm nghèo và lồng ghép từ các dự án, đề án gần "
        "18.400 tỷ đồng.",
        "Giai đoạn 2016-2020, Yên Bái đã huy động hơn 19.600 tỷ đồng thực hiện công tác "
        "giảm nghèo bền vững. Trong đó, kinh phí từ ngân sách trung ương hơn 1.200 tỷ đồng; "
        "kinh phí thực hiện chính sách giảm nghèo và lồng ghép từ các dự án, đề án gần "
        "18.400 tỷ đồng.",
        "part_exceeds_total",
        "gần 18.400 tỷ đồng > hơn 16.900 tỷ đồng",
    ),
    (
        "Tính đến hết năm 2018, toàn tỉnh Cao Bằng có 15 xã được công nhận đạt chuẩn nông "
        "thôn mới. Dự kiến đến hết năm 2020 có thêm 10 xã đạt chuẩn, nâng tổng số xã đạt "
        "chuẩn lên 23 xã.",
        "Tính đến hết năm 2018, toàn tỉnh Cao Bằng có 15 xã được công nhận đạt chuẩn nông "
        "thôn mới. Dự kiến đến hết năm 2020 có thêm 10 xã đạt chuẩn, nâng tổng số xã đạt "
        "chuẩn lên 25 xã.",
        "sum_mismatch",
        "15 + 10 = 25 ≠ 23",
    ),
    (
        "Mục tiêu đến hết năm 2020, Cao Bằng có 50 xã trở lên đạt chuẩn nông thôn mới; "
        "180/448 xóm của các xã khó khăn, khu vực biên giới đạt chuẩn nông thôn mới (45%).",
        "Mục tiêu đến hết năm 2020, Cao Bằng có 50 xã trở lên đạt chuẩn nông thôn mới; "
        "180/448 xóm của các xã khó khăn, khu vực biên giới đạt chuẩn nông thôn mới (40%).",
        "ratio_mismatch",
        "180/448 = 40,179% ≠ 45%",
    ),
    (
        "Kết quả rà soát năm 2017 của tỉnh Ninh Bình: tổng số hộ tự nhiên 297.899 hộ; tổng "
        "số hộ nghèo 13.455 hộ, tỷ lệ 4,51%.",
        "Kết quả rà soát năm 2017 của tỉnh Ninh Bình: tổng số hộ tự nhiên 297.899 hộ; tổng "
        "số hộ nghèo 13.455 hộ, tỷ lệ 4,52%.",
        "rounding",
        "13.455/297.899 = 4,517% → 4,52%; văn bản ghi 4,51%: cắt bớt",
    ),
    (
        "Theo Quyết định phê duyệt kết quả rà soát năm 2017, trên tổng số 297.899 hộ tự "
        "nhiên, tỉnh Ninh Bình có 18.160 hộ cận nghèo, tỷ lệ 6,09%.",
        "Theo Quyết định phê duyệt kết quả rà soát năm 2017, trên tổng số 297.899 hộ tự "
        "nhiên, tỉnh Ninh Bình có 18.160 hộ cận nghèo, tỷ lệ 6,10%.",
        "rounding",
        "18.160/297.899 = 6,096% → 6,10%; văn bản ghi 6,09%: cắt bớt",
    ),
    # Probe 14 (07/12/2026, a helper blind to the checker, 27 slips retold from 15 real pages):
    # slips this round finds.
    (
        "Sau đợt 1 năm 2022, huyện Hương Khê nâng tổng số xã đạt chuẩn nông thôn mới lên "
        "16/20 xã. Còn lại 5 xã chưa đạt chuẩn, gồm: Hương Lâm, Hương Liên, Hà Linh và Điền "
        "Mỹ.",
        "Sau đợt 1 năm 2022, huyện Hương Khê nâng tổng số xã đạt chuẩn nông thôn mới lên "
        "16/20 xã. Còn lại 4 xã chưa đạt chuẩn, gồm: Hương Lâm, Hương Liên, Hà Linh và Điền "
        "Mỹ.",
        "remainder_mismatch",
        "20 − 16 = 4 ≠ 5",
    ),
    (
        "Năm 2014, Hà Tĩnh có thêm 19 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "từ 7 xã lên 25 xã.",
        "Năm 2014, Hà Tĩnh có thêm 19 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "từ 7 xã lên 26 xã.",
        "sum_mismatch",
        "7 + 19 = 26 ≠ 25",
    ),
    (
        "Bình quân mỗi xã tăng 2,7 tiêu chí. Số xã đạt dưới 7 tiêu chí giảm 25 xã so với "
        "cuối năm 2013, từ 90 xã xuống chỉ còn 38 xã; không còn xã dưới 5 tiêu chí.",
        "Bình quân mỗi xã tăng 2,7 tiêu chí. Số xã đạt dưới 7 tiêu chí giảm 52 xã so với "
        "cuối năm 2013, từ 90 xã xuống chỉ còn 38 xã; không còn xã dưới 5 tiêu chí.",
        "change_amount_mismatch",
        "90 − 38 = 52 ≠ 25",
    ),
    (
        "Chủ tịch UBND tỉnh Hà Tĩnh quyết định công nhận 28 xã đạt chuẩn các loại hình nông "
        "thôn mới năm 2021, gồm: 2 xã đạt chuẩn nông thôn mới, 24 xã đạt chuẩn nông thôn "
        "mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu (Tượng Sơn).",
        "Chủ tịch UBND tỉnh Hà Tĩnh quyết định công nhận 28 xã đạt chuẩn các loại hình nông "
        "thôn mới năm 2021, gồm: 2 xã đạt chuẩn nông thôn mới, 25 xã đạt chuẩn nông thôn "
        "mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu (Tượng Sơn).",
        "sum_mismatch",
        "2 + 24 + 1 = 27 ≠ 28",
    ),
    (
        "Đợt 3 năm 2020, Hà Tĩnh có thêm 27 xã được công nhận các loại hình nông thôn mới. "
        "Trong đó, 2 xã đạt chuẩn kiểu mẫu (Tùng Ảnh, Hương Trà), 12 xã đạt chuẩn nâng cao, "
        "còn lại 14 xã đạt chuẩn nông thôn mới.",
        "Đợt 3 năm 2020, Hà Tĩnh có thêm 27 xã được công nhận các loại hình nông thôn mới. "
        "Trong đó, 2 xã đạt chuẩn kiểu mẫu (Tùng Ảnh, Hương Trà), 11 xã đạt chuẩn nâng cao, "
        "còn lại 14 xã đạt chuẩn nông thôn mới.",
        "sum_mismatch",
        "2 + 12 + 14 = 28 ≠ 27",
    ),
    (
        "Thực hiện Chương trình mục tiêu quốc gia Giảm nghèo bền vững, giai đoạn 2016 - "
        "2019 tỷ lệ hộ nghèo toàn tỉnh Yên Bái giảm 20,56%, từ 32,21% (đầu năm 2016) xuống "
        "còn 11,56% (cuối năm 2019).",
        "Thực hiện Chương trình mục tiêu quốc gia Giảm nghèo bền vững, giai đoạn 2016 - "
        "2019 tỷ lệ hộ nghèo toàn tỉnh Yên Bái giảm 20,65%, từ 32,21% (đầu năm 2016) xuống "
        "còn 11,56% (cuối năm 2019).",
        "change_mismatch",
        "32,21% − 11,56% = 20,65 điểm %; (32,21 − 11,56)/32,21 = 64,111%: cả hai ≠ 20,56%",
    ),
    (
        "Tại hai huyện 30a Trạm Tấu và Mù Cang Chải, tỷ lệ hộ nghèo trong 4 năm giảm 33,3%, "
        "từ 75,12% (đầu năm 2016) xuống còn 41,28% (cuối năm 2019).",
        "Tại hai huyện 30a Trạm Tấu và Mù Cang Chải, tỷ lệ hộ nghèo trong 4 năm giảm 33,3%, "
        "từ 75,12% (đầu năm 2016) xuống còn 41,82% (cuối năm 2019).",
        "change_mismatch",
        "75,12% − 41,28% = 33,84 điểm %; (75,12 − 41,28)/75,12 = 45,048%: cả hai ≠ 33,3%",
    ),
    (
        "Giai đoạn 2016 - 2019, toàn tỉnh có 36.798 hộ thoát nghèo và 31.279 hộ thoát cận "
        "nghèo; tỷ lệ hộ cận nghèo giảm từ 4,27% xuống còn 2,36%, tức giảm 1,19 điểm phần "
        "trăm.",
        "Giai đoạn 2016 - 2019, toàn tỉnh có 36.798 hộ thoát nghèo và 31.279 hộ thoát cận "
        "nghèo; tỷ lệ hộ cận nghèo giảm từ 4,27% xuống còn 2,36%, tức giảm 1,91 điểm phần "
        "trăm.",
        "change_amount_mismatch",
        "4,27% − 2,36% = 1,91 điểm % ≠ 1,19 điểm %",
    ),
    (
        "Huyện Lục Yên có 12.967 hộ nghèo, cận nghèo được phê duyệt, trong đó 9.275 hộ "
        "nghèo và 3.962 hộ cận nghèo.",
        "Huyện Lục Yên có 12.967 hộ nghèo, cận nghèo được phê duyệt, trong đó 9.275 hộ "
        "nghèo và 3.692 hộ cận nghèo.",
        "parts_exceed_total",
        "9.275 + 3.962 = 13.237 > 12.967 hộ nghèo, cận nghèo",
    ),
    (
        "Tổng số hộ nghèo, cận nghèo được phê duyệt ở huyện Trạm Tấu là 4.790 hộ. Cụ thể: "
        "hộ nghèo 4.374 hộ, hộ cận nghèo 335 hộ.",
        "Tổng số hộ nghèo, cận nghèo được phê duyệt ở huyện Trạm Tấu là 4.709 hộ. Cụ thể: "
        "hộ nghèo 4.374 hộ, hộ cận nghèo 335 hộ.",
        "sum_mismatch",
        "4.374 + 335 = 4.709 ≠ 4.790",
    ),
    (
        "Sau khi tiếp nhận 87 ý kiến, kiến nghị của cử tri gửi tới Kỳ họp thứ 16 HĐND thành "
        "phố khóa XVIII, đến nay đã có 47 ý kiến, kiến nghị được giải quyết xong, chiếm tỷ "
        "lệ 45%.",
        "Sau khi tiếp nhận 87 ý kiến, kiến nghị của cử tri gửi tới Kỳ họp thứ 16 HĐND thành "
        "phố khóa XVIII, đến nay đã có 47 ý kiến, kiến nghị được giải quyết xong, chiếm tỷ "
        "lệ 54%.",
        "ratio_mismatch",
        "47/87 = 54,023% ≠ 45%",
    ),
    (
        "HĐND TP Thái Nguyên tiếp nhận 87 ý kiến, kiến nghị của cử tri. Đến thời điểm giám "
        "sát, 47 ý kiến đã được giải quyết xong; 50 ý kiến còn lại đang tiếp tục được xem "
        "xét, giải quyết.",
        "HĐND TP Thái Nguyên tiếp nhận 87 ý kiến, kiến nghị của cử tri. Đến thời điểm giám "
        "sát, 47 ý kiến đã được giải quyết xong; 40 ý kiến còn lại đang tiếp tục được xem "
        "xét, giải quyết.",
        "balance_mismatch",
        "47 + 50 = 97 ≠ 87",
    ),
    (
        "Huyện Diễn Châu có 39 đơn vị hành chính cấp xã (37 xã, 01 thị trấn), dân số trên "
        "30 vạn người; Đảng bộ huyện có 83 đảng bộ, chi bộ cơ sở.",
        "Huyện Diễn Châu có 39 đơn vị hành chính cấp xã (38 xã, 01 thị trấn), dân số trên "
        "30 vạn người; Đảng bộ huyện có 83 đảng bộ, chi bộ cơ sở.",
        "sum_mismatch",
        "37 + 1 = 38 ≠ 39",
    ),
    (
        "Trong 39 đơn vị hành chính cấp xã của huyện Diễn Châu có 22 xã vùng giáo, chiếm "
        "57,9% số đơn vị cấp xã; ngoài ra có 01 xã miền núi, 04 xã bán sơn địa và 09 xã "
        "vùng biển.",
        "Trong 39 đơn vị hành chính cấp xã của huyện Diễn Châu có 22 xã vùng giáo, chiếm "
        "56,4% số đơn vị cấp xã; ngoài ra có 01 xã miền núi, 04 xã bán sơn địa và 09 xã "
        "vùng biển.",
        "ratio_mismatch",
        "22/39 = 56,410% ≠ 57,9%",
    ),
    (
        "Tại hội nghị xét thưởng tổng kết năm 2022, Hội đồng Thi đua - Khen thưởng tỉnh xét "
        "đề nghị tặng Bằng khen toàn diện và Bằng khen phong trào cho 643 trường hợp, gồm "
        "202 tập thể và 411 cá nhân.",
        "Tại hội nghị xét thưởng tổng kết năm 2022, Hội đồng Thi đua - Khen thưởng tỉnh xét "
        "đề nghị tặng Bằng khen toàn diện và Bằng khen phong trào cho 643 trường hợp, gồm "
        "202 tập thể và 441 cá nhân.",
        "sum_mismatch",
        "202 + 411 = 613 ≠ 643",
    ),
    (
        "6 tháng đầu năm, toàn ngành Thanh tra phát hiện hơn 5,6 nghìn tỷ đồng vi phạm; "
        "trong đó kiến nghị thu hồi về ngân sách hơn 2,8 nghìn tỷ đồng, còn lại xuất toán, "
        "loại khỏi giá trị quyết toán và đề nghị cơ quan có thẩm quyền xem xét, xử lý hơn "
        "3,4 nghìn tỷ đồng.",
        "6 tháng đầu năm, toàn ngành Thanh tra phát hiện hơn 5,6 nghìn tỷ đồng vi phạm; "
        "trong đó kiến nghị thu hồi về ngân sách hơn 2,2 nghìn tỷ đồng, còn lại xuất toán, "
        "loại khỏi giá trị quyết toán và đề nghị cơ quan có thẩm quyền xem xét, xử lý hơn "
        "3,4 nghìn tỷ đồng.",
        "sum_mismatch",
        "hơn 2,8 nghìn tỷ đồng + hơn 3,4 nghìn tỷ đồng ≈ 6.200 tỷ đồng (từ 6.100 tỷ đồng "
        "đến 6.500 tỷ đồng), không thể là hơn 5,6 nghìn tỷ đồng",
    ),
    # Probe 13 (07/12/2026, a helper blind to the checker, retelling real passages of 23 pages):
    # slips this round finds.
    (
        "Đẩy mạnh phong trào thi đua “Dân vận khéo”, đến nay huyện Chư Păh đã xây dựng và "
        "phát huy hiệu quả 247 mô hình, điển hình làm tốt công tác dân vận trong các cơ "
        "quan Đảng, chính quyền, Mặt trận và các đoàn thể. Trong đó có 194 mô hình tập thể "
        "và 80 điển hình cá nhân trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - "
        "an ninh và xây dựng hệ thống chính trị.",
        "Đẩy mạnh phong trào thi đua “Dân vận khéo”, đến nay huyện Chư Păh đã xây dựng và "
        "phát huy hiệu quả 274 mô hình, điển hình làm tốt công tác dân vận trong các cơ "
        "quan Đảng, chính quyền, Mặt trận và các đoàn thể. Trong đó có 194 mô hình tập thể "
        "và 80 điển hình cá nhân trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - "
        "an ninh và xây dựng hệ thống chính trị.",
        "parts_exceed_total",
        "194 + 80 = 274 > 247 mô hình, điển hình",
    ),
    (
        "6 tháng đầu năm 2020, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội từ huyện "
        "đến cơ sở trên địa bàn huyện Đam Rông đã vận động hội viên, đoàn viên và nhân dân "
        "xây dựng được 71 mô hình, điển hình “Dân vận khéo” trong xây dựng nông thôn mới, "
        "trong đó có 51 mô hình và 10 điển hình.",
        "6 tháng đầu năm 2020, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội từ huyện "
        "đến cơ sở trên địa bàn huyện Đam Rông đã vận động hội viên, đoàn viên và nhân dân "
        "xây dựng được 71 mô hình, điển hình “Dân vận khéo” trong xây dựng nông thôn mới, "
        "trong đó có 61 mô hình và 10 điển hình.",
        "sum_mismatch",
        "51 + 10 = 61 ≠ 71 mô hình, điển hình",
    ),
    (
        "Ngày 12/5, UBND tỉnh Quảng Nam ban hành Quyết định số 1436/QĐ-UBND tặng bằng khen "
        "của Chủ tịch UBND tỉnh cho 64 tập thể và cá nhân có thành tích xuất sắc trong 03 "
        "năm thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh học tập và "
        "làm theo tấm gương đạo đức Hồ Chí Minh, gồm 23 tập thể và 23 cá nhân, theo đề nghị "
        "của Ban Tuyên giáo Tỉnh ủy.",
        "Ngày 12/5, UBND tỉnh Quảng Nam ban hành Quyết định số 1436/QĐ-UBND tặng bằng khen "
        "của Chủ tịch UBND tỉnh cho 46 tập thể và cá nhân có thành tích xuất sắc trong 03 "
        "năm thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh học tập và "
        "làm theo tấm gương đạo đức Hồ Chí Minh, gồm 23 tập thể và 23 cá nhân, theo đề nghị "
        "của Ban Tuyên giáo Tỉnh ủy.",
        "sum_mismatch",
        "23 + 23 = 46 ≠ 64 tập thể và cá nhân",
    ),
    (
        "Trong 3 tháng đầu năm 2020, tổng thu ngân sách nhà nước trên địa bàn huyện Đức "
        "Trọng ước thực hiện 235 tỷ đồng, đạt 24% dự toán, tăng 11% so với cùng kỳ. Trong "
        "đó, thu ngân sách do huyện quản lý 127 tỷ đồng, cụ thể: thu thuế và phí 73 tỷ "
        "đồng, thu cấp, thuê đất, bán nhà 60 tỷ đồng, thu tài chính 4 tỷ đồng; thu ngân "
        "sách do tỉnh quản lý 108 tỷ đồng.",
        "Trong 3 tháng đầu năm 2020, tổng thu ngân sách nhà nước trên địa bàn huyện Đức "
        "Trọng ước thực hiện 235 tỷ đồng, đạt 24% dự toán, tăng 11% so với cùng kỳ. Trong "
        "đó, thu ngân sách do huyện quản lý 127 tỷ đồng, cụ thể: thu thuế và phí 73 tỷ "
        "đồng, thu cấp, thuê đất, bán nhà 50 tỷ đồng, thu tài chính 4 tỷ đồng; thu ngân "
        "sách do tỉnh quản lý 108 tỷ đồng.",
        "sum_mismatch",
        "73 + 60 + 4 = 137 ≠ 127 tỷ đồng",
    ),
    (
        "Năm 2016 (số liệu từ 1-11-2015 đến 31-10-2016), Tòa án nhân dân hai cấp tỉnh Bình "
        "Phước thụ lý tổng cộng 7.662 vụ án các loại. Cụ thể: án hình sự 1.367 vụ; án dân "
        "sự, hôn nhân gia đình, kinh doanh thương mại, lao động 6.128 vụ, việc; án hành "
        "chính 77 vụ.",
        "Năm 2016 (số liệu từ 1-11-2015 đến 31-10-2016), Tòa án nhân dân hai cấp tỉnh Bình "
        "Phước thụ lý tổng cộng 7.662 vụ án các loại. Cụ thể: án hình sự 1.367 vụ; án dân "
        "sự, hôn nhân gia đình, kinh doanh thương mại, lao động 6.218 vụ, việc; án hành "
        "chính 77 vụ.",
        "sum_mismatch",
        "1.367 + 6.128 + 77 = 7.572 ≠ 7.662",
    ),
    (
        "Năm 2021, Tòa án nhân dân hai cấp tỉnh Bến Tre thụ lý 7.990 vụ án dân sự, so với "
        "cùng kỳ giảm 1.193 vụ. Trong đó, Tòa án nhân dân cấp tỉnh thụ lý 496 vụ; Tòa án "
        "nhân dân cấp huyện (các huyện, thành phố) thụ lý 7.521 vụ.",
        "Năm 2021, Tòa án nhân dân hai cấp tỉnh Bến Tre thụ lý 7.990 vụ án dân sự, so với "
        "cùng kỳ giảm 1.193 vụ. Trong đó, Tòa án nhân dân cấp tỉnh thụ lý 469 vụ; Tòa án "
        "nhân dân cấp huyện (các huyện, thành phố) thụ lý 7.521 vụ.",
        "parts_exceed_total",
        "496 + 7.521 = 8.017 > 7.990",
    ),
    (
        "8 tháng đầu năm 2018, qua thanh tra, kiểm tra, ngành Thanh tra tỉnh Quảng Bình "
        "phát hiện sai phạm trên 18,7 tỷ đồng; trong đó kiến nghị thu hồi và xử phạt vi "
        "phạm hành chính gần 12,5 tỷ đồng, tịch thu tài sản vi phạm trên 1 tỷ đồng và kiến "
        "nghị khác 2,5 tỷ đồng.",
        "8 tháng đầu năm 2018, qua thanh tra, kiểm tra, ngành Thanh tra tỉnh Quảng Bình "
        "phát hiện sai phạm trên 18,7 tỷ đồng; trong đó kiến nghị thu hồi và xử phạt vi "
        "phạm hành chính gần 12,5 tỷ đồng, tịch thu tài sản vi phạm trên 1 tỷ đồng và kiến "
        "nghị khác 5,2 tỷ đồng.",
        "sum_mismatch",
        "gần 12,5 tỷ đồng + trên 1 tỷ đồng + 2,5 tỷ đồng ≈ 16 tỷ đồng (từ 15,3 tỷ đồng đến "
        "17,6 tỷ đồng), không thể là trên 18,7 tỷ đồng",
    ),
    (
        "Huyện Cẩm Giàng vừa công nhận thêm 3 thôn đạt danh hiệu làng văn hóa năm 2022, mỗi "
        "thôn công nhận lần đầu được hỗ trợ 15 triệu đồng. Hiện toàn huyện có 100 trong "
        "tổng số 107 thôn, khu dân cư đạt danh hiệu làng, khu dân cư văn hóa; 9 khu dân cư "
        "còn lại chưa đạt do còn một số tiêu chí chưa hoàn thành.",
        "Huyện Cẩm Giàng vừa công nhận thêm 3 thôn đạt danh hiệu làng văn hóa năm 2022, mỗi "
        "thôn công nhận lần đầu được hỗ trợ 15 triệu đồng. Hiện toàn huyện có 100 trong "
        "tổng số 107 thôn, khu dân cư đạt danh hiệu làng, khu dân cư văn hóa; 7 khu dân cư "
        "còn lại chưa đạt do còn một số tiêu chí chưa hoàn thành.",
        "remainder_mismatch",
        "107 − 100 = 7 ≠ 9",
    ),
    (
        "Trong 8 tháng đầu năm 2018, ngành Thanh tra tỉnh Quảng Bình đã triển khai thực "
        "hiện 151 cuộc thanh tra, gồm 32 cuộc thanh tra hành chính và 109 cuộc thanh tra, "
        "kiểm tra chuyên ngành.",
        "Trong 8 tháng đầu năm 2018, ngành Thanh tra tỉnh Quảng Bình đã triển khai thực "
        "hiện 151 cuộc thanh tra, gồm 32 cuộc thanh tra hành chính và 119 cuộc thanh tra, "
        "kiểm tra chuyên ngành.",
        "sum_mismatch",
        "32 + 109 = 141 ≠ 151",
    ),
    (
        "Quý I/2024, toàn tỉnh Quảng Trị kết nạp 333 đảng viên mới, tăng 137 đảng viên so "
        "với cùng kỳ năm 2023; trong số đảng viên mới có 122 nữ, 30 người dân tộc thiểu số "
        "và 262 đoàn viên. Tỷ lệ đảng viên trẻ tiếp tục tăng: có 231 đảng viên mới ở độ "
        "tuổi từ 18 đến 30, chiếm 64%.",
        "Quý I/2024, toàn tỉnh Quảng Trị kết nạp 333 đảng viên mới, tăng 137 đảng viên so "
        "với cùng kỳ năm 2023; trong số đảng viên mới có 122 nữ, 30 người dân tộc thiểu số "
        "và 262 đoàn viên. Tỷ lệ đảng viên trẻ tiếp tục tăng: có 213 đảng viên mới ở độ "
        "tuổi từ 18 đến 30, chiếm 64%.",
        "ratio_mismatch",
        "231/333 = 69,369% ≠ 64%",
    ),
    (
        "Trong nhiệm kỳ 2016 - 2021, qua 09 kỳ tiếp xúc cử tri, cử tri xã Tịnh Thiện đã gửi "
        "65 ý kiến, kiến nghị đến đại biểu Hội đồng nhân dân xã. Đến nay, Hội đồng nhân dân "
        "xã đã giải quyết và trả lời 58 ý kiến, kiến nghị, đạt tỷ lệ 98,2%.",
        "Trong nhiệm kỳ 2016 - 2021, qua 09 kỳ tiếp xúc cử tri, cử tri xã Tịnh Thiện đã gửi "
        "65 ý kiến, kiến nghị đến đại biểu Hội đồng nhân dân xã. Đến nay, Hội đồng nhân dân "
        "xã đã giải quyết và trả lời 58 ý kiến, kiến nghị, đạt tỷ lệ 89,2%.",
        "ratio_mismatch",
        "58/65 = 89,231% ≠ 98,2%",
    ),
    (
        "Chín tháng đầu năm 2017, tổng số việc thi hành án dân sự phải thi hành là 728.227 "
        "việc. Trong đó, số có điều kiện thi hành là 579.413 việc, chiếm 79,65% tổng số "
        "phải thi hành; số chưa có điều kiện thi hành là 148.814 việc, chiếm 20,44%.",
        "Chín tháng đầu năm 2017, tổng số việc thi hành án dân sự phải thi hành là 728.227 "
        "việc. Trong đó, số có điều kiện thi hành là 579.413 việc, chiếm 79,56% tổng số "
        "phải thi hành; số chưa có điều kiện thi hành là 148.814 việc, chiếm 20,44%.",
        "ratio_mismatch",
        "579.413/728.227 = 79,565% ≠ 79,65%",
    ),
    (
        "Về án hôn nhân và gia đình, trong năm 2021 Tòa án nhân dân hai cấp tỉnh Bến Tre "
        "thụ lý 4.141 vụ, chiếm 53,8% số lượng án dân sự thụ lý (7.990 vụ). Số lượng án hôn "
        "nhân, gia đình tuy giảm so với cùng kỳ nhưng vẫn chiếm tỷ lệ cao.",
        "Về án hôn nhân và gia đình, trong năm 2021 Tòa án nhân dân hai cấp tỉnh Bến Tre "
        "thụ lý 4.141 vụ, chiếm 51,8% số lượng án dân sự thụ lý (7.990 vụ). Số lượng án hôn "
        "nhân, gia đình tuy giảm so với cùng kỳ nhưng vẫn chiếm tỷ lệ cao.",
        "ratio_mismatch",
        "4.141/7.990 = 51,827% ≠ 53,8%",
    ),
    (
        "Năm 2024, tỉnh Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình: trong "
        "tổng số 168.746 hồ sơ giải quyết thủ tục hành chính, có 105.665 hồ sơ được thực "
        "hiện trực tuyến toàn trình, chiếm 68,54%, vượt Đà Nẵng (58,89%) và Hà Giang "
        "(55,76%).",
        "Năm 2024, tỉnh Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình: trong "
        "tổng số 168.746 hồ sơ giải quyết thủ tục hành chính, có 115.665 hồ sơ được thực "
        "hiện trực tuyến toàn trình, chiếm 68,54%, vượt Đà Nẵng (58,89%) và Hà Giang "
        "(55,76%).",
        "ratio_mismatch",
        "105.665/168.746 = 62,618% ≠ 68,54%",
    ),
    (
        "Riêng Tòa án nhân dân tỉnh Bến Tre, trong năm 2021 thụ lý 469 vụ án dân sự và đã "
        "giải quyết 356 vụ, đạt 79,5%.",
        "Riêng Tòa án nhân dân tỉnh Bến Tre, trong năm 2021 thụ lý 469 vụ án dân sự và đã "
        "giải quyết 356 vụ, đạt 75,9%.",
        "ratio_mismatch",
        "356/469 = 75,906% ≠ 79,5%",
    ),
    (
        "Đối với án hành chính, năm 2016 Tòa án nhân dân hai cấp tỉnh Bình Phước thụ lý 77 "
        "vụ, giải quyết 58 vụ, đạt 68,83%. So với cùng kỳ năm 2015, số thụ lý giảm 26 vụ, "
        "số giải quyết giảm 21 vụ.",
        "Đối với án hành chính, năm 2016 Tòa án nhân dân hai cấp tỉnh Bình Phước thụ lý 77 "
        "vụ, giải quyết 53 vụ, đạt 68,83%. So với cùng kỳ năm 2015, số thụ lý giảm 26 vụ, "
        "số giải quyết giảm 21 vụ.",
        "ratio_mismatch",
        "58/77 = 75,325% ≠ 68,83%",
    ),
    (
        "Năm 2016, Tòa án nhân dân hai cấp tỉnh Bình Phước đã thụ lý 7.662 vụ án các loại "
        "và giải quyết 6.468 vụ; so với cùng kỳ năm 2015, số thụ lý tăng 502 vụ, số giải "
        "quyết tăng 11 vụ. Số án còn tồn là 1.149 vụ, đang tiếp tục giải quyết, trong đó có "
        "138 vụ án đang tạm đình chỉ.",
        "Năm 2016, Tòa án nhân dân hai cấp tỉnh Bình Phước đã thụ lý 7.662 vụ án các loại "
        "và giải quyết 6.468 vụ; so với cùng kỳ năm 2015, số thụ lý tăng 502 vụ, số giải "
        "quyết tăng 11 vụ. Số án còn tồn là 1.194 vụ, đang tiếp tục giải quyết, trong đó có "
        "138 vụ án đang tạm đình chỉ.",
        "balance_mismatch",
        "6.468 + 1.149 = 7.617 ≠ 7.662",
    ),
    (
        "Trong năm, Tòa án nhân dân hai cấp tỉnh Bến Tre thụ lý 4.141 vụ án hôn nhân và gia "
        "đình, giải quyết được 3.793 vụ (đạt 91,6%); số vụ còn lại đang giải quyết là 384 "
        "vụ.",
        "Trong năm, Tòa án nhân dân hai cấp tỉnh Bến Tre thụ lý 4.141 vụ án hôn nhân và gia "
        "đình, giải quyết được 3.793 vụ (đạt 91,6%); số vụ còn lại đang giải quyết là 348 "
        "vụ.",
        "remainder_mismatch",
        "4.141 − 3.793 = 348 ≠ 384",
    ),
    (
        "Năm 2021, Tòa án nhân dân tỉnh Bến Tre thụ lý 469 vụ án dân sự theo thẩm quyền, đã "
        "giải quyết xong 356 vụ; số vụ còn lại chuyển sang tiếp tục giải quyết là 131 vụ.",
        "Năm 2021, Tòa án nhân dân tỉnh Bến Tre thụ lý 469 vụ án dân sự theo thẩm quyền, đã "
        "giải quyết xong 356 vụ; số vụ còn lại chuyển sang tiếp tục giải quyết là 113 vụ.",
        "balance_mismatch",
        "356 + 131 = 487 ≠ 469",
    ),
    (
        "Tính lũy kế từ đầu năm 2019 đến hết tháng 11, toàn tỉnh Ninh Thuận xảy ra 151 vụ "
        "tai nạn giao thông (bao gồm cả va chạm giao thông), làm 52 người chết, 171 người "
        "bị thương. So với cùng kỳ năm 2018, giảm 29 vụ (19,2%), giảm 4 người chết và giảm "
        "44 người bị thương (20,5%).",
        "Tính lũy kế từ đầu năm 2019 đến hết tháng 11, toàn tỉnh Ninh Thuận xảy ra 151 vụ "
        "tai nạn giao thông (bao gồm cả va chạm giao thông), làm 52 người chết, 171 người "
        "bị thương. So với cùng kỳ năm 2018, giảm 29 vụ (16,1%), giảm 4 người chết và giảm "
        "44 người bị thương (20,5%).",
        "change_mismatch",
        "(180 − 151)/180 = 16,111% ≠ 19,2%",
    ),
    (
        "Chín tháng đầu năm 2017, tổng số việc thi hành án dân sự thụ lý là 736.747 việc, "
        "tăng 39.080 việc, tức tăng 105,60% so với cùng kỳ năm 2016; trong đó số cũ chuyển "
        "sang 290.524 việc, số thụ lý mới 446.223 việc.",
        "Chín tháng đầu năm 2017, tổng số việc thi hành án dân sự thụ lý là 736.747 việc, "
        "tăng 39.080 việc, tức tăng 5,60% so với cùng kỳ năm 2016; trong đó số cũ chuyển "
        "sang 290.524 việc, số thụ lý mới 446.223 việc.",
        "change_mismatch",
        "(736.747 − 697.667)/697.667 = 5,602% ≠ 105,60%",
    ),
    (
        "Tháng 5/2015, cả nước xảy ra 1.734 vụ tai nạn và va chạm giao thông, làm chết 708 "
        "người, làm bị thương 1.484 người. So với cùng kỳ năm 2014, giảm 460 vụ (-18,74%), "
        "giảm 47 người chết (-6,23%), giảm 560 người bị thương (-27,4%).",
        "Tháng 5/2015, cả nước xảy ra 1.734 vụ tai nạn và va chạm giao thông, làm chết 708 "
        "người, làm bị thương 1.484 người. So với cùng kỳ năm 2014, giảm 400 vụ (-18,74%), "
        "giảm 47 người chết (-6,23%), giảm 560 người bị thương (-27,4%).",
        "change_mismatch",
        "(2.194 − 1.734)/2.194 = 20,966% ≠ 18,74%",
    ),
    (
        "Từ ngày 15/4 đến 14/5/2022, toàn quốc xảy ra 925 vụ tai nạn giao thông, làm chết "
        "485 người, bị thương 647 người. So với cùng kỳ năm 2021, giảm 106 vụ (giảm "
        "10,82%), giảm 36 người chết (giảm 6,91%) và giảm 74 người bị thương (giảm 10,26%).",
        "Từ ngày 15/4 đến 14/5/2022, toàn quốc xảy ra 925 vụ tai nạn giao thông, làm chết "
        "485 người, bị thương 647 người. So với cùng kỳ năm 2021, giảm 106 vụ (giảm "
        "10,28%), giảm 36 người chết (giảm 6,91%) và giảm 74 người bị thương (giảm 10,26%).",
        "change_mismatch",
        "(1.031 − 925)/1.031 = 10,281% ≠ 10,82%",
    ),
    (
        "Theo báo cáo của Cục Thi hành án dân sự, sáu tháng đầu năm 2019 tổng số việc thụ "
        "lý là 79.177 việc, giảm 2.766 việc (3,27%) so với cùng kỳ năm 2018; số việc có "
        "điều kiện giải quyết là 54.681 việc, giảm 6.251 việc.",
        "Theo báo cáo của Cục Thi hành án dân sự, sáu tháng đầu năm 2019 tổng số việc thụ "
        "lý là 79.177 việc, giảm 2.676 việc (3,27%) so với cùng kỳ năm 2018; số việc có "
        "điều kiện giải quyết là 54.681 việc, giảm 6.251 việc.",
        "change_mismatch",
        "(81.943 − 79.177)/81.943 = 3,376% ≠ 3,27%",
    ),
    (
        "Hiện trên địa bàn huyện Lạc Dương còn 669 hộ nghèo, chiếm 11% số hộ toàn huyện. "
        "Trong đó, hộ nghèo đồng bào dân tộc thiểu số là 619 hộ, chiếm 97% số hộ nghèo toàn "
        "huyện.",
        "Hiện trên địa bàn huyện Lạc Dương còn 669 hộ nghèo, chiếm 11% số hộ toàn huyện. "
        "Trong đó, hộ nghèo đồng bào dân tộc thiểu số là 649 hộ, chiếm 97% số hộ nghèo toàn "
        "huyện.",
        "ratio_mismatch",
        "619/669 = 92,526% ≠ 97%",
    ),
    (
        "Đến tháng 10/2017, huyện Lạc Dương có 130 hộ được công nhận thoát nghèo, đạt 86% "
        "kế hoạch. Toàn huyện hiện có 715 hộ cận nghèo, chiếm 11,9% số hộ; trong đó hộ cận "
        "nghèo đồng bào dân tộc thiểu số là 699 hộ, chiếm 87,8% số hộ cận nghèo toàn huyện.",
        "Đến tháng 10/2017, huyện Lạc Dương có 130 hộ được công nhận thoát nghèo, đạt 86% "
        "kế hoạch. Toàn huyện hiện có 715 hộ cận nghèo, chiếm 11,9% số hộ; trong đó hộ cận "
        "nghèo đồng bào dân tộc thiểu số là 699 hộ, chiếm 97,8% số hộ cận nghèo toàn huyện.",
        "ratio_mismatch",
        "699/715 = 97,762% ≠ 87,8%",
    ),
    (
        "Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến tháng 11/2022, cả nước đã có "
        "5.689/8.225 xã đạt chuẩn nông thôn mới, chiếm 71,4%; 18 tỉnh có 100% số xã đạt "
        "chuẩn nông thôn mới.",
        "Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến tháng 11/2022, cả nước đã có "
        "5.869/8.225 xã đạt chuẩn nông thôn mới, chiếm 71,4%; 18 tỉnh có 100% số xã đạt "
        "chuẩn nông thôn mới.",
        "ratio_mismatch",
        "5.689/8.225 = 69,167% ≠ 71,4%",
    ),
    (
        "Năm 2022, huyện Cẩm Giàng có 41.690 hộ đăng ký phấn đấu đạt danh hiệu gia đình văn "
        "hóa. Qua bình xét, có 39.719 hộ đạt danh hiệu này, bằng 92,57% số hộ đăng ký và "
        "90,34% tổng số hộ trên địa bàn.",
        "Năm 2022, huyện Cẩm Giàng có 41.690 hộ đăng ký phấn đấu đạt danh hiệu gia đình văn "
        "hóa. Qua bình xét, có 39.719 hộ đạt danh hiệu này, bằng 95,27% số hộ đăng ký và "
        "90,34% tổng số hộ trên địa bàn.",
        "ratio_mismatch",
        "39.719/41.690 = 95,272% ≠ 92,57%",
    ),
    (
        "Đến 30/6/2023, cả nước có 6.022/8.177 xã đạt chuẩn nông thôn mới, đạt tỷ lệ "
        "73,64%; trong đó có 1.331 xã đạt chuẩn nông thôn mới nâng cao và 176 xã đạt chuẩn "
        "nông thôn mới kiểu mẫu.",
        "Đến 30/6/2023, cả nước có 6.022/8.177 xã đạt chuẩn nông thôn mới, đạt tỷ lệ "
        "73,65%; trong đó có 1.331 xã đạt chuẩn nông thôn mới nâng cao và 176 xã đạt chuẩn "
        "nông thôn mới kiểu mẫu.",
        "rounding",
        "6.022/8.177 = 73,646% → 73,65%; văn bản ghi 73,64%: cắt bớt",
    ),
    (
        "Trong số 579.413 việc có điều kiện thi hành của chín tháng đầu năm 2017, số việc "
        "đã thi hành xong là 369.372 việc, tăng 17.190 việc so với cùng kỳ năm 2016, đạt tỷ "
        "lệ 63,74%.",
        "Trong số 579.413 việc có điều kiện thi hành của chín tháng đầu năm 2017, số việc "
        "đã thi hành xong là 369.372 việc, tăng 17.190 việc so với cùng kỳ năm 2016, đạt tỷ "
        "lệ 63,75%.",
        "rounding",
        "369.372/579.413 = 63,749% → 63,75%; văn bản ghi 63,74%: cắt bớt",
    ),
    (
        "Thông qua các cuộc tiếp xúc cử tri, các Đoàn đại biểu Quốc hội đã tiếp nhận, tổng "
        "hợp 2.289 kiến nghị và chuyển đến các cơ quan có thẩm quyền xem xét, giải quyết. "
        "Đến nay, đã có 2.238 kiến nghị được giải quyết, trả lời, đạt 97,7%, cơ bản đáp ứng "
        "nguyện vọng của cử tri.",
        "Thông qua các cuộc tiếp xúc cử tri, các Đoàn đại biểu Quốc hội đã tiếp nhận, tổng "
        "hợp 2.289 kiến nghị và chuyển đến các cơ quan có thẩm quyền xem xét, giải quyết. "
        "Đến nay, đã có 2.238 kiến nghị được giải quyết, trả lời, đạt 97,8%, cơ bản đáp ứng "
        "nguyện vọng của cử tri.",
        "rounding",
        "2.238/2.289 = 97,772% → 97,8%; văn bản ghi 97,7%: cắt bớt",
    ),
    # Plain phrasings of the commonest relations that the checker once let pass (written
    # here, 07/12/2026, to find generic gaps).
    (
        "Năm 2024, Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, "
        "đạt tỷ lệ 91,5%.",
        "Năm 2024, Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, "
        "đạt tỷ lệ 90%.",
        "ratio_mismatch",
        "900/1.000 = 90,000% ≠ 91,5%",
    ),
    (
        "Năm 2024, Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ, đã giải quyết đúng hạn 900 "
        "hồ sơ, đạt tỷ lệ 85,5%.",
        "Năm 2024, Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ, đã giải quyết đúng hạn 900 "
        "hồ sơ, đạt tỷ lệ 91,5%.",
        "ratio_mismatch",
        "900/1.000 = 90,000% ≠ 85,5%",
    ),
    (
        "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống còn 4,1%, giảm 1,2%.",
        "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống còn 4,1%, giảm 1,1%.",
        "change_mismatch",
        "5,2% − 4,1% = 1,1 điểm %; (5,2 − 4,1)/5,2 = 21,154%: cả hai ≠ 1,2%",
    ),
    (
        "Qua thanh tra, tổng số tiền vi phạm là 12,5 tỷ đồng; đã kiến nghị thu hồi về ngân "
        "sách 8,2 tỷ đồng, kiến nghị xử lý khác 3,1 tỷ đồng.",
        "Qua thanh tra, tổng số tiền vi phạm là 11,3 tỷ đồng; đã kiến nghị thu hồi về ngân "
        "sách 8,2 tỷ đồng, kiến nghị xử lý khác 3,1 tỷ đồng.",
        "sum_mismatch",
        "8,2 tỷ đồng + 3,1 tỷ đồng = 11,3 tỷ đồng ≠ 12,5 tỷ đồng vi phạm phát hiện (phần "
        "«khác» là phần còn lại)",
    ),
    (
        "Trong năm, các cấp tiếp 1.200 lượt công dân với 900 vụ việc, 50 đoàn đông người; "
        "trong đó cấp tỉnh 300 lượt, cấp huyện 500 lượt, cấp xã 350 lượt.",
        "Trong năm, các cấp tiếp 1.150 lượt công dân với 900 vụ việc, 50 đoàn đông người; "
        "trong đó cấp tỉnh 300 lượt, cấp huyện 500 lượt, cấp xã 350 lượt.",
        "sum_mismatch",
        "300 + 500 + 350 = 1.150 ≠ 1.200",
    ),
    (
        "Năm 2023, Tòa án nhân dân hai cấp thụ lý 7.990 vụ án dân sự, so với cùng kỳ giảm "
        "1.193 vụ. Trong đó, Tòa án nhân dân cấp tỉnh thụ lý 496 vụ; Tòa án nhân dân cấp "
        "huyện thụ lý 7.521 vụ.",
        "Năm 2023, Tòa án nhân dân hai cấp thụ lý 7.990 vụ án dân sự, so với cùng kỳ giảm "
        "1.193 vụ. Trong đó, Tòa án nhân dân cấp tỉnh thụ lý 469 vụ; Tòa án nhân dân cấp "
        "huyện thụ lý 7.521 vụ.",
        "parts_exceed_total",
        "496 + 7.521 = 8.017 > 7.990",
    ),
    (
        "Ban Tiếp công dân huyện tiếp nhận 250 đơn các loại (120 đơn khiếu nại, 80 đơn tố "
        "cáo, 40 đơn kiến nghị, phản ánh).",
        "Ban Tiếp công dân huyện tiếp nhận 240 đơn các loại (120 đơn khiếu nại, 80 đơn tố "
        "cáo, 40 đơn kiến nghị, phản ánh).",
        "sum_mismatch",
        "120 + 80 + 40 = 240 ≠ 250",
    ),
    (
        "Nhân dịp tổng kết phong trào, huyện khen thưởng 150 tập thể và 230 cá nhân, tổng "
        "cộng 390 lượt.",
        "Nhân dịp tổng kết phong trào, huyện khen thưởng 150 tập thể và 230 cá nhân, tổng "
        "cộng 380 lượt.",
        "sum_mismatch",
        "150 + 230 = 380 ≠ 390",
    ),
    (
        "Năm 2023, toàn huyện có 1.500 hộ thoát nghèo, vượt 20% kế hoạch (kế hoạch 1.200 hộ).",
        "Năm 2023, toàn huyện có 1.500 hộ thoát nghèo, vượt 25% kế hoạch (kế hoạch 1.200 hộ).",
        "change_mismatch",
        "(1.500 − 1.200)/1.200 = 25,000% ≠ 20%",
    ),
    (
        "Số hồ sơ giải quyết trước hạn và đúng hạn là 9.000/10.000 hồ sơ, đạt tỷ lệ 90%; số "
        "hồ sơ trễ hạn 1.000 hồ sơ, chiếm 11%.",
        "Số hồ sơ giải quyết trước hạn và đúng hạn là 9.000/10.000 hồ sơ, đạt tỷ lệ 90%; số "
        "hồ sơ trễ hạn 1.000 hồ sơ, chiếm 10%.",
        "ratio_mismatch",
        "1.000/10.000 = 10,000% ≠ 11%",
    ),
    # Probe 12 (07/12/2026, a helper blind to the checker): slips this round finds.
    (
        "Trong quý III năm 2024, Ban Tiếp công dân huyện tiếp nhận 2.663 đơn thư các loại. Qua "
        "phân loại, có 187 đơn đủ điều kiện xử lý, chiếm 71,1%; số đơn còn lại là đơn trùng lặp, "
        "đơn không rõ nội dung, địa chỉ.",
        "Trong quý III năm 2024, Ban Tiếp công dân huyện tiếp nhận 263 đơn thư các loại. Qua phân "
        "loại, có 187 đơn đủ điều kiện xử lý, chiếm 71,1%; số đơn còn lại là đơn trùng lặp, đơn "
        "không rõ nội dung, địa chỉ.",
        "share_typo",
        "187/2.663 = 7,022% ≠ 71,1%; với 263 thay cho 2.663: khớp",
    ),
    (
        "Tổng kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023 của "
        "huyện là 17,95 tỷ đồng. Trong đó, ngân sách trung ương 11,2 tỷ đồng, ngân sách tỉnh 4,85 "
        "tỷ đồng, ngân sách huyện 1,9 tỷ đồng và huy động xã hội hóa 0,7 tỷ đồng.",
        "Tổng kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023 của "
        "huyện là 18,65 tỷ đồng. Trong đó, ngân sách trung ương 11,2 tỷ đồng, ngân sách tỉnh 4,85 "
        "tỷ đồng, ngân sách huyện 1,9 tỷ đồng và huy động xã hội hóa 0,7 tỷ đồng.",
        "parts_exceed_total",
        "11,2 + 4,85 + 1,9 + 0,7 = 18,65 > 17,95 tỷ đồng",
    ),
    # Probe 11 (07/12/2026, a helper blind to the checker): slips this round finds.
    (
        "Năm 2024, 96 tổ hòa giải trên địa bàn huyện tiếp nhận 74 vụ việc; 6 vụ việc không thuộc "
        "phạm vi hòa giải ở cơ sở đã được hướng dẫn các bên đến cơ quan có thẩm quyền, 68 vụ việc "
        "được đưa ra hòa giải. Kết quả, hòa giải thành 57 vụ việc, đạt 77,0% trên tổng số vụ việc "
        "đưa ra hòa giải; 11 vụ việc hòa giải không thành.",
        "Năm 2024, 96 tổ hòa giải trên địa bàn huyện tiếp nhận 74 vụ việc; 6 vụ việc không thuộc "
        "phạm vi hòa giải ở cơ sở đã được hướng dẫn các bên đến cơ quan có thẩm quyền, 68 vụ việc "
        "được đưa ra hòa giải. Kết quả, hòa giải thành 57 vụ việc, đạt 83,8% trên tổng số vụ việc "
        "đưa ra hòa giải; 11 vụ việc hòa giải không thành.",
        "ratio_mismatch",
        "57/68 = 83,824% ≠ 77,0%",
    ),
    (
        "Năm 2024, 100% xã, thị trấn đã xây dựng và công khai kế hoạch thực hiện dân chủ ở cơ sở. "
        "Trên tổng số 142 thôn, tổ dân phố, có 137 thôn, tổ dân phố tổ chức hội nghị lấy ý kiến "
        "Nhân dân về dự thảo kế hoạch phát triển kinh tế – xã hội của xã, đạt tỷ lệ 97,9%; các "
        "thôn còn lại lấy ý kiến qua hộp thư góp ý và cổng thông tin điện tử của xã.",
        "Năm 2024, 100% xã, thị trấn đã xây dựng và công khai kế hoạch thực hiện dân chủ ở cơ sở. "
        "Trên tổng số 142 thôn, tổ dân phố, có 139 thôn, tổ dân phố tổ chức hội nghị lấy ý kiến "
        "Nhân dân về dự thảo kế hoạch phát triển kinh tế – xã hội của xã, đạt tỷ lệ 97,9%; các "
        "thôn còn lại lấy ý kiến qua hộp thư góp ý và cổng thông tin điện tử của xã.",
        "ratio_mismatch",
        "137/142 = 96,479% ≠ 97,9%",
    ),
    (
        "Các vụ việc hòa giải thuộc các nhóm: tranh chấp đất đai 46 vụ, hôn nhân và gia đình 31 "
        "vụ, tranh chấp dân sự khác 58 vụ, vi phạm pháp luật nhỏ 17 vụ. Tổng cộng, các tổ hòa "
        "giải đã tiếp nhận 125 vụ việc trong năm.",
        "Các vụ việc hòa giải thuộc các nhóm: tranh chấp đất đai 46 vụ, hôn nhân và gia đình 31 "
        "vụ, tranh chấp dân sự khác 58 vụ, vi phạm pháp luật nhỏ 17 vụ. Tổng cộng, các tổ hòa "
        "giải đã tiếp nhận 152 vụ việc trong năm.",
        "sum_mismatch",
        "46 + 31 + 58 + 17 = 152 ≠ 125",
    ),
    (
        "Năm 2024, toàn ngành triển khai 58 cuộc thanh tra, bao gồm 37 cuộc thanh tra hành chính "
        "và 21 cuộc thanh tra chuyên ngành. Xét theo căn cứ tiến hành, có 49 cuộc theo kế hoạch "
        "và 11 cuộc đột xuất theo chỉ đạo của Chủ tịch UBND tỉnh.",
        "Năm 2024, toàn ngành triển khai 58 cuộc thanh tra, bao gồm 37 cuộc thanh tra hành chính "
        "và 21 cuộc thanh tra chuyên ngành. Xét theo căn cứ tiến hành, có 49 cuộc theo kế hoạch "
        "và 9 cuộc đột xuất theo chỉ đạo của Chủ tịch UBND tỉnh.",
        "sum_mismatch",
        "49 + 11 = 60 ≠ 58",
    ),
    (
        "Cuối năm 2024, toàn thị xã còn 846 hộ nghèo. Phân theo nhóm đối tượng, hộ nghèo có thành "
        "viên thuộc diện bảo trợ xã hội 412 hộ, hộ nghèo có thành viên là người có công với cách "
        "mạng 38 hộ; còn lại là hộ nghèo thuộc các nhóm khác với 369 hộ.",
        "Cuối năm 2024, toàn thị xã còn 846 hộ nghèo. Phân theo nhóm đối tượng, hộ nghèo có thành "
        "viên thuộc diện bảo trợ xã hội 412 hộ, hộ nghèo có thành viên là người có công với cách "
        "mạng 38 hộ; còn lại là hộ nghèo thuộc các nhóm khác với 396 hộ.",
        "sum_mismatch",
        "412 + 38 + 369 = 819 ≠ 846",
    ),
    (
        "Tổng số đơn phải xử lý trong kỳ là 1.284 đơn, bao gồm 1.197 đơn tiếp nhận trong kỳ và 78 "
        "đơn tồn kỳ trước chuyển sang. Đến ngày 14/9/2024 đã xử lý 1.236 đơn, đạt 96,3%; còn 48 "
        "đơn đang nghiên cứu, xử lý.",
        "Tổng số đơn phải xử lý trong kỳ là 1.284 đơn, bao gồm 1.197 đơn tiếp nhận trong kỳ và 87 "
        "đơn tồn kỳ trước chuyển sang. Đến ngày 14/9/2024 đã xử lý 1.236 đơn, đạt 96,3%; còn 48 "
        "đơn đang nghiên cứu, xử lý.",
        "sum_mismatch",
        "1.197 + 78 = 1.275 ≠ 1.284",
    ),
    (
        "Số vụ việc hòa giải thành năm 2024 đạt 118 vụ, nhiều hơn 12 vụ, tương ứng tăng 13,1% so "
        "với năm 2023 (106 vụ). Chất lượng hòa giải được nâng lên nhờ việc bồi dưỡng kỹ năng cho "
        "hòa giải viên.",
        "Số vụ việc hòa giải thành năm 2024 đạt 118 vụ, nhiều hơn 12 vụ, tương ứng tăng 11,3% so "
        "với năm 2023 (106 vụ). Chất lượng hòa giải được nâng lên nhờ việc bồi dưỡng kỹ năng cho "
        "hòa giải viên.",
        "change_mismatch",
        "(118 − 106)/106 = 11,321% ≠ 13,1%",
    ),
    (
        "Quý III/2024, toàn tỉnh có 37 hồ sơ giải quyết quá hạn, giảm 55 hồ sơ so với quý II/2024 "
        "(82 hồ sơ), tức giảm 54,9%. Các hồ sơ quá hạn tập trung ở lĩnh vực đất đai và xây dựng.",
        "Quý III/2024, toàn tỉnh có 37 hồ sơ giải quyết quá hạn, giảm 45 hồ sơ so với quý II/2024 "
        "(82 hồ sơ), tức giảm 54,9%. Các hồ sơ quá hạn tập trung ở lĩnh vực đất đai và xây dựng.",
        "change_amount_mismatch",
        "82 − 37 = 45 ≠ 55",
    ),
    (
        "Đối với số tiền kiến nghị thu hồi 3.426 triệu đồng, đến nay các đơn vị đã nộp vào tài "
        "khoản tạm giữ của Thanh tra tỉnh 2.518 triệu đồng, đạt 82,2%. Thanh tra tỉnh tiếp tục "
        "đôn đốc thu hồi số tiền còn lại.",
        "Đối với số tiền kiến nghị thu hồi 3.426 triệu đồng, đến nay các đơn vị đã nộp vào tài "
        "khoản tạm giữ của Thanh tra tỉnh 2.815 triệu đồng, đạt 82,2%. Thanh tra tỉnh tiếp tục "
        "đôn đốc thu hồi số tiền còn lại.",
        "ratio_mismatch",
        "2.518/3.426 triệu đồng = 73,497% ≠ 82,2%",
    ),
    (
        "Lũy kế đến ngày 30/11/2024, tổng số tiền kiến nghị thu hồi qua các kết luận thanh tra là "
        "9,24 tỷ đồng; đã thu hồi 6,93 tỷ đồng, đạt 75,0%; số còn phải thu hồi là 3,21 tỷ đồng, "
        "chủ yếu tại các dự án đầu tư xây dựng cơ bản đã quyết toán. Thanh tra tỉnh đã có văn bản "
        "đôn đốc các chủ đầu tư nộp số tiền còn lại trước ngày 31/12/2024.",
        "Lũy kế đến ngày 30/11/2024, tổng số tiền kiến nghị thu hồi qua các kết luận thanh tra là "
        "9,24 tỷ đồng; đã thu hồi 6,93 tỷ đồng, đạt 75,0%; số còn phải thu hồi là 2,31 tỷ đồng, "
        "chủ yếu tại các dự án đầu tư xây dựng cơ bản đã quyết toán. Thanh tra tỉnh đã có văn bản "
        "đôn đốc các chủ đầu tư nộp số tiền còn lại trước ngày 31/12/2024.",
        "remainder_mismatch",
        "9,24 − 6,93 = 2,31 tỷ đồng ≠ 3,21 tỷ đồng",
    ),
    # Probes 9 and 10 (07/12/2026, helpers blind to the checker): slips this round finds.
    (
        "Từ ngày 15/12/2022 đến ngày 14/6/2023, các cấp, các ngành trong tỉnh đã tiếp 2.164 lượt "
        "công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh; trong đó cấp tỉnh tiếp 389 lượt, "
        "cấp huyện tiếp 1.034 lượt, cấp xã tiếp 723 lượt. Có 11 đoàn đông người với 187 lượt "
        "người, nội dung chủ yếu liên quan đến bồi thường, hỗ trợ, tái định cư khi Nhà nước thu "
        "hồi đất.",
        "Từ ngày 15/12/2022 đến ngày 14/6/2023, các cấp, các ngành trong tỉnh đã tiếp 2.146 lượt "
        "công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh; trong đó cấp tỉnh tiếp 389 lượt, "
        "cấp huyện tiếp 1.034 lượt, cấp xã tiếp 723 lượt. Có 11 đoàn đông người với 187 lượt "
        "người, nội dung chủ yếu liên quan đến bồi thường, hỗ trợ, tái định cư khi Nhà nước thu "
        "hồi đất.",
        "sum_mismatch",
        "389 + 1.034 + 723 = 2.146 ≠ 2.164",
    ),
    (
        "Năm 2023, toàn huyện có 486 hộ thoát nghèo, trong đó 301 hộ chuyển sang hộ cận nghèo và "
        "158 hộ vượt chuẩn cận nghèo. Bên cạnh đó, phát sinh 64 hộ nghèo mới và 9 hộ tái nghèo. "
        "Như vậy, từ 2.317 hộ nghèo đầu năm, đến cuối năm toàn huyện còn 1.904 hộ nghèo.",
        "Năm 2023, toàn huyện có 486 hộ thoát nghèo, trong đó 301 hộ chuyển sang hộ cận nghèo và "
        "185 hộ vượt chuẩn cận nghèo. Bên cạnh đó, phát sinh 64 hộ nghèo mới và 9 hộ tái nghèo. "
        "Như vậy, từ 2.317 hộ nghèo đầu năm, đến cuối năm toàn huyện còn 1.904 hộ nghèo.",
        "sum_mismatch",
        "301 + 158 = 459 ≠ 486",
    ),
    (
        "Trong kỳ, Thanh tra huyện thụ lý 38 vụ việc khiếu nại (kỳ trước chuyển sang 7 vụ việc, "
        "phát sinh mới 31 vụ việc). Đã giải quyết 29 vụ việc, trong đó 5 vụ việc đình chỉ do "
        "người khiếu nại rút đơn; còn 7 vụ việc đang giải quyết, chưa quá thời hạn theo quy định.",
        "Trong kỳ, Thanh tra huyện thụ lý 38 vụ việc khiếu nại (kỳ trước chuyển sang 7 vụ việc, "
        "phát sinh mới 31 vụ việc). Đã giải quyết 29 vụ việc, trong đó 5 vụ việc đình chỉ do "
        "người khiếu nại rút đơn; còn 9 vụ việc đang giải quyết, chưa quá thời hạn theo quy định.",
        "balance_mismatch",
        "29 + 7 = 36 ≠ 38",
    ),
    (
        "Năm 2023, các tổ hòa giải ở cơ sở trên địa bàn huyện tiếp nhận 267 vụ việc (trong đó có "
        "14 vụ việc từ năm 2022 chuyển sang). Đã kết thúc hòa giải 250 vụ việc, gồm 221 vụ việc "
        "hòa giải thành và 29 vụ việc hòa giải không thành; tỷ lệ hòa giải thành đạt 88,4%. Còn "
        "lại 27 vụ việc đang tiếp tục hòa giải.",
        "Năm 2023, các tổ hòa giải ở cơ sở trên địa bàn huyện tiếp nhận 267 vụ việc (trong đó có "
        "14 vụ việc từ năm 2022 chuyển sang). Đã kết thúc hòa giải 250 vụ việc, gồm 221 vụ việc "
        "hòa giải thành và 29 vụ việc hòa giải không thành; tỷ lệ hòa giải thành đạt 88,4%. Còn "
        "lại 17 vụ việc đang tiếp tục hòa giải.",
        "balance_mismatch",
        "250 + 27 = 277 ≠ 267",
    ),
    (
        "Năm 2023, Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tổng hợp 1.128 ý kiến, kiến nghị của "
        "cử tri và Nhân dân, chuyển đến các cơ quan có thẩm quyền xem xét, giải quyết. Đến nay, "
        "các cơ quan đã trả lời, giải quyết 1.039 ý kiến, kiến nghị, đạt 92,1%. Số ý kiến, kiến "
        "nghị còn lại là 108 ý kiến, chủ yếu liên quan đến đất đai, hạ tầng giao thông nông thôn, "
        "đang được tiếp tục xem xét, giải quyết.",
        "Năm 2023, Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tổng hợp 1.128 ý kiến, kiến nghị của "
        "cử tri và Nhân dân, chuyển đến các cơ quan có thẩm quyền xem xét, giải quyết. Đến nay, "
        "các cơ quan đã trả lời, giải quyết 1.039 ý kiến, kiến nghị, đạt 92,1%. Số ý kiến, kiến "
        "nghị còn lại là 89 ý kiến, chủ yếu liên quan đến đất đai, hạ tầng giao thông nông thôn, "
        "đang được tiếp tục xem xét, giải quyết.",
        "remainder_mismatch",
        "1.128 − 1.039 = 89 ≠ 108",
    ),
    (
        "Năm 2023, Bộ phận Một cửa cấp huyện, cấp xã đã tiếp nhận hơn 16.000 hồ sơ, trong đó cấp "
        "huyện 5.218 hồ sơ, cấp xã 9.947 hồ sơ. Đã giải quyết 14.806 hồ sơ, đang giải quyết 359 "
        "hồ sơ trong thời hạn quy định.",
        "Năm 2023, Bộ phận Một cửa cấp huyện, cấp xã đã tiếp nhận hơn 15.000 hồ sơ, trong đó cấp "
        "huyện 5.218 hồ sơ, cấp xã 9.947 hồ sơ. Đã giải quyết 14.806 hồ sơ, đang giải quyết 359 "
        "hồ sơ trong thời hạn quy định.",
        "estimate_mismatch",
        "5.218 + 9.947 = 15.165: không hợp với «hơn 16.000 hồ sơ»",
    ),
    (
        "Năm 2023, các cơ quan hành chính nhà nước trên địa bàn huyện đã tiếp 412 lượt công dân "
        "đến kiến nghị, phản ánh, khiếu nại, tố cáo. Trong đó, Ban Tiếp công dân huyện tiếp 137 "
        "lượt; Ủy ban nhân dân các xã, thị trấn tiếp 257 lượt. Không phát sinh đoàn đông người, "
        "vụ việc phức tạp kéo dài.",
        "Năm 2023, các cơ quan hành chính nhà nước trên địa bàn huyện đã tiếp 412 lượt công dân "
        "đến kiến nghị, phản ánh, khiếu nại, tố cáo. Trong đó, Ban Tiếp công dân huyện tiếp 137 "
        "lượt; Ủy ban nhân dân các xã, thị trấn tiếp 275 lượt. Không phát sinh đoàn đông người, "
        "vụ việc phức tạp kéo dài.",
        "sum_mismatch",
        "137 + 257 = 394 ≠ 412",
    ),
    (
        "Năm 2023, các cơ quan hành chính trong tỉnh đã tiếp 874 lượt công dân, giảm 157 lượt so "
        "với năm 2022 (1.031 lượt), tương ứng giảm 17,96%. Số đoàn đông người là 05 đoàn, giảm 07 "
        "đoàn so với năm trước (12 đoàn).",
        "Năm 2023, các cơ quan hành chính trong tỉnh đã tiếp 874 lượt công dân, giảm 157 lượt so "
        "với năm 2022 (1.031 lượt), tương ứng giảm 15,23%. Số đoàn đông người là 05 đoàn, giảm 07 "
        "đoàn so với năm trước (12 đoàn).",
        "change_mismatch",
        "(1.031 − 874)/1.031 = 15,228% ≠ 17,96%",
    ),
    (
        "Tháng 9/2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 3.872 hồ sơ; hồ sơ "
        "tồn kỳ trước chuyển sang là 1.946 hồ sơ; lũy kế đã và đang giải quyết trong kỳ là 5.818 "
        "hồ sơ. Đã có kết quả 3.905 hồ sơ. Số hồ sơ chưa có kết quả, chuyển kỳ sau là 1.931 hồ "
        "sơ, đều còn trong thời hạn giải quyết.",
        "Tháng 9/2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 3.872 hồ sơ; hồ sơ "
        "tồn kỳ trước chuyển sang là 1.946 hồ sơ; lũy kế đã và đang giải quyết trong kỳ là 5.818 "
        "hồ sơ. Đã có kết quả 3.905 hồ sơ. Số hồ sơ chưa có kết quả, chuyển kỳ sau là 1.913 hồ "
        "sơ, đều còn trong thời hạn giải quyết.",
        "balance_mismatch",
        "3.905 + 1.931 = 5.836 ≠ 5.818",
    ),
    (
        "Theo kết quả rà soát, đầu năm 2023 toàn huyện có 2.416 hộ nghèo. Trong năm, có 538 hộ "
        "thoát nghèo và 47 hộ nghèo phát sinh mới.\n\nĐến cuối năm 2023, toàn huyện còn 1.880 hộ "
        "nghèo; các hộ thoát nghèo tiếp tục được hưởng chính sách hỗ trợ theo quy định.",
        "Theo kết quả rà soát, đầu năm 2023 toàn huyện có 2.416 hộ nghèo. Trong năm, có 583 hộ "
        "thoát nghèo và 47 hộ nghèo phát sinh mới.\n\nĐến cuối năm 2023, toàn huyện còn 1.880 hộ "
        "nghèo; các hộ thoát nghèo tiếp tục được hưởng chính sách hỗ trợ theo quy định.",
        "stock_mismatch",
        "2.416 − 538 + 47 = 1.925 ≠ 1.880",
    ),
    (
        "Tháng 8/2024, số hồ sơ đến hạn giải quyết tại Bộ phận Một cửa cấp huyện, cấp xã là "
        "21.368 hồ sơ; hồ sơ trả trước và đúng hạn là 20.709 hồ sơ, đạt 96,93%; hồ sơ quá hạn là "
        "659 hồ sơ, chiếm 3,08%.",
        "Tháng 8/2024, số hồ sơ đến hạn giải quyết tại Bộ phận Một cửa cấp huyện, cấp xã là "
        "21.368 hồ sơ; hồ sơ trả trước và đúng hạn là 20.709 hồ sơ, đạt 96,92%; hồ sơ quá hạn là "
        "659 hồ sơ, chiếm 3,08%.",
        "ratio_mismatch",
        "20.709/21.368 = 96,916% ≠ 96,93%",
    ),
    (
        "Sáu tháng đầu năm 2024, các cấp, các ngành trong tỉnh tiếp 2.848 lượt công dân (cấp tỉnh "
        "213 lượt, các sở, ngành 305 lượt, cấp huyện 668 lượt, cấp xã 1.642 lượt). Số lượt công "
        "dân được thủ trưởng cơ quan hành chính trực tiếp tiếp là 1.096 lượt.",
        "Sáu tháng đầu năm 2024, các cấp, các ngành trong tỉnh tiếp 2.848 lượt công dân (cấp tỉnh "
        "213 lượt, các sở, ngành 305 lượt, cấp huyện 688 lượt, cấp xã 1.642 lượt). Số lượt công "
        "dân được thủ trưởng cơ quan hành chính trực tiếp tiếp là 1.096 lượt.",
        "sum_mismatch",
        "213 + 305 + 668 + 1.642 = 2.828 ≠ 2.848",
    ),
    (
        "Sáu tháng đầu năm 2024, toàn tỉnh tiếp nhận 836 đơn khiếu nại, tố cáo, kiến nghị, phản "
        "ánh, giảm 352 đơn so với cùng kỳ năm 2023 (1.208 đơn). Số đơn giảm chủ yếu ở lĩnh vực "
        "đất đai và bồi thường, hỗ trợ, tái định cư.",
        "Sáu tháng đầu năm 2024, toàn tỉnh tiếp nhận 836 đơn khiếu nại, tố cáo, kiến nghị, phản "
        "ánh, giảm 352 đơn so với cùng kỳ năm 2023 (1.188 đơn). Số đơn giảm chủ yếu ở lĩnh vực "
        "đất đai và bồi thường, hỗ trợ, tái định cư.",
        "change_amount_mismatch",
        "1.208 − 836 = 372 ≠ 352",
    ),
    (
        "Đầu kỳ, toàn tỉnh có 3.105 hộ cận nghèo. Trong kỳ có 742 hộ thoát cận nghèo, 218 hộ cận "
        "nghèo phát sinh mới (kể cả hộ từ nghèo chuyển sang cận nghèo). Số hộ cận nghèo cuối kỳ "
        "là 2.851 hộ.",
        "Đầu kỳ, toàn tỉnh có 3.105 hộ cận nghèo. Trong kỳ có 742 hộ thoát cận nghèo, 218 hộ cận "
        "nghèo phát sinh mới (kể cả hộ từ nghèo chuyển sang cận nghèo). Số hộ cận nghèo cuối kỳ "
        "là 2.581 hộ.",
        "stock_mismatch",
        "3.105 − 742 + 218 = 2.581 ≠ 2.851",
    ),
]


@pytest.mark.parametrize(("slip", "corrected", "rule", "arithmetic"), CASES)
def test_a_slip_in_its_phrasing_is_found_and_its_correction_is_not(
    slip, corrected, rule, arithmetic
):
    found = check_text(slip).findings
    assert [(f.rule, f.arithmetic) for f in found] == [(rule, arithmetic)]
    assert check_text(corrected).findings == []


# Sections of longer reports with one slip each (a sixth probe, a helper blind to the checker,
# 06/12/2026): found with its arithmetic; the corrected section raises nothing but, being a
# section («II. …»), the notice of its numbering's start.
SECTIONS = [
    (
        "2. Kết quả tiếp nhận, giải quyết thủ tục hành chính quý III năm 2024\n\nTrong quý III "
        "năm 2024, Trung tâm Phục vụ hành chính công huyện tiếp tục duy trì nghiêm thời gian "
        "làm việc theo quy định, bố trí đủ công chức tại các quầy tiếp nhận và trả kết quả; "
        "thường xuyên rà soát, cập nhật danh mục thủ tục hành chính, quy trình nội bộ trên Hệ "
        "thống thông tin giải quyết thủ tục hành chính của tỉnh.\n\nTổng số hồ sơ thủ tục hành "
        "chính tiếp nhận trong kỳ là 2.106 hồ sơ, trong đó số hồ sơ từ kỳ trước chuyển sang là "
        "64 hồ sơ, số hồ sơ tiếp nhận mới là 2.042 hồ sơ. Cụ thể, hồ sơ nộp trực tuyến 1.187 "
        "hồ sơ (chiếm 58,1% số hồ sơ tiếp nhận mới), hồ sơ nộp trực tiếp tại Trung tâm 782 hồ "
        "sơ, hồ sơ gửi qua dịch vụ bưu chính công ích 73 hồ sơ.\n\nKết quả giải quyết: đã giải "
        "quyết 2.021 hồ sơ, đạt 96,0% tổng số hồ sơ tiếp nhận; trong đó giải quyết trước hạn "
        "1.544 hồ sơ, đúng hạn 452 hồ sơ, trễ hạn 25 hồ sơ. Số hồ sơ đang trong thời hạn giải "
        "quyết là 85 hồ sơ. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã "
        "giải quyết đạt 98,8%, tăng 0,9 điểm phần trăm so với quý II năm 2024 (97,9%).\n\nKết "
        "quả theo từng lĩnh vực như sau (đơn vị tính: hồ sơ; tỷ lệ giải quyết tính trên số hồ "
        "sơ tiếp nhận của lĩnh vực):\n\nLĩnh vực	Tiếp nhận	Đã giải quyết	Đang giải "
        "quyết	Tỷ lệ giải quyết (%)\nĐất đai	412	371	41	90,0\nHộ tịch, chứng "
        "thực	1.268	1.251	17	98,7\nĐăng ký kinh doanh	186	179	7	96,2\nXây "
        "dựng	97	82	15	85,4\nLĩnh vực khác	143	138	5	96,5\n\nNhìn chung, lĩnh vực hộ "
        "tịch, chứng thực vẫn chiếm tỷ trọng lớn nhất về số lượng hồ sơ; lĩnh vực xây dựng có "
        "tỷ lệ giải quyết thấp nhất do một số hồ sơ cấp giấy phép xây dựng phải bổ sung, hoàn "
        "thiện theo yêu cầu của cơ quan chuyên môn. Các hồ sơ trễ hạn chủ yếu do phải lấy ý "
        "kiến của cơ quan, đơn vị liên quan và xác minh nguồn gốc sử dụng đất; Trung tâm đã "
        "phối hợp với các cơ quan có liên quan gửi văn bản xin lỗi tổ chức, công dân theo quy "
        "định.\n\nTrong quý IV năm 2024, Trung tâm tiếp tục đẩy mạnh hướng dẫn người dân nộp "
        "hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt; tăng cường kiểm tra, "
        "đôn đốc các cơ quan chuyên môn giải quyết hồ sơ bảo đảm đúng thời hạn, hạn chế tối đa "
        "hồ sơ trễ hạn.",
        "2. Kết quả tiếp nhận, giải quyết thủ tục hành chính quý III năm 2024\n\nTrong quý III "
        "năm 2024, Trung tâm Phục vụ hành chính công huyện tiếp tục duy trì nghiêm thời gian "
        "làm việc theo quy định, bố trí đủ công chức tại các quầy tiếp nhận và trả kết quả; "
        "thường xuyên rà soát, cập nhật danh mục thủ tục hành chính, quy trình nội bộ trên Hệ "
        "thống thông tin giải quyết thủ tục hành chính của tỉnh.\n\nTổng số hồ sơ thủ tục hành "
        "chính tiếp nhận trong kỳ là 2.106 hồ sơ, trong đó số hồ sơ từ kỳ trước chuyển sang là "
        "64 hồ sơ, số hồ sơ tiếp nhận mới là 2.042 hồ sơ. Cụ thể, hồ sơ nộp trực tuyến 1.187 "
        "hồ sơ (chiếm 58,1% số hồ sơ tiếp nhận mới), hồ sơ nộp trực tiếp tại Trung tâm 782 hồ "
        "sơ, hồ sơ gửi qua dịch vụ bưu chính công ích 73 hồ sơ.\n\nKết quả giải quyết: đã giải "
        "quyết 2.021 hồ sơ, đạt 96,0% tổng số hồ sơ tiếp nhận; trong đó giải quyết trước hạn "
        "1.544 hồ sơ, đúng hạn 452 hồ sơ, trễ hạn 25 hồ sơ. Số hồ sơ đang trong thời hạn giải "
        "quyết là 85 hồ sơ. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã "
        "giải quyết đạt 98,8%, tăng 0,9 điểm phần trăm so với quý II năm 2024 (97,9%).\n\nKết "
        "quả theo từng lĩnh vực như sau (đơn vị tính: hồ sơ; tỷ lệ giải quyết tính trên số hồ "
        "sơ tiếp nhận của lĩnh vực):\n\nLĩnh vực	Tiếp nhận	Đã giải quyết	Đang giải "
        "quyết	Tỷ lệ giải quyết (%)\nĐất đai	412	371	41	90,0\nHộ tịch, chứng "
        "thực	1.268	1.251	17	98,7\nĐăng ký kinh doanh	186	179	7	96,2\nXây "
        "dựng	97	82	15	84,5\nLĩnh vực khác	143	138	5	96,5\n\nNhìn chung, lĩnh vực hộ "
        "tịch, chứng thực vẫn chiếm tỷ trọng lớn nhất về số lượng hồ sơ; lĩnh vực xây dựng có "
        "tỷ lệ giải quyết thấp nhất do một số hồ sơ cấp giấy phép xây dựng phải bổ sung, hoàn "
        "thiện theo yêu cầu của cơ quan chuyên môn. Các hồ sơ trễ hạn chủ yếu do phải lấy ý "
        "kiến của cơ quan, đơn vị liên quan và xác minh nguồn gốc sử dụng đất; Trung tâm đã "
        "phối hợp với các cơ quan có liên quan gửi văn bản xin lỗi tổ chức, công dân theo quy "
        "định.\n\nTrong quý IV năm 2024, Trung tâm tiếp tục đẩy mạnh hướng dẫn người dân nộp "
        "hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt; tăng cường kiểm tra, "
        "đôn đốc các cơ quan chuyên môn giải quyết hồ sơ bảo đảm đúng thời hạn, hạn chế tối đa "
        "hồ sơ trễ hạn.",
        "table_mismatch",
        "82/97 = 84,536% ≠ 85,4%",
    ),
    (
        "1. Công tác tiếp công dân\n\nThực hiện Luật Tiếp công dân và Quy chế tiếp công dân "
        "của UBND huyện, trong 6 tháng đầu năm 2024, lãnh đạo UBND huyện, Ban Tiếp công dân "
        "huyện, UBND các xã, thị trấn và các cơ quan chuyên môn đã duy trì nghiêm túc việc "
        "tiếp công dân thường xuyên, định kỳ và đột xuất. Lịch tiếp công dân được niêm yết "
        "công khai tại trụ sở và đăng tải trên Cổng thông tin điện tử của huyện.\n\nKết quả "
        "tiếp công dân trên địa bàn huyện như sau:\n\nCơ quan, người tiếp	Số lượt	Số "
        "người	Số vụ việc	Đoàn đông người\nBan Tiếp công dân huyện (tiếp thường "
        "xuyên)	146	171	118	2\nLãnh đạo UBND huyện tiếp định kỳ, đột "
        "xuất	23	58	19	3\nChủ tịch UBND các xã, thị trấn	212	239	187	1\nThủ trưởng các "
        "cơ quan chuyên môn	31	34	26	0\nTổng cộng	412	502	324	6\n\nSo với cùng kỳ năm "
        "2023 (457 lượt), số lượt tiếp công dân giảm 45 lượt, tương ứng giảm 9,8%. Các đoàn "
        "đông người đến trình bày với tổng số 47 người, chủ yếu liên quan đến bồi thường, hỗ "
        "trợ giải phóng mặt bằng các dự án khu dân cư và tuyến đường giao thông; các đoàn đều "
        "được tiếp, giải thích, hướng dẫn kịp thời, không để phát sinh điểm nóng.\n\nPhân loại "
        "theo nội dung các vụ việc tiếp tại Ban Tiếp công dân huyện: khiếu nại 31 vụ việc, tố "
        "cáo 6 vụ việc, kiến nghị, phản ánh 81 vụ việc. Nội dung chủ yếu liên quan đến đất "
        "đai, cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới thửa đất, chế độ "
        "chính sách đối với người có công và một số kiến nghị về ô nhiễm môi trường tại khu "
        "chăn nuôi tập trung.\n\nQua tiếp công dân, các cơ quan đã hướng dẫn công dân gửi đơn "
        "đến đúng cơ quan có thẩm quyền, tiếp nhận đơn thuộc thẩm quyền để xem xét, giải quyết "
        "theo quy định. Chủ tịch UBND huyện đã chủ trì 9 buổi đối thoại trực tiếp với công dân "
        "có vụ việc phức tạp, kéo dài; qua đối thoại, nhiều trường hợp đã thống nhất được "
        "hướng giải quyết, góp phần giữ vững an ninh, trật tự tại cơ sở.",
        "1. Công tác tiếp công dân\n\nThực hiện Luật Tiếp công dân và Quy chế tiếp công dân "
        "của UBND huyện, trong 6 tháng đầu năm 2024, lãnh đạo UBND huyện, Ban Tiếp công dân "
        "huyện, UBND các xã, thị trấn và các cơ quan chuyên môn đã duy trì nghiêm túc việc "
        "tiếp công dân thường xuyên, định kỳ và đột xuất. Lịch tiếp công dân được niêm yết "
        "công khai tại trụ sở và đăng tải trên Cổng thông tin điện tử của huyện.\n\nKết quả "
        "tiếp công dân trên địa bàn huyện như sau:\n\nCơ quan, người tiếp	Số lượt	Số "
        "người	Số vụ việc	Đoàn đông người\nBan Tiếp công dân huyện (tiếp thường "
        "xuyên)	146	171	118	2\nLãnh đạo UBND huyện tiếp định kỳ, đột "
        "xuất	23	58	19	3\nChủ tịch UBND các xã, thị trấn	212	239	187	1\nThủ trưởng các "
        "cơ quan chuyên môn	31	34	26	0\nTổng cộng	412	502	350	6\n\nSo với cùng kỳ năm "
        "2023 (457 lượt), số lượt tiếp công dân giảm 45 lượt, tương ứng giảm 9,8%. Các đoàn "
        "đông người đến trình bày với tổng số 47 người, chủ yếu liên quan đến bồi thường, hỗ "
        "trợ giải phóng mặt bằng các dự án khu dân cư và tuyến đường giao thông; các đoàn đều "
        "được tiếp, giải thích, hướng dẫn kịp thời, không để phát sinh điểm nóng.\n\nPhân loại "
        "theo nội dung các vụ việc tiếp tại Ban Tiếp công dân huyện: khiếu nại 31 vụ việc, tố "
        "cáo 6 vụ việc, kiến nghị, phản ánh 81 vụ việc. Nội dung chủ yếu liên quan đến đất "
        "đai, cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới thửa đất, chế độ "
        "chính sách đối với người có công và một số kiến nghị về ô nhiễm môi trường tại khu "
        "chăn nuôi tập trung.\n\nQua tiếp công dân, các cơ quan đã hướng dẫn công dân gửi đơn "
        "đến đúng cơ quan có thẩm quyền, tiếp nhận đơn thuộc thẩm quyền để xem xét, giải quyết "
        "theo quy định. Chủ tịch UBND huyện đã chủ trì 9 buổi đối thoại trực tiếp với công dân "
        "có vụ việc phức tạp, kéo dài; qua đối thoại, nhiều trường hợp đã thống nhất được "
        "hướng giải quyết, góp phần giữ vững an ninh, trật tự tại cơ sở.",
        "table_mismatch",
        "cộng các hàng của cột «Số vụ việc» = 350 ≠ 324",
    ),
    (
        "3. Công tác hòa giải ở cơ sở\n\nToàn huyện (gồm 5 xã và 1 thị trấn) hiện có 112 tổ "
        "hòa giải ở thôn, tổ dân phố với 684 hòa giải viên, trong đó có 251 hòa giải viên là "
        "nữ, chiếm 36,7%. Các tổ hòa giải được kiện toàn kịp thời sau khi sáp nhập thôn, tổ "
        "dân phố; thành phần gồm trưởng thôn, chi hội trưởng các đoàn thể, người có uy tín "
        "trong cộng đồng dân cư.\n\nNăm 2024, các tổ hòa giải ở cơ sở đã tiếp nhận 214 vụ "
        "việc, tăng 18 vụ việc so với năm 2023 (196 vụ việc). Trong đó, hòa giải thành 181 vụ "
        "việc, đạt tỷ lệ 84,6% trên tổng số vụ việc tiếp nhận; các vụ việc hòa giải không "
        "thành đã được hướng dẫn các bên liên hệ cơ quan có thẩm quyền để giải quyết theo quy "
        "định. Nội dung hòa giải chủ yếu là tranh chấp đất đai, ranh giới, lối đi chung; mâu "
        "thuẫn trong quan hệ hôn nhân, gia đình; tranh chấp phát sinh từ hoạt động chăn nuôi, "
        "sản xuất.\n\nKết quả hòa giải phân theo đơn vị hành chính cấp xã (đơn vị tính: vụ "
        "việc):\n\nĐơn vị	Tiếp nhận	Hòa giải thành	Hòa giải không thành	Đang hòa giải\nXã "
        "Thanh Lâm	38	31	4	3\nXã Thanh Sơn	27	22	3	2\nXã Thanh Hà	45	39	5	1\nThị "
        "trấn Phú Lộc	52	44	9	2\nXã Thanh Bình	19	17	1	1\nXã Thanh "
        "Tân	33	28	3	2\n\nCông tác bồi dưỡng kỹ năng, nghiệp vụ cho hòa giải viên được chú "
        "trọng. Phòng Tư pháp phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện tổ chức 4 "
        "lớp tập huấn cho 536 lượt hòa giải viên, tập trung vào kỹ năng hòa giải các tranh "
        "chấp về đất đai và hôn nhân, gia đình. Kinh phí hỗ trợ hoạt động hòa giải ở cơ sở từ "
        "ngân sách huyện là 86,5 triệu đồng, được phân bổ cho các xã, thị trấn theo số vụ việc "
        "hòa giải thực tế.\n\nTuy nhiên, một số tổ hòa giải hoạt động còn hình thức, chưa chủ "
        "động nắm bắt mâu thuẫn từ sớm; việc ghi chép sổ theo dõi hoạt động hòa giải ở một số "
        "thôn chưa đầy đủ, chưa kịp thời.",
        "3. Công tác hòa giải ở cơ sở\n\nToàn huyện (gồm 5 xã và 1 thị trấn) hiện có 112 tổ "
        "hòa giải ở thôn, tổ dân phố với 684 hòa giải viên, trong đó có 251 hòa giải viên là "
        "nữ, chiếm 36,7%. Các tổ hòa giải được kiện toàn kịp thời sau khi sáp nhập thôn, tổ "
        "dân phố; thành phần gồm trưởng thôn, chi hội trưởng các đoàn thể, người có uy tín "
        "trong cộng đồng dân cư.\n\nNăm 2024, các tổ hòa giải ở cơ sở đã tiếp nhận 214 vụ "
        "việc, tăng 18 vụ việc so với năm 2023 (196 vụ việc). Trong đó, hòa giải thành 181 vụ "
        "việc, đạt tỷ lệ 84,6% trên tổng số vụ việc tiếp nhận; các vụ việc hòa giải không "
        "thành đã được hướng dẫn các bên liên hệ cơ quan có thẩm quyền để giải quyết theo quy "
        "định. Nội dung hòa giải chủ yếu là tranh chấp đất đai, ranh giới, lối đi chung; mâu "
        "thuẫn trong quan hệ hôn nhân, gia đình; tranh chấp phát sinh từ hoạt động chăn nuôi, "
        "sản xuất.\n\nKết quả hòa giải phân theo đơn vị hành chính cấp xã (đơn vị tính: vụ "
        "việc):\n\nĐơn vị	Tiếp nhận	Hòa giải thành	Hòa giải không thành	Đang hòa giải\nXã "
        "Thanh Lâm	38	31	4	3\nXã Thanh Sơn	27	22	3	2\nXã Thanh Hà	45	39	5	1\nThị "
        "trấn Phú Lộc	52	44	6	2\nXã Thanh Bình	19	17	1	1\nXã Thanh "
        "Tân	33	28	3	2\n\nCông tác bồi dưỡng kỹ năng, nghiệp vụ cho hòa giải viên được chú "
        "trọng. Phòng Tư pháp phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện tổ chức 4 "
        "lớp tập huấn cho 536 lượt hòa giải viên, tập trung vào kỹ năng hòa giải các tranh "
        "chấp về đất đai và hôn nhân, gia đình. Kinh phí hỗ trợ hoạt động hòa giải ở cơ sở từ "
        "ngân sách huyện là 86,5 triệu đồng, được phân bổ cho các xã, thị trấn theo số vụ việc "
        "hòa giải thực tế.\n\nTuy nhiên, một số tổ hòa giải hoạt động còn hình thức, chưa chủ "
        "động nắm bắt mâu thuẫn từ sớm; việc ghi chép sổ theo dõi hoạt động hòa giải ở một số "
        "thôn chưa đầy đủ, chưa kịp thời.",
        "table_mismatch",
        "44 + 9 + 2 = 55 ≠ 52",
    ),
    (
        "2. Kết quả thực hiện phong trào thi đua «Dân vận khéo»\n\nThực hiện Kế hoạch của Ban "
        "Thường vụ Huyện ủy về đẩy mạnh phong trào thi đua «Dân vận khéo» giai đoạn 2021 - "
        "2025, các cơ quan, đơn vị, địa phương đã cụ thể hóa bằng việc đăng ký xây dựng mô "
        "hình, điển hình gắn với nhiệm vụ chính trị của từng đơn vị. Việc đăng ký, thẩm định, "
        "công nhận mô hình được thực hiện chặt chẽ hơn, bảo đảm thực chất, tránh hình "
        "thức.\n\nNăm 2024, toàn huyện có 174 mô hình «Dân vận khéo» được công nhận, tăng 15 "
        "mô hình so với năm 2023 (159 mô hình). Trong đó, có 38 mô hình mới đăng ký xây dựng "
        "trong năm và 136 mô hình tiếp tục được duy trì, nhân rộng từ các năm trước. Mô hình "
        "thuộc lĩnh vực kinh tế chiếm tỷ lệ cao nhất với 42,0% tổng số mô hình, chủ yếu là các "
        "mô hình phát triển sản xuất, liên kết tiêu thụ sản phẩm, hỗ trợ hộ nghèo, hộ cận "
        "nghèo có sinh kế bền vững.\n\nSố lượng mô hình phân theo lĩnh vực và cấp đăng ký như "
        "sau:\n\nLĩnh vực	Cấp huyện	Cấp xã	Cộng\nKinh tế	9	64	73\nVăn hóa - xã "
        "hội	7	14	48\nQuốc phòng - an ninh	3	18	21\nXây dựng hệ thống chính "
        "trị	5	27	32\n\nNhiều mô hình đã phát huy hiệu quả, lan tỏa trong cộng đồng như: "
        "«Thôn, xóm sáng - xanh - sạch - đẹp», «Chung tay xây dựng đường giao thông nông "
        "thôn», «Dân vận khéo trong giải phóng mặt bằng», «Nhóm hộ liên kết chăn nuôi an toàn "
        "sinh học». Thông qua các mô hình, nhân dân đã đóng góp 4.350 ngày công lao động cùng "
        "với kinh phí, vật liệu để xây dựng các công trình phúc lợi ở khu dân cư.\n\nTrong "
        "năm, có 3 mô hình được UBND tỉnh tặng Bằng khen và 21 mô hình được UBND huyện tặng "
        "Giấy khen. Bên cạnh kết quả đạt được, một số mô hình ở cấp xã còn trùng lặp về nội "
        "dung, phạm vi ảnh hưởng hẹp; việc sơ kết, đánh giá, nhân rộng mô hình ở một số đơn vị "
        "chưa thường xuyên.",
        "2. Kết quả thực hiện phong trào thi đua «Dân vận khéo»\n\nThực hiện Kế hoạch của Ban "
        "Thường vụ Huyện ủy về đẩy mạnh phong trào thi đua «Dân vận khéo» giai đoạn 2021 - "
        "2025, các cơ quan, đơn vị, địa phương đã cụ thể hóa bằng việc đăng ký xây dựng mô "
        "hình, điển hình gắn với nhiệm vụ chính trị của từng đơn vị. Việc đăng ký, thẩm định, "
        "công nhận mô hình được thực hiện chặt chẽ hơn, bảo đảm thực chất, tránh hình "
        "thức.\n\nNăm 2024, toàn huyện có 174 mô hình «Dân vận khéo» được công nhận, tăng 15 "
        "mô hình so với năm 2023 (159 mô hình). Trong đó, có 38 mô hình mới đăng ký xây dựng "
        "trong năm và 136 mô hình tiếp tục được duy trì, nhân rộng từ các năm trước. Mô hình "
        "thuộc lĩnh vực kinh tế chiếm tỷ lệ cao nhất với 42,0% tổng số mô hình, chủ yếu là các "
        "mô hình phát triển sản xuất, liên kết tiêu thụ sản phẩm, hỗ trợ hộ nghèo, hộ cận "
        "nghèo có sinh kế bền vững.\n\nSố lượng mô hình phân theo lĩnh vực và cấp đăng ký như "
        "sau:\n\nLĩnh vực	Cấp huyện	Cấp xã	Cộng\nKinh tế	9	64	73\nVăn hóa - xã "
        "hội	7	41	48\nQuốc phòng - an ninh	3	18	21\nXây dựng hệ thống chính "
        "trị	5	27	32\n\nNhiều mô hình đã phát huy hiệu quả, lan tỏa trong cộng đồng như: "
        "«Thôn, xóm sáng - xanh - sạch - đẹp», «Chung tay xây dựng đường giao thông nông "
        "thôn», «Dân vận khéo trong giải phóng mặt bằng», «Nhóm hộ liên kết chăn nuôi an toàn "
        "sinh học». Thông qua các mô hình, nhân dân đã đóng góp 4.350 ngày công lao động cùng "
        "với kinh phí, vật liệu để xây dựng các công trình phúc lợi ở khu dân cư.\n\nTrong "
        "năm, có 3 mô hình được UBND tỉnh tặng Bằng khen và 21 mô hình được UBND huyện tặng "
        "Giấy khen. Bên cạnh kết quả đạt được, một số mô hình ở cấp xã còn trùng lặp về nội "
        "dung, phạm vi ảnh hưởng hẹp; việc sơ kết, đánh giá, nhân rộng mô hình ở một số đơn vị "
        "chưa thường xuyên.",
        "table_mismatch",
        "7 + 14 = 21 ≠ 48",
    ),
    (
        "I. CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n1. Kết quả tiếp nhận hồ sơ tại Bộ phận Một "
        "cửa huyện\n\nNăm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện đã tiếp nhận tổng cộng "
        "9.874 hồ sơ thủ tục hành chính. Trong đó, 215 hồ sơ của năm 2023 chuyển sang và 9.659 "
        "hồ sơ tiếp nhận mới trong năm.\n\nĐối với hồ sơ tiếp nhận mới, có 5.318 hồ sơ được "
        "nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ "
        "tục hành chính của tỉnh, chiếm 53,9% số hồ sơ tiếp nhận mới, tăng 1.444 hồ sơ so với "
        "năm 2023 (3.874 hồ sơ). Trong số hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình là "
        "2.906 hồ sơ, bằng 54,6%. Số hồ sơ còn lại được nộp trực tiếp (4.127 hồ sơ) và qua "
        "dịch vụ bưu chính công ích (214 hồ sơ).\n\n2. Kết quả giải quyết hồ sơ\n\nTính đến "
        "ngày 31/12/2024, các cơ quan chuyên môn đã giải quyết 9.651 hồ sơ, cụ thể:\n- Trước "
        "hạn: 7.845 hồ sơ;\n- Đúng hạn: 1.757 hồ sơ;\n- Trễ hạn: 49 hồ sơ.\n\nTỷ lệ giải quyết "
        "trước hạn và đúng hạn đạt 99,5% số hồ sơ đã giải quyết. Số hồ sơ đang giải quyết chưa "
        "đến hạn trả kết quả là 223 hồ sơ, sẽ được chuyển sang năm 2025 để tiếp tục giải "
        "quyết.\n\n3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n\nBộ phận Một cửa "
        "đã thực hiện số hóa 8.912 hồ sơ tiếp nhận mới, đạt 92,3% số hồ sơ tiếp nhận mới trong "
        "năm; đồng thời triển khai thanh toán trực tuyến phí, lệ phí với 3.105 giao dịch thành "
        "công. Việc số hóa kết quả giải quyết bước đầu giúp người dân không phải nộp lại giấy "
        "tờ đã được cơ quan nhà nước cấp khi thực hiện các thủ tục tiếp theo.\n\nHạn chế: hồ "
        "sơ trễ hạn vẫn tập trung ở lĩnh vực đất đai do phải chờ kết quả đo đạc, xác minh "
        "nguồn gốc đất; một số công chức chuyên môn chưa thực hiện việc luân chuyển hồ sơ trên "
        "hệ thống kịp thời, dẫn đến sai lệch giữa số liệu trên hệ thống và thực tế.",
        "I. CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n1. Kết quả tiếp nhận hồ sơ tại Bộ phận Một "
        "cửa huyện\n\nNăm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện đã tiếp nhận tổng cộng "
        "9.874 hồ sơ thủ tục hành chính. Trong đó, 215 hồ sơ của năm 2023 chuyển sang và 9.659 "
        "hồ sơ tiếp nhận mới trong năm.\n\nĐối với hồ sơ tiếp nhận mới, có 5.318 hồ sơ được "
        "nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ "
        "tục hành chính của tỉnh, chiếm 55,1% số hồ sơ tiếp nhận mới, tăng 1.444 hồ sơ so với "
        "năm 2023 (3.874 hồ sơ). Trong số hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình là "
        "2.906 hồ sơ, bằng 54,6%. Số hồ sơ còn lại được nộp trực tiếp (4.127 hồ sơ) và qua "
        "dịch vụ bưu chính công ích (214 hồ sơ).\n\n2. Kết quả giải quyết hồ sơ\n\nTính đến "
        "ngày 31/12/2024, các cơ quan chuyên môn đã giải quyết 9.651 hồ sơ, cụ thể:\n- Trước "
        "hạn: 7.845 hồ sơ;\n- Đúng hạn: 1.757 hồ sơ;\n- Trễ hạn: 49 hồ sơ.\n\nTỷ lệ giải quyết "
        "trước hạn và đúng hạn đạt 99,5% số hồ sơ đã giải quyết. Số hồ sơ đang giải quyết chưa "
        "đến hạn trả kết quả là 223 hồ sơ, sẽ được chuyển sang năm 2025 để tiếp tục giải "
        "quyết.\n\n3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n\nBộ phận Một cửa "
        "đã thực hiện số hóa 8.912 hồ sơ tiếp nhận mới, đạt 92,3% số hồ sơ tiếp nhận mới trong "
        "năm; đồng thời triển khai thanh toán trực tuyến phí, lệ phí với 3.105 giao dịch thành "
        "công. Việc số hóa kết quả giải quyết bước đầu giúp người dân không phải nộp lại giấy "
        "tờ đã được cơ quan nhà nước cấp khi thực hiện các thủ tục tiếp theo.\n\nHạn chế: hồ "
        "sơ trễ hạn vẫn tập trung ở lĩnh vực đất đai do phải chờ kết quả đo đạc, xác minh "
        "nguồn gốc đất; một số công chức chuyên môn chưa thực hiện việc luân chuyển hồ sơ trên "
        "hệ thống kịp thời, dẫn đến sai lệch giữa số liệu trên hệ thống và thực tế.",
        "ratio_mismatch",
        "5.318/9.659 = 55,057% ≠ 53,9%",
    ),
    (
        "3. Phong trào «Toàn dân đoàn kết xây dựng đời sống văn hóa»\n\nBan Chỉ đạo phong trào "
        "«Toàn dân đoàn kết xây dựng đời sống văn hóa» huyện đã ban hành kế hoạch, hướng dẫn "
        "các xã, thị trấn tổ chức đăng ký, bình xét, công nhận các danh hiệu văn hóa năm 2024 "
        "bảo đảm đúng quy định tại Nghị định số 86/2023/NĐ-CP của Chính phủ, gắn với thực hiện "
        "nếp sống văn minh trong việc cưới, việc tang và lễ hội.\n\na) Danh hiệu «Gia đình văn "
        "hóa»\n\nToàn huyện có 43.512 hộ gia đình, trong đó 41.286 hộ đăng ký thi đua đạt danh "
        "hiệu «Gia đình văn hóa». Qua bình xét, có 38.947 hộ được công nhận, đạt 94,3% số hộ "
        "đăng ký và bằng 89,5% tổng số hộ gia đình toàn huyện. Trong số đó, 27.615 hộ đạt danh "
        "hiệu 3 năm liên tục, chiếm 70,9% số hộ được công nhận.\n\nb) Danh hiệu «Thôn văn "
        "hóa», «Tổ dân phố văn hóa»\n\nToàn huyện có 186 thôn, tổ dân phố; đầu năm có 179 đơn "
        "vị đăng ký xây dựng danh hiệu. Kết quả bình xét cuối năm, có 163 thôn, tổ dân phố "
        "được công nhận đạt danh hiệu «Thôn văn hóa», «Tổ dân phố văn hóa», chiếm 91,1% tổng "
        "số thôn, tổ dân phố toàn huyện, tăng 8 đơn vị so với năm 2023 (155 đơn vị). Các thôn "
        "chưa đạt danh hiệu chủ yếu do còn để xảy ra vi phạm về trật tự xây dựng, tệ nạn xã "
        "hội hoặc chưa hoàn thành chỉ tiêu xây dựng nông thôn mới kiểu mẫu.\n\nc) Cơ quan, đơn "
        "vị đạt chuẩn văn hóa\n\nCó 201/214 cơ quan, đơn vị, doanh nghiệp đăng ký được công "
        "nhận đạt chuẩn văn hóa, chiếm 93,9%. Các đơn vị đều xây dựng và thực hiện tốt quy chế "
        "dân chủ ở cơ sở, quy tắc ứng xử của cán bộ, công chức, viên chức và người lao "
        "động.\n\nCông tác kiểm tra, đánh giá thực chất hơn, khắc phục tình trạng chạy theo "
        "thành tích. Ban Chỉ đạo huyện đã tổ chức 12 đoàn kiểm tra tại các xã, thị trấn, qua "
        "đó kịp thời chấn chỉnh những hạn chế trong việc bình xét ở một số thôn. Tuy nhiên, ở "
        "một số nơi, việc bình xét danh hiệu gia đình văn hóa vẫn còn nể nang; nội dung hoạt "
        "động của một số nhà văn hóa thôn còn nghèo nàn, chưa thu hút được người dân tham gia.",
        "3. Phong trào «Toàn dân đoàn kết xây dựng đời sống văn hóa»\n\nBan Chỉ đạo phong trào "
        "«Toàn dân đoàn kết xây dựng đời sống văn hóa» huyện đã ban hành kế hoạch, hướng dẫn "
        "các xã, thị trấn tổ chức đăng ký, bình xét, công nhận các danh hiệu văn hóa năm 2024 "
        "bảo đảm đúng quy định tại Nghị định số 86/2023/NĐ-CP của Chính phủ, gắn với thực hiện "
        "nếp sống văn minh trong việc cưới, việc tang và lễ hội.\n\na) Danh hiệu «Gia đình văn "
        "hóa»\n\nToàn huyện có 43.512 hộ gia đình, trong đó 41.286 hộ đăng ký thi đua đạt danh "
        "hiệu «Gia đình văn hóa». Qua bình xét, có 38.947 hộ được công nhận, đạt 94,3% số hộ "
        "đăng ký và bằng 89,5% tổng số hộ gia đình toàn huyện. Trong số đó, 27.615 hộ đạt danh "
        "hiệu 3 năm liên tục, chiếm 70,9% số hộ được công nhận.\n\nb) Danh hiệu «Thôn văn "
        "hóa», «Tổ dân phố văn hóa»\n\nToàn huyện có 186 thôn, tổ dân phố; đầu năm có 179 đơn "
        "vị đăng ký xây dựng danh hiệu. Kết quả bình xét cuối năm, có 163 thôn, tổ dân phố "
        "được công nhận đạt danh hiệu «Thôn văn hóa», «Tổ dân phố văn hóa», chiếm 87,6% tổng "
        "số thôn, tổ dân phố toàn huyện, tăng 8 đơn vị so với năm 2023 (155 đơn vị). Các thôn "
        "chưa đạt danh hiệu chủ yếu do còn để xảy ra vi phạm về trật tự xây dựng, tệ nạn xã "
        "hội hoặc chưa hoàn thành chỉ tiêu xây dựng nông thôn mới kiểu mẫu.\n\nc) Cơ quan, đơn "
        "vị đạt chuẩn văn hóa\n\nCó 201/214 cơ quan, đơn vị, doanh nghiệp đăng ký được công "
        "nhận đạt chuẩn văn hóa, chiếm 93,9%. Các đơn vị đều xây dựng và thực hiện tốt quy chế "
        "dân chủ ở cơ sở, quy tắc ứng xử của cán bộ, công chức, viên chức và người lao "
        "động.\n\nCông tác kiểm tra, đánh giá thực chất hơn, khắc phục tình trạng chạy theo "
        "thành tích. Ban Chỉ đạo huyện đã tổ chức 12 đoàn kiểm tra tại các xã, thị trấn, qua "
        "đó kịp thời chấn chỉnh những hạn chế trong việc bình xét ở một số thôn. Tuy nhiên, ở "
        "một số nơi, việc bình xét danh hiệu gia đình văn hóa vẫn còn nể nang; nội dung hoạt "
        "động của một số nhà văn hóa thôn còn nghèo nàn, chưa thu hút được người dân tham gia.",
        "ratio_mismatch",
        "163/186 = 87,634% ≠ 91,1%",
    ),
    (
        "II. KẾT QUẢ CÔNG TÁC THANH TRA, KIỂM TRA\n\n1. Thanh tra hành chính\n\nNăm 2024, "
        "Thanh tra huyện và các cơ quan được giao chức năng thanh tra đã triển khai 16 cuộc "
        "thanh tra hành chính, tăng 23,1% so với năm 2023 (13 cuộc); đã ban hành kết luận 15 "
        "cuộc, 1 cuộc đang hoàn thiện dự thảo kết luận. Nội dung thanh tra tập trung vào quản "
        "lý, sử dụng ngân sách, đầu tư xây dựng các công trình sử dụng vốn ngân sách, quản lý "
        "đất công ích tại các xã và việc thực hiện chính sách hỗ trợ sản xuất nông "
        "nghiệp.\n\nQua thanh tra, phát hiện sai phạm về kinh tế với số tiền 3.264,8 triệu "
        "đồng, giảm 20,9% so với năm 2023 (4.172,5 triệu đồng). Đã kiến nghị thu hồi nộp ngân "
        "sách nhà nước 2.145,3 triệu đồng, bằng 65,7% tổng số tiền sai phạm; phần còn lại kiến "
        "nghị giảm trừ khi thanh toán, quyết toán công trình. Đến nay, các đơn vị đã nộp "
        "1.876,9 triệu đồng, đạt 87,5% số tiền kiến nghị thu hồi.\n\n2. Thanh tra, kiểm tra "
        "chuyên ngành\n\nCác phòng chuyên môn được giao nhiệm vụ thanh tra, kiểm tra chuyên "
        "ngành đã thực hiện 9 cuộc thanh tra, kiểm tra đối với 148 tổ chức, cá nhân trong các "
        "lĩnh vực an toàn thực phẩm, giá, tài nguyên khoáng sản và trật tự xây dựng. Qua đó "
        "phát hiện 57 trường hợp vi phạm; đã ban hành 52 quyết định xử phạt vi phạm hành chính "
        "với tổng số tiền 486,5 triệu đồng, tăng 74,5 triệu đồng so với năm 2023 (412,0 triệu "
        "đồng). Các trường hợp chưa ban hành quyết định xử phạt do vi phạm ở mức nhắc nhở hoặc "
        "đã chuyển cơ quan có thẩm quyền xử lý.\n\n3. Thanh tra trách nhiệm\n\nThanh tra huyện "
        "đã tiến hành 3 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải "
        "quyết khiếu nại, tố cáo và phòng, chống tham nhũng đối với 7 đơn vị. Qua thanh tra đã "
        "chỉ ra những thiếu sót trong việc mở sổ tiếp công dân, phân loại, xử lý đơn và việc "
        "kê khai, công khai bản kê khai tài sản, thu nhập; yêu cầu thủ trưởng các đơn vị chấn "
        "chỉnh, rút kinh nghiệm.\n\nNhìn chung, các cuộc thanh tra được thực hiện đúng kế "
        "hoạch, bảo đảm trình tự, thủ tục; kết luận thanh tra cơ bản rõ ràng, có căn cứ. Tuy "
        "nhiên, việc thu hồi tiền sai phạm ở một số cuộc thanh tra còn chậm, nhất là các khoản "
        "sai phạm trong đầu tư xây dựng cơ bản mà nhà thầu đã giải thể hoặc ngừng hoạt động.",
        "II. KẾT QUẢ CÔNG TÁC THANH TRA, KIỂM TRA\n\n1. Thanh tra hành chính\n\nNăm 2024, "
        "Thanh tra huyện và các cơ quan được giao chức năng thanh tra đã triển khai 16 cuộc "
        "thanh tra hành chính, tăng 23,1% so với năm 2023 (13 cuộc); đã ban hành kết luận 15 "
        "cuộc, 1 cuộc đang hoàn thiện dự thảo kết luận. Nội dung thanh tra tập trung vào quản "
        "lý, sử dụng ngân sách, đầu tư xây dựng các công trình sử dụng vốn ngân sách, quản lý "
        "đất công ích tại các xã và việc thực hiện chính sách hỗ trợ sản xuất nông "
        "nghiệp.\n\nQua thanh tra, phát hiện sai phạm về kinh tế với số tiền 3.264,8 triệu "
        "đồng, giảm 20,9% so với năm 2023 (4.127,5 triệu đồng). Đã kiến nghị thu hồi nộp ngân "
        "sách nhà nước 2.145,3 triệu đồng, bằng 65,7% tổng số tiền sai phạm; phần còn lại kiến "
        "nghị giảm trừ khi thanh toán, quyết toán công trình. Đến nay, các đơn vị đã nộp "
        "1.876,9 triệu đồng, đạt 87,5% số tiền kiến nghị thu hồi.\n\n2. Thanh tra, kiểm tra "
        "chuyên ngành\n\nCác phòng chuyên môn được giao nhiệm vụ thanh tra, kiểm tra chuyên "
        "ngành đã thực hiện 9 cuộc thanh tra, kiểm tra đối với 148 tổ chức, cá nhân trong các "
        "lĩnh vực an toàn thực phẩm, giá, tài nguyên khoáng sản và trật tự xây dựng. Qua đó "
        "phát hiện 57 trường hợp vi phạm; đã ban hành 52 quyết định xử phạt vi phạm hành chính "
        "với tổng số tiền 486,5 triệu đồng, tăng 74,5 triệu đồng so với năm 2023 (412,0 triệu "
        "đồng). Các trường hợp chưa ban hành quyết định xử phạt do vi phạm ở mức nhắc nhở hoặc "
        "đã chuyển cơ quan có thẩm quyền xử lý.\n\n3. Thanh tra trách nhiệm\n\nThanh tra huyện "
        "đã tiến hành 3 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải "
        "quyết khiếu nại, tố cáo và phòng, chống tham nhũng đối với 7 đơn vị. Qua thanh tra đã "
        "chỉ ra những thiếu sót trong việc mở sổ tiếp công dân, phân loại, xử lý đơn và việc "
        "kê khai, công khai bản kê khai tài sản, thu nhập; yêu cầu thủ trưởng các đơn vị chấn "
        "chỉnh, rút kinh nghiệm.\n\nNhìn chung, các cuộc thanh tra được thực hiện đúng kế "
        "hoạch, bảo đảm trình tự, thủ tục; kết luận thanh tra cơ bản rõ ràng, có căn cứ. Tuy "
        "nhiên, việc thu hồi tiền sai phạm ở một số cuộc thanh tra còn chậm, nhất là các khoản "
        "sai phạm trong đầu tư xây dựng cơ bản mà nhà thầu đã giải thể hoặc ngừng hoạt động.",
        "change_mismatch",
        "(4.172.500.000 − 3.264.800.000)/4.172.500.000 = 21,754% ≠ 20,9%",
    ),
    (
        "3. Chương trình mục tiêu quốc gia xây dựng nông thôn mới\n\nNăm 2024, huyện tiếp tục "
        "xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm, gắn với cơ cấu lại ngành nông "
        "nghiệp và phát triển kinh tế nông thôn. Ban Chỉ đạo các chương trình mục tiêu quốc "
        "gia huyện đã phân công thành viên phụ trách từng xã, định kỳ hằng tháng kiểm tra, đôn "
        "đốc tiến độ thực hiện các tiêu chí.\n\nKết quả đến cuối năm 2024, toàn huyện có 17/21 "
        "xã được công nhận đạt chuẩn nông thôn mới, chiếm 81,0%, tăng 2 xã so với cuối năm "
        "2023 (15 xã); trong đó có 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn "
        "nông thôn mới kiểu mẫu. Ngoài ra, có 14 thôn được công nhận thôn nông thôn mới kiểu "
        "mẫu. Bình quân các xã chưa đạt chuẩn đạt 18,5 tiêu chí/xã.\n\nThu nhập bình quân đầu "
        "người khu vực nông thôn năm 2024 đạt 62,4 triệu đồng/người/năm, tăng 4,8 triệu đồng, "
        "tương ứng tăng 9,2% so với năm 2023 (57,6 triệu đồng/người/năm). Cơ cấu kinh tế nông "
        "thôn chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ; nhiều mô hình sản "
        "xuất theo chuỗi giá trị, sản phẩm OCOP tiếp tục được hình thành.\n\nTổng nguồn lực "
        "huy động thực hiện Chương trình trong năm là 411,0 tỷ đồng, cụ thể:\n- Ngân sách "
        "Trung ương: 48,6 tỷ đồng;\n- Ngân sách tỉnh: 112,3 tỷ đồng;\n- Ngân sách huyện, xã "
        "(bao gồm nguồn thu từ đấu giá quyền sử dụng đất): 186,9 tỷ đồng;\n- Vốn doanh nghiệp, "
        "hợp tác xã: 27,4 tỷ đồng;\n- Nhân dân đóng góp bằng tiền, vật liệu, ngày công: 35,8 "
        "tỷ đồng (chiếm 8,7% tổng nguồn lực).\n\nPhong trào hiến đất làm đường giao thông nông "
        "thôn tiếp tục được nhân dân hưởng ứng; trong năm có nhiều hộ tự nguyện hiến tổng cộng "
        "12.480 m² đất, tháo dỡ tường rào, công trình phụ để mở rộng đường thôn, xóm.\n\nTuy "
        "nhiên, một số tiêu chí như môi trường, thu nhập, tổ chức sản xuất ở một số xã chưa "
        "thật sự bền vững; nợ đọng xây dựng cơ bản ở một số xã vẫn còn; việc huy động nguồn "
        "lực xã hội hóa cho các xã khó khăn còn hạn chế.",
        "3. Chương trình mục tiêu quốc gia xây dựng nông thôn mới\n\nNăm 2024, huyện tiếp tục "
        "xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm, gắn với cơ cấu lại ngành nông "
        "nghiệp và phát triển kinh tế nông thôn. Ban Chỉ đạo các chương trình mục tiêu quốc "
        "gia huyện đã phân công thành viên phụ trách từng xã, định kỳ hằng tháng kiểm tra, đôn "
        "đốc tiến độ thực hiện các tiêu chí.\n\nKết quả đến cuối năm 2024, toàn huyện có 17/21 "
        "xã được công nhận đạt chuẩn nông thôn mới, chiếm 81,0%, tăng 2 xã so với cuối năm "
        "2023 (15 xã); trong đó có 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn "
        "nông thôn mới kiểu mẫu. Ngoài ra, có 14 thôn được công nhận thôn nông thôn mới kiểu "
        "mẫu. Bình quân các xã chưa đạt chuẩn đạt 18,5 tiêu chí/xã.\n\nThu nhập bình quân đầu "
        "người khu vực nông thôn năm 2024 đạt 62,4 triệu đồng/người/năm, tăng 4,8 triệu đồng, "
        "tương ứng tăng 8,3% so với năm 2023 (57,6 triệu đồng/người/năm). Cơ cấu kinh tế nông "
        "thôn chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ; nhiều mô hình sản "
        "xuất theo chuỗi giá trị, sản phẩm OCOP tiếp tục được hình thành.\n\nTổng nguồn lực "
        "huy động thực hiện Chương trình trong năm là 411,0 tỷ đồng, cụ thể:\n- Ngân sách "
        "Trung ương: 48,6 tỷ đồng;\n- Ngân sách tỉnh: 112,3 tỷ đồng;\n- Ngân sách huyện, xã "
        "(bao gồm nguồn thu từ đấu giá quyền sử dụng đất): 186,9 tỷ đồng;\n- Vốn doanh nghiệp, "
        "hợp tác xã: 27,4 tỷ đồng;\n- Nhân dân đóng góp bằng tiền, vật liệu, ngày công: 35,8 "
        "tỷ đồng (chiếm 8,7% tổng nguồn lực).\n\nPhong trào hiến đất làm đường giao thông nông "
        "thôn tiếp tục được nhân dân hưởng ứng; trong năm có nhiều hộ tự nguyện hiến tổng cộng "
        "12.480 m² đất, tháo dỡ tường rào, công trình phụ để mở rộng đường thôn, xóm.\n\nTuy "
        "nhiên, một số tiêu chí như môi trường, thu nhập, tổ chức sản xuất ở một số xã chưa "
        "thật sự bền vững; nợ đọng xây dựng cơ bản ở một số xã vẫn còn; việc huy động nguồn "
        "lực xã hội hóa cho các xã khó khăn còn hạn chế.",
        "change_mismatch",
        "(62.400.000 − 57.600.000)/57.600.000 = 8,333% ≠ 9,2%",
    ),
    (
        "5. Công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân\n\nThực "
        "hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch của Ban Thường vụ Huyện ủy, "
        "năm 2024 người đứng đầu cấp ủy, chính quyền các cấp trong huyện đã tổ chức 27 hội "
        "nghị đối thoại trực tiếp với Nhân dân, gồm 3 hội nghị cấp huyện và 24 hội nghị cấp "
        "xã. Trước mỗi hội nghị, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã "
        "tổng hợp các ý kiến, kiến nghị của đoàn viên, hội viên để gửi trước cho chủ trì hội "
        "nghị.\n\nTổng số người tham dự các hội nghị là 2.946 lượt người, gồm: hội viên nông "
        "dân 912 lượt; đoàn viên thanh niên 586 lượt; hội viên phụ nữ 734 lượt; hội viên cựu "
        "chiến binh 318 lượt; người có uy tín, chức sắc tôn giáo và nhân dân khu dân cư 396 "
        "lượt.\n\nTại các hội nghị, Nhân dân đã nêu 312 ý kiến, kiến nghị, giảm 35 ý kiến so "
        "với năm 2023 (347 ý kiến). Nội dung tập trung vào việc cấp giấy chứng nhận quyền sử "
        "dụng đất; đầu tư, sửa chữa đường giao thông nông thôn, kênh mương nội đồng; chính "
        "sách hỗ trợ sản xuất nông nghiệp, tiêu thụ nông sản; vệ sinh môi trường và thu gom "
        "rác thải tại các khu dân cư; an ninh trật tự và tệ nạn xã hội.\n\nNgười đứng đầu cấp "
        "ủy, chính quyền đã trực tiếp trả lời, giải đáp tại hội nghị 247 ý kiến, đạt 79,1% "
        "tổng số ý kiến, kiến nghị. Đối với 65 ý kiến cần có thời gian kiểm tra, xác minh, chủ "
        "trì hội nghị đã giao các cơ quan chuyên môn nghiên cứu, trả lời bằng văn bản; đến nay "
        "đã trả lời 58 ý kiến, còn 7 ý kiến đang được xem xét, giải quyết do liên quan đến quy "
        "hoạch, bố trí nguồn vốn đầu tư.\n\nQua đối thoại, nhiều vướng mắc của người dân được "
        "tháo gỡ kịp thời ngay từ cơ sở; mối quan hệ mật thiết giữa cấp ủy, chính quyền với "
        "Nhân dân được tăng cường. Tuy nhiên, một số hội nghị cấp xã còn nặng về hình thức, "
        "thời gian dành cho người dân phát biểu chưa nhiều; việc theo dõi, đôn đốc thực hiện "
        "các nội dung kết luận sau đối thoại ở một số nơi chưa chặt chẽ.",
        "5. Công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân\n\nThực "
        "hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch của Ban Thường vụ Huyện ủy, "
        "năm 2024 người đứng đầu cấp ủy, chính quyền các cấp trong huyện đã tổ chức 27 hội "
        "nghị đối thoại trực tiếp với Nhân dân, gồm 3 hội nghị cấp huyện và 24 hội nghị cấp "
        "xã. Trước mỗi hội nghị, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã "
        "tổng hợp các ý kiến, kiến nghị của đoàn viên, hội viên để gửi trước cho chủ trì hội "
        "nghị.\n\nTổng số người tham dự các hội nghị là 2.946 lượt người, gồm: hội viên nông "
        "dân 912 lượt; đoàn viên thanh niên 586 lượt; hội viên phụ nữ 734 lượt; hội viên cựu "
        "chiến binh 318 lượt; người có uy tín, chức sắc tôn giáo và nhân dân khu dân cư 396 "
        "lượt.\n\nTại các hội nghị, Nhân dân đã nêu 312 ý kiến, kiến nghị, giảm 35 ý kiến so "
        "với năm 2023 (347 ý kiến). Nội dung tập trung vào việc cấp giấy chứng nhận quyền sử "
        "dụng đất; đầu tư, sửa chữa đường giao thông nông thôn, kênh mương nội đồng; chính "
        "sách hỗ trợ sản xuất nông nghiệp, tiêu thụ nông sản; vệ sinh môi trường và thu gom "
        "rác thải tại các khu dân cư; an ninh trật tự và tệ nạn xã hội.\n\nNgười đứng đầu cấp "
        "ủy, chính quyền đã trực tiếp trả lời, giải đáp tại hội nghị 247 ý kiến, đạt 79,2% "
        "tổng số ý kiến, kiến nghị. Đối với 65 ý kiến cần có thời gian kiểm tra, xác minh, chủ "
        "trì hội nghị đã giao các cơ quan chuyên môn nghiên cứu, trả lời bằng văn bản; đến nay "
        "đã trả lời 58 ý kiến, còn 7 ý kiến đang được xem xét, giải quyết do liên quan đến quy "
        "hoạch, bố trí nguồn vốn đầu tư.\n\nQua đối thoại, nhiều vướng mắc của người dân được "
        "tháo gỡ kịp thời ngay từ cơ sở; mối quan hệ mật thiết giữa cấp ủy, chính quyền với "
        "Nhân dân được tăng cường. Tuy nhiên, một số hội nghị cấp xã còn nặng về hình thức, "
        "thời gian dành cho người dân phát biểu chưa nhiều; việc theo dõi, đôn đốc thực hiện "
        "các nội dung kết luận sau đối thoại ở một số nơi chưa chặt chẽ.",
        "rounding",
        "247/312 = 79,167% → 79,2%; văn bản ghi 79,1%: cắt bớt",
    ),
    (
        "2. Kết quả giải quyết đơn thuộc thẩm quyền\n\na) Đơn kiến nghị, phản ánh\n\nTổng số "
        "đơn kiến nghị, phản ánh thuộc thẩm quyền phải giải quyết trong kỳ là 109 đơn, trong "
        "đó 12 đơn của kỳ trước chuyển sang, 97 đơn tiếp nhận mới. Các cơ quan, đơn vị đã xem "
        "xét, trả lời 96 đơn; 13 đơn đang trong thời hạn xem xét, giải quyết. Nội dung chủ yếu "
        "đề nghị cấp giấy chứng nhận quyền sử dụng đất, xác định lại diện tích đất ở, giải "
        "quyết chế độ chính sách, xử lý vi phạm trật tự xây dựng và ô nhiễm môi trường.\n\nb) "
        "Đơn khiếu nại\n\nSố vụ việc khiếu nại thuộc thẩm quyền là 28 vụ việc (8 vụ việc kỳ "
        "trước chuyển sang, 23 vụ việc mới phát sinh). Đã giải quyết 24 vụ việc, còn 4 vụ việc "
        "đang giải quyết trong thời hạn luật định.\n\nTrong số vụ việc đã giải quyết, có 3 vụ "
        "việc người khiếu nại rút đơn; 21 vụ việc đã ban hành quyết định giải quyết khiếu nại, "
        "trong đó: khiếu nại đúng 2 vụ việc, khiếu nại có đúng, có sai 5 vụ việc, khiếu nại "
        "sai 14 vụ việc.\n\nc) Đơn tố cáo\n\nSố vụ việc tố cáo thuộc thẩm quyền là 7 vụ việc, "
        "gồm 1 vụ việc kỳ trước chuyển sang và 6 vụ việc mới. Đã giải quyết 6 vụ việc (tố cáo "
        "đúng 1 vụ việc; tố cáo đúng một phần 1 vụ việc; tố cáo sai 3 vụ việc; đình chỉ giải "
        "quyết 1 vụ việc do người tố cáo rút tố cáo), còn 1 vụ việc đang xác minh.\n\nd) Đánh "
        "giá chung\n\nTính chung các loại đơn, tỷ lệ giải quyết đơn thuộc thẩm quyền đạt "
        "87,5%. Chất lượng giải quyết đơn từng bước được nâng lên, các quyết định giải quyết "
        "khiếu nại cơ bản bảo đảm đúng pháp luật, có lý, có tình; không phát sinh vụ việc "
        "khiếu nại đông người, phức tạp kéo dài.\n\nTuy nhiên, thời gian giải quyết một số vụ "
        "việc còn kéo dài do phải xác minh nguồn gốc đất qua nhiều thời kỳ, hồ sơ địa chính "
        "lưu trữ không đầy đủ; một số đơn vị cấp xã chưa chủ động phối hợp cung cấp hồ sơ, tài "
        "liệu cho cơ quan được giao xác minh.",
        "2. Kết quả giải quyết đơn thuộc thẩm quyền\n\na) Đơn kiến nghị, phản ánh\n\nTổng số "
        "đơn kiến nghị, phản ánh thuộc thẩm quyền phải giải quyết trong kỳ là 109 đơn, trong "
        "đó 12 đơn của kỳ trước chuyển sang, 97 đơn tiếp nhận mới. Các cơ quan, đơn vị đã xem "
        "xét, trả lời 96 đơn; 13 đơn đang trong thời hạn xem xét, giải quyết. Nội dung chủ yếu "
        "đề nghị cấp giấy chứng nhận quyền sử dụng đất, xác định lại diện tích đất ở, giải "
        "quyết chế độ chính sách, xử lý vi phạm trật tự xây dựng và ô nhiễm môi trường.\n\nb) "
        "Đơn khiếu nại\n\nSố vụ việc khiếu nại thuộc thẩm quyền là 28 vụ việc (5 vụ việc kỳ "
        "trước chuyển sang, 23 vụ việc mới phát sinh). Đã giải quyết 24 vụ việc, còn 4 vụ việc "
        "đang giải quyết trong thời hạn luật định.\n\nTrong số vụ việc đã giải quyết, có 3 vụ "
        "việc người khiếu nại rút đơn; 21 vụ việc đã ban hành quyết định giải quyết khiếu nại, "
        "trong đó: khiếu nại đúng 2 vụ việc, khiếu nại có đúng, có sai 5 vụ việc, khiếu nại "
        "sai 14 vụ việc.\n\nc) Đơn tố cáo\n\nSố vụ việc tố cáo thuộc thẩm quyền là 7 vụ việc, "
        "gồm 1 vụ việc kỳ trước chuyển sang và 6 vụ việc mới. Đã giải quyết 6 vụ việc (tố cáo "
        "đúng 1 vụ việc; tố cáo đúng một phần 1 vụ việc; tố cáo sai 3 vụ việc; đình chỉ giải "
        "quyết 1 vụ việc do người tố cáo rút tố cáo), còn 1 vụ việc đang xác minh.\n\nd) Đánh "
        "giá chung\n\nTính chung các loại đơn, tỷ lệ giải quyết đơn thuộc thẩm quyền đạt "
        "87,5%. Chất lượng giải quyết đơn từng bước được nâng lên, các quyết định giải quyết "
        "khiếu nại cơ bản bảo đảm đúng pháp luật, có lý, có tình; không phát sinh vụ việc "
        "khiếu nại đông người, phức tạp kéo dài.\n\nTuy nhiên, thời gian giải quyết một số vụ "
        "việc còn kéo dài do phải xác minh nguồn gốc đất qua nhiều thời kỳ, hồ sơ địa chính "
        "lưu trữ không đầy đủ; một số đơn vị cấp xã chưa chủ động phối hợp cung cấp hồ sơ, tài "
        "liệu cho cơ quan được giao xác minh.",
        "sum_mismatch",
        "8 + 23 = 31 ≠ 28",
    ),
    (
        "III. KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024\n\nThực hiện Hướng dẫn của UBND "
        "huyện về rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - "
        "2025, UBND xã đã thành lập Ban Chỉ đạo rà soát, tổ chức tập huấn cho đội ngũ rà soát "
        "viên tại các thôn; quá trình rà soát được thực hiện công khai, dân chủ, có sự giám "
        "sát của Ủy ban Mặt trận Tổ quốc và các đoàn thể.\n\nTheo kết quả rà soát, toàn xã có "
        "4.216 hộ với 15.873 nhân khẩu, bình quân 3,8 nhân khẩu/hộ. Số hộ nghèo là 187 hộ, "
        "chiếm 1,18% tổng số hộ; giảm 39 hộ so với kết quả rà soát cuối năm 2023 (226 hộ). Số "
        "hộ cận nghèo là 330 hộ, chiếm 7,83% tổng số hộ.\n\nKết quả rà soát phân theo thôn "
        "(đơn vị tính: hộ):\n\nThôn	Tổng số hộ	Hộ nghèo	Hộ cận nghèo\nThôn "
        "Đông	812	24	52\nThôn Tây	694	41	63\nThôn Trung	731	29	48\nThôn Bắc "
        "Sơn	598	47	71\nThôn Nam Hà	706	18	39\nThôn Tân Lập	675	28	57\n\nHộ nghèo tập "
        "trung nhiều ở các thôn vùng gò đồi như Thôn Bắc Sơn, Thôn Tây, nơi có diện tích đất "
        "sản xuất ít, chủ yếu canh tác cây lâm nghiệp ngắn ngày, thu nhập thấp và bấp bênh. "
        "Nguyên nhân nghèo chủ yếu là thiếu vốn, thiếu lao động, có người ốm đau dài ngày; một "
        "số hộ là người cao tuổi sống đơn thân, không còn khả năng lao động.\n\nSau rà soát, "
        "UBND xã đã niêm yết công khai danh sách tại nhà văn hóa các thôn và trụ sở UBND xã; "
        "không có trường hợp khiếu nại về kết quả rà soát. Các hộ nghèo, hộ cận nghèo được cập "
        "nhật vào phần mềm quản lý, làm cơ sở thực hiện các chính sách hỗ trợ về y tế, giáo "
        "dục, nhà ở, tín dụng ưu đãi và hỗ trợ tiền điện.\n\nNăm 2025, xã phấn đấu giảm tiếp "
        "số hộ nghèo, ưu tiên nguồn lực hỗ trợ sinh kế cho các hộ có khả năng lao động tại các "
        "thôn có tỷ lệ hộ nghèo cao; đồng thời tranh thủ sự hỗ trợ của các doanh nghiệp, nhà "
        "hảo tâm để xây dựng nhà Đại đoàn kết cho hộ nghèo có khó khăn về nhà ở.",
        "III. KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024\n\nThực hiện Hướng dẫn của UBND "
        "huyện về rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - "
        "2025, UBND xã đã thành lập Ban Chỉ đạo rà soát, tổ chức tập huấn cho đội ngũ rà soát "
        "viên tại các thôn; quá trình rà soát được thực hiện công khai, dân chủ, có sự giám "
        "sát của Ủy ban Mặt trận Tổ quốc và các đoàn thể.\n\nTheo kết quả rà soát, toàn xã có "
        "4.216 hộ với 15.873 nhân khẩu, bình quân 3,8 nhân khẩu/hộ. Số hộ nghèo là 187 hộ, "
        "chiếm 4,44% tổng số hộ; giảm 39 hộ so với kết quả rà soát cuối năm 2023 (226 hộ). Số "
        "hộ cận nghèo là 330 hộ, chiếm 7,83% tổng số hộ.\n\nKết quả rà soát phân theo thôn "
        "(đơn vị tính: hộ):\n\nThôn	Tổng số hộ	Hộ nghèo	Hộ cận nghèo\nThôn "
        "Đông	812	24	52\nThôn Tây	694	41	63\nThôn Trung	731	29	48\nThôn Bắc "
        "Sơn	598	47	71\nThôn Nam Hà	706	18	39\nThôn Tân Lập	675	28	57\n\nHộ nghèo tập "
        "trung nhiều ở các thôn vùng gò đồi như Thôn Bắc Sơn, Thôn Tây, nơi có diện tích đất "
        "sản xuất ít, chủ yếu canh tác cây lâm nghiệp ngắn ngày, thu nhập thấp và bấp bênh. "
        "Nguyên nhân nghèo chủ yếu là thiếu vốn, thiếu lao động, có người ốm đau dài ngày; một "
        "số hộ là người cao tuổi sống đơn thân, không còn khả năng lao động.\n\nSau rà soát, "
        "UBND xã đã niêm yết công khai danh sách tại nhà văn hóa các thôn và trụ sở UBND xã; "
        "không có trường hợp khiếu nại về kết quả rà soát. Các hộ nghèo, hộ cận nghèo được cập "
        "nhật vào phần mềm quản lý, làm cơ sở thực hiện các chính sách hỗ trợ về y tế, giáo "
        "dục, nhà ở, tín dụng ưu đãi và hỗ trợ tiền điện.\n\nNăm 2025, xã phấn đấu giảm tiếp "
        "số hộ nghèo, ưu tiên nguồn lực hỗ trợ sinh kế cho các hộ có khả năng lao động tại các "
        "thôn có tỷ lệ hộ nghèo cao; đồng thời tranh thủ sự hỗ trợ của các doanh nghiệp, nhà "
        "hảo tâm để xây dựng nhà Đại đoàn kết cho hộ nghèo có khó khăn về nhà ở.",
        "ratio_mismatch",
        "187/4.216 = 4,435% ≠ 1,18%",
    ),
]


@pytest.mark.parametrize(("slip", "corrected", "rule", "arithmetic"), SECTIONS)
def test_a_slip_in_a_section_is_found_and_its_correction_is_not(slip, corrected, rule, arithmetic):
    def own(findings):
        return [(f.rule, f.arithmetic) for f in findings if f.rule != "numbering_start"]

    assert own(check_text(slip).findings) == [(rule, arithmetic)]
    assert own(check_text(corrected).findings) == []
