import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command


def test_bench_prints_a_ratio_per_scenario_on_a_throwaway_database(tmp_path):
    """`danvan bench` must run from a clean checkout and never touch the real database."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DANVAN_VAR_DIR"] = str(tmp_path)
    danvan = Path(sys.executable).with_name("danvan")
    result = subprocess.run(
        [
            str(danvan),
            "bench",
            "--only",
            "foundation",
            "--communes",
            "5",
            "--departments",
            "1",
            "--repeat",
            "2",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "(" in line and "," in line]
    assert len(lines) >= 3
    assert "Tỉnh thử: 71 đơn vị" in result.stdout
    assert not (tmp_path / "danvan.sqlite3").exists()  # only the temporary test database


def test_register_bench_checks_three_ways_agree_and_writes_its_report(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DANVAN_VAR_DIR"] = str(tmp_path)
    report = tmp_path / "benchmarks.md"
    danvan = Path(sys.executable).with_name("danvan")
    result = subprocess.run(
        [
            str(danvan),
            "bench",
            "--only",
            "registers",
            "--units",
            "12",
            "--dossiers",
            "3000",
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "khớp từng số liệu: có" in result.stdout
    text = report.read_text(encoding="utf-8")
    assert "(a)" in text and "(d)" in text and "3,000 dossiers" in text


def test_register_bench_without_duckdb_says_how_to_install_it(monkeypatch):
    """DuckDB is a measuring tool (requirements-dev.txt); without it the register scenario stops
    at once with a Vietnamese message instead of failing after building a province."""
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "duckdb" else real(name, *a)
    )
    with pytest.raises(CommandError, match="make bench"):
        call_command("bench", "--only", "registers")
