"""Extraction over many articles: the article files of folders, and a process pool over them.

`extract_files` yields one `Extracted` per file, in the order of the files, whatever the number
of processes: the output of `whosaid extract --jobs N` is the output of one job, byte for byte.
Each piece of output is rendered in the worker (a line of JSON is cheaper to send back than a
Document) and encoded there as UTF-8 (sending a str back, it is decoded in the parent and encoded
again to be written: two passes over every byte in the one process all output goes through),
with the warnings its reading raised, so the parent only writes bytes.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tui.core.errors import InputError
from tui.core.extract import extract
from tui.core.model import Document
from tui.core.sources import ANNOTATION_SUFFIX, ARTICLE_SUFFIXES, read_article, storable_name

if TYPE_CHECKING:  # for the pool only: they import ctypes, tempfile, shutil, lzma...
    from multiprocessing.connection import Connection
    from multiprocessing.sharedctypes import Synchronized

OUTPUT_FORMATS = ("yaml", "json", "jsonl")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Extracted:
    """What one article gave: its rendered output (UTF-8), or the one-line problem that
    stopped it."""

    path: Path
    output: bytes | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def article_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, a folder standing for every article file in it and below (by suffix:
    .txt, .text, .md, .markdown, .html, .htm), sorted by path; hidden files and folders and
    symbolic links to folders are passed over."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            found.append(path)
            continue
        # By name until sorted (a Path made for every file, and its parts for the sort, took
        # ~17 ms of 1,000 files before the pool could start).
        inside: list[tuple[tuple[str, ...], str]] = []
        for folder, dirs, files in os.walk(path, onerror=partial(_unlisted, path)):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            below = Path(folder).relative_to(path).parts
            inside.extend(
                ((*below, f), os.path.join(folder, f))
                for f in files
                if not f.startswith(".")
                and os.path.splitext(f)[1].lower() in ARTICLE_SUFFIXES
                and not f.endswith(ANNOTATION_SUFFIX)
            )
        inside.sort()
        found.extend(Path(name) for _, name in inside)
    return found


def _unlisted(top: Path, error: OSError) -> None:
    """A folder named that cannot be listed is one problem, not a folder without articles;
    one below it that cannot be is passed over, as a hidden one is."""
    if error.filename is not None and Path(error.filename) == top:
        raise InputError(top, f"cannot read: {error.strerror or error}") from None


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_JSON_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False)
"""`json.dumps(data, ensure_ascii=False)`, made once, without looking for cycles (a document's
data has none): ~15% of the time of a line."""


def render(document: Document, fmt: str) -> str:
    """One document as `fmt` gives it: an annotation (yaml, without the article's text), an
    indented JSON object, or one line of JSON (both with the text)."""
    if fmt == "yaml":
        from tui.core.store import dump_yaml  # PyYAML (~25 ms to import): for yaml only

        return dump_yaml(document)
    data = document.to_dict(include_text=True)
    if fmt == "jsonl":
        return _JSON_LINE.encode(data) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2)


def join(pieces: Sequence[str], fmt: str) -> str:
    """The pieces `render` gave, as one output: YAML documents separated by `---`, JSON lines
    one after another, and in JSON one object or a list of them (as `json.dumps` indents it)."""
    if fmt == "yaml":
        return "---\n".join(pieces)
    if fmt == "jsonl":
        return "".join(pieces)
    if len(pieces) == 1:
        return pieces[0] + "\n"
    inner = ",\n".join("\n".join("  " + line for line in p.split("\n")) for p in pieces)
    return f"[\n{inner}\n]\n" if pieces else "[]\n"


def article_file_from(out: Path, article: Path) -> str | None:
    """How an annotation written to `out` names its article: relative to `out`'s folder, where
    an annotation reads it from; None (the text goes in the annotation) when the article is not
    in that folder or below, since an annotation reads nothing outside it."""
    folder, article = out.absolute().parent.resolve(), article.resolve()
    if not article.is_relative_to(folder):
        return None
    return storable_name(str(article.relative_to(folder)))


def extract_file(path: Path, fmt: str, out: Path | None = None) -> Extracted:
    """Read and extract one article and render it as `fmt` (naming its file as an annotation
    written to `out` would); a file that cannot be read is a one-line problem, not a stop."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            document = extract(read_article(path))
        except InputError as error:
            return Extracted(path, None, str(error))
        except Exception as error:  # a bug on one article must not lose the others
            first_line = next(iter(str(error).splitlines()), "")
            return Extracted(
                path, None, f"{path}: internal error: {type(error).__name__}: {first_line}"
            )
    if out is not None:
        file = article_file_from(out, path)
        document = replace(document, article=replace(document.article, file=file))
    said = tuple(str(w.message) for w in caught)
    return Extracted(path, render(document, fmt).encode("utf-8"), warnings=said)


def extract_files(
    paths: Sequence[Path], fmt: str, *, jobs: int = 1, out: Path | None = None
) -> Iterator[Extracted]:
    """`extract_file` over `paths`, in their order, by `jobs` processes (1: in this one)."""
    return ordered_map(partial(extract_file, fmt=fmt, out=out), paths, jobs)


def ordered_map(work: Callable[[Path], T], paths: Sequence[Path], jobs: int) -> Iterator[T]:
    """`work` over `paths` by `jobs` processes (1: in this one), the results in their order.

    Each process takes the next run of paths (`chunks`) when it is done with one and sends
    back its results; this process only puts them in order. On Linux the processes are forks
    of this one: they start at once, sharing its compiled patterns (started afresh, each would
    import the extractor again). Leaving early (an error, ctrl-c, a reader gone from a pipe)
    stops them at once; a process that dies is an error here, not a wait for ever."""
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        yield from map(work, paths)
        return
    # For N > 1 only: multiprocessing (with pickle, socket, selectors: ~60 M instructions, a
    # tenth of the start-up of `whosaid extract --jobs 1`), its connections (with tempfile,
    # shutil, lzma...).
    from multiprocessing import get_context
    from multiprocessing.connection import wait

    runs = list(chunks(paths, jobs))
    context = get_context("fork" if sys.platform == "linux" else None)
    taken = context.Value("q", 0)
    readers: list[Connection] = []
    processes = []
    try:
        for _ in range(jobs):
            reader, writer = context.Pipe(duplex=False)
            _widen(writer)
            process = context.Process(target=_serve, args=(work, runs, taken, writer), daemon=True)
            process.start()
            writer.close()
            readers.append(reader)
            processes.append(process)
        done: dict[int, list[T] | BaseException] = {}
        for number in range(len(runs)):
            while number not in done:
                if not readers:
                    raise RuntimeError("a process extracting articles ended before its work")
                for reader in wait(readers):
                    try:
                        index, results = reader.recv()
                    except EOFError:
                        readers.remove(reader)
                    else:
                        done[index] = results
            results = done.pop(number)
            if isinstance(results, BaseException):
                raise results
            yield from results
    finally:
        for process in processes:
            process.terminate()
            process.join()


PIPE_BYTES = 1 << 20
"""What a pipe from a process of the pool holds (Linux's most, unprivileged): a run's results
(16 JSON lines of 15 KB for articles of 5 KB) at once."""


def _widen(pipe: Connection) -> None:
    """`pipe` made to hold `PIPE_BYTES` (on Linux; elsewhere, or refused, it is left as it is).

    A pipe holds 64 KB by default: a process sending a run's results waited for this one to
    read each 64 KB of it before it could extract its next run (~5% of its time on a busy
    machine, bench/library.py's corpus); now it goes on, and this one reads the run at once."""
    if sys.platform == "linux":
        import fcntl

        with suppress(OSError):
            fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _serve(
    work: Callable[[Path], T],
    runs: Sequence[Sequence[Path]],
    taken: Synchronized[int],
    writer: Connection,
) -> None:
    """In a process of `ordered_map`: the next run not taken, until none is left, each run's
    results (or what `work` raised) sent back with its number. Ctrl-c is for the parent,
    which stops this process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        with taken.get_lock():
            number = taken.value
            taken.value += 1
        if number >= len(runs):
            return
        try:
            results: list[T] | BaseException = [work(path) for path in runs[number]]
        except Exception as error:
            results = error
        writer.send((number, results))


MAX_CHUNK = 16


def chunks(paths: Sequence[Path], jobs: int) -> Iterator[Sequence[Path]]:
    """`paths` cut in runs for `jobs` processes, each run an eighth (per process) of what is
    left, at most `MAX_CHUNK`: few messages while much is left, and runs of one at the end, so
    that no process waits long for another to finish a last run."""
    start = 0
    while start < len(paths):
        size = max(1, min(MAX_CHUNK, (len(paths) - start) // (jobs * 8)))
        yield paths[start : start + size]
        start += size
