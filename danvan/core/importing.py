"""What every file import shares: the per-row problem, the all-or-nothing refusal, and the
upload page that runs an importer and shows either its result or every bad row."""

from collections.abc import Callable
from dataclasses import dataclass

from django.shortcuts import render

from danvan.core.errors import DomainError
from danvan.core.forms import UploadForm


@dataclass(frozen=True)
class Problem:
    """One bad cell or row: where (line as Excel shows it, column), what, and why."""

    line: int
    column: str
    value: str
    message: str

    def __str__(self):
        where = f"Dòng {self.line}" + (f", cột {self.column}" if self.column else "")
        return f"{where}: {self.message}."


class ImportRejected(DomainError):
    """The file was refused whole; ``problems`` lists every bad row."""

    def __init__(self, problems: list[Problem]):
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
