"""The checker on large files as a background job (decision 0042): uploads of more than
DANVAN_CHECKER_BACKGROUND_BYTES in all are checked in the job worker; the job page lists each
file's findings and offers them as a CSV. The files travel as one zip kept with the job."""

import csv
import io
import zipfile

from django.conf import settings
from django.urls import reverse

from danvan.accounts.access import access_home_unit
from danvan.checker.engine import check_file
from danvan.checker.reading import ReadError
from danvan.checker.render import SEVERITY_LABELS
from danvan.checker.rules import ERROR
from danvan.core.numbers import format_number
from danvan.core.progress import progress_tick
from danvan.jobs.registry import JobOutcome, job_kind_register
from danvan.jobs.services import job_start

KIND = "checker.check"
LABEL = "Kiểm tra số liệu trong báo cáo"
CHECKING = "Đang kiểm tra tệp {done}/{total}: {name}…"
FILE_LINE = "«{name}»: {errors} lỗi, {others} điểm cần xem lại."
FILE_UNREADABLE = "«{name}»: {reason}"
FINDING_LINE = "«{name}» — {severity}: {message}"
SHOWN = 30
HEADERS = ("Tệp", "Mức độ", "Quy tắc", "Nhận xét", "Đoạn văn")


def checker_is_large(uploads) -> bool:
    return sum(upload.size for upload in uploads) > settings.DANVAN_CHECKER_BACKGROUND_BYTES


def checker_job_start(*, user, uploads) -> str:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, upload in enumerate(uploads):
            archive.writestr(f"{number:03d}", upload.read())
    names = [upload.name for upload in uploads]
    job = job_start(
        kind=KIND,
        user=user,
        unit=access_home_unit(user),
        params={"names": names},
        data=packed.getvalue(),
        input_name=", ".join(names)[:300],
    )
    return reverse("jobs:detail", args=[job.pk])


def checker_job_run(job, data) -> JobOutcome:
    names = job.params["names"]
    lines, findings_lines, rows = [], [], []
    with zipfile.ZipFile(io.BytesIO(data or b"")) as archive:
        for number, name in enumerate(names):
            total = format_number(len(names))
            message = CHECKING.format(done=format_number(number + 1), total=total, name=name)
            progress_tick(number, len(names), message)
            try:
                result = check_file(name, archive.read(f"{number:03d}"))
            except ReadError as error:
                lines.append(FILE_UNREADABLE.format(name=name, reason=error.message))
                continue
            errors = sum(1 for f in result.findings if f.severity == ERROR)
            lines.append(
                FILE_LINE.format(
                    name=name,
                    errors=format_number(errors),
                    others=format_number(len(result.findings) - errors),
                )
            )
            for finding in result.findings:
                severity = SEVERITY_LABELS[finding.severity]
                findings_lines.append(
                    FINDING_LINE.format(name=name, severity=severity, message=finding.message)
                )
                rows.append([name, severity, finding.title, finding.message, finding.excerpt])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return JobOutcome(
        lines=lines + findings_lines[:SHOWN],
        file=("\ufeff" + out.getvalue()).encode("utf-8"),
        filename="ket-qua-kiem-tra.csv",
        content_type="text/csv; charset=utf-8",
    )


def _back(job):
    return reverse("checker:check"), "Kiểm tra báo cáo"


def checker_jobs_register() -> None:
    job_kind_register(KIND, LABEL, checker_job_run, back=_back)
