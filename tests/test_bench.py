"""Every benchmark runs from a clone alone: on data in the repository or made by itself
(../shared/gold is used only when it is there). Speed is measured there, not here: these
tests only run them small."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of this repository (its sources, data and tests), alone in a folder: no
    ../shared beside it."""
    where = tmp_path_factory.mktemp("alone") / "whosaid"
    skip = shutil.ignore_patterns(".git", ".venv", "__pycache__", ".*_cache", "__snapshots__")
    shutil.copytree(ROOT, where, ignore=skip)
    assert not (where.parent / "shared").exists()
    return where


def run(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=clone, capture_output=True, text=True, timeout=300
    )


def test_extract_speed_runs_on_the_repository_s_articles(clone: Path) -> None:
    result = run(clone, "bench/extract_speed.py", "--mb", "0.05", "--runs", "1")
    assert result.returncode == 0, result.stderr
    assert f"of {clone / 'data'} (1 articles)" in result.stdout
    assert "extract:" in result.stdout and "peak memory" in result.stdout


def test_html_quality_runs_on_the_repository_s_articles(clone: Path) -> None:
    result = run(clone, "bench/html_quality.py", "--pages", "1")
    assert result.returncode == 0, result.stderr
    assert f"texts: {clone / 'data'} (1 articles)" in result.stdout


@pytest.mark.parametrize("script", ["hostile_input_speed", "keys", "review", "library"])
def test_the_other_benches_load_from_a_clone(clone: Path, script: str) -> None:
    """They make their data (or take it from data/, or the tests' helpers, which a clone
    has): --help loads each, untimed."""
    result = run(clone, f"bench/{script}.py", "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_every_bench_script_is_tested_here() -> None:
    scripts = {path.stem for path in (ROOT / "bench").glob("*.py")}
    assert scripts == {
        "extract_speed",
        "html_quality",
        "hostile_input_speed",
        "keys",
        "review",
        "library",
    }
