"""The layers of docs/decisions/0022, checked by import-linter with the contracts of
pyproject.toml: the real code keeps them, and the same contracts, applied to a small synthetic
tree, report an upward import (also one hidden in a function) and a generic layer importing a
domain app — so this test can fail."""

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def _contracts() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]


def _lint(cwd: Path, config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, "--config", str(config), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _renamed(value, old: str, new: str):
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_renamed(item, old, new) for item in value]
    if isinstance(value, dict):
        return {key: _renamed(item, old, new) for key, item in value.items()}
    return value


def _toml(config: dict) -> str:
    """The [tool.importlinter] tables back as TOML (strings, booleans and lists of strings)."""
    lines = ["[tool.importlinter]"]
    contracts = config.pop("contracts")
    lines += [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    for contract in contracts:
        lines += ["", "[[tool.importlinter.contracts]]"]
        lines += [f"{key} = {json.dumps(value)}" for key, value in contract.items()]
    return "\n".join(lines) + "\n"


def _synthetic_tree(tmp_path: Path, imports: dict[str, str]) -> Path:
    """A package ``fake`` with one subpackage per child of ``danvan`` the contracts name, each
    importing only what ``imports`` gives it; returns the config of the same contracts."""
    config = _renamed(_contracts(), "danvan", "fake")
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    names = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    package = tmp_path / "fake"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in names:
        (package / name).mkdir()
        (package / name / "__init__.py").write_text(imports.get(name, ""))
    path = tmp_path / "contracts.toml"
    path.write_text(_toml(config), encoding="utf-8")
    return path


def test_the_code_keeps_the_layers():
    result = _lint(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_downward_imports_are_allowed(tmp_path):
    config = _synthetic_tree(
        tmp_path,
        {
            "dossiers": "import fake.registers\nimport fake.indicators\n",
            "indicators": "import fake.registers\n",
            "registers": "import fake.accounts\nimport fake.worklist\n",
            "accounts": "import fake.orgunits\nimport fake.core\n",
            "api": "import fake.dossiers\n",
        },
    )
    result = _lint(tmp_path, config)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_upward_import_breaks_the_layers(tmp_path):
    config = _synthetic_tree(
        tmp_path,
        {
            "core": "import fake.accounts\n",
            # Hidden in a function: still an import the contract sees.
            "indicators": "def catalogue():\n    import fake.dossiers\n",
            "dossiers": "import fake.petitions\n",  # domain apps are independent
        },
    )
    result = _lint(tmp_path, config)
    assert result.returncode == 1
    assert "fake.core is not allowed to import fake.accounts" in result.stdout
    assert "fake.indicators is not allowed to import fake.dossiers" in result.stdout
    assert "fake.dossiers is not allowed to import fake.petitions" in result.stdout
    assert "The generic layers import no domain app" in result.stdout


def test_an_app_missing_from_the_layers_is_reported(tmp_path):
    config = _synthetic_tree(tmp_path, {})
    (tmp_path / "fake" / "newapp").mkdir()
    (tmp_path / "fake" / "newapp" / "__init__.py").write_text("")
    result = _lint(tmp_path, config)
    assert result.returncode == 1
    assert "fake.newapp" in result.stdout
