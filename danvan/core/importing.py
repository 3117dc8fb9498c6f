"""What every file import shares: the per-row problem, the all-or-nothing refusal, and the
upload page that runs an importer and shows either its result or every bad row."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from django.shortcuts import render

from danvan.core.errors import DomainError
from danvan.core.forms import UploadForm


@dataclass(frozen=True)
class Problem:
    """One bad cell or row: where (line as Excel shows it, column), what, and why."""

    line: int
    column: str  # the Vietnamese header once ImportRejected has named it
    value: str
    message: str
    code: str = ""  # the technical column name (``kenh_nop``), for scripts and experts

    def __str__(self):
        where = f"Dòng {self.line}" + (f', cột "{self.column}"' if self.column else "")
        return f"{where}: {self.message}."


def _header(headers: Mapping[str, Sequence[str] | str], column: str) -> str:
    names = headers.get(column)
    if not names:
        return column
    return names if isinstance(names, str) else names[0]


class ImportRejected(DomainError):
    """The file was refused whole; ``problems`` lists every bad row. With ``headers``
    (technical name → Vietnamese headers, the first one shown), each problem names its
    column as people read it in the file; the technical name stays in ``code``."""

    def __init__(
        self,
        problems: list[Problem],
        headers: Mapping[str, Sequence[str] | str] | None = None,
    ):
        if headers is not None:
            problems = [
                replace(p, column=_header(headers, p.column), code=p.code or p.column)
                for p in problems
            ]
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"Tệp có {len(problems)} lỗi, chưa nhập gì:\n{lines}")


def import_upload_page(
    request, template: str, run: Callable[[bytes, str], object], context: dict | None = None
):
    """GET shows the upload form; POST runs ``run(data, filename)`` on the uploaded file.
    A rejected file answers 400 with every problem listed and nothing changed."""
    form = UploadForm(request.POST or None, request.FILES or None)
    problems, result = [], None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = run(upload.read(), upload.name)
        except ImportRejected as error:
            problems = error.problems
        except DomainError as error:  # unreadable file, wrong columns, empty …
            form.add_error("file", error.message)
    page = {**(context or {}), "form": form, "problems": problems, "result": result}
    return render(request, template, page, status=400 if problems else 200)
