"""Regular expressions compiled in one run and made from their kept programs in the next."""

from __future__ import annotations

import marshal
import re
import sys
from importlib.util import cache_from_source
from pathlib import Path

import pytest

import tui.core.kept_patterns as kept_patterns_module
from tui.core.kept_patterns import kept_file, kept_patterns

PATTERNS = [
    (r"(?P<who>[A-Z]\w+) (?:said|says|told)\b", 0),
    (r"\b(?:ferry|ferries|ferryman)\s+(\d+)", re.IGNORECASE),
    (r"""  [“"] (?P<quote> [^”"]+ ) [”"]  # a quotation""", re.VERBOSE),
    (rb"^\s*(\d+)\s*$", re.MULTILINE),
]
TEXT = "Ada Lind said the Ferries 12 left.\n“We wait,” he told them."


def compiled(path: Path) -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # re's own cache would hand back the patterns without compiling them
    with kept_patterns(path):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_patterns_made_from_the_kept_file_are_the_patterns_compiled(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    first = compiled(path)
    assert path.is_file()
    kept = marshal.loads(path.read_bytes())
    assert set(kept) == {(pattern, int(flags)) for pattern, flags in PATTERNS}
    second = compiled(path)
    for fresh, made in zip(first, second, strict=True):
        assert made is not fresh
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        subject = TEXT.encode() if isinstance(made.pattern, bytes) else TEXT
        assert [m.groups() for m in made.finditer(subject)] == [  # type: ignore[arg-type]
            m.groups()
            for m in fresh.finditer(subject)  # type: ignore[arg-type]
        ]


def test_a_pattern_is_made_from_its_program_not_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    kept = marshal.loads(path.read_bytes())
    said, ferry = ((pattern, int(flags)) for pattern, flags in PATTERNS[:2])
    kept[said] = kept[ferry]  # the program of another pattern: what the file says is run
    path.write_bytes(marshal.dumps(kept))
    made = compiled(path)[0]
    assert made.pattern == PATTERNS[0][0]
    assert made.search("the ferry 7") is not None
    assert made.search("Ada Lind said") is None


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3])])
def test_a_file_that_holds_no_programs_is_compiled_again(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(content)
    made = compiled(path)
    assert made[0].search(TEXT) is not None
    assert set(marshal.loads(path.read_bytes())) == {(p, int(f)) for p, f in PATTERNS}


def test_a_program_the_regex_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    kept = marshal.loads(path.read_bytes())
    said, ferry = ((pattern, int(flags)) for pattern, flags in PATTERNS[:2])
    kept[said] = (0, b"", 0)  # not even a program's parts
    _flags, _code, groups, names, groupnames = kept[ferry]
    kept[ferry] = (0, b"\xff\xff\x00\x00" * 3, groups, names, groupnames)  # no program
    path.write_bytes(marshal.dumps(kept))
    made = compiled(path)
    assert made[0].search(TEXT).group("who") == "Lind"  # type: ignore[union-attr]
    assert made[1].flags & re.IGNORECASE  # the flags asked for, not the file's
    assert made[1].search(TEXT).group(1) == "12"  # type: ignore[union-attr]


def test_the_file_is_rewritten_only_when_the_patterns_change(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    kept = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(kept))  # the same programs: left as they are
    before = path.stat().st_mtime_ns
    compiled(path)
    assert path.stat().st_mtime_ns == before
    kept[("(?:no longer made)", 0)] = kept[(PATTERNS[0][0], 0)]
    path.write_bytes(marshal.dumps(kept))
    compiled(path)
    assert set(marshal.loads(path.read_bytes())) == {(p, int(f)) for p, f in PATTERNS}


def test_patterns_compiled_outside_are_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    re.purge()
    outside = re.compile(r"(?:compiled after the with)")
    assert outside.search("compiled after the with")
    assert (outside.pattern, 0) not in marshal.loads(path.read_bytes())


def test_a_file_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    made = compiled(tmp_path / "a file" / "kept.marshal")
    assert made[0].search(TEXT) is not None
    assert list(tmp_path.iterdir()) == [tmp_path / "a file"]


def test_the_kept_file_sits_with_the_bytecode_and_names_the_python() -> None:
    bytecode = Path(cache_from_source(kept_patterns_module.__file__))
    assert kept_file().parent == bytecode.parent
    assert sys.implementation.cache_tag in kept_file().name
