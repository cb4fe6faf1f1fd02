"""The Dask helper: the library function mapped over a bag (the local scheduler) writes the
JSON Lines `whosaid extract --format jsonl` writes. Skipped when Dask is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask")

import dask  # noqa: E402

from tui import cli  # noqa: E402
from tui.dask import document_of, extract_to_jsonl  # noqa: E402


def test_a_bag_of_files_gives_the_lines_of_whosaid_extract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(5):
        text = f"Mayor Ada Lind said {n + 3} ferries would sail in May.\n"
        (news / f"s{n}.txt").write_text(text, encoding="utf-8")
    (news / "broken.txt").write_bytes(b"\x89PNG\x00\x00")
    assert cli.main(["extract", str(news), "--format", "jsonl", "--jobs", "1"]) == 1
    expected = capsys.readouterr().out.splitlines()
    with dask.config.set(scheduler="sync"):
        written = extract_to_jsonl(
            [str(news / "*.txt")], str(tmp_path / "out" / "*.jsonl"), npartitions=3
        )
    lines = "".join(Path(f).read_text(encoding="utf-8") for f in written).splitlines()
    assert len(written) == 3
    assert lines[0].startswith('{"path": "') and '"error": ' in lines[0]  # broken.txt, sorted first
    assert lines[1:] == expected


def test_bytes_from_elsewhere(tmp_path: Path) -> None:
    document = document_of(("desk/s1.md", b"# Ferries\n\nAda Lind said two ferries sank.\n"))
    assert document.article.title == "Ferries"
    assert [s.speaker for s in document.statements] == ["ada-lind"]
