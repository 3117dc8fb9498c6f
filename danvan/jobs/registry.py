"""The kinds of job. A domain app registers its kinds from its AppConfig.ready(); this app
runs them without knowing what they do (decision 0022's plug-in registries)."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class JobOutcome:
    """What a finished job shows: lines of Vietnamese text, and optionally a file to
    download. ``failed`` with a ``message``: the work refused (a file with bad rows), its
    lines and file say why (every problem), nothing was written."""

    lines: list[str] = field(default_factory=list)
    failed: bool = False
    message: str = ""
    file: bytes | None = None
    filename: str = ""
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class JobKind:
    """``run(job, data)`` does the work: ``data`` is the input file kept with the job (or None);
    it calls the progress reporter through danvan.core.progress, raises DomainError to fail
    with a message the user reads, and returns a JobOutcome."""

    name: str
    label: str
    run: Callable
    back: Callable | None = None  # job → (url, label) of the page the work came from


_KINDS: dict[str, JobKind] = {}


def job_kind_register(name: str, label: str, run: Callable, *, back: Callable | None = None):
    _KINDS[name] = JobKind(name, label, run, back)


def job_kind(name: str) -> JobKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise LookupError(f"no job kind {name!r}") from None


def job_kinds() -> list[JobKind]:
    return list(_KINDS.values())
