"""The `whosaid` command: open (default), extract, export, check, ledger."""

from __future__ import annotations

import argparse
import atexit
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import IO, NoReturn

from tui import __version__
from tui.core.errors import InputError, InputWarning
from tui.core.kept_patterns import kept_patterns
from tui.core.shown import shown

with kept_patterns():  # the extractor's regexes as an earlier run compiled them: ~0.1 s sooner
    from tui.core.batch import OUTPUT_FORMATS, article_files, default_jobs, extract_files, join
    from tui.core.extract import extract
    from tui.core.sources import ANNOTATION_SUFFIX, annotation_path, is_annotation, read_article

DESCRIPTION = """\
Read a news article: who said what, on whose authority, with which numbers.

commands:
  whosaid [PATH]                    open the reader on an article or annotation YAML
                                    (no PATH: the bundled sample article)
  whosaid extract PATH ... [--format yaml|json|jsonl] [-o OUT] [--jobs N]
                                    print what the extractor finds (a folder: every
                                    article in it and below, by all cores)
  whosaid export PATH [--format json|csv|markdown|claimreview|annotation] [-o OUT]
                                    export a reviewed article
  whosaid check PATH ...            validate annotation files
  whosaid ledger PATH ... [--format text|json|csv]
                                    who gave which number for what, where sources disagree
  whosaid diff OLD NEW              what changed between two versions of an article
  whosaid index FOLDER [--rebuild]  index a folder of articles for the library

Run `whosaid COMMAND --help` for the options of a command.
"""


NO_ARTICLE = "holds no article (.txt, .md, .html)"
"""A folder (or the paths named) without one article file: a wrong folder, said on one line."""
NO_TERMINAL = (
    "the reader needs a terminal on standard input and output; "
    "in a script, use `whosaid extract`, `export` or `check`"
)


class _Parser(argparse.ArgumentParser):
    """argparse, with what it echoes back (a bad argument, a file name) shown safely."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        super()._print_message("\n".join(map(shown, message.split("\n"))), file)


def has_terminal() -> bool:
    """Whether the reader can run: a terminal on standard input and output."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def bundled_article() -> Path:
    """The sample article: `tui/data/` in an installed wheel, `data/` in a checkout."""
    package = Path(__file__).resolve().parent
    for folder in (package / "data", package.parent / "data"):
        candidate = folder / "kursk-north-korea.txt"
        if candidate.is_file():
            return candidate
    return package.parent / "data" / "kursk-north-korea.txt"


def sample_workspace() -> Path:
    """Where a review of the sample article lives: the user's data folder, not the package.

    The bundled annotation is the hand-checked reference the tests use (and read-only in an
    installed wheel), so the sample is opened from a copy made on first use, in the user data
    folder platformdirs names: `$XDG_DATA_HOME/whosaid` on Linux, `~/Library/Application
    Support/whosaid` on macOS, `%LOCALAPPDATA%\\whosaid` on Windows.
    """
    import platformdirs

    return platformdirs.user_data_path("whosaid", appauthor=False) / "sample"


def open_sample() -> tuple[Path, Path | None]:
    """The sample article to open and where its review is saved (None: cannot be saved)."""
    from tui.core.store import atomic_write

    bundled = bundled_article()
    workspace = sample_workspace()
    copy = workspace / bundled.name
    try:
        workspace.mkdir(parents=True, exist_ok=True)
        for source in (bundled, annotation_path(bundled)):
            target = workspace / source.name
            if source.is_file() and not target.exists():
                atomic_write(target, source.read_bytes())
    except OSError:
        return bundled, None
    return copy, annotation_path(copy)


def complain(message: str) -> None:
    """One line on stderr; a file name can't carry escape sequences to the terminal."""
    print(f"whosaid: {shown(message)}", file=sys.stderr)


def _write(text: str | bytes, out: Path | None) -> None:
    """To OUT (`write_output`: a file is replaced atomically, a device written into), or to
    standard output (bytes as they are: UTF-8 that a process of `extract` encoded); a failure
    names where the output was going."""
    if out is None:
        try:
            if isinstance(text, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(text)
                sys.stdout.buffer.flush()
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            name = _stdout_name()
            _drop_stdout()
            raise InputError(name, f"cannot write: {error.strerror or error}") from None
    else:
        from tui.core.store import write_output

        try:
            write_output(out, text if isinstance(text, str) else text.decode("utf-8"))
        except OSError as error:
            raise InputError(out, f"cannot write: {error.strerror or error}") from None


def _stdout_name() -> str:
    """`standard output`, with the file it goes to when the system says (`/dev/full`)."""
    try:
        target = os.readlink(f"/proc/self/fd/{sys.stdout.fileno()}")
    except (OSError, ValueError):
        return "standard output"
    return f"standard output ({target})" if target.startswith("/") else "standard output"


def _drop_stdout() -> None:
    """Send what is left in standard output's buffer nowhere: writing it again at exit would
    fail again, with a message of Python's own."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _extract(args: argparse.Namespace) -> int:
    """Extract every article named (a folder: every article file in it and below), by a pool
    of `--jobs` processes, in the order of the files; a file that cannot be read is one line
    on stderr and the others go on; the exit status is then 1."""
    out: Path | None = args.output
    paths = article_files(args.paths)
    if out is not None:
        if any(out.resolve() == path.resolve() for path in paths):
            raise InputError(out, "is one of the articles: write the extraction elsewhere")
        if out.name.endswith(ANNOTATION_SUFFIX) and out.exists():
            raise InputError(out, "holds a review already: delete it first to extract afresh")
    for path in paths:
        if is_annotation(path):
            raise InputError(path, "is an annotation file, not an article (use `whosaid export`)")
    if not paths:
        raise InputError(Path(args.paths[0]), NO_ARTICLE)
    jobs = args.jobs or default_jobs()
    streaming = out is None and args.format != "json"
    pieces: list[str] = []  # when not streaming
    written = failed = 0
    bar = _ProgressBar(len(paths)) if sys.stderr.isatty() else None
    for done, result in enumerate(extract_files(paths, args.format, jobs=jobs, out=out), 1):
        for problem in [f"warning: {w}" for w in result.warnings] + [result.error or ""]:
            if problem:
                _above(bar, problem)
        if result.output is None:
            failed += 1
        elif streaming:
            separator = b"---\n" if written and args.format == "yaml" else b""
            _write(separator + result.output, None)
            written += 1
        else:
            pieces.append(result.output.decode("utf-8"))
        if bar is not None:
            bar.show(done)
    if bar is not None:
        bar.clear()
    if pieces:
        _write(join(pieces, args.format), out)
    return 1 if failed else 0


class _ProgressBar:
    """`[#####.....] 500/1000 articles` on stderr (a terminal), redrawn in place."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = total
        self.shown = -1

    def show(self, done: int) -> None:
        filled = self.WIDTH * done // self.total
        if filled == self.shown and done != self.total:
            return
        self.shown = filled
        bar = "#" * filled + "." * (self.WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{self.total} articles")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
        self.shown = -1


def _above(bar: _ProgressBar | None, problem: str) -> None:
    """One line on stderr, above the progress bar (cleared first, redrawn at the next)."""
    if bar is not None:
        bar.clear()
    complain(problem)


def _export(args: argparse.Namespace) -> int:
    from tui.core.export import ExportError, export
    from tui.core.reviewlog import fold_file
    from tui.core.store import open_document

    document, annotation = open_document(args.path)
    if args.output is not None:
        article = annotation.parent / (document.article.file or "")
        _refuse_target(args.output, [Path(args.path), annotation, article])
    document = fold_file(annotation, document)  # the review log's actions, in the YAML too
    if args.url:
        document = replace(document, article=replace(document.article, url=args.url))
    try:
        text = export(document, args.format)
    except ExportError as error:
        raise InputError(args.path, str(error)) from None
    _write(text, args.output)
    return 0


def _refuse_target(out: Path, protected: list[Path]) -> None:
    """An output file must never be one of the inputs, nor a review file."""
    from tui.core.export import target_problem

    problem = target_problem(out, protected)
    if problem is not None:
        raise InputError(out, problem)


def _check(args: argparse.Namespace) -> int:
    from tui.core.reviewlog import fold_file
    from tui.core.store import ValidationError, load_document

    failed = False
    for path in args.paths:
        try:
            if not is_annotation(path):
                raise InputError(path, f"not an annotation file (*{ANNOTATION_SUFFIX})")
            fold_file(Path(path), load_document(path))  # the review log's actions folded in
        except InputError as error:
            failed = True
            for problem in error.problems if isinstance(error, ValidationError) else [error]:
                complain(str(problem))
        else:
            print(f"{shown(path)}: ok")
    return 1 if failed else 0


def _ledger(args: argparse.Namespace) -> int:
    from tui.core.ledger import ledger, to_csv, to_json, to_text
    from tui.core.store import open_document

    files = article_files(args.paths)  # a folder: every article in it and below
    if not files:
        raise InputError(args.paths[0], NO_ARTICLE)
    documents = [open_document(path)[0] for path in files]
    groups = ledger(documents)
    if args.format == "json":
        text = to_json(groups)
    elif args.format == "csv":
        text = to_csv(groups)
    else:
        text = to_text(groups, articles=len(documents) > 1)
    _write(text, None)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from tui.core.diff import diff, render
    from tui.core.store import load_document

    documents = [
        load_document(path) if is_annotation(path) else extract(read_article(path))
        for path in (args.old, args.new)
    ]
    sys.stdout.write(render(diff(*documents)))
    return 0


def _open(args: argparse.Namespace) -> int:
    from tui.core.store import open_document

    if args.path:
        path, saving = Path(args.path), True
    else:
        path, save_to = open_sample()
        saving = save_to is not None
    if path.is_dir():
        return _open_library(path, args.reviewer)
    document, annotation = open_document(path)
    if not has_terminal():
        complain(NO_TERMINAL)
        return 2
    from tui.ui.app import ReaderApp  # Textual loads only when the reader opens
    from tui.ui.keymap import keymap_path, load_keymap

    saved_to = annotation if saving else None
    keymap = load_keymap(keymap_path(), ReaderApp.binding_ids())
    ReaderApp(document, annotation_path=saved_to, reviewer=args.reviewer, keymap=keymap).run()
    return 0


def _index(args: argparse.Namespace) -> int:
    """Bring the index of a folder up to date (or rebuild it) and say what was done."""
    folder = Path(args.folder)
    if not folder.is_dir():
        raise InputError(folder, "is not a folder")
    from tui.core.index import Index

    index = Index()
    if args.rebuild:
        index.rebuild()
    bar = _ProgressBar(0) if sys.stderr.isatty() else None

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.show(done)

    try:
        done = index.refresh(folder, jobs=args.jobs or default_jobs(), progress=progress)
        entries = index.entries(folder)
    finally:
        if bar is not None:
            bar.clear()
        index.close()
    if not entries:  # the wrong folder: one line and a failure, not "0 articles" and success
        raise InputError(folder, NO_ARTICLE)
    failed = [e for e in entries if e.error]
    for entry in failed:
        complain(f"{shown(str(entry.path))}: {entry.error}")
    print(
        f"{len(entries)} articles, {sum(e.statements for e in entries)} statements: "
        f"{done.read} read, {done.kept} unchanged, {done.dropped} gone "
        f"({shown(str(index.location))})"
    )
    return 1 if failed else 0


def _open_library(folder: Path, reviewer: str | None) -> int:
    """The library of a folder; an article chosen is read, and `escape` there comes back."""
    if not has_terminal():
        complain(NO_TERMINAL)
        return 2
    from tui.core.index import Index
    from tui.core.store import open_document
    from tui.ui.keymap import keymap_path, load_keymap
    from tui.ui.library import LibraryApp, LibraryReaderApp, Place

    keymap = load_keymap(keymap_path(), LibraryReaderApp.binding_ids())
    index = Index()
    bar = _ProgressBar(0)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.show(done)

    index.refresh(folder, jobs=default_jobs(), progress=progress)
    bar.clear()
    if not index.entries(folder):
        raise InputError(folder, NO_ARTICLE)
    place: Place | None = None
    notice = ""
    while True:
        opening = LibraryApp(folder, index, place, notice).run()
        if opening is None:
            return 0
        try:
            document, annotation = open_document(opening.path)
        except InputError as error:
            notice, place = str(error), opening.place
            continue
        notice = ""
        reader = LibraryReaderApp(document, annotation, reviewer, opening.statement, keymap)
        reader.run()
        index.refresh_one(opening.path)
        if not reader.back:
            return 0
        place = opening.place


def _command(
    name: str, description: str, run: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"whosaid {name}", description=description)
    parser.set_defaults(run=run)
    return parser


def _extract_parser() -> argparse.ArgumentParser:
    parser = _command(
        "extract", "Print the statements, speakers and figures found in articles.", _extract
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="articles (.txt, .md, .html), or folders: every article in them and below",
    )
    parser.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="yaml",
        help="yaml: annotation files, separated by ---; json: one document, or a list; "
        "jsonl: one document per line (default: yaml)",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT")
    parser.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="extract in N processes (default: one per core); the output is the same",
    )
    return parser


def _export_parser() -> argparse.ArgumentParser:
    from tui.core.export import FORMATS

    parser = _command(
        "export", "Export an article's review. Rejected statements are left out.", _export
    )
    parser.add_argument("path", metavar="PATH", help="an article or its annotation YAML")
    parser.add_argument("--format", choices=tuple(FORMATS), default="json")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT")
    parser.add_argument(
        "--url", help="the article's URL, when its annotation has none (ClaimReview needs it)"
    )
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = _command("check", "Validate annotation files: one line per problem.", _check)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="annotation YAML files")
    return parser


def _ledger_parser() -> argparse.ArgumentParser:
    from tui.core.ledger import LEDGER_FORMATS

    parser = _command(
        "ledger",
        "Who gave which number for what: the figures that count the same thing, by source, "
        "and whether the sources agree.",
        _ledger,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="articles, annotation YAML files or folders"
    )
    parser.add_argument(
        "--format",
        choices=LEDGER_FORMATS,
        default="text",
        help="text: a table to paste; json: {groups: [...]}; csv: a row per claim (default: text)",
    )
    return parser


def _index_parser() -> argparse.ArgumentParser:
    parser = _command(
        "index",
        "Index a folder of articles for the library: the articles that changed are read again.",
        _index,
    )
    parser.add_argument("folder", metavar="FOLDER", help="a folder of articles")
    parser.add_argument("--rebuild", action="store_true", help="forget the index; read all")
    parser.add_argument("--jobs", type=_positive, metavar="N", help="processes (default: cores)")
    return parser


def _diff_parser() -> argparse.ArgumentParser:
    parser = _command(
        "diff",
        "What changed between two versions of an article: statements added, removed or "
        "reworded, figures changed, speakers renamed.",
        _diff,
    )
    parser.add_argument("old", metavar="OLD", help="the earlier article, or its annotation YAML")
    parser.add_argument("new", metavar="NEW", help="the later article, or its annotation YAML")
    return parser


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="whosaid", description=DESCRIPTION, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="an article or annotation YAML")
    parser.add_argument("--version", action="version", version=f"whosaid {__version__}")
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        help="who reviews, recorded with each verdict (default: login)",
    )
    parser.set_defaults(run=_open)
    return parser


PARSERS: dict[str | None, Callable[[], argparse.ArgumentParser]] = {
    "extract": _extract_parser,
    "export": _export_parser,
    "check": _check_parser,
    "ledger": _ledger_parser,
    "index": _index_parser,
    "diff": _diff_parser,
    None: _reader_parser,
}
"""Each command's parser, made only when that command is run: `extract` does not import what
`export`, `ledger` or `diff` need (it starts ~20 ms sooner, before its pool)."""


def _positive(value: str) -> int:
    """A whole number of at least 1 (argparse's `type`)."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in PARSERS else None
    args = PARSERS[command]().parse_args(argv[1:] if command else argv)
    with warnings.catch_warnings():
        warnings.simplefilter("always", InputWarning)
        warnings.showwarning = _show_warning
        return _run(args)


def command() -> NoReturn:
    """`whosaid` as a process (the console script, `python -m tui`): `main`, then the exit.

    After `extract`, the process ends as soon as Python's exit handlers have run (those of the
    pool) and its output is flushed, without the interpreter's own end, which frees its
    objects one by one: the extractor's word sets, tries and patterns, ~37 M instructions
    (~8 ms) that every run paid for nothing. Its output files are closed by then."""
    argv = sys.argv[1:]
    status = main(argv)
    if argv[:1] != ["extract"]:
        sys.exit(status)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except OSError:
        status = 120  # as the interpreter's own end says a failed flush
    with suppress(OSError):
        sys.stderr.flush()
    os._exit(status)


def _show_warning(message: Warning | str, category: type[Warning], *args: object) -> None:
    """An InputWarning (an encoding guessed) is one line on stderr, like an error."""
    complain(f"warning: {message}")


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except InputError as error:
        complain(str(error))
    except BrokenPipeError:  # `whosaid extract ... | head`: the reader left; say nothing
        _drop_stdout()
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        complain(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug in whosaid: still one line, not a traceback
        first_line = next(iter(str(error).splitlines()), "")
        complain(f"internal error: {type(error).__name__}: {first_line}")
    return 1
