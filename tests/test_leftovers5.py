"""Statement leftovers by construction (session 5), each with invented sentences (never
sentences from the gold files)."""

from extraction_helpers import contents, statements

from tui.core.statements import find_statements

# A place or occasion after a cue never runs past "that": the plural noun after it opens the
# content ("talks", "cuts"), it is no venue word of the adjunct.


def test_venue_adjunct_stops_at_that():
    assert contents("The minister said in an e-mail that talks would resume on Monday.") == [
        "talks would resume on Monday"
    ]
    assert contents("The union said in a fax that cuts would hit nurses first.") == [
        "cuts would hit nurses first"
    ]


# A conjoined cue inside reported content with only a prepositional object after it ("and
# thought of the war") is the content's own verb, not a second attribution; with a clause
# or a particle cue ("warned of") it still is one.


def test_conjoined_cue_with_an_object_of_stays_in_the_content():
    assert contents("Lee said she walked home and thought of the war.") == [
        "she walked home and thought of the war"
    ]
    assert contents("Ruiz told reporters that he cried and thought about his father.") == [
        "he cried and thought about his father"
    ]


def test_conjoined_cue_with_a_clause_is_still_a_second_attribution():
    assert contents("Lee said the plan would fail and thought that a strike was near.") == [
        "the plan would fail",
        "a strike was near",
    ]
    assert contents("Lee said the plan would fail and warned of a strike.") == [
        "the plan would fail",
        "a strike",
    ]


# A year between a determiner and a document noun dates the document: it is part of the
# speaker phrase ("a 2024 report"); a bare year opening a clause is not.


def speaker_spans(text: str) -> list[str]:
    return [
        text[s.speaker_span[0] : s.speaker_span[1]] if s.speaker_span else ""
        for s in statements(text)
    ]


def test_a_year_before_a_document_noun_is_part_of_the_speaker():
    assert speaker_spans("A 2024 report by the council found that rents had doubled.") == [
        "A 2024 report by the council"
    ]
    assert speaker_spans("The 1998 survey showed that most farmers were in debt.") == [
        "The 1998 survey"
    ]


def test_a_year_opening_a_clause_is_no_part_of_the_speaker():
    assert speaker_spans("In 2019 officials said the dam was safe.") == ["officials"]


# An age between a name and its appositive ("Tom Hale, 58, a retired teacher") leaves the
# appositive the speaker's role, after an inverted cue and before a cue alike.


def roles(text: str) -> list[str | None]:
    return [speaker.role for speaker in find_statements(text)[0]]


def test_an_age_between_name_and_role_keeps_the_role():
    assert roles("“We will rebuild,” said Tom Hale, 58, a retired teacher.") == ["retired teacher"]
    assert roles("Ana Ruiz, 41, a nurse in Leeds, said the ward was full.") == ["nurse in Leeds"]


def test_an_age_alone_is_no_role():
    assert roles("“We will rebuild,” said Tom Hale, 58.") == [None]


# A name listing fields with "and" and ending in a country is a government department's: an
# organization; a list of countries or of people stays a group.


def kinds(text: str) -> list[str]:
    return [speaker.kind for speaker in find_statements(text)[0]]


def test_a_department_named_by_its_fields_and_a_country_is_an_organization():
    assert kinds("Forests, Lakes and Wildlife Canada said the herd was shrinking.") == [
        "organization"
    ]
    assert kinds("Trade and Industry Britain said exports had slowed.") == ["organization"]


def test_a_list_of_countries_or_people_stays_a_group():
    assert kinds("Spain and France said the vote was unfair.") == ["group"]
    assert kinds("Nora Kim and Ali Reza said the vote was unfair.") == ["group"]


# A tagline, a paragraph of a name, a beat and an outlet ("X reports on health for Y"), is
# furniture: no statement; the same verb with more after the outlet is prose.


def test_a_tagline_paragraph_is_no_statement():
    text = "Tom Hale reports on energy for Example News.\n\nThe mayor said the road would reopen."
    assert contents(text) == ["the road would reopen"]
    assert statements("Ravi Patel writes about the courts for the Daily Courier.") == []


def test_a_report_in_prose_is_still_read():
    text = "The agency reports on water for the province, Lee said."
    assert contents(text) == ["The agency reports on water for the province"]


# A relative clause inside the subject before the cue: "who" after an unnamed source and its
# description stands for the whole description, not the noun ending it.


def test_who_after_a_described_source_stands_for_the_whole_description():
    text = "A person close to the talks, who spoke on condition of anonymity, said a deal was near."
    assert speaker_spans(text)[-1] == "A person close to the talks"
    assert contents(text)[-1] == "a deal was near"


def test_who_after_a_source_described_by_a_cue_noun_keeps_the_main_statement():
    text = "An official familiar with the plan, who asked not to be identified, said it would pass."
    assert contents(text)[-1] == "it would pass"
    assert speaker_spans(text)[-1] == "An official familiar with the plan"


# A judgement verb in its physical sense: "attacked" with a place, a vehicle or an armed group
# as its object (data: OBJECT_SENSES) and nothing reported after it is no statement.


def test_a_physical_attack_is_no_statement():
    assert statements("Militants attacked a border checkpoint on Sunday.") == []
    assert statements("Raiders attacked the supply trucks near the river.") == []
    assert statements("Gunmen attacked police in the old quarter.") == []


def test_an_attack_in_words_is_still_a_statement():
    assert contents("Lee attacked the budget as a giveaway to donors.") == [
        "the budget as a giveaway to donors"
    ]


# A cue word that is also a noun, in its base form after "the" or "a" and a singular name
# ("the Radio Four show", "the Hale plan"), heads that noun phrase: it is no verb.


def test_a_cue_noun_after_a_name_and_a_determiner_is_no_cue():
    text = "Speaking on the Morning Radio show, Lee said the strike was over."
    assert [s.cue for s in statements(text)] == ["said"]
    assert contents(text) == ["the strike was over"]


# A request for anonymity in a relative clause inside the subject is no statement of its
# own; the main statement keeps the described source.


def test_a_request_for_anonymity_is_no_statement():
    text = "One aide, who asked not to be identified, said the budget would pass."
    assert contents(text) == ["the budget would pass"]
    assert [s.cue for s in statements(text)] == ["said"]


def test_an_age_and_a_residence_between_name_and_role_keep_the_role():
    assert roles("“We will rebuild,” said Tom Hale, 58, of Dover, a retired teacher.") == [
        "retired teacher"
    ]
    assert roles("Ana Ruiz, 41, of Leeds, a nurse, said the ward was full.") == ["nurse"]


# The same beat inside a paragraph of prose: "reports on X for Outlet" with nothing reported
# after the outlet is no statement.


def test_a_beat_in_prose_is_no_statement():
    text = "Tom Hale reports on energy for Example News. He said the grid was weak."
    assert contents(text) == ["the grid was weak"]
    assert statements("Lee wrote about the war for the Valley Herald in 2003.") == []


def test_an_opening_participle_of_speech_is_no_speaker_of_a_cue_noun():
    text = "Speaking on Lee's radio show, Hale said the strike was over."
    assert [s.cue for s in statements(text)] == ["said"]
    assert speaker_spans(text) == ["Hale"]
