"""What the extraction tests read of `find_statements`: each statement's content, speaker and
cue, and the one statement's speaker, shared by the genre test files."""

from tui.core.model import Speaker
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None, str | None]]:
    """(content, speaker, cue) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (text[st.span[0] : st.span[1]], by_id.get(st.speaker or ""), st.cue) for st in statements
    ]


def speaker_of(text: str) -> tuple[str, str, str | None]:
    """(name, kind, role) of the only statement's speaker."""
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    return speaker.name, speaker.kind, speaker.role


def named(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) for each statement, in text order."""
    return [(content, s.name if s else None, cue) for content, s, cue in attributed(text)]
