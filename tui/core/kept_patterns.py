"""Compiled regular expressions (and the other costly makings of import) kept from one run to
the next, as Python keeps compiled modules.

The extractor's modules compile some 270 regular expressions when they are imported, several
of them tries of thousands of words; Python's regex compiler (written in Python) takes ~0.1 s
of CPU for them, half the start-up of `whosaid extract` and paid again by every run. What it
makes of a pattern (the program the regex engine runs) depends only on the pattern, its flags
and the Python version, so `kept_patterns` keeps those programs in a file beside this package's
bytecode and gives the next run the patterns from them, compiled only by the engine's own
(C) loader, which checks every program it is given.

Two more makings of import are kept there, each by what alone it depends on:
- the results of `kept(make, argument)`: what a function of its argument alone made (the
  tries of word lists, `text.alternation`), under the argument and the function's code;
- the functions `dataclasses` writes for each class (`__init__`, `__eq__`, ...), compiled
  from their source text: kept as code objects (as bytecode is) under that text.
The file is read only by the Python that wrote it (its version and bytecode magic number).

Only what is made inside the `with` is read from or written to the file; what the file does
not hold is made as usual, and the file is then rewritten with what this run made (dropping
what is no longer made), unless Python writes no bytecode (`PYTHONDONTWRITEBYTECODE`): as with
bytecode, the file is then read, not written. A file that cannot be read or written is no
error: everything is made as usual.
"""

from __future__ import annotations
import __future__

import builtins
import dataclasses
import marshal
import os
import sys
from array import array
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from functools import reduce
from importlib.util import MAGIC_NUMBER, cache_from_source
from operator import or_
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

try:  # the regex compiler's parts, as CPython 3.11 and later name them
    import _sre
    from re import _compiler
except ImportError:  # another Python: every pattern is compiled as usual
    _compiler = None

Key = tuple[str | bytes, int]
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code (as `array("I")` bytes), the
number of groups, the group names' numbers and the groups' names."""
A = TypeVar("A", bound=Hashable)
R = TypeVar("R")

KINDS = ("programs", "results", "functions")
"""What the file keeps, each a dict: patterns' programs by (pattern, flags), `kept` results by
(the code that made them, argument), `dataclasses`' functions' code by (source, flags)."""
Kept = dict[str, dict[Any, Any]]
_STAMP = (sys.version, MAGIC_NUMBER)  # the Python that reads the file: the one that wrote it
# The compiler flags of `from __future__` imports, which `exec` of a text inherits.
_FUTURE_FLAGS = reduce(
    or_, (getattr(__future__, f).compiler_flag for f in __future__.all_feature_names)
)


def kept_file() -> Path:
    """Beside this module's bytecode (in `__pycache__`, or under `PYTHONPYCACHEPREFIX`), named
    for this Python's compiler and regex engine."""
    bytecode = Path(cache_from_source(__file__))
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")


class _Run:
    """What one `kept_patterns` read from its file (`known`) and what was made or taken from
    it within (`used`), by kind."""

    def __init__(self, known: Kept) -> None:
        self.known = known
        self.used: Kept = {kind: {} for kind in KINDS}
        self._codes: dict[tuple[Callable[..., object], ...], bytes] = {}

    def code_of(self, functions: tuple[Callable[..., object], ...]) -> bytes:
        """The code of `functions`, as bytes: what a `kept` result is kept under."""
        code = self._codes.get(functions)
        if code is None:
            code = self._codes[functions] = marshal.dumps(tuple(f.__code__ for f in functions))
        return code


_run: _Run | None = None  # while a `kept_patterns` is open


def kept(make: Callable[[A], R], argument: A, *helpers: Callable[..., object]) -> R:
    """`make(argument)`; within `kept_patterns`, what it gave an earlier run for an equal
    `argument` when the code of `make` and of `helpers` is the same. So `make` must depend on
    `argument` alone: its own code, that of `helpers` (every other function of this project
    it calls) and the standard library's (the file is read only by the same Python). The
    argument and the result must be values `marshal` writes (str, tuple, frozenset, ...)."""
    if _run is None:
        return make(argument)
    key = (_run.code_of((make, *helpers)), argument)
    result = _run.known["results"].get(key)
    if result is None:
        result = make(argument)
    _run.used["results"][key] = result
    return result


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[None]:
    """Within: a pattern compiled by an earlier run is made from its program in `path`
    (default `kept_file()`), and so are `kept` results and the functions of dataclasses; at
    the end, `path` holds those made within, when one of them was new."""
    global _run
    if _compiler is None or _run is not None:  # another Python, or already open
        yield
        return
    writing = path is not None or not sys.dont_write_bytecode
    path = path or kept_file()
    run = _Run(_read(path))
    parse = _compiler.compile
    _compiler.compile = _compile_kept(run, parse)
    dataclasses.exec = _exec_kept(run)  # type: ignore[attr-defined]  # before the builtin
    _run = run
    try:
        yield
    finally:
        _compiler.compile = parse
        del dataclasses.exec  # type: ignore[attr-defined]
        _run = None
    if writing and any(run.used[kind].keys() != run.known[kind].keys() for kind in KINDS):
        _write(path, run.used)


def _compile_kept(run: _Run, parse: Callable[..., Any]) -> Callable[..., Any]:
    """`re._compiler.compile`, making a pattern from its kept program when it can."""
    known, used = run.known["programs"], run.used["programs"]
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

    return compile_kept


def _exec_kept(run: _Run) -> Callable[..., None]:
    """`exec` for `dataclasses`, which runs the source of each function it writes: the code
    compiled from that source by an earlier run, when there is one."""
    known, used = run.known["functions"], run.used["functions"]

    def exec_kept(source: Any, *namespaces: Any) -> None:
        if isinstance(source, str):
            # As `exec` compiles a text: inheriting the `from __future__` flags of its caller.
            flags = sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
            code = known.get((source, flags))
            if not isinstance(code, CodeType):
                code = compile(source, "<string>", "exec", flags, dont_inherit=True)
            used[source, flags] = source = code
        builtins.exec(source, *namespaces)

    return exec_kept


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


def _read(path: Path) -> Kept:
    """What `path` keeps, by kind; nothing when it is missing, is not such a file or was
    written by another Python."""
    try:
        stamp, *kinds = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        kinds = []
    else:
        if stamp != _STAMP:
            kinds = []
    if len(kinds) == len(KINDS) and all(isinstance(kind, dict) for kind in kinds):
        return dict(zip(KINDS, kinds, strict=True))
    return {kind: {} for kind in KINDS}


def _write(path: Path, kept: Kept) -> None:
    """`kept` into `path`, replaced at once (a run reading it meanwhile reads the old one);
    nothing written when that fails."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        data = marshal.dumps((_STAMP, *(kept[kind] for kind in KINDS)))
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except (OSError, ValueError):  # ValueError: a `kept` value that marshal cannot write
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
