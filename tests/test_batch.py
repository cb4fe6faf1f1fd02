"""Extraction over folders: the files found, `--jobs` giving one job's output byte for byte,
unreadable files as one line each, the progress bar on a terminal only."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
from pathlib import Path

import pytest
import yaml

from tui import cli
from tui.core.batch import (
    MAX_CHUNK,
    PIPE_BYTES,
    _widen,
    article_files,
    chunks,
    extract_files,
    join,
    ordered_map,
    render,
)
from tui.core.extract import extract
from tui.core.sources import article_from_bytes, read_article


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Nine invented articles in nested folders, one binary file, hidden and other files."""
    root = tmp_path / "corpus"
    for n in range(9):
        where = root / ("" if n < 3 else f"desk-{n % 2}") / f"a{n}.txt"
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(f"Mayor Ada Lind{n} said {n + 2} bridges were closed.\n", "utf-8")
    (root / "desk-1" / "b-broken.txt").write_bytes(b"\x89PNG\x00\x00")
    (root / "notes.md").write_text("# Notes\n\nOrtiz said the vote was late.\n", "utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("Not read.\n", "utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8")
    (root / "a0.whosaid.yaml").write_text("schema: whosaid/1\n", "utf-8")
    return root


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_a_folder_is_its_article_files_below_it_sorted(folder: Path) -> None:
    found = names(article_files([folder]), folder)
    assert found == [
        "a0.txt",
        "a1.txt",
        "a2.txt",
        "desk-0/a4.txt",
        "desk-0/a6.txt",
        "desk-0/a8.txt",
        "desk-1/a3.txt",
        "desk-1/a5.txt",
        "desk-1/a7.txt",
        "desk-1/b-broken.txt",
        "notes.md",
    ]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main(["extract", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["jsonl", "yaml", "json"])
def test_two_jobs_write_what_one_job_writes(
    folder: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    one = run(capsys, folder, "--format", fmt, "--jobs", "1")
    two = run(capsys, folder, "--format", fmt, "--jobs", "2")
    assert one == two
    status, out, err = one
    broken = folder / "desk-1" / "b-broken.txt"
    assert (status, err) == (1, f"whosaid: {broken}: looks binary, not text\n")
    if fmt == "jsonl":
        ids = [json.loads(line)["article"]["id"] for line in out.splitlines()]
    elif fmt == "yaml":
        ids = [d["article"]["id"] for d in yaml.safe_load_all(out)]
    else:
        ids = [d["article"]["id"] for d in json.loads(out)]
    assert ids == ["a0", "a1", "a2", "a4", "a6", "a8", "a3", "a5", "a7", "notes"]


def test_json_of_many_is_the_list_json_would_write(folder: Path) -> None:
    documents = [extract(read_article(p)) for p in sorted(folder.glob("a*.txt"))]
    pieces = [render(d, "json") for d in documents]
    expected = [d.to_dict(include_text=True) for d in documents]
    assert join(pieces, "json") == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert join(pieces[:1], "json") == json.dumps(expected[0], ensure_ascii=False, indent=2) + "\n"
    lines = [json.dumps(data, ensure_ascii=False) + "\n" for data in expected]
    assert [render(d, "jsonl") for d in documents] == lines


def test_the_pool_keeps_the_order_of_the_files(folder: Path) -> None:
    paths = article_files([folder]) * 3
    alone = [r.output for r in extract_files(paths, "jsonl", jobs=1)]
    pooled = [r.output for r in extract_files(paths, "jsonl", jobs=2)]
    assert pooled == alone
    assert sum(output is None for output in pooled) == 3


def _stem_or_fail(path: Path) -> str:
    """A work for the pool: the stem; a ValueError on `bad`, the process gone on `dies`, and
    on `waits` a wait (of a minute at most, should the pool not stop it)."""
    if path.stem == "dies":
        os._exit(3)
    if path.stem == "bad":
        raise ValueError(f"cannot: {path}")
    if path.stem == "waits":
        threading.Event().wait(60)
    return path.stem


def test_what_a_process_of_the_pool_raises_is_raised_here_in_its_place() -> None:
    paths = [Path(f"{n}.txt") for n in range(40)] + [Path("bad.txt")]
    results = ordered_map(_stem_or_fail, paths, 2)
    assert [next(results) for _ in range(40)] == [str(n) for n in range(40)]
    with pytest.raises(ValueError, match="cannot: bad.txt"):
        next(results)


def test_a_process_of_the_pool_that_dies_is_an_error_not_a_wait() -> None:
    paths = [Path(f"{n}.txt") for n in range(40)] + [Path("dies.txt")]
    with pytest.raises(RuntimeError, match="ended before its work"):
        list(ordered_map(_stem_or_fail, paths, 2))
    assert multiprocessing.active_children() == []


def test_leaving_the_pool_early_stops_its_processes() -> None:
    paths = [Path(f"{n}.txt") for n in range(1000)]
    paths[MAX_CHUNK] = Path("waits.txt")  # the first of the second run
    results = ordered_map(_stem_or_fail, paths, 2)
    assert next(results) == "0"
    waiting = multiprocessing.active_children()
    results.close()
    assert multiprocessing.active_children() == []
    assert -signal.SIGTERM in [process.exitcode for process in waiting]


@pytest.mark.skipif(sys.platform != "linux", reason="a pipe's size is set on Linux only")
def test_a_pipe_of_the_pool_holds_a_run_of_results() -> None:
    import fcntl

    reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)
    _widen(writer)
    most = int(Path("/proc/sys/fs/pipe-max-size").read_text(encoding="ascii"))
    assert fcntl.fcntl(writer.fileno(), fcntl.F_GETPIPE_SZ) >= min(PIPE_BYTES, most)
    writer.send([b"x" * 15_000] * MAX_CHUNK)  # a run's JSON lines, sent before any is read
    assert reader.recv() == [b"x" * 15_000] * MAX_CHUNK


def test_the_pool_gets_every_file_once_in_runs_that_shrink_to_one() -> None:
    paths = [Path(f"{n}.txt") for n in range(1000)]
    runs = list(chunks(paths, 2))
    assert [path for run in runs for path in run] == paths
    sizes = [len(run) for run in runs]
    assert sizes[0] == MAX_CHUNK and sizes == sorted(sizes, reverse=True)
    assert sizes[-8:] == [1] * 8


def test_a_folder_with_no_article_is_one_line(tmp_path: Path) -> None:
    assert cli.main(["extract", str(tmp_path)]) == 1


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["extract", ".", "--jobs", "0"])
    assert stop.value.code == 2
    assert "not a number of processes: '0'" in capsys.readouterr().err


def test_a_progress_bar_only_on_a_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = run(capsys, folder / "desk-0", "--format", "jsonl")
    assert (status, err, len(out.splitlines())) == (0, "", 3)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True)
    status, out, err = run(capsys, folder / "desk-0", "--format", "jsonl", "--jobs", "1")
    assert status == 0 and len(out.splitlines()) == 3
    assert "\r[##########....................] 1/3 articles" in err
    assert "3/3 articles" in err and err.endswith("\r\x1b[K")


def test_an_article_from_bytes_is_the_article_from_its_file(folder: Path) -> None:
    path = folder / "notes.md"
    assert article_from_bytes(path, path.read_bytes()) == read_article(path)
