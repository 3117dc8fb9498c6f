"""The procedure catalogue (mã thủ tục → name, field, duration in working days), from which a
dossier's due date is computed when its file gives none. Imported whole like everything else."""

from dataclasses import dataclass

from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import (
    ImportFile,
    ImportOutcome,
    ImportSpec,
    Problem,
    import_lock,
    import_run,
)
from danvan.core.parsing import parse_int
from danvan.dossiers.models import Procedure

COLUMNS = {
    "ma_thu_tuc": ["Mã thủ tục", "Mã TTHC"],
    "ten_thu_tuc": ["Tên thủ tục", "Tên TTHC"],
    "linh_vuc": ["Lĩnh vực"],
    "thoi_han": ["Thời hạn giải quyết (ngày làm việc)", "Thời hạn giải quyết", "Thời hạn"],
}
SPEC = ImportSpec.from_headers(
    COLUMNS, parsers={"thoi_han": parse_int}, required={"ma_thu_tuc", "ten_thu_tuc"}
)
DUPLICATE = "mã thủ tục «{code}» lặp lại (đã có ở dòng {first})"


def procedures_template_columns() -> list[TemplateColumn]:
    h = {name: headers[0] for name, headers in COLUMNS.items()}
    return [
        TemplateColumn(
            h["ma_thu_tuc"],
            "Mã thủ tục như trên Cổng dịch vụ công; mã đã có thì thủ tục đó được cập nhật",
            required=True,
            sample="1.000000.000.00.00.MAU",
        ),
        TemplateColumn(h["ten_thu_tuc"], "Tên thủ tục", required=True, sample="Thủ tục mẫu"),
        TemplateColumn(h["linh_vuc"], "Lĩnh vực của thủ tục", sample="Đầu tư"),
        TemplateColumn(
            h["thoi_han"],
            "Số ngày làm việc để giải quyết; dùng tính ngày hẹn trả khi hồ sơ không ghi",
            sample="10",
        ),
    ]


@dataclass
class ProceduresImportResult(ImportOutcome):
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)

    def __iter__(self):  # (created, updated), as callers unpacked it before
        return iter((self.created, self.updated))


def _check(file: ImportFile) -> list[Problem]:
    problems, first = [], {}
    for row in file.good_rows:
        code = row.values["ma_thu_tuc"]
        if code in first:
            reason = DUPLICATE.format(code=code, first=first[code])
            problems.append(Problem(row.line, "ma_thu_tuc", code, reason))
        else:
            first[code] = row.line
    return problems


def _write(file: ImportFile) -> ProceduresImportResult:
    result = ProceduresImportResult()
    for row in file.good_rows:
        code = row.values["ma_thu_tuc"]
        values = {
            "name": row.values["ten_thu_tuc"],
            "field": row.values.get("linh_vuc", ""),
            "duration_working_days": row.values.get("thoi_han") or None,
        }
        procedure = Procedure.objects.filter(code=code).first()
        if procedure is None:
            Procedure.objects.create(code=code, **values)
            result.created += 1
        elif any(getattr(procedure, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(procedure, key, value)
            procedure.save()
            result.updated += 1
        else:
            result.unchanged += 1
    return result


def procedures_import(
    data: bytes, filename: str, *, ignore_columns: bool = False, ignore_how: str = ""
) -> ProceduresImportResult:
    """Any bad row: nothing changes, every problem is reported (the shared pipeline)."""
    return import_run(
        SPEC,
        data,
        filename,
        locks=import_lock("procedures", "danh mục thủ tục hành chính"),
        check=_check,
        write=_write,
        ignore_columns=ignore_columns,
        ignore_how=ignore_how,
    )
