"""Lay some documents of the real corpus out as their offices publish them: a Word file (the
text's paragraphs, its tab-separated lines as a Word table, Times New Roman 13) and, for every
other one, the PDF LibreOffice prints from it — so the evaluation reads .docx tables as cells
and PDF tables from the character boxes, on the same labels as the .txt.

    .venv/bin/python tests/checker/real/make_office_files.py   # rewrites the .docx/.pdf files

Which documents: those with a table (a line with a tab), in name order; the .txt stays the
reference. The files are committed; this script is how they were made.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def to_docx(text: str, path: Path) -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for block in text.split("\n\n"):
        lines = block.split("\n")
        index = 0
        while index < len(lines):
            if "\t" in lines[index]:
                rows = []
                while index < len(lines) and "\t" in lines[index]:
                    rows.append(lines[index].split("\t"))
                    index += 1
                width = max(len(r) for r in rows)
                if width > 6:
                    # A wide table goes on a landscape page, as offices print their appendices.
                    section = document.sections[-1]
                    section.orientation = WD_ORIENT.LANDSCAPE
                    section.page_width, section.page_height = (
                        section.page_height,
                        section.page_width,
                    )
                table = document.add_table(rows=len(rows), cols=width)
                table.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, value in enumerate(row):
                        cell = table.cell(r, c)
                        cell.text = value
                        for run in cell.paragraphs[0].runs:
                            run.font.size = Pt(10)
                continue
            if lines[index].strip():
                document.add_paragraph(lines[index])
            index += 1
    document.save(path)


def to_pdf(docx_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, str(docx_path)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        pdf_path.write_bytes((Path(out) / f"{docx_path.stem}.pdf").read_bytes())


def main() -> int:
    chosen = [
        path
        for path in sorted(HERE.glob("*.txt"))
        if (HERE / f"{path.stem}.labels.json").exists() and "\t" in path.read_text("utf-8")
    ]
    for number, path in enumerate(chosen):
        text = path.read_text(encoding="utf-8")
        target = HERE / f"{path.stem}.docx"
        if number % 2:
            with tempfile.TemporaryDirectory() as scratch:
                word = Path(scratch) / f"{path.stem}.docx"
                to_docx(text, word)
                to_pdf(word, HERE / f"{path.stem}.pdf")
            target.unlink(missing_ok=True)
        else:
            to_docx(text, target)
            (HERE / f"{path.stem}.pdf").unlink(missing_ok=True)
    print(
        f"{len(chosen)} tài liệu có bảng: {len(chosen) - len(chosen) // 2} .docx, "
        f"{len(chosen) // 2} .pdf"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
