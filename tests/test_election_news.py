"""Election nights and polling as a new analyst reads them: constructions found by trying
whosaid on invented stories of a national election night, a governor's race poll and a county
recount dispute, a riding won on results night and a governor's race called by a wire service
(in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import (
    attributed,
    contents,
    missing_speakers,
    named,
    speaker_names,
    speaker_of,
    speakers_by_opening,
    statements,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered a full hand recount in Ward 6, where Ruiz leads by nine votes.",
        "The law allows an automatic recount only when the gap is under 0.5%.",
        "Ossai asked for a second recount after the canvass, aides said.",
        "Ossai asked for a new votes recount after the canvass.",
    ],
)
def test_a_cue_word_after_a_and_a_modifier_is_a_noun(text: str):
    """ "a full hand recount": after "a" and a modifier, the base form of a cue verb is a
    noun (a singular subject's present verb would take -s)."""
    assert all(cue != "recount" for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A former aide recounted that the count stopped twice.", "recounted"),
        ("Traders who expect a rate cut say the bank will move soon.", "say"),
        ("Critics of a flat tax claim it favours the rich.", "claim"),
        ("A few aides recount how the count stopped twice.", "recount"),
        ("A majority say they back the measure.", "say"),
        ("A hundred tenants say the landlord ignored them.", "say"),
        ("A thousand nurses claim they were never paid.", "claim"),
        ("Nearly a hundred pilots warn that the runway is unsafe.", "warn"),
        ("She drew up a plan critics say is too costly.", "say"),
        ("They took a road farmers say is unsafe.", "say"),
    ],
)
def test_a_cue_after_an_article_phrase_stays_a_verb_where_it_may_be_one(text: str, cue: str):
    assert cue in [c for _, _, c in attributed(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Haugen conceded just before midnight in a hotel where supporters had gathered.",
        "Mbeki spoke shortly after the polls closed in the capital.",
        "The senator conceded moments after the networks called the race.",
    ],
)
def test_how_near_in_time_after_a_verb_of_saying_is_no_content(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Haugen conceded shortly after midnight that she had lost the seat.",
        "Haugen said just before the count ended, she had lost the seat.",
        "Haugen said shortly after the polls closed, she had lost the seat.",
        "Haugen said shortly after 9pm she had lost the seat.",
        "Haugen said well before the count she had lost the seat.",
    ],
)
def test_a_clause_after_a_time_of_nearness_and_that_is_content(text: str):
    assert contents(text) == ["she had lost the seat"]


@pytest.mark.parametrize(
    "text",
    [
        "The party is forecast to win 60 seats.",
        "Turnout was forecast to top 70% in the cities.",
    ],
)
def test_a_forecast_in_the_passive_is_no_ones_thought(text: str):
    [statement] = statements(text)
    assert statement.speaker is None
    assert statement.act == "thought"


def test_forecast_in_the_active_keeps_its_subject():
    assert speaker_of("Analysts forecast turnout will fall.")[0] == "Analysts"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Okafor herself told reporters that she had not seen the poll.", "Okafor"),
        ("The governor himself said the count was fair.", "The governor"),
        ("The observers themselves said the count was orderly.", "The observers"),
        ("The commission itself has said the count was accurate.", "The commission"),
    ],
)
def test_an_emphatic_reflexive_after_the_subject_leaves_the_subject_speaking(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Salgado, who backs the levy, leads by 12 points among women.", "the levy"),
        ("Yilmaz, who opposes the bond, won the primary easily.", "the bond"),
        ("The mayor, who supports the measure, will debate on Monday.", "the measure"),
        (
            "Castro, who backs higher fees, lower rents and more buses, is running again.",
            "higher fees, lower rents and more buses",
        ),
    ],
)
def test_a_stance_in_a_relative_clause_on_the_subject_ends_at_its_comma(text: str, content: str):
    assert contents(text)[0] == content


def test_a_stance_in_a_relative_clause_keeps_a_list_with_no_verb_after():
    text = "Okoye, who backs lower fees, rents and fares, said the plan was fair."
    assert contents(text) == ["lower fees, rents and fares", "the plan was fair"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He will not run again, a decision aides said he had made in May.", "aides"),
        ("She quit the race, a move organizers said was overdue.", "organizers"),
        ("He quit early, a step party analysts said surprised nobody.", "party analysts"),
        ("She quit, a step union officials said came too late.", "union officials"),
        ("He sold the farm, a choice farm workers said was unfair.", "workers"),
    ],
)
def test_a_bare_plural_after_a_and_a_noun_speaks_in_a_clause_without_its_pronoun(
    text: str, name: str
):
    [(_, speaker, _)] = named(text)
    assert speaker == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A few aides said the race was lost.", "A few aides"),
        ("A dozen officials said the race was lost.", "A dozen officials"),
        ("A senior aide said the race was lost.", "A senior aide"),
        ("A bus drivers union said the race was lost.", "A bus drivers union"),
    ],
)
def test_a_counted_plural_or_a_singular_after_a_keeps_its_phrase(text: str, name: str):
    assert speaker_of(text)[0] == name


def test_writing_a_newsletter_is_no_claim():
    text = "Lena Ortiz, a strategist who writes a newsletter on state races, said it was close."
    found = find_statements(text)[1]
    assert [(s.cue, s.act) for s in found if s.cue == "writes"] in ([], [("writes", "stance")])


@pytest.mark.parametrize(
    "text",
    [
        "The secretary of state's office said the turnout figures were final.",
        "The minister of justice's office said the turnout figures were final.",
        "The turnout figures were final, according to the secretary of state's office.",
    ],
)
def test_the_office_of_a_role_with_its_complement_is_an_organization(text: str):
    name, kind, _ = speaker_of(text)
    assert name.lower().endswith("office")
    assert kind == "organization"


def test_the_role_with_its_complement_alone_stays_a_person():
    assert speaker_of("“It is final,” said the secretary of state.")[1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "“The deal is dead,” said the head of the bank's board.",
        "“The vase is a copy,” said the curator of the town's gallery.",
        "“We lost our shape,” said the manager of the country's side.",
        "The chairman of the firm's board said the deal was dead.",
    ],
)
def test_a_role_of_a_determined_owner_s_noun_stays_a_person(text: str):
    assert speaker_of(text)[1] == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "“It rarely moves,” said Professor Ewa Malinowska of the Northern State law school.",
            "Ewa Malinowska",
            "Professor",
        ),
        ("“It rarely moves,” said Tomas Berg of the Lakeland survey office.", "Tomas Berg", None),
    ],
)
def test_a_person_of_a_body_named_in_lower_case_is_the_person(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("“It rarely moves,” said Tomas Berg of Lakeland University.", "Tomas Berg", "person"),
        ("“Rates will hold,” said a Bank of the West branch manager.", None, "person"),
    ],
)
def test_a_proper_body_after_of_keeps_its_reading(text: str, name: str | None, kind: str):
    found = speaker_of(text)
    assert found[1] == kind
    if name is not None:
        assert found[0] == name
    else:
        assert "Bank of the West" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Eight percent were undecided, and the rest said they would skip the vote.",
        "The remainder said they backed a third party.",
    ],
)
def test_the_rest_of_those_polled_is_a_group(text: str):
    assert speaker_of(text)[1] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Teodora Vasquez won the seat. “We did it,” she told supporters.", "Teodora Vasquez"),
        ("Celeste Amadi led the count. “It is early,” she said.", "Celeste Amadi"),
    ],
)
def test_common_given_names_tell_the_pronoun_its_antecedent(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "She added that she would not stand again, a choice aides said she made in May.",
            "she would not stand again",
            "aides",
        ),
        (
            "He said the count was over, a claim observers said was premature.",
            "the count was over",
            "observers",
        ),
    ],
)
def test_a_contact_relative_after_reported_content_is_a_statement_of_its_own(
    text: str, first: str, second: str
):
    found = named(text)
    assert found[0][0] == first
    assert found[1][1] == second


def test_a_description_after_reported_content_with_no_cue_stays_in_it():
    text = "He said the count was over, a claim that surprised observers."
    assert contents(text) == ["the count was over, a claim that surprised observers"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Marlow County Board of Elections met on Friday. "
            "The county said the count was accurate.",
            "The county",
        ),
        (
            "The Marlow County Board of Elections met on Friday. "
            "The board said the count was accurate.",
            "The Marlow County Board of Elections",
        ),
        (
            "Marlow County Council met on Friday. The council said the count was accurate.",
            "Marlow County Council",
        ),
    ],
)
def test_a_body_is_found_again_by_its_own_head_not_a_modifier(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("Ruiz leads by 88 votes out of more than 9,000 cast.", "more than 9,000", None),
        ("Of the 640 sold, most were returned.", "640", None),
        ("They sold 400 cast iron pans.", "400 cast iron pans", "pans"),
    ],
)
def test_a_participle_not_in_ed_after_a_count_is_no_unit(text: str, shown: str, unit: str | None):
    found = {text[f.span[0] : f.span[1]]: f.unit for f in find_figures(text)}
    assert found[shown] == unit


_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "election-night-results.txt",
            {
                ("Teodora Okonkwo-Reyes", "person"),
                ("Anders Kvist", "person"),
                ("aides", "group"),
                ("National Electoral Institute", "organization"),
            },
        ),
        (
            "governor-poll-lead.txt",
            {
                ("Celeste Marchand", "person"),
                ("Tomasz Wieczorek", "person"),
                ("the rest", "group"),
                ("Harlow College Polling Institute", "organization"),
            },
        ),
        (
            "county-recount-dispute.txt",
            {
                ("Katarzyna Nowak", "person"),
                # the board's vote "voted on Friday to order" is now its stance, so "The county
                # said" finds the board again, as it does when the board "said" it
                ("Delmore County Board of Elections", "organization"),
                ("the secretary of state's office", "organization"),
                ("Grace Obi", "person"),
            },
        ),
    ],
)
def test_the_invented_election_articles_keep_their_speakers(article: str, expected: set):
    speakers, _ = find_statements((_ARTICLES / article).read_text())
    found = {
        (s.name.removeprefix("the ") if s.name.startswith("the Harlow") else s.name, s.kind)
        for s in speakers
    }
    assert expected <= found


# --- Conceding a contest or its outcome: a loss owned, no claim ---


@pytest.mark.parametrize(
    "text",
    [
        "Brannock conceded defeat in a speech to about 200 supporters at a curling rink.",
        "Ilse Varga conceded the race to her rival shortly after 10 p.m.",
        "The incumbent has not conceded the seat.",
        "Teague conceded the nomination on Saturday in a brief call with reporters.",
        "Conceding defeat, Morrow thanked the volunteers who had knocked on doors.",
    ],
)
def test_conceding_a_contest_says_nothing(text: str):
    assert not any(cue and cue.lower().startswith("conced") for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Brannock conceded that the race was lost.", "the race was lost"),
        ("Brannock conceded the race was closer than her polls had shown.", "the race was"),
        ("Varga conceded the election had been lost in the suburbs.", "the election had"),
        ("Varga conceded defeat was likely before the last polls came in.", "defeat was likely"),
        ("Teague conceded the point that turnout was low.", "the point that"),
    ],
)
def test_conceding_a_clause_about_the_contest_stays_a_statement(text: str, content: str):
    assert any(c.startswith(content) for c in contents(text))


# --- A deadline alone after a cue: when, not what ---


@pytest.mark.parametrize(
    "text",
    [
        "Odalys Brandt had not conceded by early Thursday.",
        "The premier had not commented by midnight.",
        "Ferro conceded by Tuesday evening.",
    ],
)
def test_a_deadline_alone_after_a_cue_is_no_content(text: str):
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ferro said by Friday that the count would be done.", "the count would be done"),
        ("The board was told by staff that the count was fair.", "the count was fair"),
        ("Ferro conceded by a wide margin that the count was fair.", "the count was fair"),
    ],
)
def test_by_before_a_that_clause_keeps_its_content(text: str, content: str):
    assert contents(text) == [content]


# --- People reached by a reporter, then where, then a place's name: the people speak ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Voters interviewed outside polling places in Larch County said the lines moved fast.",
            "Voters interviewed outside polling places in Larch County",
        ),
        (
            "Shoppers interviewed at malls in Dunmore said prices were too high.",
            "Shoppers interviewed at malls in Dunmore",
        ),
        (
            "Nurses working at rural clinics in Harlow said the shifts were too long.",
            "Nurses working at rural clinics in Harlow",
        ),
        (
            "Passengers stranded at the terminal in Halden said they had waited for hours.",
            "Passengers stranded at the terminal in Halden",
        ),
    ],
)
def test_people_at_places_in_a_named_place_speak_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials in Larch County said the count was done.", "Officials in Larch County"),
        (
            "Ballots cast at polling places in Larch County showed a swing, Ilse Varga said.",
            "Ilse Varga",
        ),
        ("Polls in Larch County closed at 8 p.m., officials said.", "officials"),
    ],
)
def test_a_place_s_name_with_no_participle_before_keeps_its_reading(text: str, name: str):
    assert speaker_names(text) == [name]


# --- A document dated by the event it came before or after: the document speaks ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polls before the runoff had shown a tight race.", "Polls before the runoff"),
        ("The poll before the debate found that Sorensen led.", "The poll before the debate"),
        ("A survey after the debate found that Sorensen led.", "A survey after the debate"),
        (
            "Surveys during the campaign found that voters were split.",
            "Surveys during the campaign",
        ),
    ],
)
def test_a_document_before_or_after_an_event_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_a_report_by_its_author_keeps_its_reading():
    assert speaker_of("A report by the council found that Sorensen led.")[:2] == (
        "A report by the council",
        "document",
    )


# --- The outcome a sentence-final attribution is followed by: the writer's note ---


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Odile Brant has taken the riding of Pike Falls, Global News projected late Sunday,"
            " ending 22 years of NDP representation there.",
            "Odile Brant has taken the riding of Pike Falls",
            "Global News",
        ),
        (
            "Rivera won 54 per cent of the vote, the Associated Press projected, handing"
            " Democrats the seat.",
            "Rivera won 54 per cent of the vote",
            "the Associated Press",
        ),
        (
            "The council passed the budget, the mayor said, marking the first time in six years"
            " it was on schedule.",
            "The council passed the budget",
            "the mayor",
        ),
        (
            "The strike is over, union officials said Monday, ending a nine-day walkout.",
            "The strike is over",
            "union officials",
        ),
    ],
)
def test_a_participle_of_outcome_after_the_attribution_is_no_content(
    text: str, content: str, name: str
):
    assert named(text)[0][:2] == (content, name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union said it was ending the strike.", "it was ending the strike"),
        ("The mayor said ending the strike was her priority.", "ending the strike was"),
        ("Ames said she was marking the ballots herself.", "she was marking the ballots"),
    ],
)
def test_the_same_participle_inside_the_content_stays_in_it(text: str, content: str):
    assert contents(text)[0].startswith(content)


# --- A voter's age set off by commas before "who said": the voter speaks ---


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            '"It was closer than I thought," said Wren Halvorsen, 47, who said she had voted'
            " for the Greens.",
            "she had voted for the Greens",
            "Wren Halvorsen",
        ),
        (
            "Omar Castellan, 71, who said he had never missed an election, waited an hour.",
            "he had never missed an election",
            "Omar Castellan",
        ),
        (
            '"Lines were long," said a retired welder, 63, who said the booth ran out of pens.',
            "the booth ran out of pens",
            "a retired welder",
        ),
    ],
)
def test_a_relative_clause_after_an_age_is_the_person_s(text: str, content: str, name: str):
    assert (content, name) in [(c, n) for c, n, _ in named(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in Ward 34, which officials said was low, fell again.",
        "The Liberals won 34, which surprised no one.",
    ],
)
def test_a_number_before_which_is_no_age(text: str):
    assert all(n != "34" for n in speaker_names(text))


# --- A passive cue raising its subject to an infinitive is inside the clause: one part ---


@pytest.mark.parametrize(
    "text",
    [
        "The Greens were projected to win 14 of 52 seats, two short of official party status.",
        "The Bloc is widely expected to hold Rivière-Noire, a seat it has held since 2011.",
        "Turnout was forecast to reach 64 per cent, up from 59 per cent last time.",
    ],
)
def test_a_raising_passive_cue_cuts_no_part(text: str):
    [statement] = statements(text)
    assert statement.parts == ()


@pytest.mark.parametrize(
    "text",
    [
        "The count, the returning officer said, was fair.",
        "The turnout, officials said on Monday, was the highest in years.",
    ],
)
def test_an_attribution_inside_reported_content_still_cuts_it(text: str):
    [statement] = statements(text)
    assert len(statement.parts) == 2
    assert text[slice(*statement.parts[0])] in ("The count", "The turnout")


# --- The invented results-night articles: their key statements and speakers ---


def test_the_riding_result_keeps_its_speakers():
    assert (
        missing_speakers(
            "elections-riding-upset.txt",
            [
                ("Liberal candidate Marisa Olander", "CBC News", "media"),
                ("With 98 per cent of polls", "Elections Canada", "organization"),
                ("Tonight, Kestrel Valley", "Marisa Olander", "person"),
                ("I called Marisa", "Garth Pellerin", "person"),
                ("he was proud", "Garth Pellerin", "person"),
                ("the party had lost", "Hal Brightwater", "person"),
                ("This is a riding", "Anneke Dubrovsky", "person"),
                ("he would not ask", "A spokesperson for Pellerin's campaign", "person"),
            ],
        )
        == []
    )


def test_the_riding_result_has_no_conceding_of_defeat_as_a_statement():
    assert not any(
        c.startswith("defeat") for c, _, _ in speakers_by_opening("elections-riding-upset.txt")
    )


def test_the_governor_call_keeps_its_speakers():
    assert (
        missing_speakers(
            "elections-governor-call.txt",
            [
                ("You did this", "Lena Harmon", "person"),
                ("We are not going anywhere", "Carl Odegaard", "person"),
                ("the campaign believed", "Rick Sundqvist", "person"),
                ("the race was", "Maria Delacorte", "person"),
                ("a close race", "Polls before the election", "document"),
                (
                    "the economy and abortion",
                    "Voters interviewed outside polling places in Fenwick County",
                    "group",
                ),
                ("I voted for her", "Dana Whitlock", "person"),
                ("he voted for Odegaard", "Tim Ostrowski", "person"),
            ],
        )
        == []
    )


def test_the_governor_call_has_no_deadline_as_content():
    assert not any(
        c.startswith("by early") for c, _, _ in speakers_by_opening("elections-governor-call.txt")
    )
