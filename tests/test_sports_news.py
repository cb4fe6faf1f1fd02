"""Sports news: match reports, transfer stories and athlete features (invented sentences)."""

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def spans_of(text: str) -> list[str]:
    _, statements = find_statements(text)
    return [text[s.span[0] : s.span[1]] for s in statements]


def test_a_time_adverb_of_sequence_stays_out_of_the_content():
    text = "Winger Pia Holm said afterwards that the pitch had been too dry."
    assert spans_of(text) == ["the pitch had been too dry"]
    text = "Goalkeeper Ivo Rask told reporters afterward that he had seen the ball late."
    assert spans_of(text) == ["he had seen the ball late"]


def test_worth_ends_the_counted_noun_of_a_contract():
    text = "The forward agreed a three-year contract worth $45 million."
    figures = find_figures(text)
    assert [text[f.span[0] : f.span[1]] for f in figures] == ["three-year contract", "$45 million"]
    assert figures[0].subject == "contract"


def test_a_sports_role_before_a_name_is_a_role_not_part_of_the_name():
    text = "Coach Ines Varga praised the defence. “We never panicked,” Varga said."
    speakers, statements = find_statements(text)
    (speaker,) = [s for s in speakers if s.id == statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Ines Varga", "Coach")


def test_a_participle_naming_a_role_stays_in_the_speaker_phrase():
    text = "“We wanted him all summer,” Lakeside sporting director Rosa Tamm said."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert text[statement.span[0] : statement.span[1]] == "We wanted him all summer"
    assert (speaker.name, speaker.role) == ("Rosa Tamm", "Lakeside sporting director")


def test_a_participle_after_a_preposition_opens_no_role():
    text = "After meeting officials said the boy was ready, the club moved fast."
    speakers, _ = find_statements(text)
    assert [s.name for s in speakers] == ["officials"]


def test_an_opening_adverb_and_preposition_name_no_speaker():
    text = "Late on Sunday, the club captain, Ana Lind, said the squad was ready."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert (speaker.name, speaker.role) == ("Ana Lind", "club captain")
    assert text[statement.span[0] : statement.span[1]] == "the squad was ready"


def test_a_source_not_authorized_to_speak_is_a_condition_not_a_statement():
    text = (
        "The insider, who was not authorized to discuss the fee, said the clubs agreed on a bonus."
    )
    _, (statement,) = find_statements(text)
    assert statement.cue == "said"
    assert text[statement.span[0] : statement.span[1]] == "the clubs agreed on a bonus"
    assert find_statements("The agent was not allowed to comment on the fee.")[1] == []


def test_an_age_after_its_article_is_a_speaker():
    text = "“The fans carried us,” the 23-year-old said. “We owed them this.”"
    speakers, (statement,) = find_statements(text)
    assert [text[a:b] for a, b in statement.parts] == ["The fans carried us", "We owed them this"]
    assert [(s.name, s.named) for s in speakers] == [("the 23-year-old", False)]


def test_a_bare_level_up_or_down_from_shares_the_unit_before_it():
    text = "He now swims 30 kilometres a week, down from 45 before the injury."
    assert [f.unit for f in find_figures(text)] == ["kilometres per week"] * 2


def test_an_age_after_an_opening_at_is_no_figure():
    assert find_figures("At 41, the goalkeeper still trains twice a day.") == []
    text = "At 41, he still trains twice a day and saved 3 penalties in May."
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == ["3 penalties"]


def test_a_role_in_lower_case_before_an_apposed_name_leaves_the_name_as_speaker():
    text = "Her trainer, the former sprinter Noor Adeyemi, said the knee had healed."
    speakers, (statement,) = find_statements(text)
    (speaker,) = speakers
    assert (speaker.name, speaker.named) == ("Noor Adeyemi", True)
    assert text[statement.span[0] : statement.span[1]] == "the knee had healed"


def test_a_duration_in_two_units_is_one_figure():
    text = "She won in 2 hours 15 minutes, and he was banned for 1 year and 6 months."
    figures = find_figures(text)
    assert [text[f.span[0] : f.span[1]] for f in figures] == [
        "2 hours 15 minutes",
        "1 year and 6 months",
    ]
    assert [(f.value, f.unit) for f in figures] == [(2.25, "hour"), (1.5, "year")]
    assert len(find_figures("It took 3 hours and 90 minutes.")) == 2


def test_a_shared_surname_opening_a_sentence_is_the_person_the_pronoun_agrees_with():
    text = (
        "Maria Okonkwo has won two titles. Her brother, David Okonkwo, said she never rests. "
        "“She trains on holidays,” he said.\n\n"
        "Her coach, Helen Price, said Okonkwo was the hardest worker she had seen. "
        "“She asks for more,” Price said.\n\n"
        "Okonkwo now trains less. She said she feels better."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Maria Okonkwo"


def test_a_pronoun_takes_the_subject_just_read_when_its_gender_is_unknown():
    text = (
        "Coach Jorik Maes called a timeout. “We gave everything,” winger Tom Hale said.\n\n"
        "Coach Jorik Maes was less pleased. He said the referee had missed a foul."
    )
    speakers, statements = find_statements(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Jorik Maes"
