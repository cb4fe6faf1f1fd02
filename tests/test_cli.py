"""The `whosaid` command, run as a user runs it: exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from tui import __version__, cli
from tui.core import batch, diff
from tui.core.export import FORMATS
from tui.core.model import Article, Document, Review, Speaker, Statement
from tui.core.sources import read_article
from tui.core.store import annotation_path, load_document, save_document

TEXT = "Jane Roe said 45,000 troops left.\n"


def whosaid(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 1
    assert result.stderr == f"whosaid: {expected}\n"
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def reviewed(article: Path) -> Path:
    """The article with an annotation beside it: one disputed statement."""
    document = Document(
        Article(id="story", text=TEXT, file=article.name, url="https://daily.example/story"),
        speakers=(Speaker(id="jane-roe", name="Jane Roe", role="spokeswoman"),),
        statements=(
            Statement(
                id="st-1",
                span=(14, 32),
                kind="indirect",
                speaker="jane-roe",
                cue="said",
                review=Review(status="disputed", note="=HYPERLINK(x)", reviewer="ana"),
            ),
        ),
    )
    save_document(document, annotation_path(article))
    return article


# --- help and usage --------------------------------------------------------------------------


def test_help_lists_the_subcommands() -> None:
    result = whosaid("--help")
    assert result.returncode == 0
    for command in ("extract", "export", "check"):
        assert f"whosaid {command}" in result.stdout


def test_help_lists_every_export_format() -> None:
    shown = whosaid("--help").stdout
    line = next(line for line in shown.splitlines() if "whosaid export" in line)
    assert all(fmt in line for fmt in FORMATS), line


def test_version() -> None:
    result = whosaid("--version")
    assert (result.returncode, result.stdout) == (0, f"whosaid {__version__}\n")


@pytest.mark.parametrize(
    "args",
    [("extract",), ("extract", "a.txt", "--format", "xml"), ("export",), ("--nope",)],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = whosaid(*args)
    assert result.returncode == 2
    assert "usage: whosaid" in result.stderr


# --- extract ---------------------------------------------------------------------------------


def test_extract_jsonl_one_line_per_path_in_order(tmp_path: Path) -> None:
    paths = []
    for n in range(30):
        path = tmp_path / f"a{n:02}.txt"
        path.write_text(f"Article {n}. Jane Roe said {n} troops left.\n", encoding="utf-8")
        paths.append(path)
    paths.reverse()
    result = whosaid("extract", "--format", "jsonl", *paths)
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in documents] == [p.stem for p in paths]
    assert documents[0]["article"]["text"] == "Article 29. Jane Roe said 29 troops left.\n"
    assert all(d["schema"] == "whosaid/1" for d in documents)


def test_extract_json_one_document_or_a_list(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    other.write_text("# Title\n\nBody.\n", encoding="utf-8")
    single = json.loads(whosaid("extract", "--format", "json", article).stdout)
    assert single["article"]["text"] == TEXT
    both = json.loads(whosaid("extract", "--format", "json", article, other).stdout)
    assert [d["article"].get("title") for d in both] == [None, "Title"]


def test_extract_yaml_documents_separated(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Other.\n", encoding="utf-8")
    result = whosaid("extract", article, other)
    assert result.returncode == 0
    documents = list(yaml.safe_load_all(result.stdout))
    assert [d["article"]["file"] for d in documents] == ["story.txt", "other.txt"]
    assert "text" not in documents[0]["article"]


def test_extract_to_a_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = whosaid("extract", "--format", "jsonl", article, "-o", out)
    assert (result.returncode, result.stdout) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["text"] == TEXT


def test_extract_bad_input_is_one_line(tmp_path: Path, article: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    assert_one_line_error(whosaid("extract", article, binary), f"{binary}: looks binary, not text")
    missing = tmp_path / "gone.txt"
    assert_one_line_error(whosaid("extract", missing), f"{missing}: no such file")


def test_extract_refuses_an_annotation(reviewed: Path) -> None:
    path = annotation_path(reviewed)
    result = whosaid("extract", path)
    assert_one_line_error(
        result, f"{path}: is an annotation file, not an article (use `whosaid export`)"
    )


def test_unwritable_output_is_one_line(article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    assert_one_line_error(
        whosaid("extract", article, "-o", folder), f"{folder}: is a folder: give a file name"
    )
    nowhere = tmp_path / "no" / "such" / "out.json"
    result = whosaid("export", article, "-o", nowhere)
    assert_one_line_error(result, f"{nowhere}: There is no folder {nowhere.parent}.")


def test_an_output_is_never_an_input_or_a_review(article: Path, reviewed: Path) -> None:
    before = annotation_path(reviewed).read_bytes()
    result = whosaid("extract", reviewed, "-o", annotation_path(reviewed))
    assert_one_line_error(
        result,
        f"{annotation_path(reviewed)}: holds a review already: delete it first to extract afresh",
    )
    assert annotation_path(reviewed).read_bytes() == before
    assert_one_line_error(
        whosaid("extract", article, "-o", article),
        f"{article}: is one of the articles: write the extraction elsewhere",
    )
    for target in (reviewed, annotation_path(reviewed)):
        assert whosaid("export", reviewed, "--format", "markdown", "-o", target).returncode == 1
    assert annotation_path(reviewed).read_bytes() == before


def test_extract_to_another_folder_holds_the_article_text(article: Path, tmp_path: Path) -> None:
    """An annotation reads no article outside its folder: one written elsewhere holds the text."""
    out = tmp_path / "elsewhere" / "a.whosaid.yaml"
    out.parent.mkdir()
    assert whosaid("extract", article, "-o", out).returncode == 0
    document = load_document(out)
    assert (document.article.text, document.article.file) == (read_article(article).text, None)


# --- export ----------------------------------------------------------------------------------


def test_export_resumes_the_review_beside_the_article(reviewed: Path) -> None:
    result = whosaid("export", reviewed, "--format", "claimreview")
    assert result.returncode == 0, result.stderr
    [review] = json.loads(result.stdout)
    assert review["claimReviewed"] == "45,000 troops left"
    assert review["reviewRating"]["alternateName"] == "disputed"


def test_export_an_annotation_file_to_csv(reviewed: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.csv"
    result = whosaid("export", annotation_path(reviewed), "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    content = out.read_bytes().decode("utf-8")
    assert content.startswith("\ufeffid,speaker")
    assert "'=HYPERLINK(x)" in content


def test_export_markdown_of_an_article_nobody_annotated(article: Path) -> None:
    result = whosaid("export", article, "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# story\n")
    assert not annotation_path(article).exists()  # exporting writes no annotation


# --- check -----------------------------------------------------------------------------------


def test_check_good_and_bad_files(reviewed: Path, tmp_path: Path) -> None:
    good = annotation_path(reviewed)
    bad = tmp_path / "bad.whosaid.yaml"
    bad.write_text(
        good.read_text(encoding="utf-8")
        .replace("speaker: jane-roe", "speaker: nobody")
        .replace("status: disputed", "status: maybe"),
        encoding="utf-8",
    )
    result = whosaid("check", good, bad)
    assert result.returncode == 1
    assert result.stdout == f"{good}: ok\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"whosaid: {bad}:") for line in lines)
    assert "unknown speaker 'nobody'" in lines[0]
    assert "status is 'maybe'" in lines[1]


def test_check_refuses_an_article(article: Path) -> None:
    result = whosaid("check", article)
    assert_one_line_error(result, f"{article}: not an annotation file (*.whosaid.yaml)")


def test_extract_loads_no_textual_yaml_or_pool(article: Path) -> None:
    """Nor multiprocessing, for one article (one process)."""
    code = (
        "import sys; from tui.cli import main; "
        f"status = main(['extract', '--format', 'jsonl', {str(article)!r}]); "
        "loaded = [m for m in ('textual', 'yaml', 'multiprocessing') if m in sys.modules]; "
        "sys.exit(status or (f'{loaded} imported' if loaded else 0))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["article"]["text"] == TEXT


def test_extract_ends_after_the_exit_handlers_with_its_output_flushed(
    article: Path, tmp_path: Path
) -> None:
    """`command` ends the process at once after `extract`, but only once Python's exit
    handlers have run and what they wrote is flushed, with `main`'s exit status."""
    code = (
        "import atexit, sys; from tui.cli import command; "
        "atexit.register(lambda: print('handler ran', end='')); "
        f"sys.argv = ['whosaid', 'extract', '--format', 'jsonl', {str(article)!r}, "
        f"{str(tmp_path / 'missing.txt')!r}]; "
        "command()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith("whosaid: ") and "missing.txt" in result.stderr
    document, handler = result.stdout.split("\n")
    assert json.loads(document)["article"]["text"] == TEXT
    assert handler == "handler ran"


def test_check_all_good_exits_0(reviewed: Path) -> None:
    result = whosaid("check", annotation_path(reviewed))
    assert (result.returncode, result.stderr) == (0, "")


# --- open ------------------------------------------------------------------------------------


def test_open_a_folder_needs_a_terminal(tmp_path: Path) -> None:
    result = whosaid(tmp_path)
    assert (result.returncode, result.stderr) == (2, f"whosaid: {cli.NO_TERMINAL}\n")


def test_open_a_broken_annotation_is_one_line(reviewed: Path) -> None:
    annotation_path(reviewed).write_text("schema: whosaid/1\narticle: [\n", encoding="utf-8")
    result = whosaid(reviewed)
    assert result.returncode == 1
    assert "not valid YAML" in result.stderr
    assert len(result.stderr.splitlines()) == 1


Opened = list[tuple[Document, Path | None, str | None]]


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> Opened:
    """Stands in for `tui.ui.app` (and the terminal): records what the reader would open."""
    opened: Opened = []
    monkeypatch.setattr(cli, "has_terminal", lambda: True)

    class ReaderApp:
        def __init__(
            self,
            document: Document,
            annotation_path: Path | None = None,
            reviewer: str | None = None,
            keymap: object = None,
        ) -> None:
            opened.append((document, annotation_path, reviewer))
            keymaps.append(keymap)

        @staticmethod
        def binding_ids() -> set[str]:
            return {"verify", "dispute"}

        def run(self) -> None:
            pass

    module = types.ModuleType("tui.ui.app")
    module.ReaderApp = ReaderApp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.ui.app", module)
    return opened


keymaps: list[object] = []
"""The keymap each fake reader was given."""


def test_open_reads_the_user_s_keymap(
    reviewed: Path, fake_reader: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    keys = tmp_path / "config" / "whosaid" / "keys.toml"
    keys.parent.mkdir(parents=True)
    keys.write_text('verify = "V, ctrl+v"\nnope = "x"\n', encoding="utf-8")
    keymaps.clear()
    assert cli.main([str(reviewed)]) == 0
    [keymap] = keymaps
    assert keymap.path == keys  # type: ignore[attr-defined]
    assert keymap.keys == {"verify": "V,ctrl+v"}  # type: ignore[attr-defined]
    assert "'nope'" in keymap.problems[0]  # type: ignore[attr-defined]


def test_open_resumes_the_annotation(reviewed: Path, fake_reader: Opened) -> None:
    assert cli.main([str(reviewed), "--reviewer", "ana"]) == 0
    [(document, path, reviewer)] = fake_reader
    assert path == annotation_path(reviewed)
    assert document == load_document(path)
    assert reviewer == "ana"


def test_open_without_a_path_reviews_a_copy_of_the_sample(
    fake_reader: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    bundled = annotation_path(cli.bundled_article())
    reference = bundled.read_bytes()
    assert cli.main([]) == 0
    [(document, path, reviewer)] = fake_reader
    assert document.article.id == "kursk-north-korea"
    assert path == tmp_path / "whosaid" / "sample" / bundled.name
    assert document == load_document(path) == load_document(bundled)
    assert reviewer is None  # the reader records the login name
    # The review of the copy is kept from one run to the next; the reference is never touched.
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: unreviewed", "status: verified", 1)
    )
    assert cli.main([]) == 0
    assert fake_reader[1][0].statements[0].review.status == "verified"
    assert bundled.read_bytes() == reference


def test_sample_without_a_writable_data_folder_opens_unsaved(
    fake_reader: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert cli.main([]) == 0
    [(document, path, _)] = fake_reader
    assert path is None and document.article.id == "kursk-north-korea"


def test_a_bug_is_one_line_not_a_traceback(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> Document:
        raise IndexError("list index out of range")

    monkeypatch.setattr(diff, "diff", broken)
    assert cli.main(["diff", str(article), str(article)]) == 1
    assert capsys.readouterr().err == (
        "whosaid: internal error: IndexError: list index out of range\n"
    )
    # In a batch, a bug on one article is that article's line, and the others go on.
    monkeypatch.setattr(batch, "extract", broken)
    assert cli.main(["extract", str(article)]) == 1
    assert capsys.readouterr().err == (
        f"whosaid: {article}: internal error: IndexError: list index out of range\n"
    )


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "is empty: no text to read"),
        ("blank.md", "---\ntitle: Only a title\n---\n\n  \n", "holds no text to read"),
        ("menu.html", "<html><body><nav>Home | World</nav></body></html>", "holds no text to read"),
    ],
)
def test_an_article_without_text_is_one_line_and_never_opened(
    tmp_path: Path,
    fake_reader: Opened,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    problem: str,
) -> None:
    empty = tmp_path / name
    empty.write_text(content, encoding="utf-8")
    assert cli.main([str(empty)]) == 1
    assert capsys.readouterr().err == f"whosaid: {empty}: {problem}\n"
    assert fake_reader == []
    assert cli.main(["extract", str(empty)]) == 1
    assert capsys.readouterr().err == f"whosaid: {empty}: {problem}\n"


def test_a_folder_that_cannot_be_listed_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not "holds no article": the folder may hold many; the user is told why none is read."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    listing = os.scandir

    def refused(path: str | Path = ".") -> object:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", refused)
    assert cli.main(["extract", str(folder)]) == 1
    assert capsys.readouterr().err == f"whosaid: {folder}: cannot read: Permission denied\n"


def test_a_file_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    result = whosaid("extract", tmp_path / "x\x1b[31mred.txt")
    assert_one_line_error(result, f"{tmp_path}/x\\x1b[31mred.txt: no such file")


def test_export_claimreview_takes_the_url_given_or_says_it_is_missing(reviewed: Path) -> None:
    path = annotation_path(reviewed)
    document = load_document(path)
    save_document(replace(document, article=replace(document.article, url=None)), path)
    result = whosaid("export", reviewed, "--format", "claimreview")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("whosaid: ") and result.stderr.count("\n") == 1
    assert "ClaimReview needs the article's URL" in result.stderr and "--url" in result.stderr
    given = whosaid("export", reviewed, "--format", "claimreview", "--url", "https://x.example/a")
    assert given.returncode == 0, given.stderr
    assert json.loads(given.stdout)[0]["url"] == "https://x.example/a"
