"""Compiled regular expressions kept from one run to the next, as Python keeps compiled modules.

The extractor's modules compile some 270 regular expressions when they are imported, several
of them tries of thousands of words; Python's regex compiler (written in Python) takes ~0.1 s
of CPU for them, half the start-up of `whosaid extract` and paid again by every run. What it
makes of a pattern (the program the regex engine runs) depends only on the pattern, its flags
and the Python version, so `kept_patterns` keeps those programs in a file beside this package's
bytecode and gives the next run the patterns from them, compiled only by the engine's own
(C) loader, which checks every program it is given.

Only patterns compiled inside the `with` are read from or written to the file; a pattern the
file does not hold is compiled as usual, and the file is then rewritten with the programs of
this run's patterns (dropping those of patterns no longer made), unless Python writes no
bytecode (`PYTHONDONTWRITEBYTECODE`): as with bytecode, the file is then read, not written.
A file that cannot be read or written is no error: the patterns are compiled as usual.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

try:  # the regex compiler's parts, as CPython 3.11 and later name them
    import _sre
    from re import _compiler
except ImportError:  # another Python: every pattern is compiled as usual
    _compiler = None

Key = tuple[str | bytes, int]
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code (as `array("I")` bytes), the
number of groups, the group names' numbers and the groups' names."""


def kept_file() -> Path:
    """Beside this module's bytecode (in `__pycache__`, or under `PYTHONPYCACHEPREFIX`), named
    for this Python's compiler and regex engine."""
    bytecode = Path(cache_from_source(__file__))
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[None]:
    """Within: a pattern compiled by an earlier run is made from its program in `path`
    (default `kept_file()`); at the end, `path` holds the programs of the patterns compiled
    within, when one of them was new."""
    if _compiler is None:
        yield
        return
    writing = path is not None or not sys.dont_write_bytecode
    path = path or kept_file()
    known = _read(path)
    used: dict[Key, Program] = {}
    parse = _compiler.compile
    recorder = _Recorder()

    def compile_kept(pattern: Any, flags: int = 0) -> Any:  # as `re._compiler.compile`
        key = (pattern, int(flags))
        program = known.get(key)
        if program is not None:
            try:
                kept_flags, code, groups, names, groupnames = program
                compiled = _sre.compile(
                    pattern, kept_flags, array("I", code).tolist(), groups, names, groupnames
                )
            except (RuntimeError, TypeError, ValueError, OverflowError):  # not a program
                pass
            else:
                used[key] = program
                return compiled
        _compiler._sre = recorder
        try:
            compiled = parse(pattern, flags)
        finally:
            _compiler._sre = _sre
        if recorder.program is not None and isinstance(pattern, str | bytes):
            used[key] = recorder.program
        recorder.program = None
        return compiled

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        _compiler.compile = parse
    if writing and used.keys() != known.keys():
        _write(path, used)


class _Recorder:
    """`_sre` to the regex compiler, keeping the arguments of its last `compile` (the
    program just made) as a `Program`."""

    def __init__(self) -> None:
        self.program: Program | None = None

    def compile(
        self,
        pattern: Any,
        flags: int,
        code: list[int],
        groups: int,
        names: dict[str, int],
        groupnames: tuple[str | None, ...],
    ) -> Any:
        compiled = _sre.compile(pattern, flags, code, groups, names, groupnames)
        # The opcodes are int subclasses (named constants): as plain numbers, in an array
        # (of 4-byte items, the engine's own; where "I" is narrower, nothing is kept).
        with suppress(OverflowError):
            program = array("I", code).tobytes()
            self.program = (int(flags), program, groups, dict(names), groupnames)
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _read(path: Path) -> dict[Key, Program]:
    """The programs in `path`; none when it is missing or is not such a file."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, programs: dict[Key, Program]) -> None:
    """`programs` into `path`, replaced at once (a run reading it meanwhile reads the old
    one); nothing written when that fails."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(programs))
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
