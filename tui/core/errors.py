"""The one error type the core raises for bad input; the CLI prints it as one line."""

from __future__ import annotations

from pathlib import Path

from tui.core.shown import shown


class InputError(Exception):
    """Bad input: a missing, unreadable or malformed file. `str()` is `FILE[:LINE]: problem`,
    safe to print: a control character in the file name is written out (`shown`)."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return shown(f"{where}: {self.problem}")


class InputWarning(UserWarning):
    """Input read with a guess (an encoding that is not the one declared or expected); `str()`
    is `FILE: what was guessed`. The CLI prints it as one line on stderr."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
