"""Run by `make check-runtime` in a fresh venv holding requirements.txt only: every danvan module
imports, and no test, lint or type-checking tool was installed with the product."""

import importlib
import importlib.metadata
import os
import pkgutil
import sys
from pathlib import Path

DEV_TOOLS = {
    "pytest",
    "pytest-django",
    "hypothesis",
    "playwright",
    "ruff",
    "mypy",
    "django-stubs",
    "import-linter",
    "duckdb",
    "factory-boy",
    "faker",
}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


installed = {_normal(d.metadata["Name"]) for d in importlib.metadata.distributions()}
found = sorted(installed & DEV_TOOLS)
if found:
    sys.exit(f"requirements.txt installs development tools: {', '.join(found)}")
# Every package pip pulled in is pinned: a dependency that only came transitively would float.
ROOT = Path(__file__).resolve().parent.parent
pinned = {
    _normal(line.split("==")[0])
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    if "==" in line and not line.lstrip().startswith("#")
}
unpinned = sorted(installed - pinned - {"danvan", "pip", "setuptools", "wheel"})
if unpinned:
    sys.exit(f"installed but not pinned in requirements.txt: {', '.join(unpinned)}")

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
import django  # noqa: E402  (settings must be named first)

django.setup()
import danvan  # noqa: E402

failures = []
count = 0
for module in pkgutil.walk_packages(danvan.__path__, "danvan."):
    if ".migrations" in module.name or module.name.endswith("__main__"):
        continue
    count += 1
    try:
        importlib.import_module(module.name)
    except Exception as error:  # report every module that does not import, then fail
        failures.append(f"{module.name}: {type(error).__name__}: {error}")
if failures:
    sys.exit("Modules that need more than requirements.txt:\n" + "\n".join(failures))
print(f"{count} danvan modules import with requirements.txt alone; no development tool installed")
