"""Hostile input, tried as an attacker would: file names and files made to drive the terminal,
to read or replace files they should not, or to crash the reader.

The first part builds its own cases in `tmp_path` and runs every command on each (extract,
export in each format, check, the reader without a terminal), asserting one clear line, the
right exit status, no traceback, nothing that drives a terminal, and no file changed outside
the output. The rest tries one hole at a time: outputs that are not plain files, an
annotation's `article.file`, keys that race `q`, bidi controls, CSV cells, and the bytes that
reach a real terminal (a pseudo-terminal).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from textual import events
from textual.widgets import TextArea

from tui import cli
from tui.core import extract as extract_module
from tui.core.export import FORMATS, export, to_csv
from tui.core.model import Article, Document, Review, Speaker, Statement
from tui.core.reviewlog import log_path
from tui.core.shown import shown, visible_bidi
from tui.core.store import annotation_path, dump_yaml, load_document, save_document
from tui.ui.app import ReaderApp
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.title import TitleBar

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
OSC52 = "\x1b]52;c;aGFja2Vk\x07"  # sets the terminal's clipboard to "hacked"
RESET = "\x1bc"  # resets the terminal
RED = "\x1b[31m"
RLO, PDF = "\u202e", "\u202c"  # right-to-left override, and its end
TEXT = "Jane Roe said 45,000 troops left the town on Monday.\n"
DRIVES_A_TERMINAL = ("\x1b", "\x07", "\x9b", "\x9d", "\x90", "\x00")
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def run(*args: str | Path, cwd: Path, stdin: int | None = subprocess.DEVNULL) -> Ran:
    """`whosaid ARGS`, no terminal anywhere; raw bytes kept."""
    result = subprocess.run(
        [sys.executable, "-m", "tui", *map(os.fsdecode, args)],
        stdin=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    return Ran(result.returncode, result.stdout, result.stderr)


@dataclass(frozen=True)
class Ran:
    status: int
    out: bytes
    err: bytes

    def stderr(self) -> str:
        return self.err.decode("utf-8")  # strict: what reaches the terminal is valid UTF-8


def tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every entry under `folder`, not following links: its type, and its bytes or target."""
    found: dict[str, tuple[int, bytes]] = {}
    for base, folders, files in os.walk(os.fsencode(folder)):
        for name in folders + files:
            path = os.path.join(base, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                content = os.readlink(path)
            elif stat.S_ISREG(mode):
                with open(path, "rb") as handle:
                    content = handle.read()
            else:
                content = b""
            found[os.fsdecode(path)] = (stat.S_IFMT(mode), content)
    return found


# --- the cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A file to run every command on: an article, or an annotation (`refusal`: the problem
    every command must report about it, in one line)."""

    name: str
    path: Path
    annotation: bool = False
    refusal: str | None = None


def write_article(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_annotation(path: Path, article: dict[str, object], **review: str) -> Path:
    """An annotation with one statement by a speaker whose name is hostile too."""
    data = {
        "schema": "whosaid/1",
        "article": article,
        "speakers": [{"id": "jane", "name": f"{RLO}Jane{PDF} Roe{OSC52}", "kind": "person"}],
        "statements": [
            {
                "id": "st-1",
                "span": [14, 51],
                "kind": "indirect",
                "speaker": "jane",
                "review": {"status": "disputed", **review},
            }
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def build_cases(home: Path) -> list[Case]:
    """The hostile files, each in its own folder under `home`."""
    cases: list[Case] = []

    def article(name: str, file_name: str | bytes, text: str = TEXT) -> Path:
        folder = home / name
        folder.mkdir()
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(file_name))))
        cases.append(Case(name, write_article(path, text)))
        return path

    article("osc52-name", f"clip{OSC52}{RESET}.txt")
    article("newline-name", "first\nwhosaid: forged line.txt")
    article("bidi-name", f"report{RLO}txt.exe{PDF}.txt")
    article("not-utf8-name", b"caf\xe9-\xff.txt")
    article("escapes-in-text", f"Jane {RED}Roe said{OSC52} 45,000 {RLO}troops{PDF} left.\n")
    article(
        "hostile-html",
        "page.html",
        f"<title>{OSC52}Head{RLO}line</title><p>Jane Roe said {RESET}45,000 troops left.</p>",
    )

    folder = home / "formula-notes"
    write_article(folder / f"story{RED}.txt")
    cases.append(
        Case(
            "formula-notes",
            write_annotation(
                folder / "story.whosaid.yaml",
                {"id": "story", "file": f"story{RED}.txt"},
                note=" =HYPERLINK(x)",
                reviewer="\u00a0+cmd",
            ),
            annotation=True,
        )
    )
    outside = write_article(home / "outside" / "secret.txt")
    refusals = {
        "absolute-file": (str(outside), "is an absolute path"),
        "dotdot-file": ("../outside/secret.txt", "is outside the annotation's folder"),
        "link-file": ("link.txt", "is a link to a file outside the annotation's folder"),
        "passwd-file": ("/etc/passwd", "is not a .txt, .md or .html file"),
    }
    for name, (file, problem) in refusals.items():
        folder = home / name
        path = write_annotation(folder / "x.whosaid.yaml", {"id": "x", "file": file})
        if name == "link-file":
            (folder / "link.txt").symlink_to(outside)
        cases.append(Case(name, path, annotation=True, refusal=problem))
    return cases


def assert_clean(ran: Ran, *, plain: bool = False) -> None:
    """No traceback, nothing that drives a terminal; `plain` output: no bidi controls."""
    out, err = ran.out.decode("utf-8"), ran.stderr()
    for stream in (out, err):
        assert "Traceback" not in stream and "internal error" not in stream, stream
        assert not any(c in stream for c in DRIVES_A_TERMINAL), repr(stream)
    assert not any(c in err for c in BIDI), repr(err)
    if plain:
        assert not any(c in out for c in BIDI), repr(out)


def assert_one_line(ran: Ran, status: int, problem: str) -> None:
    err = ran.stderr()
    assert ran.status == status, err
    assert err.count("\n") == 1 and err.startswith("whosaid: "), repr(err)
    assert problem in err, err


def commands(case: Case, out: Path) -> Iterator[tuple[list[str | Path], int, str, bool]]:
    """Each command on the case: its arguments, exit status, the problem it must state (or
    ''), and whether its output is plain text (no bidi controls)."""
    if case.refusal is not None:
        for fmt in FORMATS:
            yield ["export", "--format", fmt, case.path], 1, case.refusal, False
        yield ["check", case.path], 1, case.refusal, False
        yield [case.path], 1, case.refusal, False
        return
    if case.annotation:
        yield ["extract", case.path], 1, "is an annotation file", False
        yield ["check", case.path], 0, "", False
    else:
        for fmt in ("yaml", "json", "jsonl"):
            yield ["extract", "--format", fmt, case.path], 0, "", False
        yield ["extract", case.path, "-o", out / f"{case.name}.whosaid.yaml"], 0, "", False
        yield ["check", case.path], 1, "not an annotation file", False
    for fmt in FORMATS:
        plain = fmt in ("csv", "markdown", "claimreview")
        # ClaimReview needs the article's URL: without one it says so in one line.
        url = ["--url", "https://news.example/a"] if fmt == "claimreview" else []
        yield ["export", "--format", fmt, *url, case.path], 0, "", plain
        yield ["export", "--format", fmt, *url, case.path, "-o", out / f"x.{fmt}"], 0, "", False
    needs_url = "ClaimReview needs the article's URL"
    yield ["export", "--format", "claimreview", case.path], 1, needs_url, False
    yield [case.path], 2, "the reader needs a terminal", False


def test_every_command_on_every_hostile_file(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    out.mkdir()
    cases = build_cases(home)
    before = tree(home)
    # Each case's commands in a process of its own, a few cases at a time: no command writes
    # outside `out`, so they cannot disturb each other, and the suite stays fast.
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda case: run_commands(case, out), cases))
    for case, ran_all in zip(cases, results, strict=True):
        for (args, status, problem, plain), ran in ran_all:
            where = f"{case.name}: whosaid {' '.join(map(repr, map(str, args[:-1])))}"
            if problem:
                assert_one_line(ran, status, problem)
            else:
                assert (ran.status, ran.err) == (status, b""), where
            assert_clean(ran, plain=plain)
        if not case.annotation:  # the extraction written elsewhere opens and names no file
            document = load_document(out / f"{case.name}.whosaid.yaml")
            assert document.article.file is None
    assert tree(home) == before, "a command changed a file outside its output"


def run_commands(
    case: Case, out: Path
) -> list[tuple[tuple[list[str | Path], int, str, bool], Ran]]:
    """Every command of `commands` on `case`, in order, with what each did."""
    return [(command, run(*command[0], cwd=case.path.parent)) for command in commands(case, out)]


def test_check_shows_a_hostile_file_name_escaped(tmp_path: Path) -> None:
    article = write_article(tmp_path / f"a{OSC52}.txt")
    annotation = annotation_path(article)
    assert run("extract", article, "-o", annotation, cwd=tmp_path).status == 0
    ran = run("check", annotation, cwd=tmp_path)
    assert (ran.status, ran.out.decode()) == (
        0,
        f"{tmp_path}/a\\x1b]52;c;aGFja2Vk\\x07.whosaid.yaml: ok\n",
    )
    assert load_document(annotation).article.file == article.name  # it still finds its article


def test_markdown_file_line_shows_the_name_escaped(tmp_path: Path) -> None:
    article = write_article(tmp_path / f"a{RESET}{RLO}.txt")
    ran = run("export", "--format", "markdown", article, cwd=tmp_path)
    assert "- File: a\\\\x1bc.txt\n" in ran.out.decode()  # bidi controls dropped, ESC shown


def test_argparse_echoes_nothing_raw(tmp_path: Path) -> None:
    ran = run("extract", "--format", f"x{OSC52}", "a.txt", cwd=tmp_path)
    assert ran.status == 2
    assert "\\x1b]52" in ran.stderr() and "\x1b" not in ran.stderr()


def test_shown_writes_out_what_drives_a_terminal() -> None:
    assert shown(f"a{OSC52}b\nc\u202e\udcff") == "a\\x1b]52;c;aGFja2Vk\\x07b\\x0ac\\u202e\\xff"
    assert shown(shown(f"x{RESET}")) == shown(f"x{RESET}") == "x\\x1bc"
    assert shown("Ünïcödé — “fine”") == "Ünïcödé — “fine”"


# --- outputs that are not plain files --------------------------------------------------------


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return write_article(tmp_path / "story.txt")


def test_a_fifo_is_written_into(story: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    ran = run("export", "--format", "csv", story, "-o", fifo, cwd=tmp_path)
    reader.join(timeout=60)
    assert (ran.status, ran.err) == (0, b"")
    assert received[0].decode("utf-8").startswith("\ufeffid,speaker")
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "still a FIFO"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root could replace /dev/null")
@pytest.mark.parametrize("command", ["extract", "export"])
def test_dev_null_stays_a_device(story: Path, tmp_path: Path, command: str) -> None:
    ran = run(command, story, "-o", "/dev/null", cwd=tmp_path)
    assert (ran.status, ran.err) == (0, b"")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_dev_stdout_is_written_into(story: Path, tmp_path: Path) -> None:
    ran = run("export", "--format", "markdown", story, "-o", "/dev/stdout", cwd=tmp_path)
    assert (ran.status, ran.err) == (0, b"")
    assert ran.out.startswith(b"# story\n")


def test_dev_stdout_to_a_file_is_written_into(story: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    with target.open("wb") as handle:
        result = subprocess.run(
            [sys.executable, "-m", "tui", "export", "--format", "markdown", str(story)]
            + ["-o", "/dev/stdout"],
            stdout=handle,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
    assert (result.returncode, result.stderr) == (0, b"")
    assert target.read_bytes().startswith(b"# story\n")


@pytest.mark.parametrize("dangling", [False, True])
def test_a_symlink_is_refused(story: Path, tmp_path: Path, dangling: bool) -> None:
    target = tmp_path / "precious.txt"
    if not dangling:
        target.write_text("keep me\n")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    for command in ("extract", "export"):
        ran = run(command, story, "-o", link, cwd=tmp_path)
        assert_one_line(
            ran, 1, f"{link}: is a symbolic link: give the file it points to, or another name"
        )
    assert link.is_symlink() and os.readlink(link) == str(target)
    if dangling:
        assert not target.exists()
    else:
        assert target.read_text() == "keep me\n"


def test_a_regular_file_is_replaced_atomically(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old\n")
    other_name = tmp_path / "hardlink.json"
    os.link(out, other_name)  # a replaced file is a new file: the old one is left whole
    assert run("export", story, "-o", out, cwd=tmp_path).status == 0
    assert out.read_text().startswith("{") and other_name.read_text() == "old\n"


def test_a_full_disk_names_the_output(story: Path, tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "tui", "export", str(story)],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "whosaid: standard output (/dev/full): cannot write: No space left on device\n"
    )
    ran = run("export", story, "-o", "/dev/full", cwd=tmp_path)
    assert_one_line(ran, 1, "whosaid: /dev/full: cannot write: No space left on device")


# --- article.file --------------------------------------------------------------------------


RULE = "an annotation reads only an article in its own folder or below"


@pytest.mark.parametrize(
    ("file", "problem"),
    [
        ("/etc/hosts.txt", "article file '/etc/hosts.txt' is an absolute path: " + RULE),
        (
            "../secret.txt",
            "article file '../secret.txt' is outside the annotation's folder: " + RULE,
        ),
        (
            "sub/../../secret.txt",
            "article file 'sub/../../secret.txt' is outside the annotation's folder: " + RULE,
        ),
        (
            "link.txt",
            "article file 'link.txt' is a link to a file outside the annotation's folder: " + RULE,
        ),
    ],
)
def test_an_annotation_reads_only_its_own_folder(tmp_path: Path, file: str, problem: str) -> None:
    secret = write_article(tmp_path / "secret.txt")
    folder = tmp_path / "shared"
    annotation = write_annotation(folder / "x.whosaid.yaml", {"id": "x", "file": file})
    (folder / "link.txt").symlink_to(secret)
    ran = run("export", annotation, cwd=tmp_path)
    assert_one_line(ran, 1, f"whosaid: {annotation}:2: {problem}")
    assert ran.out == b""


def test_an_article_below_the_annotation_or_linked_inside_it_is_read(tmp_path: Path) -> None:
    write_article(tmp_path / "texts" / "story.txt")
    (tmp_path / "here.txt").symlink_to(tmp_path / "texts" / "story.txt")
    for file in ("texts/story.txt", "here.txt", "texts/../texts/story.txt"):
        path = write_annotation(tmp_path / "x.whosaid.yaml", {"id": "x", "file": file})
        assert load_document(path).article.text == TEXT


def test_extract_elsewhere_puts_the_text_in_the_annotation(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "x.whosaid.yaml"
    out.parent.mkdir()
    assert run("extract", story, "-o", out, cwd=tmp_path).status == 0
    article = yaml.safe_load(out.read_text(encoding="utf-8"))["article"]
    assert "file" not in article and article["text"] == TEXT
    below = tmp_path / "x.whosaid.yaml"
    assert run("extract", story, "-o", below, cwd=tmp_path).status == 0
    assert load_document(below).article.file == "story.txt"


# --- no terminal ---------------------------------------------------------------------------


def test_the_reader_without_a_terminal_says_so(story: Path, tmp_path: Path) -> None:
    ran = run(story, cwd=tmp_path)  # stdin is /dev/null; stdout a pipe
    assert (ran.status, ran.stderr()) == (2, f"whosaid: {cli.NO_TERMINAL}\n")
    assert not annotation_path(story).exists()


# --- quit races ----------------------------------------------------------------------------


def reader_on(folder: Path) -> tuple[ReaderApp, Path]:
    shutil.copy(DATA / "kursk-north-korea.txt", folder)
    shutil.copy(DATA / "kursk-north-korea.whosaid.yaml", folder)
    path = folder / "kursk-north-korea.whosaid.yaml"
    return ReaderApp(load_document(path), annotation_path=path, reviewer="ana"), path


@pytest.mark.parametrize("then", [("e", "e"), ("a", "a"), ("s", "s"), ("slash", "/")])
async def test_keys_right_after_q_do_nothing_and_q_quits(
    tmp_path: Path, then: tuple[str, str]
) -> None:
    app, path = reader_on(tmp_path)
    before = path.read_bytes()
    async with app.run_test(size=(120, 36)) as pilot:
        for key, character in [("q", "q"), then]:
            app.post_message(events.Key(key, character))  # queued at once, as a fast typist
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0 and app._exception is None
    assert not app.is_running
    assert path.read_bytes() == before


async def test_q_in_a_text_box_is_a_letter(tmp_path: Path) -> None:
    app, _ = reader_on(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "q"
        await pilot.press("ctrl+s")
        await pilot.press("slash", "q")
        await pilot.pause()
        assert app.search.query == "q" and app.is_running


# --- bidi controls ---------------------------------------------------------------------------


def bidi_document() -> Document:
    text = f"Jane Roe said {RLO}45,000 troops{PDF} left. Mayor Doe said it was calm."
    start = text.index("it was")
    return Document(
        Article("bidi", text, title=f"Head{RLO}line"),
        speakers=(Speaker("jane", "Jane Roe"),),
        statements=(
            Statement("st-1", (14, text.index(" left") + 5), "indirect", "jane", cue="said"),
            Statement("st-2", (start, len(text) - 1), "indirect", None, cue="said"),
        ),
    )


async def test_bidi_controls_are_marks_in_the_article_pane() -> None:
    document = bidi_document()
    app = ReaderApp(document)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        lines = [article.render_line(y).text for y in range(3)]
        line = lines[0]
        assert RLO not in line and PDF not in line
        assert "said ⁅45,000 troops⁆ left." in line
        # Offsets are columns: a click on "calm" lands in st-2, past both marks.
        row = next(y for y, shown in enumerate(lines) if "calm" in shown)
        column = lines[row].index("calm")
        assert article.offset_at(column, row) == document.article.text.index("calm")
    assert visible_bidi(document.article.text) == document.article.text.replace(RLO, "⁅").replace(
        PDF, "⁆"
    )


def test_bidi_controls_leave_names_and_plain_exports(tmp_path: Path) -> None:
    article = write_article(tmp_path / "story.txt")
    write_annotation(
        annotation_path(article), {"id": "story", "file": "story.txt", "title": f"T{RLO}x"}
    )
    document = load_document(annotation_path(article))
    assert document.speakers[0].name == "Jane Roe" and document.article.title == "Tx"
    text = f"Jane Roe said {RLO}45,000 troops{PDF} left the town on Monday.\n"
    document = Document(
        Article("b", text, file="b.txt", url="https://news.example/b"),
        speakers=(Speaker("jane", "Jane Roe"),),
        statements=(Statement("st-1", (14, 50), "indirect", "jane", review=Review("verified")),),
    )
    for fmt in ("csv", "markdown", "claimreview"):
        assert not any(c in export(document, fmt) for c in BIDI), fmt
    assert RLO in export(document, "json"), "the data keeps the text its offsets count"
    saved = tmp_path / "b.whosaid.yaml"
    save_document(document, saved)
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    assert load_document(saved).article.text == text


async def test_the_title_bar_writes_out_control_characters() -> None:
    document = Document(Article(f"id{OSC52}", "Nothing here."))
    app = ReaderApp(document)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        title = app.query_one(TitleBar).render_line(0).text
        assert "id\\x1b]52;c;aGFja2Vk\\x07" in title and "\x1b" not in title


# --- CSV -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        " =1+1",
        "\u00a0=1+1",
        "  @SUM(A1)",
        "＝1+1",
        "＋cmd",
        "－1",
        "＠SUM(A1)",
        " \u3000+1",
        "\t=1",
    ],
)
def test_csv_neutralises_formulas_behind_blanks_and_full_width_signs(note: str) -> None:
    document = Document(
        Article("a", TEXT),
        statements=(Statement("st-1", (14, 51), "indirect", None, review=Review(note=note)),),
    )
    row = to_csv(document).splitlines()[1]
    assert f",'{note}" in row or f',"\'{note}"' in row, row


def test_csv_leaves_ordinary_cells_alone() -> None:
    document = Document(
        Article("a", TEXT),
        statements=(Statement("st-1", (14, 51), "indirect", None, review=Review(note="a = b")),),
    )
    assert to_csv(document).splitlines()[1].endswith(",a = b,,")


# --- what reaches a real terminal ------------------------------------------------------------


Step = tuple[bytes, bytes | Callable[[], object]]


def in_a_terminal(args: list[str], cwd: Path, steps: list[Step], columns: int = 200) -> bytes:
    """Run whosaid in a pseudo-terminal; for each step wait until the screen shows its first
    bytes, then type its second (or call it). Returns every byte the terminal got."""
    import fcntl
    import pty
    import struct
    import termios

    from test_ui_terminal import read_until

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT)}
    env.update(COLUMNS=str(columns), LINES="40")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    try:
        for wait_for, keys in steps:
            read_until(master, lambda shown, w=wait_for: w in shown, seen)  # type: ignore[misc]
            if isinstance(keys, bytes):
                os.write(master, keys)
            else:
                keys()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # what is left, to the end
            if select.select([master], [], [], 0.1)[0]:
                try:
                    seen += os.read(master, 65536)
                except OSError:  # the terminal is gone: all is read
                    break
            elif process.poll() is not None:
                break
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return bytes(seen)


pty_only = pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals")


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / f"x{OSC52}{RESET}"
    folder.mkdir()
    shutil.copy(DATA / "kursk-north-korea.txt", folder)
    shutil.copy(DATA / "kursk-north-korea.whosaid.yaml", folder)
    return folder


def assert_nothing_hostile(seen: bytes) -> None:
    for sequence in (OSC52, RESET, RED):
        assert sequence.encode() not in seen
    assert b"\x1b]52;" not in seen


@pty_only
def test_the_not_saved_notice_and_the_title_show_the_path_escaped(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    annotation = folder / "kursk-north-korea.whosaid.yaml"

    def folder_in_the_way() -> None:  # the review log can no longer be written
        log_path(annotation).mkdir()

    seen = in_a_terminal(
        ["kursk-north-korea.txt"],
        folder,
        [
            (b"reviewed", folder_in_the_way),
            (b"", b"v"),
            (b"Not saved", b"\x11"),
            (b"Quit anyway", b"y"),
        ],
    )
    assert b"Could not save" in seen
    assert_nothing_hostile(seen)


@pty_only
def test_the_message_at_exit_shows_the_path_escaped(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    seen = in_a_terminal(
        [str(folder / "kursk-north-korea.txt")],
        tmp_path,
        [(b"reviewed", b"a"), (b"ctrl+s", b"checked"), (b"checked", b"\x11")],
    )
    assert_nothing_hostile(seen)
    tail = seen[seen.rindex(b"Your note on") :].decode("utf-8", "replace")
    assert "x\\x1b]52;c;aGFja2Vk\\x07\\x1bc" in "".join(tail.split()), tail


@pty_only
def test_check_and_errors_in_a_terminal_show_names_escaped(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    annotation = folder / "kursk-north-korea.whosaid.yaml"
    seen = in_a_terminal(["check", str(annotation), str(folder / "gone.txt")], tmp_path, [])
    assert_nothing_hostile(seen)
    text = seen.decode("utf-8")
    assert "x\\x1b]52;c;aGFja2Vk\\x07\\x1bc/kursk-north-korea.whosaid.yaml: ok" in text
    assert "x\\x1b]52;c;aGFja2Vk\\x07\\x1bc/gone.txt: not an annotation file" in text


async def test_notifications_write_out_control_characters() -> None:
    app = ReaderApp(Document(Article("a", "Nothing here.")))
    async with app.run_test(size=(120, 36)) as pilot:
        app.notify(f"Could not save /x/{OSC52}", title=f"T{RESET}", markup=False)
        await pilot.pause()
        [notice] = [n for n in app._notifications if n.title]
        assert (notice.message, notice.title) == (
            "Could not save /x/\\x1b]52;c;aGFja2Vk\\x07",
            "T\\x1bc",
        )


def test_dump_keeps_a_hostile_file_name_so_it_is_found_again(tmp_path: Path) -> None:
    article = write_article(tmp_path / f"n{RED}.txt")
    document = Document(Article("n", TEXT, file=article.name))
    annotation = tmp_path / "n.whosaid.yaml"
    annotation.write_text(dump_yaml(document), encoding="utf-8")
    assert load_document(annotation).article.text == TEXT


@pty_only
def test_the_export_dialog_shows_the_folder_escaped_and_writes_into_it(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    seen = in_a_terminal(
        [str(folder / "kursk-north-korea.txt")],
        tmp_path,
        [(b"reviewed", b"e"), (b"enter export", b"\r"), (b"exported to", b"q")],
        columns=250,
    )
    assert_nothing_hostile(seen)
    assert b"x\\x1b]52;c;aGFja2Vk\\x07\\x1bc" in seen
    assert json.loads((folder / "kursk-north-korea.json").read_text(encoding="utf-8"))


def test_extracted_names_drop_bidi_controls() -> None:
    text = f"Jane {RLO}Roe{PDF} said 45,000 troops left."
    document = Document(
        Article("a", text),
        speakers=(Speaker("jane", f"Jane {RLO}Roe{PDF}", role=f"{RLO}mayor", aliases=(RLO,)),),
        statements=(Statement("st-1", (24, 48), "indirect", "jane", cue=f"sa{RLO}id"),),
    )
    plain = extract_module._without_bidi(document)
    assert plain.article.text == text
    speaker = plain.speakers[0]
    assert (speaker.name, speaker.role, speaker.aliases) == ("Jane Roe", "mayor", ("",))
    assert plain.statements[0].cue == "said"
