"""Second review mends (findings_f): invented sentences and near-misses that must not change."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.model import Article


def _statements(body: str) -> list[tuple[str, str, str | None, str | None]]:
    text = "Headline\n\n" + body
    doc = extract(Article(id="x", text=text))
    speakers = {s.id: s for s in doc.speakers}
    return [
        (
            s.act,
            text[s.span[0] : s.span[1]],
            speakers[s.speaker].name if s.speaker else None,
            speakers[s.speaker].role if s.speaker else None,
        )
        for s in doc.statements
    ]


_PAIR = "Rep. Ida Voss, D-Ore., and Rep. Abe Kolb"


def test_second_lawmaker_before_an_ing_clause_relative_or_appositive() -> None:
    for tail in (
        "adding that the vote was close.",
        "who co-sponsored it.",
        "the committee's top Republican.",
        "in a joint statement.",
    ):
        got = _statements(f"The bill passed, said {_PAIR}, R-Utah, {tail}")
        assert got and all(s[2] == _PAIR for s in got), (tail, got)


def test_no_role_left_over_from_a_clause_after_the_party_aside() -> None:
    got = _statements("The bill passed, said Voss, D-Ore., and Democrats cheered.")
    assert got == [("speech", "The bill passed", "Voss", None)]
    got = _statements(
        "The bill passed, said Voss, a Utah Republican, and Kolb, a Utah Democrat, agreed."
    )
    assert [s[2] for s in got] == ["Voss"]


def test_clause_cue_with_a_noun_object_cut_before_a_joined_predicate() -> None:
    for body, content in (
        ("The company expects strong sales and has hired 200 workers.", "strong sales"),
        ("The mayor suggested a compromise and has scheduled a vote.", "a compromise"),
        (
            "The bank forecast growth of 2 per cent and has raised its outlook.",
            "growth of 2 per cent",
        ),
        ("Lee denied wrongdoing and has not been charged.", "wrongdoing"),
    ):
        assert [s[1] for s in _statements(body)] == [content], body


def test_clause_cue_with_a_clause_object_kept_whole() -> None:
    for body, content in (
        (
            "Lee claimed voters want change and will punish incumbents.",
            "voters want change and will punish incumbents",
        ),
        (
            "Critics argue the bill goes too far and will be struck down.",
            "the bill goes too far and will be struck down",
        ),
        (
            "Lee insisted the mayor knew and has the emails to prove it.",
            "the mayor knew and has the emails to prove it",
        ),
    ):
        assert [s[1] for s in _statements(body)] == [content], body
