"""The library's index: rows and statements of a folder, read again when a file changes, kept
when none did, rebuilt from the files; corpus search; speakers merged across articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import cli
from tui.core import library
from tui.core.index import Index
from tui.core.library import Entry, Said, Search, corpus_speakers, search_of, spoken_by
from tui.core.model import Document
from tui.core.reviewlog import ReviewLog
from tui.core.store import annotation_path, open_document, save_document

ARTICLES = {
    "harbor.txt": "Mayor Ada Lind said the harbor bridge would reopen in May.\n\n"
    "Ben Ortiz, a councillor, said the repairs were rushed.\n",
    "desk/vote.md": "---\ntitle: The vote\noutlet: Daily Example\npublished: 2026-03-02\n---\n\n"
    "Lind said the council would vote on the harbor in June.\n",
    "desk/tolls.txt": "Tom Ortiz, a ferry captain, said the tolls were too high.\n",
}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = tmp_path / "news"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index(tmp_path / "index.sqlite3")


def rows(index: Index, folder: Path) -> dict[str, tuple[str, str, str, int, int, int]]:
    return {
        e.path.relative_to(folder.resolve()).as_posix(): (
            e.title,
            e.outlet,
            e.published,
            e.statements,
            e.reviewed,
            e.disputed,
        )
        for e in index.entries(folder)
    }


def find(index: Index, folder: Path, words: str) -> list[Said]:
    """What the library's search box finds for `words` below `folder`."""
    return index.find(folder, words, lambda: corpus_speakers(index.said(folder)))


def test_a_folder_indexed_then_kept(index: Index, folder: Path) -> None:
    first = index.refresh(folder)
    assert (first.read, first.kept, first.dropped) == (3, 0, 0)
    assert rows(index, folder) == {
        "desk/tolls.txt": ("tolls", "", "", 1, 0, 0),
        "desk/vote.md": ("The vote", "Daily Example", "2026-03-02", 1, 0, 0),
        "harbor.txt": ("harbor", "", "", 2, 0, 0),
    }
    again = index.refresh(folder)
    assert (again.read, again.kept, again.dropped) == (0, 3, 0)
    assert index.location.with_name("index.sqlite3-wal").exists()  # WAL mode


def test_a_changed_article_is_read_again(index: Index, folder: Path) -> None:
    index.refresh(folder)
    path = folder / "desk" / "tolls.txt"
    path.write_text("Tom Ortiz said the tolls were high. Ann Ek said they were fair.\n", "utf-8")
    done = index.refresh(folder)
    assert (done.read, done.kept) == (1, 2)
    assert rows(index, folder)["desk/tolls.txt"][3] == 2
    path.unlink()
    assert index.refresh(folder).dropped == 1
    assert "desk/tolls.txt" not in rows(index, folder)
    assert not find(index, folder, "tolls")


def test_a_review_changes_the_row(index: Index, folder: Path) -> None:
    index.refresh(folder)
    article = folder / "harbor.txt"
    document, annotation = open_document(article)
    save_document(document, annotation)
    log = ReviewLog.open(document, annotation, "ana")
    log.set_status(document.statements[0].id, "disputed")
    assert index.refresh(folder).read == 1
    assert rows(index, folder)["harbor.txt"][3:] == (2, 1, 1)
    said = {s.statement: s.status for s in index.said(folder) if s.path.name == "harbor.txt"}
    assert sorted(said.values()) == ["disputed", "unreviewed"]


def test_a_copied_article_is_not_extracted_again(
    index: Index, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index.refresh(folder)

    def no_extraction(article: object) -> Document:
        raise AssertionError("extracted again")

    monkeypatch.setattr(library, "extract", no_extraction)
    (folder / "copy.txt").write_bytes((folder / "harbor.txt").read_bytes())
    assert index.refresh(folder).read == 1
    assert rows(index, folder)["copy.txt"][3] == 2


def test_rebuild_reads_everything_from_the_files(index: Index, folder: Path) -> None:
    index.refresh(folder)
    before = rows(index, folder)
    index.rebuild()
    assert index.entries(folder) == []
    assert index.refresh(folder).read == 3
    assert rows(index, folder) == before


def test_search_words_and_speakers(index: Index, folder: Path) -> None:
    index.refresh(folder)

    def found(words: str) -> list[tuple[str, str]]:
        return sorted((s.speaker, s.text) for s in find(index, folder, words))

    assert found("harbor") == [
        ("Ada Lind", "the harbor bridge would reopen in May"),
        ("Lind", "the council would vote on the harbor in June"),
    ]
    assert found("harbor @lind vote") == [("Lind", "the council would vote on the harbor in June")]
    assert found("repai*") == [("Ben Ortiz", "the repairs were rushed")]
    assert found('"NEAR(x' + " @ort") == []  # typed syntax is only words
    assert search_of("@ ** !!") == Search(None, ())
    assert find(index, folder / "desk", "harbor") == [
        s for s in find(index, folder, "harbor") if "desk" in s.path.parts
    ]


def test_search_as_a_new_user_types_it(index: Index, folder: Path) -> None:
    """'who said X', a phrase in quotes, and part of a speaker's name all find what they say."""
    index.refresh(folder)

    def found(words: str) -> list[str]:
        return sorted(s.text for s in find(index, folder, words))

    assert found("who said harbor") == found("harbor") != []
    assert found("Who said: “tolls”?") == ["the tolls were too high"]
    assert found('"reopen in May"') == ["the harbor bridge would reopen in May"]
    assert found('"May reopen"') == []  # a phrase is its words in that order
    assert found("@ort") == ["the repairs were rushed", "the tolls were too high"]
    assert found("@ada @lin") == [  # what Ada Lind said, where an article says 'Lind' too
        "the council would vote on the harbor in June",
        "the harbor bridge would reopen in May",
    ]
    assert search_of("who said") == Search(None, ())


def test_a_speaker_searched_by_any_of_their_names(folder: Path) -> None:
    """'@ada' finds what Ada Lind said, also where an article names her 'Lind' only."""
    speakers = corpus_speakers(
        [said("a", "Ada Lind"), said("b", "Lind", kind="unknown"), said("c", "Ben Ortiz")]
    )
    search = search_of("harbor @ada")
    assert search.speaker == ("ada",) and search.text == search_of("harbor").text
    assert [(str(s.path), s.speaker) for s in spoken_by(speakers, search.speaker)] == [
        ("a", "Ada Lind"),
        ("b", "Lind"),
    ]
    assert spoken_by(speakers, ("ada", "ortiz")) == []
    assert search_of("@lind").text is None


def test_rows_sorted_with_blanks_last_and_ties_by_path() -> None:
    """An article with no outlet (or date) goes after those with one, either way; rows that
    tie keep the order of their paths, either way."""
    entries = [
        Entry(Path("a.txt"), "A", outlet="Beacon", published="2026-01-02", statements=2),
        Entry(Path("b.txt"), "B", statements=1),
        Entry(Path("c.txt"), "C", outlet="Atlas", published="2026-01-01", statements=2),
    ]

    def order(column: str, descending: bool) -> list[str]:
        return [e.path.stem for e in library.arrange(entries, column, descending)]

    assert order("outlet", False) == ["c", "a", "b"]
    assert order("outlet", True) == ["a", "c", "b"]
    assert order("published", True) == ["a", "c", "b"]
    assert order("statements", True) == ["a", "c", "b"]
    assert order("statements", False) == ["b", "a", "c"]


def test_rows_filtered_by_their_folder_too() -> None:
    """The filter box finds an article by the folder it sits in, below the library's."""
    root = Path("/news")
    entries = [
        Entry(root / "harbor" / "2025" / "ferry.md", "Ferry service resumes"),
        Entry(root / "council" / "budget.html", "Budget gap widens"),
    ]
    found = library.arrange(entries, words="harbor 2025", root=root)
    assert [e.title for e in found] == ["Ferry service resumes"]
    assert library.arrange(entries, words="news", root=root) == []  # the library's own folder


def test_a_plain_text_article_is_titled_by_its_headline(index: Index, folder: Path) -> None:
    """A .txt file has no title of its own: its headline line gives one, else the file name."""
    (folder / "a1.txt").write_text(
        "Ferry service to resume in spring\n\nThe ferry will run again, Ann Ek said.\n", "utf-8"
    )
    index.refresh(folder)
    titles = {e.path.name: e.title for e in index.entries(folder)}
    assert titles["a1.txt"] == "Ferry service to resume in spring"
    assert titles["tolls.txt"] == "tolls"  # one paragraph: no headline


def said(path: str, speaker: str, statement: str = "st-1", kind: str = "person") -> Said:
    return Said(Path(path), statement, speaker, kind, "speech", "unreviewed", "words")


def test_speakers_merged_across_articles_as_inside_one() -> None:
    merged = corpus_speakers(
        [
            said("a", "Ada Lind"),
            said("b", "Lind", kind="unknown"),
            said("b", "A. Lind", "st-2"),
            said("c", "Ben Ortiz"),
            said("d", "Tom Ortiz"),
            said("d", "Ortiz", "st-2"),  # two Ortizes: a surname alone is neither
            said("e", "the Harbor Authority", kind="organization"),
            said("f", "Harbor Authority", kind="organization"),
            said("f", "", "st-2"),
        ]
    )
    found = {(s.name, s.articles, len(s.said)) for s in merged}
    assert found == {
        ("Ada Lind", 2, 3),
        ("Ben Ortiz", 1, 1),
        ("Tom Ortiz", 1, 1),
        ("Ortiz", 1, 1),
        ("the Harbor Authority", 2, 2),
    }
    assert next(s for s in merged if s.name == "Ada Lind").kinds == {"person", "unknown"}


def test_two_people_one_article_keeps_apart_stay_apart_across_articles() -> None:
    """An article that names two speakers of one surname keeps them apart; so does the corpus,
    even when a word before one name is not known as a given name ("Councillor Ann Ek")."""
    merged = corpus_speakers(
        [
            said("a", "Councillor Ann Ek"),
            said("a", "John Ek", "st-2"),
            said("b", "Councillor Ann Ek"),
            said("b", "John Ek", "st-2"),
            said("c", "John Ek"),
        ]
    )
    assert sorted((s.name, s.articles, len(s.said)) for s in merged) == [
        ("Councillor Ann Ek", 2, 2),
        ("John Ek", 3, 3),
    ]
    # Apart in articles of their own too: the word before a given name is no given name.
    merged = corpus_speakers(
        [said("a", "Councillor Ann Ek"), said("b", "John Ek"), said("c", "Ann Ek")]
    )
    assert sorted((s.name, s.articles) for s in merged) == [
        ("Councillor Ann Ek", 2),
        ("John Ek", 1),
    ]


def test_anonymous_sources_are_not_one_speaker_across_articles(index: Index, folder: Path) -> None:
    """'Officials' of one article are not the officials of another: each stays in its own."""
    (folder / "port.txt").write_text(
        "Officials said the port would close. Officials said it would open in May.\n", "utf-8"
    )
    (folder / "rail.txt").write_text("Officials said the line was safe.\n", "utf-8")
    index.refresh(folder)
    anonymous = [s for s in corpus_speakers(index.said(folder)) if not s.named]
    assert sorted((s.name, s.said[0].path.name, len(s.said)) for s in anonymous) == [
        ("Officials", "port.txt", 2),
        ("Officials", "rail.txt", 1),
    ]
    assert len({s.key for s in anonymous}) == 2  # rows of their own


def test_a_file_that_cannot_be_read_says_what_is_wrong_once(index: Index, folder: Path) -> None:
    """Its row names the file; the problem is said without the path again."""
    (folder / "scan.txt").write_bytes(b"\x89PNG\x00\x00")
    (folder / "notes.txt").write_text("Ann Ek said the notes were lost.\n", "utf-8")
    annotation_path(folder / "notes.txt").write_text("schema: whosaid/1\narticle: [\n", "utf-8")
    index.refresh(folder)
    problems = {e.path.name: e.error for e in index.entries(folder) if e.error}
    assert problems["scan.txt"] == "looks binary, not text"
    assert problems["notes.txt"].startswith("notes.whosaid.yaml:")  # another file: named


def test_the_index_command(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.txt").write_bytes(b"\x89PNG\x00\x00")
    assert cli.main(["index", str(folder), "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("4 articles, 4 statements: 4 read, 0 unchanged, 0 gone (")
    assert err == f"whosaid: {folder.resolve() / 'broken.txt'}: looks binary, not text\n"
    (folder / "broken.txt").unlink()
    assert cli.main(["index", str(folder), "--rebuild"]) == 0
    assert capsys.readouterr().out.startswith("3 articles, 4 statements: 3 read, 0 unchanged")
    assert annotation_path(folder / "harbor.txt").exists() is False  # the index writes no YAML


def test_the_index_command_on_a_folder_without_articles_is_one_line_and_a_failure(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The wrong folder named: said on one line, exit 1 (not "0 articles" and success); a
    folder whose articles are all gone says the same, and they leave the index."""
    empty = tmp_path / "photos"
    empty.mkdir()
    (empty / "cat.jpg").write_bytes(b"\xff\xd8")
    assert cli.main(["index", str(empty)]) == 1
    assert capsys.readouterr() == ("", f"whosaid: {empty}: holds no article (.txt, .md, .html)\n")
    assert cli.main(["index", str(folder), "--jobs", "1"]) == 0
    capsys.readouterr()
    for name in ARTICLES:
        (folder / name).unlink()
    assert cli.main(["index", str(folder), "--jobs", "1"]) == 1
    assert capsys.readouterr().err == f"whosaid: {folder}: holds no article (.txt, .md, .html)\n"
    index = Index()
    assert index.entries(folder) == []
    index.close()
