"""Import of the organisation tree from CSV/XLSX: validated whole, then applied whole.

A file with any bad row changes nothing; every bad row is reported with its line number.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from danvan.core.dates import parse_date
from danvan.core.errors import DomainError
from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import ImportRejected, Problem
from danvan.core.tabular import read_table
from danvan.orgunits import services
from danvan.orgunits.letterhead import (
    ISSUER_HEADER_LABEL,
    PARENT_HEADER_LABEL,
    header_clean,
    place_clean,
    symbol_clean,
)
from danvan.orgunits.models import CODE_PATTERN, OrgUnit, OrgUnitKind
from danvan.orgunits.selectors import orgunit_as_of

COLUMNS: dict[str, list[str]] = {
    "ma_don_vi": ["Mã đơn vị", "Mã"],
    "ten_don_vi": ["Tên đơn vị", "Tên"],
    "ten_viet_tat": ["Tên viết tắt", "Viết tắt"],
    "loai": ["Loại", "Loại đơn vị"],
    "ma_don_vi_cha": ["Mã đơn vị cha", "Mã đơn vị cấp trên", "Đơn vị cấp trên"],
    "hieu_luc_tu": ["Hiệu lực từ", "Từ ngày"],
    "hieu_luc_den": ["Hiệu lực đến", "Đến ngày"],
    # The letterhead (thể thức văn bản). A header cell holds one line per line (Alt+Enter in
    # Excel). A file without these columns leaves the units' letterheads as they are.
    "ky_hieu": ["Ký hiệu", "Ký hiệu văn bản"],
    "ky_hieu_kem_cap_tren": ["Ký hiệu kèm cấp trên"],
    "dia_danh": ["Địa danh"],
    "ten_co_quan_chu_quan": ["Tên cơ quan chủ quản"],
    "ten_co_quan_ban_hanh": ["Tên cơ quan ban hành"],
}
LETTERHEAD_COLUMNS = {
    "ky_hieu": "symbol",
    "ky_hieu_kem_cap_tren": "symbol_with_parent",
    "dia_danh": "place_name",
    "ten_co_quan_chu_quan": "parent_header",
    "ten_co_quan_ban_hanh": "issuer_header",
}
YES = {"co", "x", "1", "true", "yes", "dung"}
NO = {"", "khong", "0", "false", "no"}
BAD_YES_NO = "«{value}» không phải có/không (ghi «có» hoặc để trống)"
REQUIRED = {"ma_don_vi", "ten_don_vi", "loai"}

MISSING_VALUE = "thiếu «{column}»"
BAD_CODE = "mã đơn vị «{value}» không hợp lệ (chỉ chữ không dấu, số, dấu chấm, gạch ngang)"
DUPLICATE_CODE = "mã đơn vị «{value}» lặp lại (đã có ở dòng {first})"
UNKNOWN_KIND = "loại đơn vị «{value}» không có; chọn một trong: {kinds}"
UNKNOWN_PARENT = "đơn vị cha «{value}» không có trong tệp và trong hệ thống"
SELF_PARENT = "đơn vị không thể là cha của chính nó"
CYCLE = "vòng lặp cấp trên: {chain}"
BAD_RANGE = "hiệu lực đến ({end}) trước hiệu lực từ ({start})"
NO_ROWS = "Tệp không có dòng dữ liệu nào."
OUT_OF_SCOPE = "đơn vị «{value}» nằm ngoài phạm vi bạn được quản trị"


def orgunits_template_columns(*, parent_code: str) -> list[TemplateColumn]:
    """The import template's columns; the sample row adds a department under ``parent_code``."""
    h = {name: headers[0] for name, headers in COLUMNS.items()}
    return [
        TemplateColumn(
            h["ma_don_vi"],
            "Mã ổn định của đơn vị: chữ không dấu, số, dấu chấm, gạch ngang (ví dụ GL.SNV). "
            "Mã đã có thì đơn vị đó được cập nhật",
            required=True,
            sample=f"{parent_code}.MAU" if parent_code else "MAU",
        ),
        TemplateColumn(h["ten_don_vi"], "Tên đầy đủ", required=True, sample="Phòng Mẫu"),
        TemplateColumn(h["ten_viet_tat"], "Tên ngắn hiện trong bảng (không bắt buộc)"),
        TemplateColumn(
            h["loai"],
            "Loại đơn vị",
            required=True,
            choices=tuple(kind.label for kind in OrgUnitKind),
            sample=OrgUnitKind.PHONG.label,
        ),
        TemplateColumn(
            h["ma_don_vi_cha"],
            "Mã của đơn vị cấp trên (có trong tệp hoặc trong hệ thống); để trống là đơn vị gốc",
            sample=parent_code,
        ),
        TemplateColumn(h["hieu_luc_tu"], "Ngày bắt đầu hoạt động, dạng dd/mm/yyyy"),
        TemplateColumn(h["hieu_luc_den"], "Ngày thôi hoạt động, dạng dd/mm/yyyy; để trống"),
    ]


def _fold(text: str) -> str:
    """Lower case without diacritics, for lenient matching of kinds typed by people."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(re.split(r"[^a-z0-9]+", plain)).strip()


_KIND_WORDS = {
    **{_fold(kind.value): kind for kind in OrgUnitKind},
    **{_fold(kind.label): kind for kind in OrgUnitKind},
    "tinh": OrgUnitKind.TINH,
    "thanh pho": OrgUnitKind.TINH,
    "ubnd tinh": OrgUnitKind.TINH,
    "so": OrgUnitKind.SO_NGANH,
    "ban": OrgUnitKind.SO_NGANH,
    "nganh": OrgUnitKind.SO_NGANH,
    "van phong ubnd": OrgUnitKind.VAN_PHONG,
    "xa": OrgUnitKind.UBND_XA,
    "phuong": OrgUnitKind.UBND_XA,
    "dac khu": OrgUnitKind.UBND_XA,
    "ubnd xa": OrgUnitKind.UBND_XA,
    "ubnd phuong": OrgUnitKind.UBND_XA,
    "phong": OrgUnitKind.PHONG,
    "phong chuyen mon": OrgUnitKind.PHONG,
    "dvsn": OrgUnitKind.DON_VI_SU_NGHIEP,
    "don vi su nghiep": OrgUnitKind.DON_VI_SU_NGHIEP,
}


def kind_parse(value: str) -> OrgUnitKind | None:
    return _KIND_WORDS.get(_fold(value))


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    line: int
    code: str
    name: str
    short_name: str
    kind: OrgUnitKind
    parent_code: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    letterhead: dict = field(default_factory=dict)  # only the columns the file has


def _parse_letterhead(row, present: set[str], problems: list[Problem]) -> dict:
    v, out = row.values, {}
    cleaners = {
        "ky_hieu": symbol_clean,
        "dia_danh": place_clean,
        "ten_co_quan_chu_quan": lambda x: header_clean(x, label=PARENT_HEADER_LABEL, bold=False),
        "ten_co_quan_ban_hanh": lambda x: header_clean(x, label=ISSUER_HEADER_LABEL, bold=True),
    }
    for column, name in LETTERHEAD_COLUMNS.items():
        if column not in present:
            continue
        raw = v.get(column, "")
        if column == "ky_hieu_kem_cap_tren":
            folded = _fold(raw)
            if folded in YES or folded in NO:
                out[name] = folded in YES
            else:
                problems.append(Problem(row.line, column, raw, BAD_YES_NO.format(value=raw)))
            continue
        try:
            out[name] = cleaners[column](raw)
        except DomainError as error:
            problems.append(Problem(row.line, column, raw, error.message))
    return out


def _parse_rows(table) -> tuple[list[_Row], list[Problem]]:
    rows: list[_Row] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    kinds = "; ".join(k.label for k in OrgUnitKind)
    present = set(table.columns)
    for row in table.rows:
        v = row.values
        bad = len(problems)
        code = v.get("ma_don_vi", "")
        name = v.get("ten_don_vi", "")
        for column, value in (("ma_don_vi", code), ("ten_don_vi", name)):
            if not value:
                problems.append(
                    Problem(row.line, column, "", MISSING_VALUE.format(column=COLUMNS[column][0]))
                )
        if code and not CODE_PATTERN.match(code):
            problems.append(Problem(row.line, "ma_don_vi", code, BAD_CODE.format(value=code)))
        elif code in first_line:
            problems.append(
                Problem(
                    row.line,
                    "ma_don_vi",
                    code,
                    DUPLICATE_CODE.format(value=code, first=first_line[code]),
                )
            )
        elif code:
            first_line[code] = row.line
        kind = kind_parse(v.get("loai", ""))
        if kind is None:
            raw = v.get("loai", "")
            message = (
                UNKNOWN_KIND.format(value=raw, kinds=kinds)
                if raw
                else MISSING_VALUE.format(column=COLUMNS["loai"][0])
            )
            problems.append(Problem(row.line, "loai", raw, message))
        dates = {}
        for column in ("hieu_luc_tu", "hieu_luc_den"):
            try:
                dates[column] = parse_date(v.get(column, ""))
            except ValueError as error:
                problems.append(Problem(row.line, column, v.get(column, ""), str(error)))
                dates[column] = None
        start, end = dates["hieu_luc_tu"], dates["hieu_luc_den"]
        if start and end and end < start:
            problems.append(
                Problem(
                    row.line,
                    "hieu_luc_den",
                    v.get("hieu_luc_den", ""),
                    BAD_RANGE.format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"),
                )
            )
        parent_code = v.get("ma_don_vi_cha", "")
        if parent_code and parent_code == code:
            problems.append(Problem(row.line, "ma_don_vi_cha", parent_code, SELF_PARENT))
        letterhead = _parse_letterhead(row, present, problems)
        if len(problems) == bad:
            rows.append(
                _Row(
                    row.line,
                    code,
                    name,
                    v.get("ten_viet_tat", ""),
                    kind,
                    parent_code,
                    start,
                    end,
                    letterhead,
                )
            )
    return rows, problems


def _check_tree(rows: list[_Row], file_codes: set[str]) -> list[Problem]:
    """Unknown parents and cycles, in the tree as it would be after the import. Codes of rows
    that failed on their own still count as present, so one bad row is not reported twice."""
    problems = []
    in_file = {row.code: row for row in rows}
    existing = dict(OrgUnit.objects.exclude(code__in=in_file).values_list("code", "parent__code"))
    parent_of = {**existing, **{row.code: row.parent_code or None for row in rows}}
    for row in rows:
        if row.parent_code and row.parent_code not in parent_of | dict.fromkeys(file_codes):
            problems.append(
                Problem(
                    row.line,
                    "ma_don_vi_cha",
                    row.parent_code,
                    UNKNOWN_PARENT.format(value=row.parent_code),
                )
            )
            continue
        seen = [row.code]
        current = parent_of.get(row.code)
        while current:
            if current in seen:
                chain = " → ".join([*seen, current])
                problems.append(
                    Problem(row.line, "ma_don_vi_cha", row.parent_code, CYCLE.format(chain=chain))
                )
                break
            seen.append(current)
            current = parent_of.get(current)
    return problems


def _order_parents_first(rows: list[_Row]) -> list[_Row]:
    in_file = {row.code: row for row in rows}
    ordered, placed = [], set()

    def place(row):
        if row.code in placed:
            return
        parent = in_file.get(row.parent_code)
        if parent is not None:
            place(parent)
        placed.add(row.code)
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def _apply(row: _Row, units: dict[str, OrgUnit], result: ImportResult) -> None:
    """Create, or change only what differs; ``units`` (by code) is kept current as we go."""
    parent = units.get(row.parent_code) if row.parent_code else None
    unit = units.get(row.code)
    if unit is None:
        units[row.code] = services.orgunit_create(
            code=row.code,
            name=row.name,
            short_name=row.short_name,
            kind=row.kind,
            parent=parent,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            **row.letterhead,
        )
        result.created.append(row.code)
        return
    wanted_parent = parent.pk if parent else None
    if (
        unit.name,
        unit.short_name,
        unit.kind,
        unit.parent_id,
        unit.valid_from,
        unit.valid_to,
    ) == (
        row.name,
        row.short_name,
        row.kind,
        wanted_parent,
        row.valid_from,
        row.valid_to,
    ) and not _letterhead_changes(unit, row):
        result.unchanged.append(row.code)  # a re-imported file writes nothing
        return
    if (unit.kind, unit.valid_from, unit.valid_to) != (row.kind, row.valid_from, row.valid_to):
        services.orgunit_update(
            unit=unit,
            kind=row.kind,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            clear_valid_to=row.valid_to is None,
        )
    if unit.parent_id != wanted_parent:
        services.orgunit_move(unit=unit, parent=parent, effective=timezone.localdate())
        # Descendants' paths changed in the database: reload what we hold.
        units.update({u.code: u for u in OrgUnit.objects.filter(path__startswith=unit.path)})
    if (unit.name, unit.short_name) != (row.name, row.short_name):
        _rename_from_import(unit, row)
    changes = _letterhead_changes(unit, row)
    if changes:
        current = _current_letterhead(unit)
        services.orgunit_letterhead_set(unit=unit, **{**current, **changes})
    result.updated.append(row.code)


def _current_letterhead(unit: OrgUnit) -> dict:
    unit = OrgUnit.objects.get(pk=unit.pk)  # versions may have changed during this row
    as_of = orgunit_as_of(unit, timezone.localdate())
    return {name: getattr(as_of, name) for name in LETTERHEAD_COLUMNS.values()}


def _letterhead_changes(unit: OrgUnit, row: _Row) -> dict:
    current = _current_letterhead(unit)
    return {name: value for name, value in row.letterhead.items() if current[name] != value}


def _rename_from_import(unit: OrgUnit, row: _Row) -> None:
    """A changed name in the file is a rename from today; older dates keep the old name.
    A unit that has not started yet simply has its first name corrected."""
    today = timezone.localdate()
    if unit.valid_from and unit.valid_from >= today:
        for version in unit.versions.filter(valid_from=unit.valid_from):
            version.name, version.short_name = row.name, row.short_name
            version.save()  # saved one by one so the audit trail sees the change
        unit.name, unit.short_name = row.name, row.short_name
        unit.save()
        return
    services.orgunit_rename(
        unit=unit,
        name=row.name,
        short_name=row.short_name,
        effective=today,
        note="Nhập từ tệp",
        today=today,
    )


def _check_scope(rows: list[_Row], allowed_codes: set[str]) -> list[Problem]:
    """An administrator of a subtree may only touch units inside it."""
    problems = []
    in_file = {row.code for row in rows}
    mentioned = in_file | {row.parent_code for row in rows if row.parent_code}
    in_db = set(OrgUnit.objects.filter(code__in=mentioned).values_list("code", flat=True))
    existing = in_file & in_db
    for row in rows:
        if row.code in existing and row.code not in allowed_codes:
            problems.append(
                Problem(row.line, "ma_don_vi", row.code, OUT_OF_SCOPE.format(value=row.code))
            )
        parent = row.parent_code
        if parent and parent not in in_file and parent not in in_db:
            continue  # already reported as an unknown parent
        if not parent or (parent not in allowed_codes and parent not in in_file - existing):
            value = parent or row.code
            problems.append(
                Problem(row.line, "ma_don_vi_cha", parent, OUT_OF_SCOPE.format(value=value))
            )
    return problems


def _codes_of(rows: list[_Row]) -> set[str]:
    return {row.code for row in rows} | {row.parent_code for row in rows if row.parent_code}


def orgunits_import(
    data: bytes, filename: str, *, allowed_codes: set[str] | None = None
) -> ImportResult:
    """Validate the whole file, then apply it in one transaction (or raise ImportRejected).

    ``allowed_codes`` (None = the whole tree) are the units the importing administrator
    manages: rows may only change those and add units below them.
    """
    table = read_table(data, filename, COLUMNS, required=REQUIRED)
    if not table.rows:
        raise DomainError(NO_ROWS)
    rows, problems = _parse_rows(table)
    problems += _check_tree(rows, {r.values.get("ma_don_vi", "") for r in table.rows})
    if allowed_codes is not None:
        problems += _check_scope(rows, allowed_codes)
    if problems:
        raise ImportRejected(problems, COLUMNS)
    result = ImportResult()
    with transaction.atomic():
        units = {u.code: u for u in OrgUnit.objects.filter(code__in=_codes_of(rows))}
        for row in _order_parents_first(rows):
            _apply(row, units, result)
    return result
