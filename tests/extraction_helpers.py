"""What the extraction tests read of `find_statements`: the statements and their speakers,
each statement's content, speaker and cue, the one statement's speaker, and an invented
article's statements with their speakers, shared by the genre test files; and of `extract`,
a story's (a headline, then a body) statements and figures."""

from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article, Document, Speaker, Statement
from tui.core.statements import find_statements


def run(text: str) -> tuple[dict[str, Speaker], list[Statement]]:
    """The speakers found in `text` by id, and its statements in text order."""
    speakers, statements = find_statements(text)
    return {s.id: s for s in speakers}, statements


def statements(text: str) -> list[Statement]:
    """The statements found in `text`, in text order."""
    return find_statements(text)[1]


def contents(text: str) -> list[str]:
    """The content of each statement, in text order."""
    return [text[s.span[0] : s.span[1]] for s in statements(text)]


def attributed(text: str) -> list[tuple[str, Speaker | None, str | None]]:
    """(content, speaker, cue) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (text[st.span[0] : st.span[1]], by_id.get(st.speaker or ""), st.cue) for st in statements
    ]


def last_speaker(text: str) -> tuple[str, str | None]:
    """(name, role) of the last statement's speaker."""
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    return speaker.name, speaker.role


def units(text: str) -> list[tuple[float, str | None]]:
    """(value, unit) of each figure of `text`, in text order."""
    return [(f.value, f.unit) for f in find_figures(text)]


def speaker_of(text: str) -> tuple[str, str, str | None]:
    """(name, kind, role) of the only statement's speaker."""
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    return speaker.name, speaker.kind, speaker.role


def named(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) for each statement, in text order."""
    return [(content, s.name if s else None, cue) for content, s, cue in attributed(text)]


def headlined(
    sentence: str, headline: str = "Local news this week"
) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) of each statement of `sentence` after `headline` (a
    text's first paragraph is its headline), a newline ending it."""
    return named(f"{headline}\n\n{sentence}\n")


def speaker_names(text: str) -> list[str | None]:
    """The name of each statement's speaker, in text order."""
    return [name for _, name, _ in named(text)]


def acts_and_contents(text: str) -> list[tuple[str, str]]:
    """(act, content) for each statement, in text order."""
    _, statements = find_statements(text)
    return [(s.act, text[s.span[0] : s.span[1]]) for s in statements]


def story(body: str, headline: str = "Headline") -> Document:
    """What `extract` finds in a story: `headline`, a blank line, then `body`."""
    return extract(Article(id="x", text=f"{headline}\n\n{body}"))


def story_statements(
    body: str, headline: str = "Headline"
) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, speaker's name, kind, role) of each statement of a story (`story`), in text
    order; the last three None when no speaker is named."""
    text = f"{headline}\n\n{body}"
    found = story(body, headline)
    speakers = {s.id: s for s in found.speakers}
    found_speakers = [speakers[s.speaker] if s.speaker else None for s in found.statements]
    return [
        (text[s.span[0] : s.span[1]], *((p.name, p.kind, p.role) if p else (None, None, None)))
        for s, p in zip(found.statements, found_speakers, strict=True)
    ]


def story_units(body: str) -> list[tuple[float, str | None]]:
    """(value, unit) of each figure of a story (`story`), in text order."""
    return [(f.value, f.unit) for f in story(body).figures]


ARTICLES = Path(__file__).parent / "data" / "speakers"  # the invented articles of the genres


def speakers_by_opening(name: str) -> list[tuple[str, str | None, str | None]]:
    """(each statement's content, speaker name, kind), in text order, of the invented
    article `name`."""
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return [
        (content, speaker.name if speaker else None, speaker.kind if speaker else None)
        for content, speaker, _ in attributed(text)
    ]


def missing_speakers(name: str, expected: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The (content's opening, speaker name, kind) of `expected` that no statement of the
    invented article `name` has."""
    found = speakers_by_opening(name)
    return [
        (opening, speaker, kind)
        for opening, speaker, kind in expected
        if not any(c.startswith(opening) and (n, k) == (speaker, kind) for c, n, k in found)
    ]


def unmet_speakers(
    speakers: Sequence[Speaker], expected: Iterable[tuple[str, str, str | None]]
) -> list[str]:
    """The names of `expected` (name, kind, role or None for any) that no speaker in
    `speakers` has with that kind and role."""
    found = {(s.name, s.kind, s.role) for s in speakers}
    return [
        name
        for name, kind, role in expected
        if not any(f[:2] == (name, kind) and (role is None or f[2] == role) for f in found)
    ]
