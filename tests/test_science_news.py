"""Science and health news: studies, agencies and their spokespeople, invented sentences."""

import pytest
from extraction_helpers import ARTICLES, missing_speakers

from tui.core.figures import find_figures
from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements


def read(text: str) -> tuple[dict[str, Speaker], list[Statement]]:
    speakers, statements = find_statements(text)
    return {s.id: s for s in speakers}, statements


def test_a_full_word_title_before_a_period_ends_the_sentence():
    # "Center." is no abbreviated title: "The" after it starts a sentence, not a name.
    text = (
        "Snow cover shrank this winter, according to the Tarn Valley Climate Center.\n\n"
        "The decline was the steepest in decades, the center said in its yearly review."
    )
    speakers, statements = read(text)  # it raised IndexError on the empty name "The"
    assert len(statements) == 2
    assert all(s.name != "The" for s in speakers.values())


def test_an_acronym_spelled_like_a_relative_pronoun_is_a_name():
    # "the WHO said": the World Health Organization, not the relative pronoun "who".
    text = "The WHO said most of the new infections were among unvaccinated adults."
    speakers, statements = read(text)
    assert len(statements) == 1
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.kind) == ("WHO", "organization")


def test_an_agency_name_with_for_and_and_stays_whole_after_a_spokesperson():
    # "Centers for X and Y" is one agency's name, not two people joined by "and".
    text = (
        "A spokesperson for the Institutes for Soil Science and Forestry said the lab had "
        "confirmed 41 samples."
    )
    speakers, statements = read(text)
    assert len(statements) == 1
    speaker = speakers[statements[0].speaker]
    assert speaker.kind == "person"
    assert "Institutes for Soil Science and Forestry" in speaker.name + (speaker.role or "")


def test_names_joined_by_and_still_make_a_group():
    text = "Maria Lund and Peter Voss said the sample was too small to draw conclusions."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "group"


def test_a_sentence_opening_the_does_not_make_a_common_noun_an_outlet():
    # "The agency said" at a sentence start is the agency, as "the agency said" mid-sentence.
    text = "The agency said cases of the fever had doubled since spring."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "organization"


def test_the_center_is_the_named_center_that_spoke_before():
    text = (
        "Glaciers retreated 40 meters last year, according to the Harlow Glacier Research "
        "Center. The loss was the largest since records began, the center said."
    )
    speakers, statements = read(text)
    assert len(statements) == 2
    assert statements[0].speaker == statements[1].speaker
    assert speakers[statements[1].speaker].kind == "organization"


def test_a_center_on_a_team_is_still_a_person():
    text = "The visitors lost by a point, and the center said the referee missed a foul."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "person"


def test_a_headline_noun_compound_before_says_is_the_speaker():
    # "agency report says": "report" is a noun, "says" the verb; not "agency" reporting.
    text = "Coral bleaching spreads to deeper reefs, agency report says\n\nWarm water lingered."
    speakers, statements = read(text)
    assert all(s.cue != "report" for s in statements)
    assert "agency" not in {s.name for s in speakers.values()}


def test_a_report_released_by_a_long_named_body_is_the_speaker():
    # The document speaks, its maker named after "by" far from the cue.
    text = (
        "A report issued on Friday by the Alpine Glacier Survey Council found that the ice "
        "was thinning."
    )
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].kind == "document"


def test_a_bare_count_counts_the_plural_subject_of_its_sentence():
    text = "Dengue infections have climbed to 2,310 this season."
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (2310, "infections")


def test_an_indefinite_report_is_a_new_document_not_the_last_one():
    text = (
        "Harvest woes deepen\n\n"
        "Wheat yields fell for a third year, a ministry report said on Monday.\n\n"
        "A report released Friday by the Grain Council found that rust fungus had spread. "
        "The report said farmers should rotate crops."
    )
    speakers, statements = read(text)
    first, second, third = (speakers[s.speaker] for s in statements)
    assert first.id != second.id
    assert second.id == third.id


def test_the_spokesperson_is_the_one_brought_in_before():
    text = (
        "A spokesperson for the Coastal Health Board said 12 clinics would open. "
        "The spokesperson said staff were ready."
    )
    speakers, statements = read(text)
    assert statements[0].speaker == statements[1].speaker


def test_a_headline_study_is_the_body_study_that_repeats_it():
    # The headline's study is the body's first "a study": its claim is counted once.
    text = (
        "Short naps lower blood pressure, new study finds\n\n"
        "A study published in a cardiology journal found that short naps lower blood "
        "pressure in older adults."
    )
    speakers, statements = read(text)
    assert len(statements) == 1


def parts_of(text: str, statement: Statement) -> list[str]:
    return [text[a:b] for a, b in (statement.parts or [statement.span])]


def test_an_approximate_amount_after_an_interrupting_attribution_goes_on_with_the_content():
    # "about 14", "at least half", "over 200": the subject of the clause the attribution
    # interrupts, not a phrase of a preposition saying where or when it was said.
    cases = [
        (
            "Among 1,000 long-term users, the team estimates, about 14 would see a decline.",
            ["Among 1,000 long-term users", "about 14 would see a decline"],
        ),
        (
            "Even if countries meet the goals, the authors conclude, about a third of the ice "
            "is likely to disappear.",
            ["Even if countries meet the goals", "about a third of the ice is likely to disappear"],
        ),
        (
            "By 2050, the team estimates, at least half of the snowpack will be gone.",
            ["By 2050", "at least half of the snowpack will be gone"],
        ),
        (
            "Across the delta, she said, over 200 homes were flooded.",
            ["Across the delta", "over 200 homes were flooded"],
        ),
    ]
    for text, expected in cases:
        _, statements = read(text)
        assert len(statements) == 1, text
        assert parts_of(text, statements[0]) == expected, text


def test_a_preposition_after_an_interrupting_attribution_is_still_no_content():
    # Near-misses: a phrase of a preposition with no amount stays out of what was said.
    for text, expected in [
        ("She spoke, she said, about the plan.", ["She spoke"]),
        ("The ice is thinning, she said, at a rate never seen before.", ["The ice is thinning"]),
    ]:
        _, statements = read(text)
        assert [parts_of(text, s) for s in statements] == [expected], text


def test_an_amount_of_time_after_an_interrupting_attribution_may_be_when_it_was_said():
    # Near-misses from courts and sports: "over two days of ...", "about a dozen times" may
    # say when or how often the speaker spoke, no clause's subject; an amount of things with
    # its verb still goes on with the content.
    for text, expected in [
        (
            "The defendant lied, the prosecutor said, over two days of closing arguments.",
            ["The defendant lied"],
        ),
        ("The referee erred, the coach said, about a dozen times.", ["The referee erred"]),
        ("The hearing ran long, the clerk said, over three hours.", ["The hearing ran long"]),
        (
            "In the first round, the coach said, about 14 players were hurt.",
            ["In the first round", "about 14 players were hurt"],
        ),
    ]:
        _, statements = read(text)
        assert [parts_of(text, s) for s in statements] == [expected], text


def test_an_amount_after_a_stance_verb_is_still_no_statement():
    # "seeks at least $75,000": an object of "seeks" opening with "at" stays as it was.
    _, statements = read("The suit seeks at least $75,000 in damages.")
    assert statements == []


def test_found_after_an_interrupting_attribution_is_the_content_subjects_finding():
    # "Engineers checked X, she said, and found Y": the engineers found Y; she said it all.
    cases = [
        (
            "Engineers then checked two spare tanks, she said, and found cracks in one of them.",
            ["Engineers then checked two spare tanks", "and found cracks in one of them"],
        ),
        (
            "Auditors quickly reviewed the books, he said, and found a gap of $2 million.",
            ["Auditors quickly reviewed the books", "and found a gap of $2 million"],
        ),
        (
            "Inspectors visited the plant, he said, and found that every pipe was rusted.",
            ["Inspectors visited the plant", "and found that every pipe was rusted"],
        ),
    ]
    for text, expected in cases:
        _, statements = read(text)
        assert len(statements) == 1, text
        assert statements[0].cue == "said"
        assert parts_of(text, statements[0]) == expected, text


def test_a_speakers_own_verb_after_an_interrupting_attribution_stays_hers():
    # Near-misses: a verb of saying, or "found that" after a clause with no agent, is the
    # speaker's own second statement.
    for text, cues in [
        (
            "The plan is sound, she said, and added that the board would vote in May.",
            ["said", "added"],
        ),
        ("The plan is sound, she said, and found that critics had misread it.", ["said", "found"]),
    ]:
        _, statements = read(text)
        assert [s.cue for s in statements] == cues, text


def test_a_closing_attribution_with_its_time_or_venue_reports_a_clause_with_found():
    # "X after inspectors found cracks, she said on Tuesday.": "found" is inside what she
    # said, whether the attribution ends the sentence alone or with when or where.
    for tail in ["she said on Tuesday", "the council said in a statement", "she said Tuesday"]:
        text = f"The council closed the pool after inspectors found cracks, {tail}."
        _, statements = read(text)
        assert [s.cue for s in statements] == ["said"], text
        assert parts_of(text, statements[0]) == [
            "The council closed the pool after inspectors found cracks"
        ]


def test_a_closing_cue_other_than_saying_keeps_its_reading():
    # Near-miss: "posted Tuesday" after a filing is no attribution closing the sentence.
    text = (
        "Corvana is recalling 900 sedans because a latch can fail, the automaker said in a "
        "filing posted Tuesday."
    )
    _, statements = read(text)
    assert [s.cue for s in statements] == ["said"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "science-heartburn-kidney.txt",
            [
                ("The signal was there in every group", "Tomasz Wierzbicki", "person"),
                ("Among 1,000 long-term users", "the team", "group"),
                ("doctors should review such prescriptions", "The paper", "document"),
                ("We can’t fully exclude", "Amara Okonkwo-Reid", "person"),
                ("observational studies of this kind", "Helen Marchetti", "person"),
                ("it was aware of the study", "Health Canada", "organization"),
                ("The authors reported no conflicts", "the Journal of Renal Epidemiology", "media"),
            ],
        ),
        (
            "science-alpine-glaciers.txt",
            [
                ("We expected a bad result", "Annika Vogt", "person"),
                ("the Alps held about 110 cubic kilometres", "The team", "group"),
                ("Even if countries meet the goals", "the authors", "group"),
                ("People see more water", "Matteo Rinaldi", "person"),
                ("the two-year period was too short", "Ingrid Solberg", "person"),
                ("the results were", "Rafael Ortega", "person"),
                (
                    "it would use the data",
                    "Swiss Federal Office for the Environment",
                    "organization",
                ),
            ],
        ),
        (
            "science-lunar-lander-delay.txt",
            [
                ("This is not the news", "Sofia Lindqvist", "person"),
                ("Engineers then checked two spare tanks", "Sofia Lindqvist", "person"),
                ("the problem “should have been caught", "an internal review", "document"),
                ("it was working with the agency", "Orion Aerospace Systems", "organization"),
                ("the delay was “regrettable", "Claudia Neumann", "person"),
                ("the agency owed taxpayers", "Markus Neumann", "person"),
            ],
        ),
    ],
)
def test_the_invented_science_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


def article_statements(name: str) -> tuple[str, dict[str, Speaker], list[Statement]]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, statements = read(text)
    return text, speakers, statements


def test_the_estimate_and_the_conclusion_interrupted_keep_both_halves():
    text, _, statements = article_statements("science-heartburn-kidney.txt")
    (estimate,) = [s for s in statements if s.cue == "estimates"]
    assert parts_of(text, estimate)[1].startswith("about 14 would see a major decline")
    text, _, statements = article_statements("science-alpine-glaciers.txt")
    (conclusion,) = [s for s in statements if s.cue == "conclude"]
    assert parts_of(text, conclusion)[1] == "about a third of today's ice is likely to disappear"


def test_what_the_engineers_found_is_the_directors_report_not_her_finding():
    text, speakers, statements = article_statements("science-lunar-lander-delay.txt")
    (checked,) = [s for s in statements if text[s.span[0] :].startswith("Engineers then")]
    assert parts_of(text, checked) == [
        "Engineers then checked two spare tanks",
        "and found similar flaws in one of them",
    ]
    lindqvist = {
        s.speaker for s in statements if s.speaker and speakers[s.speaker].name == "Sofia Lindqvist"
    }
    assert not [s for s in statements if s.cue == "found" and s.speaker in lindqvist]


def test_the_two_neumanns_are_two_speakers():
    _, speakers, statements = article_statements("science-lunar-lander-delay.txt")
    names = {speakers[s.speaker].name for s in statements if s.speaker}
    assert {"Claudia Neumann", "Markus Neumann"} <= names


def test_an_indefinite_role_before_a_name_in_a_sentence_without_a_cue_is_the_role():
    # "Another outside scientist, Dr. X of Y, was less cautious. He said ...": the opening
    # description is the role of the person who speaks next, without its ordinal.
    cases = [
        (
            "A third scientist, Ann Lee, was less cautious. She said the results were sound.",
            "scientist",
        ),
        (
            "Another outside scientist, Dr. Rafael Ortega of the University of Granada, was "
            "less cautious. He said the results were sound.",
            "outside scientist",
        ),
        (
            "An outside expert, Dr. Ravi Das, who was not involved in the study, was more "
            "cautious. He said the sample was small.",
            "outside expert",
        ),
    ]
    for text, role in cases:
        speakers, statements = read(text)
        assert speakers[statements[0].speaker].role == role, text


def test_an_opening_phrase_that_is_no_apposed_role_gives_none():
    # Near-misses: a time phrase, and an attribution after the name, are no apposition.
    for text in [
        "A week later, Ann Lee was less cautious. She said the results were sound.",
        "A third scientist, Ann Lee said, was less cautious.",
    ]:
        speakers, statements = read(text)
        assert speakers[statements[0].speaker].role is None, text


def test_the_outside_scientist_introduced_before_he_speaks_keeps_his_role():
    _, speakers, statements = article_statements("science-alpine-glaciers.txt")
    roles = {speakers[s.speaker].name: speakers[s.speaker].role for s in statements if s.speaker}
    assert roles["Rafael Ortega"] == "outside scientist"
    assert roles["Ingrid Solberg"] == "glaciologist at the University of Bergen"


def test_a_name_where_researchers_work_is_an_organization():
    # "a glaciologist at ETH Zurich", "researchers at Kell Labs": where people work, so the
    # name speaking later ("according to ETH Zurich") is an organization's.
    for text, name in [
        (
            "Ann Lee, a glaciologist at ETH Zurich, led the work. The funding was pledged, "
            "according to ETH Zurich.",
            "ETH Zurich",
        ),
        (
            "Researchers at Kell Labs found mould. The mould was old, according to Kell Labs.",
            "Kell Labs",
        ),
    ]:
        speakers, statements = read(text)
        speaker = speakers[statements[-1].speaker]
        assert (speaker.name, speaker.kind) == (name, "organization"), text


def test_a_person_after_at_stays_a_person():
    # Near-miss: a name after "at" that is no workplace ("guests at Ann Lee's party") gives
    # no organization's evidence to her, and she keeps speaking as a person.
    text = "Dozens of guests at Ann Lee's party cheered. Ann Lee said the night was a success."
    speakers, statements = read(text)
    assert speakers[statements[-1].speaker].kind == "person"


def test_a_place_visited_or_a_persons_event_after_at_is_no_workplace():
    # Near-misses: "a tourist at Niagara Falls" is a visit, and "a lawyer at Mbali Dube's
    # hearing" her hearing: neither name becomes an organization by "at".
    for text, name, kind in [
        (
            "A tourist at Niagara Falls fell. The railing was old, according to Niagara Falls.",
            "Niagara Falls",
            "unknown",
        ),
        (
            "Fans at Wembley Stadium waited. The match went on, according to Wembley Stadium.",
            "Wembley Stadium",
            "unknown",
        ),
        (
            "A lawyer at Mbali Dube's hearing objected. Mbali Dube said she would appeal.",
            "Mbali Dube",
            "person",
        ),
    ]:
        speakers, statements = read(text)
        speaker = speakers[statements[-1].speaker]
        assert (speaker.name, speaker.kind) == (name, kind), text


def test_found_with_an_object_before_an_interrupting_attribution_is_inside_what_was_said():
    # "Inspectors found cracks, she said, and ...": she reports the whole clause; "found"
    # does not take the attribution and what follows into its object.
    for text, expected in [
        (
            "Inspectors found cracks, she said, and the pool will stay shut.",
            ["Inspectors found cracks", "and the pool will stay shut"],
        ),
        (
            "Inspectors found cracks, she said on Tuesday, and the pool will stay shut.",
            ["Inspectors found cracks", "and the pool will stay shut"],
        ),
    ]:
        _, statements = read(text)
        assert [s.cue for s in statements] == ["said"], text
        assert parts_of(text, statements[0]) == expected, text


def test_found_before_another_speakers_clause_keeps_its_own_statement():
    # Near-misses: "but the authors said" and "which the council said" are no attribution
    # of the finding.
    for text in [
        "The study found a link, but the authors said it was weak.",
        "Inspectors found cracks, which the council said were old.",
    ]:
        _, statements = read(text)
        assert [s.cue for s in statements] == ["found", "said"], text


def test_a_byline_role_line_is_no_part_of_the_lede_bodys_name():
    # "Science Reporter" on the byline's last line and "The European Space Agency" opening
    # the lede are two names: a paragraph break ends the first even before "The".
    text = (
        "Lander delayed to 2029, space agency says\n\nBy Hannah Kowalski\nScience Reporter\n\n"
        "The European Space Agency has delayed the lander by 18 months, the agency said in a "
        "statement on Tuesday."
    )
    speakers, statements = read(text)
    assert speakers[statements[-1].speaker].name == "European Space Agency"


def test_the_lede_agency_of_the_lander_article_is_the_named_agency():
    _, speakers, statements = article_statements("science-lunar-lander-delay.txt")
    agency = [speakers[s.speaker].name for s in statements if s.cue == "said"][0]
    assert agency == "European Space Agency"


def test_a_time_before_the_name_and_its_role_is_no_role():
    # "A year ago, Tom Hale, the mayor, said": the opening phrase is when; the role is the
    # appositive after the name.
    for text, role in [
        ("A year ago, Tom Hale, the mayor, said the pool would close.", "mayor"),
        ("Two days later, Ann Lee, a nurse, said the ward was full.", "nurse"),
    ]:
        speakers, statements = read(text)
        assert speakers[statements[0].speaker].role == role, text


def test_a_role_that_a_time_describes_keeps_it():
    # Near-miss: "an analyst quoted two years ago" is a role with its time.
    text = "According to Mark Ruiz, an analyst quoted two years ago, the bridge is safe."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].role == "analyst quoted two years ago"


def test_a_lone_surrogate_does_not_stop_the_brand_pass():
    # Found by the suite's random texts: "\ud800" cannot be encoded strictly as UTF-8.
    assert read("\ud800") == ({}, [])
    _, statements = read("noyb, the Vienna privacy group, said it would sue.")
    assert len(statements) == 1
