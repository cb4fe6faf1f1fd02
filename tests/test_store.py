"""The annotation YAML: validation with file:line errors, hostile input, atomic saving."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
import yaml

from tui.core import store
from tui.core.errors import InputError
from tui.core.model import Article, Document, Figure, Review, Speaker, Statement, text_sha256
from tui.core.store import (
    ValidationError,
    annotation_path,
    atomic_write,
    dump_yaml,
    load_document,
    open_document,
    save_document,
)

TEXT = "Ms. Jane Roe said 45,000 troops had left.\nOfficials disagreed.\n"


def sample_document() -> Document:
    return Document(
        article=Article(
            id="story",
            text=TEXT,
            title="A story",
            outlet="The Daily",
            published="2024-11-05",
            url="https://daily.example/story",
            file="story.txt",
        ),
        speakers=(
            Speaker(
                id="jane-roe",
                name="Jane Roe",
                kind="person",
                role="spokeswoman",
                aliases=("Roe",),
                mentions=((4, 12),),
            ),
            Speaker(id="officials", name="Officials", kind="group", named=False),
        ),
        statements=(
            Statement(
                id="st-1",
                span=(18, 40),
                kind="indirect",
                speaker="jane-roe",
                speaker_span=(4, 12),
                cue="said",
                cue_span=(13, 17),
                when="on Tuesday",
                figures=("fg-1",),
                review=Review(
                    status="disputed",
                    note="Other sources: 40,000",
                    reviewer="ana",
                    updated="2026-11-27T10:00:00Z",
                    corrected=True,
                ),
            ),
        ),
        figures=(
            Figure(
                id="fg-1",
                span=(18, 31),
                value=45000,
                high=50000.5,
                unit="troops",
                subject="troops",
                qualifier="approximate",
                statement="st-1",
            ),
        ),
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def annotation(article: Path) -> Path:
    path = annotation_path(article)
    save_document(sample_document(), path)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_document(path)
    error = caught.value
    return [str(p) for p in error.problems] if isinstance(error, ValidationError) else [str(error)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if fragment in line][-1]


# --- round trip ------------------------------------------------------------------------------


def test_annotation_path_is_beside_the_article() -> None:
    assert annotation_path(Path("a/b/story.txt")) == Path("a/b/story.whosaid.yaml")


def test_save_then_load_gives_an_equal_document(annotation: Path) -> None:
    assert load_document(annotation) == sample_document()
    assert "span: [18, 40]" in annotation.read_text(encoding="utf-8")


def test_dump_has_no_text_and_quotes_dates() -> None:
    dumped = dump_yaml(sample_document())
    assert "\n  text:" not in dumped  # the article's text is its file's
    assert "\n  annotated_text: |" in dumped  # but the text annotated is kept
    assert "published: '2024-11-05'" in dumped


def test_unquoted_yaml_dates_are_read_as_text(annotation: Path) -> None:
    edit(annotation, "published: '2024-11-05'", "published: 2024-11-05")
    edit(annotation, "updated: '2026-11-27T10:00:00Z'", "updated: 2026-11-27T10:00:00Z")
    document = load_document(annotation)
    assert document.article.published == "2024-11-05"
    assert document.statements[0].review.updated == "2026-11-27T10:00:00Z"


def test_inline_text_needs_no_article_file(tmp_path: Path) -> None:
    path = tmp_path / "inline.whosaid.yaml"
    path.write_text("schema: whosaid/1\narticle:\n  text: Hello.\n", encoding="utf-8")
    document = load_document(path)
    assert (document.article.id, document.article.text) == ("inline", "Hello.")


# --- problems, each on its line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "fragment", "problem"),
    [
        ("span: [18, 40]", "span: [18, 4000]", "span: [18, 4000]", "is outside the article"),
        ("span: [18, 40]", "span: [40, 18]", "span: [40, 18]", "is outside the article"),
        ("span: [18, 40]", "span: oops", "span: oops", "must be [start, end]"),
        ("speaker: jane-roe", "speaker: nobody", "speaker: nobody", "unknown speaker 'nobody'"),
        ("  - fg-1", "  - fg-9", "- fg-9", "unknown figure 'fg-9'"),
        ("statement: st-1", "statement: st-7", "statement: st-7", "unknown statement 'st-7'"),
        ("status: disputed", "status: maybe", "status: maybe", "expected one of unreviewed"),
        ("named: false", "named: nope", "named: nope", "must be true or false"),
        ("value: 45000", "value: lots", "value: lots", "figures[0].value must be a number"),
        ("value: 45000", "value: .nan", "value: .nan", "must be a number"),
        ("title: A story", "title: [1, 2]", "title: [1, 2]", "article.title must be text"),
        ("id: officials", "id: jane-roe", "id: jane-roe", "duplicate id 'jane-roe'"),
        ("schema: whosaid/1", "schema: whosaid/9", "schema:", "expected whosaid/1"),
        ("- id: st-1", "- ids: st-1", "ids: st-1", "statements[0].id is missing"),
    ],
)
def test_each_problem_names_file_and_line(
    annotation: Path, old: str, new: str, fragment: str, problem: str
) -> None:
    edit(annotation, old, new)
    message = problems_of(annotation)[0]  # a missing id may make more problems after it
    where = f"{annotation}:{line_of(annotation, fragment)}: "
    assert message.startswith(where), message
    assert problem in message
    assert "\n" not in message


def test_every_problem_is_reported_at_once(annotation: Path) -> None:
    edit(annotation, "speaker: jane-roe", "speaker: nobody")
    edit(annotation, "status: disputed", "status: maybe")
    messages = problems_of(annotation)
    assert len(messages) == 2
    assert [int(m.split(":")[1]) for m in messages] == [
        line_of(annotation, "speaker: nobody"),
        line_of(annotation, "status: maybe"),
    ]


def test_an_article_changed_under_its_annotation_carries_its_review(
    article: Path, annotation: Path
) -> None:
    article.write_text("A new first line.\n" + TEXT.replace("45,000", "46,000"), "utf-8")
    document = load_document(annotation)
    (statement,) = document.statements
    assert document.text_of(statement.span) == "46,000 troops had left"
    assert document.text_of(statement.speaker_span) == "Jane Roe"
    assert statement.review.status == "disputed"
    assert statement.review.note == (
        "Other sources: 40,000\n(reworded since reviewed; it read: “45,000 troops had left”)"
    )
    assert [document.text_of(f.span) for f in document.figures] == ["46,000 troops"]
    assert document.figures[0].value == 46000  # found afresh: the old figure no longer reads so
    assert document.orphans == ()


def test_annotated_text_must_match_its_fingerprint(article: Path, annotation: Path) -> None:
    article.write_text("Another text.\n", encoding="utf-8")
    edit(annotation, "Officials disagreed.", "Officials agreed.")
    [message] = problems_of(annotation)
    assert message.endswith("article.annotated_text does not match its sha256")


def test_article_file_missing(article: Path, annotation: Path) -> None:
    article.unlink()
    [message] = problems_of(annotation)
    assert (
        message
        == f"{annotation}:{line_of(annotation, 'file:')}: article file story.txt: no such file"
    )


@pytest.fixture(params=["libyaml", "python"])
def yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hostile input is refused the same with PyYAML's C loader and its pure-Python one."""
    if request.param == "python":
        monkeypatch.setattr(store, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML without libyaml")


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("", 1, "the file must be a mapping"),
        ("- just\n- a list\n", 1, "the file must be a mapping"),
        ("schema: whosaid/1\narticle: [1]\n", 2, "article must be a mapping"),
        ("schema: whosaid/1\nschema: whosaid/1\n", 2, "duplicate key 'schema'"),
        ("statements:\n- id: a\n- id: b\n  span: [1, 2]\n  id: c\n", 5, "duplicate key 'id'"),
        ("a: &x [1]\nb: *x\n", 1, "anchors and aliases are not allowed"),
        (
            "a: !!python/object/apply:os.system ['echo hacked']\n",
            1,
            "could not determine a constructor",
        ),
        ("a: !!python/name:os.system\n", 1, "could not determine a constructor"),
        ("a: [1, 2\nb: 3\n", 2, "not valid YAML"),
    ],
)
def test_malformed_and_hostile_yaml(tmp_path: Path, content: str, line: int, problem: str) -> None:
    path = tmp_path / "bad.whosaid.yaml"
    path.write_text(content, encoding="utf-8")
    [message] = problems_of(path)
    assert message.startswith(f"{path}:{line}: ")
    assert problem in message


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(
    "content",
    [
        "a: 1\nb: 0x1f\nc: 1:20\nd: [yes, No, ~, '', .inf, -1.5e3, 2024-01-02]\n"
        "e: {'2': \"x\", 1: y, null: z, t: 2024-01-02T03:04:05Z}\nf: |\n  two\n  lines\n",
        "base: {a: 1}\nmore:\n  <<: {b: 2}\n  c: !!str 3\n",  # read with its nodes
        "- --- a\n",
    ],
)
def test_yaml_is_read_as_a_safe_loader_reads_it(tmp_path: Path, content: str) -> None:
    data, _lines = store.parse_yaml(tmp_path / "any.yaml", content)
    assert data == yaml.safe_load(content)


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("a: " + "1" * 5000, "not valid YAML: Exceeds the limit (4300 digits)"),
        ("a: 2024-13-45", "not valid YAML: month must be in 1..12"),
        ("a: !!timestamp x", "not valid YAML: "),
        ("a: !!int x", "not valid YAML: invalid literal for int()"),
    ],
)
def test_values_yaml_cannot_build(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.whosaid.yaml"
    path.write_text(content, encoding="utf-8")
    [message] = problems_of(path)
    assert message.startswith(f"{path}: {problem}")


def test_huge_values_are_refused_in_one_short_line(annotation: Path) -> None:
    edit(annotation, "value: 45000", "value: " + "9" * 400)
    edit(annotation, "status: disputed", "status: " + "x" * 1000)
    first, second = problems_of(annotation)
    assert first.endswith(
        "statements[0].review.status is '" + "x" * 56 + "...; "
        "expected one of unreviewed, verified, disputed, unverifiable, rejected"
    )
    assert second.endswith("figures[0].value must be a number")


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    path = tmp_path / "bomb.whosaid.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    [message] = problems_of(path)
    assert "anchors and aliases are not allowed" in message


def deeply_nested(depth: int) -> str:
    """A YAML mapping whose value is `depth` nested lists (bench/hostile_input_speed.py times
    how fast it is refused)."""
    return "a:\n  " + "[" * depth + "]" * depth


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("depth", [21, 5000])
def test_deep_nesting_is_refused(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.whosaid.yaml"
    path.write_text(deeply_nested(depth), encoding="utf-8")
    [message] = problems_of(path)
    # libyaml has a limit of its own (1000 levels)
    assert re.fullmatch(
        rf"{re.escape(str(path))}:2: (nested more than 20 levels deep|.*maximum nesting depth)",
        message,
    )


def test_huge_annotation_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_ANNOTATION_BYTES", 100)
    path = tmp_path / "big.whosaid.yaml"
    path.write_text("a: " + "x" * 200, encoding="utf-8")
    [message] = problems_of(path)
    assert "too large" in message


def test_binary_annotation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bin.whosaid.yaml"
    path.write_bytes(b"\x00\x01\x02schema")
    [message] = problems_of(path)
    assert message == f"{path}: looks binary, not text"


# --- atomic writes ---------------------------------------------------------------------------


def test_save_keeps_the_previous_version_as_bak(annotation: Path) -> None:
    before = annotation.read_bytes()
    changed = sample_document().with_speaker(Speaker(id="x", name="X"))
    save_document(changed, annotation)
    assert annotation.with_name(annotation.name + ".bak").read_bytes() == before
    assert load_document(annotation) == changed
    assert [p.name for p in annotation.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_atomic_write_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    atomic_write(path, "new")
    assert (path.read_text(encoding="utf-8"), stat.S_IMODE(path.stat().st_mode)) == ("new", 0o640)


def test_a_directory_in_the_way_fails_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.mkdir()
    (target / "inside").write_text("keep", encoding="utf-8")
    with pytest.raises(OSError):
        atomic_write(target, "data")
    assert (target / "inside").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


def test_a_failing_write_leaves_the_previous_file_intact(
    annotation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = annotation.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_document(sample_document().with_speaker(Speaker(id="x", name="X")), annotation)
    assert annotation.read_bytes() == before
    assert not [p for p in annotation.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_save_through_a_link_writes_the_file_it_leads_to(tmp_path: Path) -> None:
    """An annotation kept elsewhere and linked in stays linked: the file the link leads to is
    replaced (its temp file and `.bak` beside it), never the link."""
    kept, linked = tmp_path / "kept", tmp_path / "linked"
    kept.mkdir()
    linked.mkdir()
    (kept / "story.whosaid.yaml").write_text("old", encoding="utf-8")
    (kept / "story.whosaid.yaml").chmod(0o640)
    (linked / "story.whosaid.yaml").symlink_to("../kept/story.whosaid.yaml")
    save_document(sample_document(), linked / "story.whosaid.yaml")
    assert (linked / "story.whosaid.yaml").readlink() == Path("../kept/story.whosaid.yaml")
    assert (kept / "story.whosaid.yaml").read_text(encoding="utf-8") == dump_yaml(sample_document())
    assert stat.S_IMODE((kept / "story.whosaid.yaml").stat().st_mode) == 0o640
    assert (kept / "story.whosaid.yaml.bak").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in kept.iterdir()) == [
        "story.whosaid.yaml",
        "story.whosaid.yaml.bak",
    ]
    assert sorted(p.name for p in linked.iterdir()) == ["story.whosaid.yaml"]


def test_a_link_that_leads_nowhere_is_replaced_not_followed(tmp_path: Path) -> None:
    """A dangling link must not make whosaid create a file where it points (a link planted in
    a shared folder could name any file): the link itself becomes the file."""
    link = tmp_path / "story.whosaid.yaml"
    link.symlink_to(tmp_path / "elsewhere" / "planted")
    (tmp_path / "elsewhere").mkdir()
    atomic_write(link, "data", keep_backup=True)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "data"
    assert list((tmp_path / "elsewhere").iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_fails_and_leaves_the_file_intact(annotation: Path) -> None:
    before = annotation.read_bytes()
    folder = annotation.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            save_document(sample_document(), annotation)
    finally:
        folder.chmod(0o755)
    assert annotation.read_bytes() == before


# --- opening ---------------------------------------------------------------------------------


def test_open_document_resumes_the_review_beside_an_article(
    article: Path, annotation: Path
) -> None:
    document, path = open_document(article)
    assert path == annotation
    assert document.statements[0].review.status == "disputed"


def test_open_document_extracts_an_article_nobody_annotated(article: Path) -> None:
    document, path = open_document(article)
    assert path == annotation_path(article)
    assert not path.exists()
    assert document.article.sha256 == text_sha256(TEXT)
    assert document.statements
    assert all(s.review.status == "unreviewed" for s in document.statements)


def test_an_html_article_round_trips_through_its_annotation(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<title>T</title><p>Jane   Roe said <b>no</b>.</p>", encoding="utf-8")
    document, path = open_document(page)
    assert document.article.text == "Jane Roe said no."
    statement = Statement(id="st-1", span=(14, 16), kind="indirect")
    save_document(document.with_statement(statement), path)
    loaded, same = open_document(path)
    assert same == path
    assert loaded.article.title == "T"
    assert loaded.text_of(loaded.statements[-1].span) == "no"


def test_an_annotation_holding_its_text_still_opens_after_a_save(tmp_path: Path) -> None:
    """A review of `extract --format json` output (text inline, no file) survives saving."""
    document = Document(Article("inline", "Officials said it was fine."))
    path = tmp_path / "inline.whosaid.yaml"
    save_document(document, path)
    assert load_document(path) == document


def test_text_from_a_shared_file_cannot_drive_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "hostile.whosaid.yaml"
    path.write_text(
        "schema: whosaid/1\n"
        'article: {id: x, text: "Officials said so.", title: "T\\e]0;PWNED\\a\\e[31mred"}\n'
        "speakers:\n"
        '- {id: o, name: "Officials\\e[5m", kind: group, named: false}\n',
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.article.title == "Tred"
    assert document.speakers[0].name == "Officials"


def test_control_characters_in_the_inline_text_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "hostile.whosaid.yaml"
    path.write_text('schema: whosaid/1\narticle: {id: x, text: "a\\e[31mb"}\n', encoding="utf-8")
    assert problems_of(path) == [f"{path}:2: article.text holds control characters"]


def test_the_article_file_must_be_an_article(tmp_path: Path) -> None:
    path = tmp_path / "hostile.whosaid.yaml"
    path.write_text("schema: whosaid/1\narticle: {id: x, file: /etc/hostname}\n", encoding="utf-8")
    assert problems_of(path)[0].endswith("is not a .txt, .md or .html file")
