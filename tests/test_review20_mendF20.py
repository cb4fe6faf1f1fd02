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


def test_recipient_after_a_phrase_with_a_verb_or_no_message_noun() -> None:
    got = _statements("The premier spoke to a panel last week that found the program worked.")
    assert [s[2] for s in got] == ["a panel"]
    got = _statements(
        "The ministry sent inspectors to a plant on Friday that claims the water is safe."
    )
    assert all(s[2] != "The ministry sent inspectors" for s in got)


def test_message_sent_to_a_recipient_still_cited() -> None:
    got = _statements(
        "The campaign sent a mailer to voters this week that says the mayor raised taxes."
    )
    assert [s[2] for s in got] == ["a mailer"]
    got = _statements("Hale sent a letter to the board on Tuesday that says the vote was rigged.")
    assert [s[2] for s in got] == ["a letter"]


def test_neither_subject_with_an_aside_a_participle_or_a_long_of_phrase() -> None:
    for body in (
        "Neither the mayor nor the police chief, who attended the meeting, said it would go ahead.",
        "Neither the ministry nor the agency, which oversees the program, said when it would end.",
        "Neither of the councillors contacted said they had seen the report.",
        "Neither of the three main party leaders said they would resign.",
        "Neither of the companies named in the lawsuit responded to requests for comment.",
    ):
        assert _statements(body) == [], body


def test_neither_opening_a_clause_of_its_own_keeps_the_later_speaker() -> None:
    got = _statements(
        "Neither party won a majority in the election and Hale said a coalition was likely."
    )
    assert [s[2] for s in got] == ["Hale"]


def test_listener_participle_reaches_that_past_any_phrase() -> None:
    for tail in ("assembled for the briefing", "waiting for hours", "assembled Tuesday"):
        got = _statements(f"The mayor told reporters {tail} that she would run.")
        assert [s[1] for s in got] == ["she would run"], tail
    got = _statements("The mayor told the crowd gathered for the rally that she would run.")
    assert [s[1] for s in got] == ["she would run"]


def test_listener_participle_before_a_pronoun_only_after_a_place_or_purpose() -> None:
    got = _statements(
        "The minister told reporters waiting lists would shrink if they passed the bill."
    )
    assert [s[1] for s in got] == ["waiting lists would shrink if they passed the bill"]
    got = _statements("The mayor told reporters waiting outside she would run.")
    assert [s[1] for s in got] == ["she would run"]


def test_insisted_on_anonymity_with_the_sources_own_reason_is_no_statement() -> None:
    for tail in (
        "because she was not authorized to speak.",
        "for fear of reprisal.",
        "to discuss the talks.",
        "as the talks are private.",
        "",
    ):
        assert _statements(f"The official insisted on anonymity {tail}".strip()) == [], tail


def test_insisted_on_anonymity_for_others_is_a_stance_of_the_speaker() -> None:
    got = _statements("The candidate insisted on anonymity for her donors.")
    assert [s[2] for s in got] == ["The candidate"]


def test_his_lawyer_owner_is_the_last_sentences_subject_not_a_word_inside_a_place() -> None:
    got = _statements(
        "Salas' lawyer, Ann Lee, said the charges were false. Tom Lee, a witness, testified. "
        "Salas told reporters in Leeds he was fine. His lawyer said he was ill."
    )
    assert got[-1][1:3] == ("he was ill", "Ann Lee")


def test_gapped_relative_opening_a_sentence_leaves_the_second_attribution() -> None:
    got = _statements(
        "A plan the mayor called a relief and tenant groups said would fail was shelved."
    )
    assert ("speech", "would fail was shelved", "tenant groups", None) in got
    assert all("tenant groups said" not in s[1] for s in got)


def test_no_endorsement_of_any_of_the_candidates_is_no_stance() -> None:
    for obj in ("the three candidates", "the mayoral hopefuls", "the candidates running for mayor"):
        assert _statements(f"Hale has not endorsed any of {obj}.") == [], obj
    assert [s[1] for s in _statements("Hale has not endorsed the plan.")] == ["the plan"]


def _figures(body: str) -> list[tuple[str, str, str | None]]:
    text = "Headline\n\n" + body
    doc = extract(Article(id="x", text=text))
    return [(text[f.span[0] : f.span[1]], f.kind, f.unit) for f in doc.figures]


def test_margin_stops_at_the_nearest_figure_with_a_unit() -> None:
    got = _figures("She ran 100 metres in 9.9 seconds, 3 behind the leader in the standings.")
    assert got[-1] == ("3", "count", None)
    got = _figures("He scored 98 points, 12 behind the leaders.")
    assert got[-1] == ("12", "measure", "points")
    got = _figures("The chain will close 14 stores and open seven smaller ones.")
    assert got[-1] == ("seven", "count", "stores")


def test_his_lawyer_not_of_a_man_named_inside_a_who_aside() -> None:
    got = _statements(
        "Salas' lawyer, Ann Lee, said the charges were false. Salas, who was arrested by "
        "Officer Tom Brandt, did not appear. His lawyer said he was ill."
    )
    assert got[-1][1:3] == ("he was ill", "Ann Lee")
    got = _statements(
        "Salas' lawyer, Ann Lee, said the charges were false. Officer Tom Brandt declined "
        "to comment. His lawyer said he was ill."
    )
    assert got[-1][2] != "Ann Lee"
