"""Statement recall by construction: public verb and noun classes, each with invented
sentences (never sentences from the gold files)."""

from extraction_helpers import contents, statements

from tui.core.statements import find_statements

# Manner-of-speaking verbs (Levin 37.3): weak cues, before a quotation or "that".


def test_manner_of_speaking_participle_before_a_quotation():
    text = "Ruiz climbed onto a bench, chanting “Four more years!”"
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "Four more years!"
    assert statement.cue == "chanting"
    assert statement.act == "speech"


def test_manner_of_speaking_after_the_quotation():
    text = "“Open the gates,” the dockworkers chanted."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "Open the gates"
    assert statement.cue == "chanted"


def test_manner_of_speaking_before_that():
    text = "A neighbour hollered that the bridge had washed away."
    assert contents(text) == ["the bridge had washed away"]


def test_manner_of_speaking_in_its_other_sense_is_no_cue():
    assert statements("The choir sang a hymn for the harvest.") == []
    assert statements("Ortega snapped a photo of the parade.") == []


def test_a_participle_after_an_attribution_does_not_open_the_sentence():
    text = "“Keep the lights on,” Okafor says before asking them, “Who pays the bill?”"
    assert contents(text) == ["Keep the lights on", "Who pays the bill?"]


def test_a_coordinated_progressive_cue_with_its_own_subject_cuts_the_first_content():
    text = "Aides said the budget was settled, and Mendes is promising to veto it."
    assert contents(text) == ["the budget was settled", "to veto it"]


# Attitude adjectives with their preposition, after a copula (Biber et al.'s stance adjectives).


def test_attitude_adjective_after_a_copula_is_a_stance():
    text = "Senator Oduya has long been critical of the port authority."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the port authority"
    assert statement.cue == "critical of"
    assert statement.act == "stance"


def test_attitude_adjective_takes_a_clause_after_its_preposition():
    text = "Her advisers were coy about whether she would run again."
    assert contents(text) == ["whether she would run again"]


def test_attitude_adjective_without_a_copula_is_no_cue():
    assert statements("Farmers fond of the old harvest fair gathered at noon.") == []


# Characterize verbs (Levin 29.2): "see X as Y" is a thought; without "as" no cue.


def test_characterize_verb_with_as_reports_the_object_and_its_description():
    text = "Many growers see the new tariff as a threat to their exports."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == (
        "the new tariff as a threat to their exports"
    )
    assert statement.act == "thought"


def test_characterize_verb_without_as_or_before_a_clause_is_no_cue():
    assert statements("Tourists saw the old lighthouse at dawn.") == []
    assert statements("Traders saw margins shrink as fuel prices rose.") == []
    assert statements("Tourists see the lighthouse as well.") == []


def test_characterize_verb_in_the_active_past_whose_participle_is_a_passive_cue():
    text = "The old guard viewed the newcomers as intruders."
    assert contents(text) == ["the newcomers as intruders"]


# A verb and its particle split by an adverb or a day: "spoke warmly of", "called Monday for".


def test_particle_cue_split_by_an_adverb():
    text = "The bishop spoke warmly of the volunteers who rebuilt the chapel."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the volunteers who rebuilt the chapel"
    assert statement.cue == "spoke warmly of"


def test_particle_cue_split_by_a_day():
    text = "Councillor Baptiste called Monday for an audit of the water board."
    assert contents(text) == ["an audit of the water board"]


def test_a_verb_and_a_day_without_the_particle_is_no_cue():
    assert statements("The minister called Monday.") == []


# Sentence adverbs are never a speaker's name.


def test_sentence_adverb_opening_an_imperative_is_no_speaker():
    assert statements("Perhaps go further, and ask whether the ferry pays for itself.") == []


def test_sentence_adverb_before_a_name_is_not_part_of_it():
    speakers, (statement,) = find_statements("Presumably Halvorsen said the ferry pays.")
    assert [s.name for s in speakers] == ["Halvorsen"]


def test_manner_of_speaking_at_a_listener_without_a_quotation_is_no_cue():
    assert statements("Guards shout at the driver to turn the engine off.") == []
    text = "“Turn the engine off,” a guard shouted."
    assert contents(text) == ["Turn the engine off"]


def test_a_cue_noun_before_a_verb_of_finding_is_the_subject_not_the_cue():
    text = "Rents rose by a third, an analysis of county tax reports shows."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "Rents rose by a third"
    assert statement.cue == "shows"


# Verbs of discussion in a purpose infinitive: the topic, a stance of the sentence's subject.


def test_discussion_verb_in_a_purpose_infinitive_reports_the_topic():
    text = "Port officials gathered Thursday to discuss the new dredging schedule."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the new dredging schedule"
    assert statement.cue == "discuss"
    assert statement.act == "stance"
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == "Port officials"


def test_debate_is_a_cue_only_in_a_purpose_infinitive():
    assert statements("Councillors debate the dredging schedule every spring.") == []
    text = "The officials met to debate the dredging schedule."
    assert contents(text) == ["the dredging schedule"]


# "find" meaning obtain: a reflexive object, or a way or means.


def test_find_with_a_reflexive_object_or_a_way_is_no_finding():
    assert statements("Ferry crews sometimes find themselves stranded in fog.") == []
    assert statements("Several retailers have found new ways to cut their rents.") == []
    text = "The audit found that the ferry lost money."
    assert contents(text) == ["the ferry lost money"]


def test_frequency_adverb_opening_a_sentence_is_no_speaker():
    speakers, _ = find_statements("Often, the inspectors were critical of the ferry operator.")
    assert "Often" not in [s.name for s in speakers]


# A participle of questioning opening a sentence: what was asked, by the asker.


def test_opening_question_reports_the_topic_by_an_unnamed_asker():
    text = "Asked about the ferry fares, Mendes said the board would decide."
    first, second = statements(text)
    assert text[first.span[0] : first.span[1]] == "the ferry fares"
    assert first.cue == "Asked"
    assert first.speaker is None
    assert text[second.span[0] : second.span[1]] == "the board would decide"


def test_opening_question_names_its_asker_after_by():
    text = "When pressed by reporters on whether the line would close, Mendes shrugged."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "whether the line would close"
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == "reporters"


def test_a_participle_of_questioning_elsewhere_is_no_cue():
    assert statements("The ferryman pressed the horn twice.") == []


# Verbs of disregard (WordNet's ignore/disregard): a stance on what is set aside.


def test_verb_of_disregard_is_a_stance_on_its_object():
    text = "The council has largely ignored the question of ferry fares."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the question of ferry fares"
    assert statement.act == "stance"


def test_verb_of_disregard_after_continue():
    text = "Both boards continue to ignore the silt building up in the harbour."
    assert contents(text) == ["the silt building up in the harbour"]


# A sentence with no cue opened by the document it comes from: "In the latest poll, ...".


def test_sentence_opened_by_its_document_reports_the_rest():
    text = "In the harbour board's latest survey, fares fell by a tenth."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "fares fell by a tenth"
    assert statement.cue == "In"
    assert statement.act == "stance"
    assert statement.speaker_span is not None
    assert text[statement.speaker_span[0] : statement.speaker_span[1]] == (
        "the harbour board's latest survey"
    )


def test_a_document_opening_with_a_participle_adjunct_skips_it():
    text = "In the county poll, taken in early May, Okafor led by six points."
    assert contents(text) == ["Okafor led by six points"]


def test_a_cue_in_the_sentence_takes_precedence_over_the_document():
    text = "In a statement, the harbour board said the fares would rise."
    assert contents(text) == ["the fares would rise"]


def test_a_place_of_residence_after_an_age_is_part_of_the_appositive():
    speakers, (statement,) = find_statements(
        "Ines Calloway, 47, of Bangor, Maine, said the ferry should run all winter."
    )
    assert [s.name for s in speakers] == ["Ines Calloway"]


def test_a_document_made_in_a_participle_clause_is_the_speaker():
    speakers, (statement,) = find_statements(
        "A survey conducted over the winter shows support for the new schedule."
    )
    assert [s.name for s in speakers] == ["A survey"]
    speakers, _ = find_statements("The average of surveys taken this spring shows a tie.")
    assert [s.name for s in speakers] == ["The average of surveys"]


# Present participles of speech verbs, weak: before "that" or a quotation only.


def test_speech_participle_before_a_quotation_or_that():
    text = "Okafor mocked the timetable, tweeting, “Ferries run on hope.”"
    assert "Ferries run on hope" in contents(text)
    text = "The board defended the fares, asserting that fuel had doubled."
    assert "fuel had doubled" in contents(text)


def test_speech_participle_with_another_object_is_no_cue():
    assert statements("Lindqvist spent the winter writing a novel.") == []


def test_an_event_after_the_cue_is_where_it_was_said_not_the_content():
    text = "Okafor said after the summit she would not sign the accord."
    assert contents(text) == ["she would not sign the accord"]


def test_a_relative_clause_without_who_stays_with_its_speaker():
    text = "The pilots we interviewed said the schedule was unworkable."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the schedule was unworkable"
    assert statement.speaker_span is not None
    speaker = text[statement.speaker_span[0] : statement.speaker_span[1]]
    assert speaker == "The pilots we interviewed"


# Present participles of belief verbs, weak: before "that" only.


def test_belief_participle_before_that_is_a_thought():
    text = "Captain Moreau kept sailing, knowing that the storm would turn."
    (statement,) = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the storm would turn"
    assert statement.act == "thought"


def test_belief_participle_with_an_object_is_no_cue():
    assert statements("Captain Moreau kept sailing, knowing the channel well.") == []
