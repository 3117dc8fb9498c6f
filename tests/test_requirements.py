"""The product's pins and the development pins live apart: requirements.txt runs DanVan,
requirements-dev.txt adds what tests, lints and type-checks it. Read from the two files (the
installed venv may hold both), so a dev tool slipped into requirements.txt fails here."""

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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
    "schemathesis",
}
UNUSED = {"factory-boy", "faker"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]+\])?==[^=\s]+$")


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        match = PIN.match(line)
        assert match, f"{path.name}: «{line}» is not an exact pin (name==version)"
        pins[_name(match.group(1))] = line
    return pins


def test_requirements_txt_holds_no_development_tool():
    runtime = _pins(ROOT / "requirements.txt")
    assert sorted(DEV_TOOLS & runtime.keys()) == []
    assert sorted(UNUSED & runtime.keys()) == []


def test_requirements_dev_txt_adds_every_tool_on_top_of_the_product():
    text = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in text.splitlines()
    dev = _pins(ROOT / "requirements-dev.txt")
    assert sorted(DEV_TOOLS - dev.keys()) == []
    assert sorted(UNUSED & dev.keys()) == []
    assert sorted(dev.keys() & _pins(ROOT / "requirements.txt").keys()) == []  # pinned once


def test_every_declared_dependency_has_an_exact_pin():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = _pins(ROOT / "requirements.txt")
    for requirement in project["project"]["dependencies"]:
        name = _name(re.match(r"[A-Za-z0-9._-]+", requirement).group())
        assert name in runtime, f"{requirement} has no pin in requirements.txt"


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:  # module level only: a function may import an optional tool
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_product_code_does_not_import_a_development_tool_when_loaded():
    modules = {
        "pytest",
        "pytest_django",
        "hypothesis",
        "playwright",
        "ruff",
        "mypy",
        "duckdb",
        "schemathesis",
    }
    offenders = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "danvan").rglob("*.py")
        if _top_level_imports(path) & modules
    )
    assert offenders == []
