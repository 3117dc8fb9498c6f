"""Demo of emulation and commendation (issue 13), after the real interim review of the Economic
Zone Board: «Sơ kết 03 năm thực hiện Phong trào thi đua “Cán bộ, công chức, viên chức thi đua
thực hiện văn hóa công sở” giai đoạn 2019 – 2025», answering Văn bản số 611/SNV-CCVC ngày
09/4/2022 of the Department of Home Affairs (../shared/samples/bao-cao-van-hoa-cong-so-2022.txt).

The movement 2019–2025 of the Board (Kế hoạch số 19/KH-BQL ngày 01/10/2019, on the basis of Kế
hoạch số 64/KH-UBND ngày 02/8/2019 of the province), its criteria, the staff conferences where
collectives and individuals registered in 2020, 2021 and 2022, the assessments of 2020 and 2021
(2022 not assessed yet at the review), "cơ quan đạt chuẩn văn hóa" for 2020 and 2021, office-
culture inspections, commendations and two proposals (one decided, one waiting at the
Department), the interim and final reviews as due things, the review report type with its form,
and the Department's request with the Board's review submitted on it.

Names of people are invented; the facts of the movement are the sample's, in our own words.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from danvan.activities.models import Inspection, StaffConference
from danvan.activities.spec import INSPECTIONS
from danvan.commendations.models import (
    Commendation,
    Form,
    Level,
    Proposal,
    ProposalEntry,
    ProposalStatus,
    ProposalTransition,
)
from danvan.deadlines.status import State
from danvan.emulation.models import (
    Assessment,
    Criterion,
    CultureRecognition,
    Movement,
    MovementReview,
    Registration,
    Result,
    Subject,
)
from danvan.indicators.models import Form as IndicatorForm
from danvan.indicators.models import FormItem, FormVersion
from danvan.orgunits.models import OrgUnit
from danvan.registers.services import register_record_create
from danvan.reporting import services as reporting
from danvan.reporting.models import ReportRequest, ReportType, ReportTypeVersion, Transition

D = datetime.date
MOVEMENT = "TD-VHCS-2019"
DEPARTMENTS = (
    "BQLKKT.VP",
    "BQLKKT.QLDT",
    "BQLKKT.QHXD",
    "BQLKKT.DNLD",
    "BQLKKT.TNMT",
    "BQLKKT.TTDV",
)

# The review type (the sample's outline) and its figures' form.
REVIEW_TYPE = "BC_SO_KET_THI_DUA"
REVIEW_FORM = "BM-THI-DUA"
REVIEW_OUTLINE = [
    {"key": "I", "title": "Đặc điểm tình hình"},
    {"key": "II", "title": "Công tác triển khai thực hiện phong trào thi đua"},
    {"key": "III", "title": "Kết quả đạt được"},
    {
        "key": "IV",
        "title": "Đánh giá chung",
        "children": [
            {"key": "IV.1", "title": "Ưu điểm"},
            {"key": "IV.2", "title": "Hạn chế"},
            {"key": "IV.3", "title": "Nguyên nhân"},
        ],
    },
    {"key": "V", "title": "Phương hướng, nhiệm vụ"},
    {"key": "VI", "title": "Kiến nghị, đề xuất"},
]
REVIEW_FORM_ITEMS = [
    (
        "1. Phát động, đăng ký thi đua",
        ["TD_PHONG_TRAO", "HNCB_THAM_DU", "HNCB_TONG_SO", "TL_HNCB_THAM_DU"],
    ),
    (None, ["TD_DANG_KY_TAP_THE", "TD_DANG_KY_CA_NHAN"]),
    (
        "2. Kết quả đánh giá",
        ["TD_DAT_TAP_THE", "TD_DAT_CA_NHAN", "TL_TD_DAT", "CQ_DAT_CHUAN_VAN_HOA"],
    ),
    ("3. Khen thưởng", ["KT_KHEN_THUONG_TAP_THE", "KT_KHEN_THUONG_CA_NHAN"]),
    ("4. Mô hình “Dân vận khéo”", ["DVK_XAC_DINH", "DVK_DANG_KY", "DVK_CONG_NHAN"]),
    ("5. Kiểm tra thực hiện văn hóa công sở", ["KT_VAN_HOA_CONG_SO"]),
]
# Every indicator the review's form names (checked against the catalogue by the demo's tests).
REVIEW_CODES = [code for _, codes in REVIEW_FORM_ITEMS for code in codes]

CRITERIA = [
    # text, applies to, method, max, pass, indicator, operator, threshold
    (
        "Ban hành và thực hiện Quy chế văn hóa công sở, Quy tắc ứng xử của công chức, viên chức",
        Criterion.Applies.TAP_THE,
        Criterion.Method.YES_NO,
        None,
        None,
        "",
        "",
        None,
    ),
    (
        "Bài trí công sở đúng quy định, phòng làm việc «Xanh – Sạch – Đẹp»",
        Criterion.Applies.TAP_THE,
        Criterion.Method.YES_NO,
        None,
        None,
        "",
        "",
        None,
    ),
    (
        "Hồ sơ thủ tục hành chính giải quyết trước và đúng hạn từ 95% trở lên",
        Criterion.Applies.TAP_THE,
        Criterion.Method.INDICATOR,
        None,
        None,
        "TL_DUNG_HAN",
        Criterion.Operator.GE,
        Decimal("95"),
    ),
    (
        "Chấp hành giờ giấc làm việc, nội quy, quy chế của cơ quan",
        Criterion.Applies.CA_NHAN,
        Criterion.Method.YES_NO,
        None,
        None,
        "",
        "",
        None,
    ),
    (
        "Trang phục, đeo thẻ công chức, giao tiếp, ứng xử với người dân và doanh nghiệp",
        Criterion.Applies.CA_NHAN,
        Criterion.Method.SCORE,
        Decimal("10"),
        Decimal("8"),
        "",
        "",
        None,
    ),
    (
        "Không để xảy ra phiền hà, sách nhiễu, kéo dài thời gian xử lý công việc",
        Criterion.Applies.CA_HAI,
        Criterion.Method.YES_NO,
        None,
        None,
        "",
        "",
        None,
    ),
]

PEOPLE = [
    ("Nguyễn Thị Mai Anh", "Chuyên viên Văn phòng", "BQLKKT.VP"),
    ("Trần Quốc Bảo", "Phó Chánh Văn phòng", "BQLKKT.VP"),
    ("Lê Thị Hồng Nhung", "Kế toán", "BQLKKT.VP"),
    ("Phạm Văn Đức", "Trưởng phòng Quản lý đầu tư", "BQLKKT.QLDT"),
    ("Huỳnh Thị Thanh Tâm", "Chuyên viên Phòng Quản lý đầu tư", "BQLKKT.QLDT"),
    ("Võ Minh Khoa", "Chuyên viên Phòng Quy hoạch và Xây dựng", "BQLKKT.QHXD"),
    ("Đỗ Thị Kim Loan", "Phó Trưởng phòng Quy hoạch và Xây dựng", "BQLKKT.QHXD"),
    ("Ngô Văn Hải", "Chuyên viên Phòng Doanh nghiệp, Lao động", "BQLKKT.DNLD"),
    ("Bùi Thị Phương", "Chuyên viên Phòng Tài nguyên và Môi trường", "BQLKKT.TNMT"),
    ("Đặng Hữu Tín", "Trưởng phòng Tài nguyên và Môi trường", "BQLKKT.TNMT"),
    ("Trương Thị Ngọc Hân", "Viên chức Trung tâm Dịch vụ", "BQLKKT.TTDV"),
    ("Phan Thanh Sơn", "Giám đốc Trung tâm Dịch vụ", "BQLKKT.TTDV"),
]
# Who did not reach "đạt" (index into PEOPLE / DEPARTMENTS) and who was "xuất sắc", per year.
NOT_PASSED = {
    2020: {"people": {7}, "units": set()},
    2021: {"people": {10}, "units": {"BQLKKT.TTDV"}},
}
EXCELLENT = {
    2020: {"people": {1, 3}, "units": {"BQLKKT.VP"}},
    2021: {"people": {3, 5, 9}, "units": {"BQLKKT.QLDT"}},
}
CONFERENCES = {
    # year: (code, date, attendees, staff total)
    2020: ("BQL-HNCB-2020", D(2020, 1, 17), 62, 66),
    2021: ("BQL-HNCB-2021", D(2021, 3, 10), 65, 68),
    2022: ("BQL-HNCB-2022", D(2022, 2, 25), 64, 69),
}
ASSESSED = {2020: D(2020, 12, 18), 2021: D(2021, 12, 17)}

SECTIONS = {
    "I": "<p>Ban Quản lý Khu kinh tế là cơ quan trực thuộc UBND tỉnh, thực hiện chức năng quản lý "
    "nhà nước trực tiếp đối với Khu kinh tế Nhơn Hội, các khu công nghiệp, một số cụm công nghiệp "
    "và khu chức năng do UBND tỉnh giao; cung cấp dịch vụ hành chính công và dịch vụ hỗ trợ nhà "
    "đầu tư theo Nghị định số 82/2018/NĐ-CP ngày 22/5/2018.</p><p>Ban xác định phong trào thi đua "
    "thực hiện văn hóa công sở là phong trào có ý nghĩa quan trọng trong xây dựng cơ quan đạt "
    "chuẩn văn hóa hằng năm và đội ngũ công chức, viên chức vững mạnh; phong trào được cấp ủy, "
    "chính quyền, đoàn thể và toàn thể công chức, viên chức quan tâm hưởng ứng.</p>",
    "II": "<p>Trên cơ sở Kế hoạch số 64/KH-UBND ngày 02/8/2019 của UBND tỉnh, Ban Quản lý Khu kinh "
    "tế ban hành Kế hoạch số 19/KH-BQL ngày 01/10/2019 tổ chức thực hiện phong trào giai đoạn "
    "2019 – 2025. Phong trào được phổ biến, quán triệt bằng văn bản, tại các cuộc họp giao ban, "
    "hội nghị sơ kết, tổng kết; được đưa thành một tiêu chí trong quy định bình xét thi đua, khen "
    "thưởng hằng năm đối với tập thể và cá nhân, gắn với học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh.</p>",
    "III": "<p>Tại Hội nghị cán bộ, công chức, viên chức hằng năm, Công đoàn phối hợp với chính "
    "quyền phát động thi đua; các tập thể phòng, đơn vị và cá nhân đăng ký thực hiện các chỉ tiêu "
    "thi đua. Nội dung thi đua đối với tập thể là «Thi đua xây dựng cơ quan, đơn vị văn minh, hiện "
    "đại, xanh, sạch, đẹp»; đối với cá nhân là «Thi đua thực hiện kỷ cương, trách nhiệm, tận tụy, "
    "chuyên nghiệp».</p><p>100% thủ tục hành chính thuộc thẩm quyền được tiếp nhận và trả kết quả "
    "theo cơ chế một cửa, một cửa liên thông; 100% công chức, viên chức được trang cấp máy tính, "
    "kết nối mạng; phòng làm việc bài trí đúng quy định. Qua kiểm tra của Tổ kiểm tra công vụ của "
    "tỉnh, Ban đã ban hành đủ Quy chế làm việc, Quy chế văn hóa công sở, Quy tắc ứng xử và chấp "
    "hành nghiêm kỷ luật, kỷ cương hành chính.</p>",
    "IV.1": "<p>Phong trào tạo chuyển biến về tinh thần, thái độ làm việc, chuẩn mực giao tiếp, "
    "ứng xử của công chức, viên chức; gắn với các phong trào «Xây dựng cơ quan văn hóa, ngày làm "
    "việc có chất lượng hiệu quả», «Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí» và "
    "cuộc vận động «Trung thành – Trách nhiệm – Liêm chính – Sáng tạo».</p>",
    "IV.2": "<p>Quy chế văn hóa công sở của Ban chưa được sửa đổi, bổ sung kịp thời; chưa có "
    "chương trình, kế hoạch riêng xây dựng cơ quan đạt chuẩn văn hóa hằng năm; một số công chức, "
    "viên chức còn chưa chấp hành nghiêm giờ giấc làm việc.</p>",
    "IV.3": "<p>Khối lượng công việc chuyên môn lớn; việc rà soát quy chế, quy định nội bộ chưa "
    "được thực hiện thường xuyên; ý thức tự giác của một bộ phận công chức, viên chức chưa "
    "cao.</p>",
    "V": "<p>Sửa đổi, bổ sung Quy chế văn hóa công sở; rà soát Quy định chuẩn mực đạo đức cán bộ, "
    "đảng viên theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; xây dựng kế hoạch xây dựng cơ quan "
    "đạt chuẩn văn hóa hằng năm; nâng cao chất lượng tham mưu, đề xuất của công chức, viên "
    "chức.</p>",
    "VI": "<p>Đề nghị Sở Nội vụ tổng hợp, tham mưu UBND tỉnh tiếp tục biểu dương, khen thưởng các "
    "tập thể, cá nhân tiêu biểu trong phong trào.</p>",
}


def _user(username):
    return get_user_model().objects.get(username=username)


def _units() -> dict[str, OrgUnit]:
    codes = ["BQLKKT", "GL", "GL.SNV", *DEPARTMENTS]
    return {u.code: u for u in OrgUnit.objects.filter(code__in=codes)}


def review_type_load() -> ReportTypeVersion:
    """The review type of the sample, with its own form of figures (idempotent)."""
    form, _ = IndicatorForm.objects.get_or_create(
        code=REVIEW_FORM,
        defaults={"name": "Số liệu sơ kết, tổng kết phong trào thi đua"},
    )
    form_version = form.versions.order_by("-number").first()
    if form_version is None:
        form_version = FormVersion.objects.create(
            form=form, number=1, note="Biểu số liệu của báo cáo sơ kết, tổng kết phong trào thi đua"
        )
        position = 0
        for heading, codes in REVIEW_FORM_ITEMS:
            if heading:
                position += 1
                FormItem.objects.create(version=form_version, position=position, heading=heading)
            for code in codes:
                position += 1
                FormItem.objects.create(
                    version=form_version, position=position, indicator_code=code
                )
    kind, _ = ReportType.objects.get_or_create(
        code=REVIEW_TYPE,
        defaults={
            "name": "Báo cáo sơ kết, tổng kết phong trào thi đua",
            "document_kind": "BÁO CÁO",
            "position": 5,
        },
    )
    version = kind.versions.order_by("-number").first()
    if version is None:
        version = ReportTypeVersion.objects.create(
            report_type=kind,
            number=1,
            outline=REVIEW_OUTLINE,
            figures_section="III",
            form=form,
            # The commendations of the window, listed after the figures (the sample's own
            # readers ask who was rewarded, by which decision).
            appendix_registers=[
                {
                    "register": "commendations",
                    "columns": [
                        "doi_tuong",
                        "ten_doi_tuong",
                        "hinh_thuc",
                        "cap",
                        "so_quyet_dinh",
                        "ngay_quyet_dinh",
                    ],
                }
            ],
            note="Theo đề cương báo cáo sơ kết phong trào thi đua của Ban Quản lý Khu kinh tế "
            "(2022)",
        )
    return version


def _movement(units) -> Movement:
    movement = Movement.objects.create(
        code=MOVEMENT,
        name="Cán bộ, công chức, viên chức Ban Quản lý Khu kinh tế thi đua thực hiện văn hóa "
        "công sở",
        unit=units["BQLKKT"],
        launch_document="Kế hoạch số 19/KH-BQL ngày 01/10/2019 của Ban Quản lý Khu kinh tế (thực "
        "hiện Kế hoạch số 64/KH-UBND ngày 02/8/2019 của UBND tỉnh)",
        starts_on=D(2019, 10, 1),
        ends_on=D(2025, 12, 31),
        participant_codes="; ".join(["BQLKKT", *DEPARTMENTS]),
        goal_collective="Thi đua xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp",
        goal_individual="Thi đua thực hiện kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp",
    )
    movement.participants.set([units["BQLKKT"], *(units[c] for c in DEPARTMENTS)])
    for position, (text, applies, method, top, passing, code, op, threshold) in enumerate(
        CRITERIA, start=1
    ):
        Criterion.objects.create(
            movement=movement,
            position=position,
            text=text,
            applies_to=applies,
            method=method,
            max_score=top,
            pass_score=passing,
            indicator_code=code,
            operator=op,
            threshold=threshold,
        )
    return movement


def _conferences(units) -> dict[int, StaffConference]:
    found = {}
    for year, (code, day, attendees, total) in CONFERENCES.items():
        conference = StaffConference.objects.filter(code=code).first()
        if conference is None:
            conference = StaffConference.objects.create(
                code=code,
                unit=units["BQLKKT"],
                held_on=day,
                subject=f"Hội nghị cán bộ, công chức, viên chức năm {year}",
                attendees=attendees,
                staff_total=total,
            )
        found[year] = conference
    return found


def _applies(criterion: Criterion, kind: str) -> bool:
    return criterion.applies_to in (Criterion.Applies.CA_HAI, kind)


def _assess(registration: Registration, criteria, passed: bool, day) -> None:
    lines = [c for c in criteria if _applies(c, registration.subject_kind)]
    for index, criterion in enumerate(lines):
        failing = not passed and index == len(lines) - 1  # the last criterion is the one missed
        line = Assessment(registration=registration, criterion=criterion)
        if criterion.method == Criterion.Method.SCORE:
            line.score = Decimal("6") if failing else Decimal("9")
            line.met = not failing
        elif criterion.method == Criterion.Method.INDICATOR:
            # TL_DUNG_HAN of the Board for the year (the one-stop dossiers of the demo).
            line.value = Decimal("99.4")
            line.met = True
        else:
            line.met = not failing
        line.evidence = (
            "Biên bản bình xét thi đua cuối năm"
            if line.met
            else "Biên bản bình xét: chưa đạt tiêu chí này"
        )
        line.save()


def _registrations(movement, units, conferences, criteria) -> int:
    count = 0
    for year, conference in conferences.items():
        assessed = ASSESSED.get(year)
        entries = [(Subject.TAP_THE, units[c].name, "", c) for c in DEPARTMENTS]
        entries += [(Subject.CA_NHAN, name, title, c) for name, title, c in PEOPLE]
        for index, (kind, name, title, code) in enumerate(entries):
            person = index - len(DEPARTMENTS)
            if kind == Subject.TAP_THE:
                failed = code in NOT_PASSED.get(year, {}).get("units", set())
                excellent = code in EXCELLENT.get(year, {}).get("units", set())
            else:
                failed = person in NOT_PASSED.get(year, {}).get("people", set())
                excellent = person in EXCELLENT.get(year, {}).get("people", set())
            result = ""
            if assessed:
                result = (
                    Result.KHONG_DAT if failed else Result.XUAT_SAC if excellent else Result.DAT
                )
            registration = Registration.objects.create(
                code=f"DK-{year}-{index + 1:02d}",
                movement=movement,
                # The Board keeps the movement's book: every registration is its record (the
                # department or person is the subject), so the Board's report counts them all.
                unit=units["BQLKKT"],
                subject_kind=kind,
                subject_name=name,
                position_title=title,
                registered_on=conference.held_on,
                year=year,
                commitment=movement.goal_collective
                if kind == Subject.TAP_THE
                else movement.goal_individual,
                staff_conference=conference,
                result=result,
                assessed_on=assessed,
                assessment_note=""
                if not assessed
                else "Bình xét tại cuộc họp cuối năm của Hội đồng Thi đua – Khen thưởng Ban",
            )
            if assessed:
                _assess(registration, criteria, not failed, assessed)
            count += 1
    return count


COMMENDATIONS = [
    # code, unit, kind, name (index into PEOPLE or unit code), form, level, number, date
    (
        "KT-2020-01",
        Subject.TAP_THE,
        "BQLKKT.VP",
        Form.TAP_THE_LAO_DONG_XUAT_SAC,
        Level.UBND_TINH,
        "412/QĐ-UBND",
        D(2021, 2, 3),
    ),
    (
        "KT-2020-02",
        Subject.CA_NHAN,
        1,
        Form.CHIEN_SI_THI_DUA,
        Level.THU_TRUONG_DON_VI,
        "08/QĐ-BQL",
        D(2020, 12, 28),
    ),
    (
        "KT-2020-03",
        Subject.CA_NHAN,
        3,
        Form.GIAY_KHEN,
        Level.THU_TRUONG_DON_VI,
        "08/QĐ-BQL",
        D(2020, 12, 28),
    ),
    (
        "KT-2020-04",
        Subject.CA_NHAN,
        0,
        Form.LAO_DONG_TIEN_TIEN,
        Level.THU_TRUONG_DON_VI,
        "09/QĐ-BQL",
        D(2020, 12, 28),
    ),
    (
        "KT-2021-01",
        Subject.TAP_THE,
        "BQLKKT.QLDT",
        Form.GIAY_KHEN,
        Level.THU_TRUONG_DON_VI,
        "112/QĐ-BQL",
        D(2021, 12, 27),
    ),
    (
        "KT-2021-02",
        Subject.CA_NHAN,
        3,
        Form.BANG_KHEN,
        Level.UBND_TINH,
        "356/QĐ-UBND",
        D(2022, 1, 28),
    ),
    (
        "KT-2021-03",
        Subject.CA_NHAN,
        5,
        Form.GIAY_KHEN,
        Level.THU_TRUONG_DON_VI,
        "112/QĐ-BQL",
        D(2021, 12, 27),
    ),
    (
        "KT-2021-04",
        Subject.CA_NHAN,
        9,
        Form.CHIEN_SI_THI_DUA,
        Level.THU_TRUONG_DON_VI,
        "113/QĐ-BQL",
        D(2021, 12, 27),
    ),
]


def _name(units, who):
    return units[who].name if isinstance(who, str) else PEOPLE[who][0]


def _commendations(movement, units) -> int:
    for code, kind, who, form, level, number, day in COMMENDATIONS:
        Commendation.objects.create(
            code=code,
            unit=units["BQLKKT"],
            subject_kind=kind,
            subject_name=_name(units, who),
            form=form,
            level=level,
            decision_number=number,
            decided_on=day,
            movement=movement,
            achievement="Hoàn thành xuất sắc nhiệm vụ; tiêu biểu trong phong trào thi đua thực "
            "hiện văn hóa công sở",
        )
    return len(COMMENDATIONS)


def _proposals(movement, units) -> None:
    clerk, head = _user("bqlkkt.chuyenvien"), _user("bqlkkt.lanhdao")
    receiver = _user("snv.tonghop")
    decided = Proposal.objects.create(
        unit=units["BQLKKT"],
        deciding_unit=units["GL"],
        number="05/TTr-BQL",
        title="Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân có thành tích xuất sắc "
        "trong phong trào thi đua thực hiện văn hóa công sở năm 2021",
        year=2021,
        movement=movement,
        body="Căn cứ kết quả bình xét thi đua năm 2021, Ban Quản lý Khu kinh tế đề nghị tặng Bằng "
        "khen cho cá nhân có thành tích xuất sắc trong phong trào.",
        status=ProposalStatus.DECIDED,
        submitted_at=timezone.now(),
        decision_number="356/QĐ-UBND",
        decided_on=D(2022, 1, 28),
        created_by=clerk,
    )
    entry = ProposalEntry.objects.create(
        proposal=decided,
        position=1,
        subject_kind=Subject.CA_NHAN,
        subject_name=PEOPLE[3][0],
        position_title=f"{PEOPLE[3][1]}, Ban Quản lý Khu kinh tế",
        form=Form.BANG_KHEN,
        level=Level.UBND_TINH,
        achievement="Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; tham mưu rút ngắn thời gian "
        "giải quyết thủ tục hành chính trong lĩnh vực đầu tư.",
        granted=True,
    )
    Commendation.objects.filter(code="KT-2021-02").update(proposal=decided)
    for old, new, by in (
        (ProposalStatus.DRAFT, ProposalStatus.PENDING_HEAD, clerk),
        (ProposalStatus.PENDING_HEAD, ProposalStatus.SUBMITTED, head),
        (ProposalStatus.SUBMITTED, ProposalStatus.DECIDED, receiver),
    ):
        ProposalTransition.objects.create(proposal=decided, from_status=old, to_status=new, by=by)
    waiting = Proposal.objects.create(
        unit=units["BQLKKT"],
        deciding_unit=units["GL"],
        number="03/TTr-BQL",
        title="Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân có thành tích "
        "trong 03 năm thực hiện phong trào thi đua thực hiện văn hóa công sở (2019 – 2022)",
        year=2022,
        movement=movement,
        body="Kèm theo báo cáo sơ kết 03 năm thực hiện phong trào, Ban Quản lý Khu kinh tế đề nghị "
        "khen thưởng các tập thể, cá nhân sau.",
        status=ProposalStatus.SUBMITTED,
        submitted_at=timezone.now(),
        created_by=clerk,
    )
    for position, (kind, who, form, text) in enumerate(
        (
            (
                Subject.TAP_THE,
                "BQLKKT.VP",
                Form.BANG_KHEN,
                "Ba năm liền tập thể hoàn thành xuất "
                "sắc nhiệm vụ; cơ quan đạt chuẩn văn hóa năm 2020, 2021.",
            ),
            (
                Subject.CA_NHAN,
                5,
                Form.BANG_KHEN,
                "Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; "
                "sáng kiến số hóa hồ sơ cấp phép xây dựng.",
            ),
        ),
        start=1,
    ):
        ProposalEntry.objects.create(
            proposal=waiting,
            position=position,
            subject_kind=kind,
            subject_name=_name(units, who),
            position_title="Ban Quản lý Khu kinh tế"
            if isinstance(who, str)
            else f"{PEOPLE[who][1]}, Ban Quản lý Khu kinh tế",
            form=form,
            level=Level.UBND_TINH,
            achievement=text,
        )
    for old, new, by in (
        (ProposalStatus.DRAFT, ProposalStatus.PENDING_HEAD, clerk),
        (ProposalStatus.PENDING_HEAD, ProposalStatus.SUBMITTED, head),
    ):
        ProposalTransition.objects.create(proposal=waiting, from_status=old, to_status=new, by=by)
    del entry


def _inspections(units) -> None:
    for code, unit, day, subject, inspected in (
        (
            "BQL-KT-VHCS-2020",
            "BQLKKT",
            D(2020, 11, 12),
            "Kiểm tra việc thực hiện Quy chế văn hóa công sở năm 2020",
            "; ".join(DEPARTMENTS),
        ),
        (
            "BQL-KT-VHCS-2021",
            "BQLKKT",
            D(2021, 11, 18),
            "Kiểm tra việc thực hiện Quy chế văn hóa công sở năm 2021",
            "; ".join(DEPARTMENTS),
        ),
        (
            "SNV-KT-CV-2021",
            "GL.SNV",
            D(2021, 9, 22),
            "Tổ kiểm tra công vụ của tỉnh kiểm tra kỷ luật, kỷ cương hành chính",
            "BQLKKT",
        ),
    ):
        if Inspection.objects.filter(code=code).exists():
            continue
        register_record_create(
            INSPECTIONS,
            {
                "code": code,
                "unit": OrgUnit.objects.get(code=unit),
                "held_on": day,
                "subject": subject,
                "kind": Inspection.Kind.VAN_HOA_CONG_SO,
                "inspected_codes": inspected,
                "units_inspected": len(inspected.split(";")),
            },
        )


def _review_request(version: ReportTypeVersion, units) -> ReportRequest:
    request = reporting.request_issue(
        user=_user("snv.tonghop"),
        issuer=units["GL.SNV"],
        number="611",
        symbol="SNV-CCVC",
        issued_on=D(2022, 4, 9),
        subject="Sơ kết 03 năm thực hiện Phong trào thi đua «Cán bộ, công chức, viên chức thi đua "
        "thực hiện văn hóa công sở» giai đoạn 2019 – 2025",
        period="2022",
        window=(D(2019, 10, 1), D(2022, 4, 9)),
        deadline=D(2022, 4, 25),
        targets=[units["BQLKKT"]],
        report_type=version,  # the type's form gives the figures
    )
    return request


def load_emulation() -> str:
    if Movement.objects.filter(code=MOVEMENT).exists():
        return "đã có"
    units = _units()
    version = review_type_load()
    movement = _movement(units)
    criteria = list(movement.criteria.all())
    conferences = _conferences(units)
    registrations = _registrations(movement, units, conferences, criteria)
    for year, day, number in (
        (2020, D(2021, 1, 20), "15/QĐ-BCĐ"),
        (2021, D(2022, 1, 19), "09/QĐ-BCĐ"),
    ):
        CultureRecognition.objects.create(
            code=f"CQVH-BQLKKT-{year}",
            unit=units["BQLKKT"],
            year=year,
            decision_number=number,
            decided_on=day,
            decided_by="Ban Chỉ đạo phong trào «Toàn dân đoàn kết xây dựng đời sống văn hóa» tỉnh",
            movement=movement,
        )
    _inspections(units)
    commendations = _commendations(movement, units)
    _proposals(movement, units)
    request = _review_request(version, units)
    clerk = _user("bqlkkt.chuyenvien")
    report = reporting.report_open(user=clerk, request=request, unit=units["BQLKKT"])
    figures = report.sections.get("III", "")
    report = reporting.report_save(
        user=clerk,
        report=report,
        expected_version=report.version,
        sections={**SECTIONS, "III": figures + SECTIONS["III"]},
        number="42/BC-BQL",
        report_date=D(2022, 4, 20),
        signer_authority="KT.",
        signer_authority_title="TRƯỞNG BAN",
        signer_title="PHÓ TRƯỞNG BAN",
        signer_name="Phan Viết Hùng",
        recipients="- Sở Nội vụ;\n- Trưởng ban và các Phó TB;\n- Các phòng, đơn vị;\n"
        "- Lưu: VT, TH.",
    )
    report = reporting.report_submit(user=_user("bqlkkt.lanhdao"), report=report)
    moment = timezone.make_aware(datetime.datetime(2022, 4, 20, 9, 0))
    Transition.objects.filter(report=report).update(at=moment)
    type(report).objects.filter(pk=report.pk).update(submitted_at=moment)
    # The interim review was due 30/04/2022 and delivered with that report; the final one is
    # still open.
    MovementReview.objects.create(
        movement=movement,
        unit=units["BQLKKT"],
        kind=MovementReview.Kind.SO_KET,
        title="Sơ kết 03 năm thực hiện phong trào (2019 – 2022)",
        due_on=D(2022, 4, 30),
        state=State.HOAN_THANH,
        done_on=D(2022, 4, 20),
    )
    MovementReview.objects.create(
        movement=movement,
        unit=units["BQLKKT"],
        kind=MovementReview.Kind.TONG_KET,
        title="Tổng kết phong trào giai đoạn 2019 – 2025",
        due_on=D(2025, 11, 28),
    )
    return (
        f"phong trào {MOVEMENT}, {registrations} lượt đăng ký, {commendations} khen thưởng, "
        "2 đề xuất, báo cáo sơ kết 42/BC-BQL đã gửi"
    )
