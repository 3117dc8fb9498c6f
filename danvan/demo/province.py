"""The demo province: Gia Lai after the 1/7/2025 reform (two levels, no districts), with the
history that made it — Bình Định's agencies merged in, a department absorbed, a board renamed.

Plain data, so later issues add their demo registers beside it (see :mod:`danvan.demo.loader`).
"""

import datetime

D = datetime.date
REFORM = D(2025, 7, 1)

# code, name, short name, kind, parent code, valid from, valid to
UNITS = [
    ("GL", "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", "tinh", "", None, None),
    ("GL.VP", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "van_phong", "GL", None, None),
    ("GL.SNV", "Sở Nội vụ", "SNV", "so_nganh", "GL", None, None),
    (
        "GL.SNV.XDCQ",
        "Phòng Xây dựng chính quyền và Công tác thanh niên",
        "Phòng XDCQ&CTTN",
        "phong",
        "GL.SNV",
        None,
        None,
    ),
    ("GL.SNV.TTRA", "Thanh tra Sở", "Thanh tra", "phong", "GL.SNV", None, None),
    ("GL.STP", "Sở Tư pháp", "STP", "so_nganh", "GL", None, None),
    ("GL.STC", "Sở Tài chính", "STC", "so_nganh", "GL", None, None),
    ("GL.SYT", "Sở Y tế", "SYT", "so_nganh", "GL", None, None),
    ("GL.SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", "so_nganh", "GL", None, None),
    (
        "GL.TTHCC",
        "Trung tâm Phục vụ hành chính công tỉnh",
        "TTPVHCC",
        "don_vi_su_nghiep",
        "GL",
        None,
        None,
    ),
    # Before the reform: the Bình Định side, and a department merged in March 2025.
    (
        "BD",
        "Ủy ban nhân dân tỉnh Bình Định",
        "UBND tỉnh Bình Định",
        "tinh",
        "",
        None,
        D(2025, 6, 30),
    ),
    ("GL.SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "so_nganh", "GL", None, None),
    ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh Bình Định", "BQL KKT", "so_nganh", "BD", None, None),
    ("BQLKKT.VP", "Văn phòng Ban", "Văn phòng", "phong", "BQLKKT", None, None),
    ("BQLKKT.QLDT", "Phòng Quản lý đầu tư", "Phòng QLĐT", "phong", "BQLKKT", None, None),
    (
        "BQLKKT.QHXD",
        "Phòng Quản lý quy hoạch và xây dựng",
        "Phòng QHXD",
        "phong",
        "BQLKKT",
        None,
        None,
    ),
    (
        "BQLKKT.DNLD",
        "Phòng Quản lý doanh nghiệp và lao động",
        "Phòng DN&LĐ",
        "phong",
        "BQLKKT",
        None,
        None,
    ),
    (
        "BQLKKT.TNMT",
        "Phòng Quản lý tài nguyên và môi trường",
        "Phòng TN&MT",
        "phong",
        "BQLKKT",
        None,
        None,
    ),
    (
        "BQLKKT.TTDV",
        "Trung tâm Dịch vụ và Hỗ trợ đầu tư",
        "Trung tâm DV&HTĐT",
        "don_vi_su_nghiep",
        "BQLKKT",
        None,
        None,
    ),
    (
        "BD.QUYNHON",
        "Ủy ban nhân dân thành phố Quy Nhơn",
        "UBND TP Quy Nhơn",
        "khac",
        "BD",
        None,
        None,
    ),
    # Communes and wards from 1/7/2025.
    (
        "XA.QUYNHON",
        "Ủy ban nhân dân phường Quy Nhơn",
        "UBND phường Quy Nhơn",
        "ubnd_xa",
        "GL",
        REFORM,
        None,
    ),
    (
        "XA.QUYNHON.VP",
        "Văn phòng HĐND và UBND phường",
        "Văn phòng",
        "phong",
        "XA.QUYNHON",
        REFORM,
        None,
    ),
    (
        "XA.QUYNHON.VHXH",
        "Phòng Văn hóa - Xã hội",
        "Phòng VH-XH",
        "phong",
        "XA.QUYNHON",
        REFORM,
        None,
    ),
    (
        "XA.QNNAM",
        "Ủy ban nhân dân phường Quy Nhơn Nam",
        "UBND phường Quy Nhơn Nam",
        "ubnd_xa",
        "GL",
        REFORM,
        None,
    ),
    (
        "XA.QNDONG",
        "Ủy ban nhân dân phường Quy Nhơn Đông",
        "UBND phường Quy Nhơn Đông",
        "ubnd_xa",
        "GL",
        REFORM,
        None,
    ),
    (
        "XA.PLEIKU",
        "Ủy ban nhân dân phường Pleiku",
        "UBND phường Pleiku",
        "ubnd_xa",
        "GL",
        REFORM,
        None,
    ),
    (
        "XA.PLEIKU.VP",
        "Văn phòng HĐND và UBND phường",
        "Văn phòng",
        "phong",
        "XA.PLEIKU",
        REFORM,
        None,
    ),
    (
        "XA.TUYPHUOC",
        "Ủy ban nhân dân xã Tuy Phước",
        "UBND xã Tuy Phước",
        "ubnd_xa",
        "GL",
        REFORM,
        None,
    ),
    ("XA.PHUCAT", "Ủy ban nhân dân xã Phù Cát", "UBND xã Phù Cát", "ubnd_xa", "GL", REFORM, None),
    ("XA.CHUSE", "Ủy ban nhân dân xã Chư Sê", "UBND xã Chư Sê", "ubnd_xa", "GL", REFORM, None),
    ("XA.KBANG", "Ủy ban nhân dân xã Kbang", "UBND xã Kbang", "ubnd_xa", "GL", REFORM, None),
]

# (sources, target, effective): merges that happened, in order.
MERGES = [
    (["GL.SLDTBXH"], "GL.SNV", D(2025, 3, 1)),
    (["BD.QUYNHON"], "XA.QUYNHON", REFORM),
    (["BD"], "GL", REFORM),
]

# (code, new name, new short name, effective, legal basis)
RENAMES = [
    (
        "BQLKKT",
        "Ban Quản lý Khu kinh tế tỉnh Gia Lai",
        "BQL KKT",
        REFORM,
        "Sắp xếp tổ chức sau hợp nhất tỉnh, từ 01/07/2025",
    ),
]

# The letterhead of the units' documents (Nghị định 30/2020, Phụ lục I): (code, a day the
# version is in force, ký hiệu, with the parent's?, địa danh, parent lines, issuer lines).
# Empty = derived (place from the province or the ward; lines broken by the layout).
BEFORE = D(2021, 1, 1)
LETTERHEADS = [
    ("GL", BEFORE, "UBND", False, "", "", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI"),
    ("GL.VP", BEFORE, "VPUBND", False, "", "UBND TỈNH GIA LAI", "VĂN PHÒNG"),
    ("GL.SNV", BEFORE, "SNV", False, "", "UBND TỈNH GIA LAI", "SỞ NỘI VỤ"),
    (
        "GL.SNV.XDCQ",
        BEFORE,
        "XDCQ&CTTN",
        False,
        "",
        "SỞ NỘI VỤ",
        "PHÒNG XÂY DỰNG CHÍNH\nQUYỀN VÀ CÔNG TÁC\nTHANH NIÊN",
    ),
    ("GL.SNV.TTRA", BEFORE, "TTR", False, "", "SỞ NỘI VỤ", "THANH TRA SỞ"),
    ("GL.STP", BEFORE, "STP", False, "", "", ""),
    ("GL.STC", BEFORE, "STC", False, "", "", ""),
    ("GL.SYT", BEFORE, "SYT", False, "", "", ""),
    ("GL.SGDDT", BEFORE, "SGDĐT", False, "", "", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("GL.TTHCC", BEFORE, "TTPVHCC", False, "", "", "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG TỈNH"),
    ("BD", BEFORE, "UBND", False, "", "", "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH"),
    (
        "GL.SLDTBXH",
        BEFORE,
        "SLĐTBXH",
        False,
        "",
        "UBND TỈNH GIA LAI",
        "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI",
    ),
    # The Economic Zone Board under Bình Định, then (renamed, moved) under Gia Lai.
    ("BQLKKT", BEFORE, "BQL", False, "", "UBND TỈNH BÌNH ĐỊNH", "BAN QUẢN LÝ KHU KINH TẾ"),
    ("BQLKKT", REFORM, "BQL", False, "", "UBND TỈNH GIA LAI", "BAN QUẢN LÝ KHU KINH TẾ"),
    ("BQLKKT.VP", BEFORE, "VP", False, "", "BAN QUẢN LÝ KHU KINH TẾ", "VĂN PHÒNG"),
    ("BQLKKT.QLDT", BEFORE, "QLĐT", False, "", "BAN QUẢN LÝ KHU KINH TẾ", ""),
    ("BQLKKT.QHXD", BEFORE, "QHXD", False, "", "BAN QUẢN LÝ KHU KINH TẾ", ""),
    ("BQLKKT.DNLD", BEFORE, "DNLĐ", False, "", "BAN QUẢN LÝ KHU KINH TẾ", ""),
    ("BQLKKT.TNMT", BEFORE, "TNMT", False, "", "BAN QUẢN LÝ KHU KINH TẾ", ""),
    ("BQLKKT.TTDV", BEFORE, "TTDV", False, "", "BAN QUẢN LÝ KHU KINH TẾ", ""),
    ("BD.QUYNHON", BEFORE, "UBND", False, "", "", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ QUY NHƠN"),
    ("XA.QUYNHON", REFORM, "UBND", False, "", "", "ỦY BAN NHÂN DÂN\nPHƯỜNG QUY NHƠN"),
    ("XA.QUYNHON.VP", REFORM, "VP", True, "", "UBND PHƯỜNG QUY NHƠN", "VĂN PHÒNG HĐND VÀ UBND"),
    (
        "XA.QUYNHON.VHXH",
        REFORM,
        "VHXH",
        False,
        "",
        "UBND PHƯỜNG QUY NHƠN",
        "PHÒNG VĂN HÓA - XÃ HỘI",
    ),
    # The other communes declare only their ký hiệu: place and lines are derived.
    ("XA.QNNAM", REFORM, "UBND", False, "", "", ""),
    ("XA.QNDONG", REFORM, "UBND", False, "", "", ""),
    ("XA.PLEIKU", REFORM, "UBND", False, "", "", ""),
    ("XA.PLEIKU.VP", REFORM, "VP", True, "", "", ""),
    ("XA.TUYPHUOC", REFORM, "UBND", False, "", "", ""),
    ("XA.PHUCAT", REFORM, "UBND", False, "", "", ""),
    ("XA.CHUSE", REFORM, "UBND", False, "", "", ""),
    ("XA.KBANG", REFORM, "UBND", False, "", "", ""),
]

DEMO_PASSWORD = "DanVan@2025!"

# username, full name, [(role, unit code, include subtree)]
USERS = [
    ("quantri", "Nguyễn Văn Quản", [("quan_tri", "GL", True)]),
    ("snv.tonghop", "Trần Thị Hợp", [("tong_hop", "GL", True)]),
    ("snv.chuyenvien", "Lê Minh Chuyên", [("chuyen_vien", "GL.SNV", False)]),
    ("snv.lanhdao", "Phạm Quốc Đạo", [("lanh_dao", "GL.SNV", True)]),
    ("bqlkkt.chuyenvien", "Võ Thị Thu", [("chuyen_vien", "BQLKKT", False)]),
    ("bqlkkt.lanhdao", "Đặng Văn Trưởng", [("lanh_dao", "BQLKKT", True)]),
    ("quynhon.chuyenvien", "Huỳnh Thị Lan", [("chuyen_vien", "XA.QUYNHON", False)]),
    ("quynhon.lanhdao", "Ngô Văn Nam", [("lanh_dao", "XA.QUYNHON", True)]),
    ("quynhon.quantri", "Bùi Văn Trị", [("quan_tri", "XA.QUYNHON", True)]),
    ("pleiku.chuyenvien", "Rơ Châm H'Liên", [("chuyen_vien", "XA.PLEIKU", False)]),
]

# Government-announced swaps the `holidays` package does not carry.
CALENDAR_DAYS = [
    (D(2025, 2, 15), "lam_viec", "Làm bù cho thứ Hai 27/01/2025 (Tết Ất Tỵ)"),
]
