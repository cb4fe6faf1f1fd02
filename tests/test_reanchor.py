"""A review carried to a changed article: spans placed again by text and context, orphans."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tui.core.extract import extract
from tui.core.model import Article, Document, Review
from tui.core.reanchor import TextMap, reanchor
from tui.core.store import load_document, save_document

FIRST = "The ferry operator said fares would rise by 4% in April."
SECOND = '"We have no other choice," said Dana Kowalczyk, the harbour master.'
THIRD = "Councillor Ibrahim Lund said the rise was unfair to families on the islands."
FOURTH = 'Kowalczyk added: "The new boats cost 12 million euros."'
TEXT = "\n\n".join([FIRST, SECOND, THIRD, FOURTH]) + "\n"


def reviewed() -> Document:
    """The article extracted, each statement with a verdict and a note of its own."""
    document = extract(Article(id="ferry", text=TEXT, file="ferry.txt"))
    assert len(document.statements) == 4
    return replace(
        document,
        statements=tuple(
            replace(s, review=Review(status="verified", note=f"note {i}", reviewer="ana"))
            for i, s in enumerate(document.statements)
        ),
    )


def said(document: Document) -> dict[str, tuple[str, str, str]]:
    """statement id -> (its text, its speaker's name, its note)."""
    return {
        s.id: (
            document.text_of(s.span),
            document.speaker(s.speaker).name if s.speaker else "",
            s.review.note,
        )
        for s in document.statements
    }


def test_an_inserted_paragraph_moves_every_span_and_adds_what_it_says() -> None:
    before = reviewed()
    inserted = '"Nobody asked us," said Mira Osei, who runs a cafe on the quay.'
    after = reanchor(before, TEXT.replace(SECOND, inserted + "\n\n" + SECOND))
    old, new = said(before), said(after)
    assert {k: v for k, v in new.items() if k in old} == old
    (added,) = [v for k, v in new.items() if k not in old]
    assert added == ("Nobody asked us", "Mira Osei", "")
    assert after.orphans == ()
    for speaker in before.speakers:  # every mention still reads the same
        moved = after.speaker(speaker.id)
        assert moved is not None
        assert [after.text_of(m) for m in moved.mentions] == [
            before.text_of(m) for m in speaker.mentions
        ]
    (figure,) = [f for f in after.figures if f.value == 12_000_000]
    assert after.text_of(figure.span) == before.text_of(before.figures[-1].span)


def test_a_deleted_paragraph_leaves_its_reviewed_statement_as_an_orphan() -> None:
    before = reviewed()
    after = reanchor(before, TEXT.replace(THIRD + "\n\n", ""))
    (orphan,) = after.orphans
    lost = next(s for s in before.statements if THIRD.find(before.text_of(s.span)) >= 0)
    assert (orphan.id, orphan.text, orphan.speaker) == (
        lost.id,
        before.text_of(lost.span),
        "Ibrahim Lund",
    )
    assert orphan.review == lost.review
    assert len(after.statements) == 3


def test_an_edited_paragraph_keeps_the_review_and_says_what_it_read() -> None:
    before = reviewed()
    edited = THIRD.replace("unfair to families", "unfair to many families")
    after = reanchor(before, TEXT.replace(THIRD, edited))
    statement = next(s for s in after.statements if "many families" in after.text_of(s.span))
    assert statement.review.status == "verified"
    assert statement.review.note.startswith("note 2\n(reworded since reviewed; it read: “")
    assert after.orphans == ()


def test_an_unreviewed_statement_that_cannot_be_placed_is_simply_gone() -> None:
    before = extract(Article(id="ferry", text=TEXT, file="ferry.txt"))
    after = reanchor(before, TEXT.replace(FOURTH, "The boats arrive in May."))
    assert after.orphans == () and len(after.statements) == 3


def test_repeated_text_is_placed_by_its_context() -> None:
    old = "A said yes. B said no.\n\nC said yes. D said no.\n"
    new = "D said no.\n\nA said yes. B said no, again.\n\nC said yes. D said no.\n"
    places = TextMap.between(old, new)
    second_yes = old.rindex("yes")
    placed = places.place((second_yes, second_yes + 3))
    assert placed == ((new.rindex("yes"), new.rindex("yes") + 3), True)


def test_orphans_are_saved_and_read_back_and_never_dropped(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(TEXT, encoding="utf-8")
    annotation = tmp_path / "ferry.whosaid.yaml"
    save_document(reviewed(), annotation)
    article.write_text(TEXT.replace(THIRD + "\n\n", ""), encoding="utf-8")
    carried = load_document(annotation)
    assert len(carried.orphans) == 1
    save_document(carried, annotation)
    article.write_text(TEXT.replace(FIRST + "\n\n", "").replace(THIRD + "\n\n", ""), "utf-8")
    again = load_document(annotation)
    assert len(again.orphans) == 2
    assert {o.review.note for o in again.orphans} == {"note 0", "note 2"}


def test_an_annotation_without_its_text_keeps_its_reviews_as_orphans(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(TEXT, encoding="utf-8")
    annotation = tmp_path / "ferry.whosaid.yaml"
    save_document(reviewed(), annotation)
    lines = annotation.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("  annotated_text:"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i][:4].strip())
    annotation.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    article.write_text("A different story.\n", encoding="utf-8")
    document = load_document(annotation)
    assert [o.review.note for o in document.orphans] == [f"note {i}" for i in range(4)]
    assert {o.text for o in document.orphans} == {""}  # what they said is not known
