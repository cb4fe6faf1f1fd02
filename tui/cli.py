"""The `whosaid` command: open (default), extract, export, check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.core.errors import InputError
from tui.core.extract import extract
from tui.core.sources import read_article

SUBCOMMANDS = ("extract",)


def bundled_article() -> Path:
    """The sample article: `tui/data/` in an installed wheel, `data/` in a checkout."""
    package = Path(__file__).resolve().parent
    for folder in (package / "data", package.parent / "data"):
        candidate = folder / "kursk-north-korea.txt"
        if candidate.is_file():
            return candidate
    return package.parent / "data" / "kursk-north-korea.txt"


def _extract(args: argparse.Namespace) -> int:
    out = sys.stdout
    for path in args.paths:
        document = extract(read_article(path))
        if args.format == "jsonl":
            out.write(json.dumps(document.to_dict(include_text=True), ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(document.to_dict(include_text=True), ensure_ascii=False, indent=1))
            out.write("\n")
    return 0


def _open(args: argparse.Namespace) -> int:
    from tui.ui.app import ReaderApp

    path = Path(args.path) if args.path else bundled_article()
    article = read_article(path)
    ReaderApp(extract(article)).run()
    return 0


def _parser(command: str | None) -> argparse.ArgumentParser:
    if command == "extract":
        parser = argparse.ArgumentParser(prog="whosaid extract", description="Extract statements.")
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--format", choices=("yaml", "json", "jsonl"), default="yaml")
        parser.set_defaults(run=_extract)
        return parser
    parser = argparse.ArgumentParser(
        prog="whosaid",
        description="Read a news article: who said what, on whose authority, with which numbers.",
        epilog="subcommands: " + ", ".join(SUBCOMMANDS) + " (whosaid SUBCOMMAND --help)",
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="an article or annotation YAML")
    parser.set_defaults(run=_open)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    args = _parser(command).parse_args(argv[1:] if command else argv)
    try:
        return int(args.run(args))
    except InputError as error:
        print(f"whosaid: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
