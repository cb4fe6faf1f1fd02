"""Extraction beyond one machine: whosaid's library function mapped over a Dask bag.

Dask schedules; whosaid only gives the function to map. `document_of` is that function: a
path (local, or any URL fsspec opens: `s3://`, `gs://`, `https://` with the matching fsspec
package installed) or a `(name, bytes)` pair becomes a Document. `extract_to_jsonl` maps it
over a bag of paths and writes JSON Lines, one file per partition, each line the one
`whosaid extract --format jsonl` writes for that article (a file that cannot be read is the
line `{"path": ..., "error": ...}`, since a worker's stderr is seen by nobody):

    from dask.distributed import Client     # or no client: the local scheduler
    from tui.dask import extract_to_jsonl

    client = Client("tcp://scheduler:8786")  # a cluster: only this line changes
    extract_to_jsonl(["s3://news/2026/*.html"], "s3://out/whosaid-*.jsonl")

Dask is an optional dependency: `pip install -e ".[dask]"`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

import dask.bag as db
import fsspec

from tui.core.batch import render
from tui.core.errors import InputError
from tui.core.extract import extract
from tui.core.model import Document
from tui.core.sources import MAX_ARTICLE_BYTES, article_from_bytes

Item = str | tuple[str, bytes]
"""A path or URL, or a file's name with its bytes."""


def document_of(item: Item) -> Document:
    """The library function: an article (a path or URL, or a name and its bytes) extracted."""
    if isinstance(item, tuple):
        name, data = item
    else:
        name = item
        with fsspec.open(item, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    return extract(article_from_bytes(Path(PurePosixPath(name).name), data))


def jsonl_of(item: Item) -> str:
    """One line of JSON: the document, or the path and why it could not be read."""
    try:
        return render(document_of(item), "jsonl")
    except (InputError, OSError) as error:
        name = item[0] if isinstance(item, tuple) else item
        return json.dumps({"path": name, "error": str(error)}, ensure_ascii=False) + "\n"


def expand(patterns: Sequence[str]) -> list[str]:
    """Paths and glob patterns (local or URLs) as the sorted files they name."""
    found: list[str] = []
    for pattern in patterns:
        files = fsspec.open_files(pattern, "rb")
        found.extend(sorted(f.full_name if "://" in pattern else f.path for f in files))
    return found


def extract_bag(items: db.Bag) -> db.Bag:
    """A bag of paths, URLs or (name, bytes) pairs as a bag of JSON lines, in the same order."""
    return items.map(jsonl_of)


def extract_to_jsonl(
    patterns: Sequence[str], out: str, *, npartitions: int | None = None
) -> list[str]:
    """Extract every file the patterns name and write JSON Lines to `out` (a name with one
    `*`, replaced by the partition's number, or a folder); the files written, in order."""
    paths = expand(patterns)
    bag = db.from_sequence(paths, npartitions=npartitions or min(len(paths), 100) or 1)
    lines = extract_bag(bag).map(str.rstrip)  # to_textfiles ends each line itself
    written: list[str] = lines.to_textfiles(out, last_endline=True)
    return written
