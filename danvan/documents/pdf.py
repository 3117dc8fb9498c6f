"""PDF from the DOCX, by LibreOffice (`soffice --headless`), so the PDF has the Word file's line
and page breaks (Liberation Serif is metric-compatible with Times New Roman).

At most DANVAN_PDF_CONCURRENCY conversions run at once on the server, whatever process asks
(web workers, the job worker, the CLI): each holds one of that many slot files under
VAR_DIR/pdf-slots/, locked with flock (released by the kernel if the process dies); a
conversion that finds every slot taken waits up to DANVAN_PDF_WAIT_SECONDS, then is refused
with a message to try again (decision 0042)."""

import fcntl
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from danvan.core.errors import DomainError, Unavailable

NO_LIBREOFFICE = (
    "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word (.docx) rồi in ra "
    "PDF, hoặc nhờ quản trị cài gói libreoffice-writer-nogui."
)
FAILED = "LibreOffice không chuyển được văn bản sang PDF ({detail})."
BUSY = (
    "Máy chủ đang chuyển {count} văn bản khác sang PDF và đã chờ {seconds} giây chưa đến lượt. "
    "Hãy thử lại sau ít phút, hoặc tải bản Word (.docx)."
)
POLL_SECONDS = 0.1


def _slot_dir() -> Path:
    path = Path(settings.VAR_DIR) / "pdf-slots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def pdf_slot(*, wait: float | None = None, slots: int | None = None) -> Iterator[int]:
    """Hold one of the server's LibreOffice slots for the block; yields its number."""
    count = max(1, slots if slots is not None else settings.DANVAN_PDF_CONCURRENCY)
    seconds = settings.DANVAN_PDF_WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + seconds
    folder = _slot_dir()
    while True:
        for number in range(count):
            handle = os.open(folder / f"slot-{number}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(handle)
                continue
            try:
                yield number
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
                os.close(handle)
            return
        if time.monotonic() >= deadline:
            raise Unavailable(BUSY.format(count=count, seconds=round(seconds)))
        time.sleep(POLL_SECONDS)


def soffice() -> str | None:
    return shutil.which(getattr(settings, "DANVAN_SOFFICE", "soffice"))


def docx_to_pdf(data: bytes, *, timeout: int = 120) -> bytes:
    program = soffice()
    if program is None:
        raise Unavailable(NO_LIBREOFFICE)
    with pdf_slot(), tempfile.TemporaryDirectory(prefix="danvan-pdf-") as folder:
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
