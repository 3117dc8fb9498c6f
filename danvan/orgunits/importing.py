"""Import of the organisation tree from CSV/XLSX: validated whole, then applied whole.

A file with any bad row changes nothing; every bad row is reported with its line number.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import (
    ImportFile,
    ImportOutcome,
    ImportSpec,
    Problem,
    import_lock,
    import_run,
)
from danvan.core.parsing import fold, parse_bool, parse_date
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
REQUIRED = {"ma_don_vi", "ten_don_vi", "loai"}

BAD_CODE = "mã đơn vị «{value}» không hợp lệ (chỉ chữ không dấu, số, dấu chấm, gạch ngang)"
DUPLICATE_CODE = "mã đơn vị «{value}» lặp lại (đã có ở dòng {first})"
UNKNOWN_KIND = "loại đơn vị «{value}» không có; chọn một trong: {kinds}"
UNKNOWN_PARENT = "đơn vị cha «{value}» không có trong tệp và trong hệ thống"
SELF_PARENT = "đơn vị không thể là cha của chính nó"
CYCLE = "vòng lặp cấp trên: {chain}"
BAD_RANGE = "hiệu lực đến ({end}) trước hiệu lực từ ({start})"
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
    """Folded (core/parsing) with punctuation as spaces: "UBND-xã" and "ubnd xa" match."""
    return " ".join(re.split(r"[^a-z0-9]+", fold(text))).strip()


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


def _kind_cell(value: str) -> OrgUnitKind:
    kind = kind_parse(value)
    if kind is None:
        raise ValueError(
            UNKNOWN_KIND.format(value=value, kinds="; ".join(k.label for k in OrgUnitKind))
        )
    return kind


def _code_cell(value: str) -> str:
    code = value.strip()
    if code and not CODE_PATTERN.match(code):
        raise ValueError(BAD_CODE.format(value=code))
    return code


SPEC = ImportSpec.from_headers(
    COLUMNS,
    parsers={
        "ma_don_vi": _code_cell,
        "loai": _kind_cell,
        "hieu_luc_tu": parse_date,
        "hieu_luc_den": parse_date,
        "ky_hieu": symbol_clean,
        "ky_hieu_kem_cap_tren": parse_bool,
        "dia_danh": place_clean,
        "ten_co_quan_chu_quan": lambda x: header_clean(x, label=PARENT_HEADER_LABEL, bold=False),
        "ten_co_quan_ban_hanh": lambda x: header_clean(x, label=ISSUER_HEADER_LABEL, bold=True),
    },
    required=REQUIRED,
)


@dataclass
class ImportResult(ImportOutcome):
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


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


def _parse_rows(file: ImportFile) -> tuple[list[_Row], list[Problem]]:
    """The rows whose cells all parsed, checked against each other: unique codes, dates in
    order, no unit its own parent."""
    rows: list[_Row] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for row in file.rows:
        v = row.values
        bad = len(problems)
        code = v.get("ma_don_vi", "")
        if code in first_line:
            reason = DUPLICATE_CODE.format(value=code, first=first_line[code])
            problems.append(Problem(row.line, "ma_don_vi", code, reason))
        elif code:
            first_line[code] = row.line
        if not row.ok:
            continue
        start, end = v.get("hieu_luc_tu"), v.get("hieu_luc_den")
        if start and end and end < start:
            problems.append(
                Problem(
                    row.line,
                    "hieu_luc_den",
                    row.raw.get("hieu_luc_den", ""),
                    BAD_RANGE.format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"),
                )
            )
        parent_code = v.get("ma_don_vi_cha", "")
        if parent_code and parent_code == code:
            problems.append(Problem(row.line, "ma_don_vi_cha", parent_code, SELF_PARENT))
        letterhead = {name: v[column] for column, name in LETTERHEAD_COLUMNS.items() if column in v}
        if len(problems) == bad:
            rows.append(
                _Row(
                    row.line,
                    code,
                    v["ten_don_vi"],
                    v.get("ten_viet_tat", ""),
                    v["loai"],
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
    data: bytes,
    filename: str,
    *,
    allowed_codes: set[str] | None = None,
    ignore_columns: bool = False,
    ignore_how: str = "",
) -> ImportResult:
    """Validate the whole file, then apply it in one transaction (or raise ImportRejected).

    ``allowed_codes`` (None = the whole tree) are the units the importing administrator
    manages: rows may only change those and add units below them.
    """
    state: dict = {}

    def check(file: ImportFile) -> list[Problem]:
        rows, problems = _parse_rows(file)
        problems += _check_tree(rows, {row.raw.get("ma_don_vi", "") for row in file.rows})
        if allowed_codes is not None:
            problems += _check_scope(rows, allowed_codes)
        state["rows"] = rows
        return problems

    def write(file: ImportFile) -> ImportResult:
        result = ImportResult()
        rows = state["rows"]
        units = {u.code: u for u in OrgUnit.objects.filter(code__in=_codes_of(rows))}
        for row in _order_parents_first(rows):
            _apply(row, units, result)
        return result

    return import_run(
        SPEC,
        data,
        filename,
        locks=import_lock("orgunits", "danh mục đơn vị"),
        check=check,
        write=write,
        ignore_columns=ignore_columns,
        ignore_how=ignore_how,
    )
