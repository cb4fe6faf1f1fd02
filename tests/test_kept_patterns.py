"""Regular expressions compiled in one run and made from their kept programs in the next; the
same for `kept` results and the functions dataclasses write."""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import subprocess
import sys
from importlib.util import cache_from_source
from pathlib import Path

import pytest

import tui.core.kept_patterns as kept_patterns_module
from tui.core.kept_patterns import kept, kept_file, kept_patterns

PATTERNS = [
    (r"(?P<who>[A-Z]\w+) (?:said|says|told)\b", 0),
    (r"\b(?:ferry|ferries|ferryman)\s+(\d+)", re.IGNORECASE),
    (r"""  [“"] (?P<quote> [^”"]+ ) [”"]  # a quotation""", re.VERBOSE),
    (rb"^\s*(\d+)\s*$", re.MULTILINE),
]
TEXT = "Ada Lind said the Ferries 12 left.\n“We wait,” he told them."


def read(path: Path) -> dict[str, dict]:
    """What the file keeps, by kind (empty when it keeps nothing)."""
    return kept_patterns_module._read(path)


def programs(path: Path) -> dict:
    return read(path)["programs"]


def write_programs(path: Path, programs: dict) -> None:
    """`programs` into the file in place of its own, the rest kept."""
    kinds = read(path)
    kinds["programs"] = programs
    kept_patterns_module._write(path, kinds)


def compiled(path: Path) -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # re's own cache would hand back the patterns without compiling them
    with kept_patterns(path):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_patterns_made_from_the_kept_file_are_the_patterns_compiled(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    first = compiled(path)
    assert path.is_file()
    assert set(programs(path)) == {(pattern, int(flags)) for pattern, flags in PATTERNS}
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
    kept = programs(path)
    said, ferry = ((pattern, int(flags)) for pattern, flags in PATTERNS[:2])
    kept[said] = kept[ferry]  # the program of another pattern: what the file says is run
    write_programs(path, kept)
    made = compiled(path)[0]
    assert made.pattern == PATTERNS[0][0]
    assert made.search("the ferry 7") is not None
    assert made.search("Ada Lind said") is None


OLD_FORMAT = marshal.dumps({("a", 0): (0, b"", 0, {}, ())})  # programs alone, no Python named
OTHER_PYTHON = marshal.dumps((("3.0.0", b"\x00\x00\r\n"), {}, {}, {}))


@pytest.mark.parametrize(
    "content", [b"", b"not marshal data", marshal.dumps([1, 2, 3]), OLD_FORMAT, OTHER_PYTHON]
)
def test_a_file_that_holds_no_programs_is_compiled_again(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(content)
    made = compiled(path)
    assert made[0].search(TEXT) is not None
    assert set(programs(path)) == {(p, int(f)) for p, f in PATTERNS}


def test_a_program_the_regex_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    kept = programs(path)
    said, ferry = ((pattern, int(flags)) for pattern, flags in PATTERNS[:2])
    kept[said] = (0, b"", 0)  # not even a program's parts
    _flags, _code, groups, names, groupnames = kept[ferry]
    kept[ferry] = (0, b"\xff\xff\x00\x00" * 3, groups, names, groupnames)  # no program
    write_programs(path, kept)
    made = compiled(path)
    assert made[0].search(TEXT).group("who") == "Lind"  # type: ignore[union-attr]
    assert made[1].flags & re.IGNORECASE  # the flags asked for, not the file's
    assert made[1].search(TEXT).group(1) == "12"  # type: ignore[union-attr]


def test_the_file_is_rewritten_only_when_the_patterns_change(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    kept = programs(path)
    write_programs(path, kept)  # the same programs: left as they are
    before = path.stat().st_mtime_ns
    compiled(path)
    assert path.stat().st_mtime_ns == before
    kept[("(?:no longer made)", 0)] = kept[(PATTERNS[0][0], 0)]
    write_programs(path, kept)
    compiled(path)
    assert set(programs(path)) == {(p, int(f)) for p, f in PATTERNS}


def test_patterns_compiled_outside_are_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    compiled(path)
    re.purge()
    outside = re.compile(r"(?:compiled after the with)")
    assert outside.search("compiled after the with")
    assert (outside.pattern, 0) not in programs(path)


def test_a_file_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    made = compiled(tmp_path / "a file" / "kept.marshal")
    assert made[0].search(TEXT) is not None
    assert list(tmp_path.iterdir()) == [tmp_path / "a file"]


def test_the_kept_file_sits_with_the_bytecode_and_names_the_python() -> None:
    bytecode = Path(cache_from_source(kept_patterns_module.__file__))
    assert kept_file().parent == bytecode.parent
    assert sys.implementation.cache_tag in kept_file().name


IMPORT_THE_COMMAND = """
import sys
from pathlib import Path
from tui.core.kept_patterns import kept_patterns
with kept_patterns(Path(sys.argv[1])):
    import tui.cli
"""


def test_the_command_makes_the_same_patterns_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A pattern joined from a set in its order differs from one run to the next: each run
    would compile it again and rewrite the whole file (~0.1 s of every `whosaid extract`)."""
    path = tmp_path / "kept.marshal"
    made = []
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", IMPORT_THE_COMMAND, str(path)]
        subprocess.run(command, env=environment, check=True)
        made.append({kind: set(keys) for kind, keys in read(path).items()})
    assert made[0]["programs"]
    for kind in made[0]:
        first, second = made[0][kind], made[1][kind]
        assert first == second, (kind, sorted(map(repr, first ^ second))[:3])


def joined(words: frozenset[str]) -> str:
    """A function of its argument alone, counting its calls."""
    joined.calls += 1  # type: ignore[attr-defined]
    return "|".join(sorted(words))


def test_a_kept_result_is_made_once_for_an_equal_argument_and_the_same_code(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kept.marshal"
    words = frozenset({"said", "told"})
    joined.calls = 0  # type: ignore[attr-defined]
    assert kept(joined, words) == "said|told"  # outside: made, nothing kept
    for _ in range(2):
        with kept_patterns(path):
            assert kept(joined, frozenset(["told", "said"])) == "said|told"
            assert kept(joined, frozenset({"says"})) == "says"
    assert joined.calls == 3  # type: ignore[attr-defined]  # the second run made nothing
    with kept_patterns(path):  # another function's code: made again
        assert kept(joined, words, programs) == "said|told"
    assert joined.calls == 4  # type: ignore[attr-defined]
    assert set(read(path)["results"]) == {
        (marshal.dumps((joined.__code__, programs.__code__)), words)
    }


def test_a_kept_result_is_what_the_file_says(tmp_path: Path) -> None:
    """The result is taken from the file, not made again."""
    path = tmp_path / "kept.marshal"
    key = (marshal.dumps((joined.__code__,)), frozenset({"a"}))
    kinds = {"programs": {}, "results": {key: "from the file"}, "functions": {}}
    kept_patterns_module._write(path, kinds)
    with kept_patterns(path):
        assert kept(joined, frozenset({"a"})) == "from the file"


def dataclass_made() -> type:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Said:
        """Someone said something."""

        who: str
        words: str = "nothing"

    return Said


def test_dataclass_functions_made_from_the_kept_file_are_those_compiled(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    plain = dataclass_made()
    for _ in range(2):  # compiled and kept, then made from the file
        with kept_patterns(path):
            made = dataclass_made()
        for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
            assert getattr(made, name).__code__ == getattr(plain, name).__code__, name
            assert getattr(made, name).__annotations__ == getattr(plain, name).__annotations__
        said = made("Lee")
        assert said == made("Lee", "nothing")
        assert (repr(said), hash(said)) == (repr(plain("Lee")), hash(plain("Lee")))
        with pytest.raises(dataclasses.FrozenInstanceError):
            said.who = "Kim"  # type: ignore[misc]
    assert read(path)["functions"]
    assert "exec" not in vars(dataclasses)  # the builtin again, outside


def test_dataclass_functions_are_what_the_file_says(tmp_path: Path) -> None:
    """The code is taken from the file, not compiled again: a code changed there is run."""
    path = tmp_path / "kept.marshal"
    with kept_patterns(path):
        dataclass_made()
    kinds = read(path)
    functions = kinds["functions"]
    (key,) = (key for key in functions if "def __repr__" in key[0])
    source, flags = key
    changed = source.replace("return ", 'return "from the file"  # ', 1)
    functions[key] = compile(changed, "<string>", "exec", flags, dont_inherit=True)
    kept_patterns_module._write(path, kinds)
    with kept_patterns(path):
        made = dataclass_made()
    assert repr(made("Lee")) == "from the file"
