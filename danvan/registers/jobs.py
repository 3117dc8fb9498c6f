"""A register import as a background job (decision 0042): the import page starts it for a
large file; the worker runs the same ``register_import`` as the page, for the same user's
writable units (read again when it runs), with the job's progress reporter."""

import csv
import io

from django.urls import reverse

from danvan.core.importing import IGNORE_HOW_PAGE, ImportRejected
from danvan.core.numbers import format_number
from danvan.jobs.registry import JobOutcome, job_kind_register
from danvan.jobs.services import job_start
from danvan.registers.importing import register_import
from danvan.registers.registry import registers
from danvan.registers.selectors import register_write_units

KIND = "registers.import"
LABEL = "Nhập sổ từ tệp"
IMPORTED = "Thêm mới {created}, cập nhật {updated}, không đổi {unchanged} bản ghi."
REJECTED = "Tệp có {count} lỗi, chưa nhập dòng nào. Sửa tệp rồi nhập lại."
SHOWN_PROBLEMS = 20
MORE_PROBLEMS = "… và {count} lỗi khác: tải danh sách lỗi để xem đủ."
PROBLEM_HEADERS = ("Dòng", "Cột", "Giá trị", "Lỗi")


def register_import_job_start(spec, *, user, units, data: bytes, filename: str, **options):
    """Start the job of importing ``data`` into ``spec``; returns the job page's address."""
    unit = units.order_by("path").first()
    job = job_start(
        kind=KIND,
        user=user,
        unit=unit,
        params={"register": spec.slug, "ignore_columns": bool(options.get("ignore_columns"))},
        data=data,
        input_name=filename,
    )
    return reverse("jobs:detail", args=[job.pk])


def _problems_csv(problems) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(PROBLEM_HEADERS)
    for p in problems:
        writer.writerow([p.line, p.column, p.value, p.message])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def register_import_job_run(job, data: bytes | None) -> JobOutcome:
    spec = registers()[job.params["register"]]
    units = register_write_units(spec, job.user)
    try:
        result = register_import(
            spec,
            data or b"",
            job.input_name,
            units=units,
            ignore_columns=job.params.get("ignore_columns", False),
            ignore_how=IGNORE_HOW_PAGE,
        )
    except ImportRejected as error:
        problems = error.problems
        lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(MORE_PROBLEMS.format(count=format_number(len(problems) - SHOWN_PROBLEMS)))
        return JobOutcome(
            lines=lines,
            failed=True,
            message=REJECTED.format(count=format_number(len(problems))),
            file=_problems_csv(problems),
            filename=f"loi-nhap-{spec.slug}.csv",
            content_type="text/csv; charset=utf-8",
        )
    lines = [
        IMPORTED.format(
            created=format_number(result.created),
            updated=format_number(result.updated),
            unchanged=format_number(result.unchanged),
        )
    ]
    lines += [text for text in (result.ignored_message, result.nothing_changed_message) if text]
    return JobOutcome(lines=lines)


def _back(job):
    spec = registers().get(job.params.get("register", ""))
    if spec is None:
        return None
    return reverse("registers:list", args=[spec.slug]), spec.label


def register_jobs_register() -> None:
    job_kind_register(KIND, LABEL, register_import_job_run, back=_back)
