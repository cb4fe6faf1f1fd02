"""The core never imports Textual: it runs headless, in batch, inside other programs."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tui.core

ROOT = Path(__file__).resolve().parent.parent

BLOCKER = """
import importlib.abc, sys

class NoTextual(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "textual" or name.startswith("textual."):
            raise ImportError(f"textual is blocked here: {name}")
        return None

sys.meta_path.insert(0, NoTextual())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
assert not leaked, leaked
print(len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    """Every module of the core, those of its packages (tui.core.statements) included."""
    return ["tui.core"] + [
        module.name for module in pkgutil.walk_packages(tui.core.__path__, "tui.core.")
    ]


def test_every_core_module_imports_with_textual_blocked() -> None:
    modules = core_modules()
    assert "tui.core.model" in modules and "tui.core.store" in modules
    assert "tui.core.statements.cues" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(len(modules))


def test_the_blocker_does_block_textual() -> None:
    """Guard against a blocker that silently lets everything through."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, "tui.ui.app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "textual is blocked here" in result.stderr
