"""PDF from the DOCX, by LibreOffice (`soffice --headless`), so the PDF has the Word file's line
and page breaks (Liberation Serif is metric-compatible with Times New Roman)."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings

from danvan.core.errors import DomainError, Unavailable

NO_LIBREOFFICE = (
    "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word (.docx) rồi in ra "
    "PDF, hoặc nhờ quản trị cài gói libreoffice-writer-nogui."
)
FAILED = "LibreOffice không chuyển được văn bản sang PDF ({detail})."


def soffice() -> str | None:
    return shutil.which(getattr(settings, "DANVAN_SOFFICE", "soffice"))


def docx_to_pdf(data: bytes, *, timeout: int = 120) -> bytes:
    program = soffice()
    if program is None:
        raise Unavailable(NO_LIBREOFFICE)
    with tempfile.TemporaryDirectory(prefix="danvan-pdf-") as folder:
        source = Path(folder) / "van-ban.docx"
        source.write_bytes(data)
        # A profile of its own: a second conversion never waits on the first's lock.
        profile = Path(folder) / "profile"
        try:
            subprocess.run(
                [
                    program,
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    folder,
                    str(source),
                ],
                capture_output=True,
                timeout=timeout,
                check=True,
            )
        except subprocess.TimeoutExpired:
            raise DomainError(FAILED.format(detail=f"quá {timeout} giây"))
        except subprocess.CalledProcessError as error:
            raise DomainError(FAILED.format(detail=error.stderr.decode(errors="replace")[:200]))
        result = Path(folder) / "van-ban.pdf"
        if not result.exists():
            raise DomainError(FAILED.format(detail="không có tệp kết quả"))
        return result.read_bytes()
