"""The `whosaid` command: open (default), extract, export, check, ledger."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from tui.core.errors import InputError
from tui.core.export import FORMATS, export, target_problem
from tui.core.extract import extract
from tui.core.ledger import LEDGER_FORMATS, ledger, to_csv, to_json, to_text
from tui.core.reviewlog import fold_file
from tui.core.shown import shown
from tui.core.sources import ARTICLE_SUFFIXES, read_article, storable_name
from tui.core.store import (
    ANNOTATION_SUFFIX,
    ValidationError,
    annotation_path,
    atomic_write,
    dump_yaml,
    is_annotation,
    load_document,
    open_document,
    write_output,
)

DESCRIPTION = """\
Read a news article: who said what, on whose authority, with which numbers.

commands:
  whosaid [PATH]                    open the reader on an article or annotation YAML
                                    (no PATH: the bundled sample article)
  whosaid extract PATH ... [--format yaml|json|jsonl] [-o OUT]
                                    print what the extractor finds
  whosaid export PATH [--format json|csv|markdown|claimreview] [-o OUT]
                                    export a reviewed article
  whosaid check PATH ...            validate annotation files
  whosaid ledger PATH ... [--format text|json|csv]
                                    who gave which number for what, where sources disagree

Run `whosaid COMMAND --help` for the options of a command.
"""


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
    installed wheel), so the sample is opened from a copy made on first use.
    """
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "whosaid" / "sample"


def open_sample() -> tuple[Path, Path | None]:
    """The sample article to open and where its review is saved (None: cannot be saved)."""
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


def _write(text: str, out: Path | None) -> None:
    """To OUT (`write_output`: a file is replaced atomically, a device written into), or to
    standard output; a failure names where the output was going."""
    if out is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            name = _stdout_name()
            _drop_stdout()
            raise InputError(name, f"cannot write: {error.strerror or error}") from None
    else:
        try:
            write_output(out, text)
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
    out: Path | None = args.output
    if out is not None:
        if any(out.resolve() == Path(p).resolve() for p in args.paths):
            raise InputError(out, "is one of the articles: write the extraction elsewhere")
        if out.name.endswith(ANNOTATION_SUFFIX) and out.exists():
            raise InputError(out, "holds a review already: delete it first to extract afresh")
    documents = []
    for path in args.paths:
        if is_annotation(path):
            raise InputError(path, "is an annotation file, not an article (use `whosaid export`)")
        document = extract(read_article(path))
        if out is not None:
            file = _article_file_from(out, Path(path))
            document = replace(document, article=replace(document.article, file=file))
        documents.append(document)
    data = [d.to_dict(include_text=True) for d in documents]
    if args.format == "yaml":
        text = "---\n".join(dump_yaml(d) for d in documents)
    elif args.format == "jsonl":
        text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data)
    else:
        text = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"
    _write(text, args.output)
    return 0


def _article_file_from(out: Path, article: Path) -> str | None:
    """How an annotation written to `out` names its article: relative to `out`'s folder, where
    an annotation reads it from; None (the text goes in the annotation) when the article is not
    in that folder or below, since an annotation reads nothing outside it."""
    folder, article = out.absolute().parent.resolve(), article.resolve()
    if not article.is_relative_to(folder):
        return None
    return storable_name(str(article.relative_to(folder)))


def _export(args: argparse.Namespace) -> int:
    document, annotation = open_document(args.path)
    if args.output is not None:
        article = annotation.parent / (document.article.file or "")
        _refuse_target(args.output, [Path(args.path), annotation, article])
    document = fold_file(annotation, document)  # the review log's actions, in the YAML too
    _write(export(document, args.format), args.output)
    return 0


def _refuse_target(out: Path, protected: list[Path]) -> None:
    """An output file must never be one of the inputs, nor a review file."""
    problem = target_problem(out, protected)
    if problem is not None:
        raise InputError(out, problem)


def _check(args: argparse.Namespace) -> int:
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
    documents = [open_document(path)[0] for path in _articles(args.paths)]
    groups = ledger(documents)
    if args.format == "json":
        text = to_json(groups)
    elif args.format == "csv":
        text = to_csv(groups)
    else:
        text = to_text(groups, articles=len(documents) > 1)
    _write(text, None)
    return 0


def _articles(paths: Sequence[str]) -> list[Path]:
    """The articles named, a folder standing for the articles in it (an article reviewed
    already is read from its annotation)."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        if not inside:
            raise InputError(path, "holds no article (.txt, .md, .html)")
        found.extend(inside)
    return found


def _open(args: argparse.Namespace) -> int:
    if args.path:
        path, saving = Path(args.path), True
    else:
        path, save_to = open_sample()
        saving = save_to is not None
    if path.is_dir():
        raise InputError(path, "folders are not supported yet; open one article")
    document, annotation = open_document(path)
    if not has_terminal():
        complain(NO_TERMINAL)
        return 2
    from tui.ui.app import ReaderApp  # Textual loads only when the reader opens

    saved_to = annotation if saving else None
    ReaderApp(document, annotation_path=saved_to, reviewer=args.reviewer).run()
    return 0


def _command(
    name: str, description: str, run: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"whosaid {name}", description=description)
    parser.set_defaults(run=run)
    return parser


def _parsers() -> dict[str | None, argparse.ArgumentParser]:
    parsers: dict[str | None, argparse.ArgumentParser] = {}
    parser = parsers["extract"] = _command(
        "extract", "Print the statements, speakers and figures found in articles.", _extract
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="articles (.txt, .md, .html)")
    parser.add_argument(
        "--format",
        choices=("yaml", "json", "jsonl"),
        default="yaml",
        help="yaml: annotation files, separated by ---; json: one document, or a list; "
        "jsonl: one document per line (default: yaml)",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT")

    parser = parsers["export"] = _command(
        "export", "Export an article's review. Rejected statements are left out.", _export
    )
    parser.add_argument("path", metavar="PATH", help="an article or its annotation YAML")
    parser.add_argument("--format", choices=tuple(FORMATS), default="json")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT")

    parser = parsers["check"] = _command(
        "check", "Validate annotation files: one line per problem.", _check
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="annotation YAML files")

    parser = parsers["ledger"] = _command(
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

    parser = parsers[None] = _Parser(
        prog="whosaid", description=DESCRIPTION, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="an article or annotation YAML")
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        help="who reviews, recorded with each verdict (default: login)",
    )
    parser.set_defaults(run=_open)
    return parsers


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parsers = _parsers()
    command = argv[0] if argv and argv[0] in parsers else None
    args = parsers[command].parse_args(argv[1:] if command else argv)
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
