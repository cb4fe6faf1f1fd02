"""International wire news as a new analyst reads it: constructions found by trying whosaid on
invented wire stories of a regional summit, a maritime collision and a runoff election abroad
(in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_names

from tui.core.speakers import _family_name_first, _paternal_surname
from tui.core.statements import find_statements
from tui.core.text import unaccented

# --- names by which a person is known alone: a family name written first, a paternal surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputy Minister Nguyen Van Hai said the port would open. Nguyen added that "
            "tolls would fall.",
            "Nguyen Van Hai",
        ),
        (
            "Analyst Pham Thi Hoa said exports had slowed. “It is a soft patch,” Pham said.",
            "Pham Thi Hoa",
        ),
        (
            "Trade Minister Uchida Haruki said Tokyo was ready. Uchida told reporters that "
            "talks would resume.",
            "Uchida Haruki",
        ),
        (
            "Electoral judge Ramiro Torres Villalba said the count was clean. Torres said "
            "no ballot was lost.",
            "Ramiro Torres Villalba",
        ),
        (
            "Marisol Quispe Huamán, 58, said she had queued for hours. Quispe said the line "
            "moved slowly.",
            "Marisol Quispe Huamán",
        ),
    ],
)
def test_a_bare_family_or_paternal_name_is_the_person_named_in_full(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # the middle name of an English name is no surname
        "John Paul Hendry said the count was clean. Paul said there was no fraud.",
        # another person of that paternal surname
        "Ramiro Torres Villalba said the count was clean. Ana Torres said it was not.",
        # a particle before the word: a patronymic, not a surname
        "Sheikh Omar bin Rashid al-Nuaimi said Doha would wait. Rashid said talks would go on.",
    ],
)
def test_a_bare_word_of_another_name_stays_its_own_speaker(text: str):
    first, second = speaker_names(text)
    assert first != second


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Korean President Yoon Ha-eun was more cautious. Yoon said Seoul would "
            "wait for the rules.",
            "Yoon Ha-eun",
        ),
        (
            "Opposition leader Gabriela Paredes Ochoa held a slim lead. Paredes told "
            "supporters that every vote would count.",
            "Gabriela Paredes Ochoa",
        ),
    ],
)
def test_a_bare_name_is_completed_from_a_full_mention_that_said_nothing(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a run of capitals after the name: a title or a body, not a second surname
        "Fans gathered at the Tom Hale Center Arena. Hale said the hall was clean.",
        # a day after the name
        "Judge Ana Ruiz Tuesday ruled on the case. Ruiz said the law was clear.",
    ],
)
def test_a_bare_name_is_not_completed_with_words_that_are_no_name(text: str):
    names = speaker_names(text)
    assert names[-1] is not None
    assert "Arena" not in names[-1] and "Tuesday" not in names[-1]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Morita Kenji", "morita"),
        ("Tran Van Khoa", "tran"),
        ("Nguyen Thi Kim Lan", "nguyen"),
        ("Costa Maria", None),  # no Japanese shape
        ("Kenji Morita", None),  # given name first
    ],
)
def test_which_names_put_the_family_name_first(name: str, family: str | None):
    assert _family_name_first(name) == family


@pytest.mark.parametrize(
    ("name", "paternal"),
    [
        ("Hernán Salas Villanueva", "salas"),
        ("María Fernanda Ruiz Cárdenas", "ruiz"),
        ("Mary Kay Lund", None),  # a given name before the last
        ("Rosa de la Vega", None),  # particles
        ("The Trump Team", None),  # no name
        ("Former DNC Chairman", None),
        ("Ana Ruiz", None),  # one surname
    ],
)
def test_which_names_have_a_paternal_surname(name: str, paternal: str | None):
    assert _paternal_surname(name) == paternal


# --- the appositive after a partitive of a pronoun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of them, Ramil Ocampo, 41, said through an interpreter that the hull cracked.",
            "Ramil Ocampo",
        ),
        ("One of them, Ramil Ocampo, said that the hull cracked.", "Ramil Ocampo"),
        ("Two of them, the twins, said the boat tilted.", "the twins"),
    ],
)
def test_the_appositive_after_a_pronouns_partitive_is_the_speaker(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_a_partitive_as_an_object_is_no_speaker():
    text = "The captain gave one of them, Ramil Ocampo, a medal, officials said."
    assert speaker_names(text) == ["officials"]


# --- roles whose complement opens with "to"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Pavel Sorokin, Moscow's envoy to Laos, who arrived on Monday, said the deal "
            "was close.",
            "Pavel Sorokin",
            "Moscow's envoy to Laos",
        ),
        (
            "Yusuf Demir, an adviser to the president, who joined the talks late, said the "
            "plan was sound.",
            "Yusuf Demir",
            "adviser to the president",
        ),
        ("Lena Brandt, a delegate to the assembly, said the vote was fair.", "Lena Brandt", None),
    ],
)
def test_a_role_to_a_place_or_a_person_is_the_appositive(text: str, name: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name
    assert role is None or speaker.role == role


@pytest.mark.parametrize(
    "text",
    [
        "Canada's ambassador to Chile said Ottawa welcomed the fund.",
        "An envoy to the Kremlin said Ottawa welcomed the fund.",
    ],
)
def test_the_place_after_a_to_role_is_not_the_speaker(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.kind == "person"


def test_flights_to_a_place_are_no_role():
    text = "Flights to Chile resumed, the airline said."
    assert speaker_names(text) == ["the airline"]


# --- kinds: plurals of "-man", a gazette, a commentary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fishermen in the bay say the catch has fallen.", "Fishermen"),
        ("Local fishermen say the catch has fallen.", "Local fishermen"),
        ("Three gunmen said they would fight on.", "Three gunmen"),
        ("But tribesmen say the land is theirs.", "tribesmen"),
    ],
)
def test_a_plural_of_a_noun_in_man_is_a_group(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "group")


@pytest.mark.parametrize(
    "text",
    [
        "The chairman said the fund was ready.",
        "Yemen says the strikes must end.",
        "Carmen said the strikes must end.",
    ],
)
def test_a_word_merely_ending_in_men_is_no_group(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind != "group"


@pytest.mark.parametrize(
    "text",
    [
        "The official gazette La Voz said the decree takes effect on Monday.",
        "The gazette said the decree takes effect on Monday.",
    ],
)
def test_a_gazette_is_an_outlet(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "media"


def test_a_commentary_is_a_document():
    text = "The state news agency ran a commentary blaming Tokyo for the tension."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"


# --- a nationality in the role before an apposed name; services named "guard"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the mission, former Chilean foreign minister Inés Roldán, said the "
            "vote was orderly.",
            "Inés Roldán",
        ),
        ("Its chief monitor, Danish lawmaker Sofie Lund, said turnout was high.", "Sofie Lund"),
        ("The team's doctor, Congolese surgeon Paul Mbeki, said the wound was deep.", "Paul Mbeki"),
    ],
)
def test_a_nationality_before_a_lower_case_role_is_part_of_the_role(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_a_given_name_ending_like_a_nationality_opens_the_name():
    text = "Her husband, Brian Hale, said turnout was high."
    assert speaker_names(text) == ["Brian Hale"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Chilean coast guard said the trawler sank.", "organization"),
        ("Peru's coast guard said the trawler sank.", "organization"),
        ("The National Guard said the roads were closed.", "organization"),
        ("A guard said the roads were closed.", "person"),
        ("The border guards said the roads were closed.", "group"),
    ],
)
def test_a_coast_guard_is_an_organization_and_a_guard_a_person(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == kind


# --- a given name with accents is the given name of the lists


def test_an_accented_given_name_makes_a_person_a_pronoun_may_stand_for():
    text = (
        "Her deputy, retired admiral Óscar Benavente Rojas, said the papers were ready. "
        "Asked when, he said: “You will see them tomorrow.”"
    )
    speakers = [speaker for _, speaker, cue in attributed(text) if cue == "said"]
    assert [s.name if s else None for s in speakers] == ["Óscar Benavente Rojas"] * 2
    assert speakers[0] is not None and speakers[0].kind == "person"


def test_two_accented_given_names_of_one_surname_are_two_people():
    text = (
        "Sofía Reyes said the count was slow. Víctor Reyes said it was fast. "
        "She added that it would end soon."
    )
    assert speaker_names(text) == ["Sofía Reyes", "Víctor Reyes", "Sofía Reyes"]


def test_unaccented_leaves_ascii_as_it_is():
    assert unaccented("Óscar") == "Oscar"
    assert unaccented("Håkan") == "Hakan"
    assert unaccented("Hale") == "Hale"


# --- "it" after a body a country owns, opening the sentence before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Malaysian navy said the trawler was boarded. Indonesia's coast guard gave "
            "another account. In a post online, it said the trawler had fled.",
            "Indonesia's coast guard",
        ),
        (
            "Officials said the talks were over. Japan's foreign ministry disagreed. "
            "It said a meeting was planned.",
            "Japan's foreign ministry",
        ),
    ],
)
def test_it_stands_for_the_owned_body_opening_the_sentence_before(text: str, name: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # an owned thing that is no body
        "Acme said profits rose. Japan's economy shrank. It said sales would grow.",
        # the body inside a quotation
        "Acme said profits rose. “Japan's trade ministry was wrong,” the chief added. "
        "It said sales would grow.",
    ],
)
def test_it_stays_the_last_organization_otherwise(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and speaker.name == "Acme"


# --- Filipino particles of a surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lito Dela Paz said the nets were empty. “It is over,” Dela Paz said.",
            "Lito Dela Paz",
        ),
        (
            "Ana Delos Reyes said the port was shut. Delos Reyes added that it would reopen.",
            "Ana Delos Reyes",
        ),
    ],
)
def test_a_surname_with_its_filipino_particle_is_the_person_named_in_full(text: str, name: str):
    assert speaker_names(text) == [name, name]


# --- the invented articles: floors, not the full output

ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "rim-summit.txt",
            {
                ("Tran Van Khoa", "person"),
                ("Kim Soo-yeon", "person"),
                ("Nguyen Thi Lan", "person"),
                ("Pham Duc Minh", "person"),
                ("Mikhail Sergeyevich Orlov", "person"),
                ("Hamad bin Khalifa al-Rumaihi", "person"),
            },
        ),
        (
            "strait-collision.txt",
            {
                ("Philippine coast guard", "organization"),
                ("China's coast guard", "organization"),
                ("Morita Kenji", "person"),
                ("Joel Dimaculangan", "person"),
                ("Mario Dela Cruz", "person"),
                ("Fishermen", "group"),
            },
        ),
        (
            "andean-runoff.txt",
            {
                ("María Fernanda Ruiz Cárdenas", "person"),
                ("Jorge Luis Alvarado Quispe", "person"),
                ("Hernán Salas Villanueva", "person"),
                ("Rubén Ortiz Benítez", "person"),
                ("Mojca Kranjc", "person"),
                ("Óscar Benavente Rojas", "person"),
                ("Teodora Mamani Condori", "person"),
            },
        ),
    ],
)
def test_the_invented_wire_articles_name_their_speakers_in_full(
    article: str, expected: set[tuple[str, str]]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Vasquez was quoted by the state news agency as saying the border would reopen.",
            "Vasquez",
            "the border would reopen",
        ),
        (
            "The minister was quoted in the Dunmore Herald as saying fares would rise.",
            "The minister",
            "fares would rise",
        ),
        (
            "Two officials were quoted by Radio Kerv as saying the dam had held.",
            "Two officials",
            "the dam had held",
        ),
    ],
)
def test_the_one_quoted_by_an_outlet_speaks(text: str, speaker: str, content: str) -> None:
    assert named(text) == [(content, speaker, "as saying")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Petrova was cited as saying the deal was off.", "Petrova", "was cited as saying"),
        ("The envoys were cited as saying the deal was off.", "The envoys", "were cited as saying"),
    ],
)
def test_cited_as_saying_is_a_cue_as_quoted_is(text: str, speaker: str, cue: str) -> None:
    assert named(text) == [("the deal was off", speaker, cue)]


def test_a_relative_clause_of_quoting_leaves_the_subject_its_verb() -> None:
    text = "Karimov, who was quoted by the agency last week, said talks would resume."
    assert named(text) == [("talks would resume", "Karimov", "said")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Vale is on record as saying the pier is unsafe.", "Ann Vale"),
        ("Vale went on record as saying the pier was unsafe.", "Vale"),
        ("The mayor has gone on record as saying the pier is unsafe.", "The mayor"),
    ],
)
def test_on_record_as_saying_is_the_subjects_speech(text: str, speaker: str) -> None:
    [(_, name, _)] = named(text)
    assert name == speaker


# --- session 25: wire copy of a farm-drone export rule (AP), war cover for a Danube port
# (Reuters) and a cruise missile test (AFP), in tests/data/speakers/wire-*.txt

# A verb of mentioning negated tells what a source left out: nothing said of it, whether its
# object is a noun phrase or a clause.


@pytest.mark.parametrize(
    "text",
    [
        "The agency’s report did not mention the two fishermen still missing.",
        "Xinhua carried the minister’s remarks, but it did not mention the blockade.",
        "The governor never mentioned the audit during her hour-long speech.",
        "The embassy’s statement did not mention that a second diplomat had been expelled.",
        "Ruiz has not mentioned the pension plan since the March debate.",
        # the negation put first, its auxiliary before the subject
        "Not once did the envoy mention the blockade.",
        "The mayor spoke for an hour, but at no point did she mention the audit.",
        "Never has the board mentioned the pension plan.",
    ],
)
def test_a_negated_mention_is_no_statement(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry’s statement mentioned that a second diplomat had been expelled.",
            "a second diplomat had been expelled",
        ),
        # the refusal is another clause's: the mention after it still says
        (
            "Okoro did not take questions but mentioned that the mine would reopen.",
            "the mine would reopen",
        ),
        # "never" opening the clause but not before an auxiliary and its subject
        (
            "Never one to dodge, Okoro mentioned that the mine would reopen.",
            "the mine would reopen",
        ),
    ],
)
def test_a_mention_not_negated_still_says(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


# An appositive after "according to X" that compares the figure ("more than last year", "up
# from 300", "a sharp rise from May", "the highest since 2010") is no role of X.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The airlift will carry 6,000 tonnes, according to the agency, more than in May.",
            "the agency",
        ),
        (
            "Some 800 people were displaced, according to the Red Crescent, up from 500 on Monday.",
            "Red Crescent",
        ),
        (
            "Arrivals fell to 1,200, according to the coast guard, fewer than a year ago.",
            "coast guard",
        ),
        (
            "Grain exports reached 3 million tonnes, according to customs data, a rise of 8%.",
            "customs data",
        ),
        # the construction with other words: a change's noun after adjectives or a figure, a
        # level's superlative, a multiple, "well above", a comparative in -er
        ("Sales rose to 410, according to the guild, a sharp rise from June.", "the guild"),
        ("Sales rose to 410, according to the guild, a 12% increase.", "the guild"),
        ("Sales fell to 90, according to the guild, a slump of 40%.", "the guild"),
        ("Sales rose to 410, according to the guild, twice as many as in June.", "the guild"),
        ("Sales rose to 410, according to the guild, the highest since 2009.", "the guild"),
        ("Sales fell to 90, according to the guild, the lowest in a decade.", "the guild"),
        ("Sales rose to 410, according to the guild, well above forecasts.", "the guild"),
        ("Sales rose to 410, according to the guild, higher than forecast.", "the guild"),
    ],
)
def test_a_figure_compared_after_according_to_is_no_role(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role is None
    assert name in speaker.name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Prices rose 3%, according to Ana Ruiz, an economist at Banco Sur.",
            "economist at Banco Sur",
        ),
        (
            "Prices rose 3%, according to Tom Hale, a more cautious analyst.",
            "more cautious analyst",
        ),
        # a superlative before a noun, a change's word in a name, a comparative alone
        (
            "Prices rose 3%, according to Tom Hale, the largest shareholder in the bank.",
            "largest shareholder in the bank",
        ),
        ("Prices rose 3%, according to Tom Hale, a Fall River banker.", "Fall River banker"),
        ("Prices rose 3%, according to Tom Hale, an older analyst.", "older analyst"),
    ],
)
def test_a_role_after_according_to_stays_a_role(text: str, role: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


# A medium told only by whose it is and what kind ("Iranian state media", "China state TV",
# "the North's official media", "State television" opening a sentence) is named by no one:
# an anonymous outlet; a name among its words ("Kyodo news agency", "Iran's Press TV") is one.


@pytest.mark.parametrize(
    "text",
    [
        "Syrian state television said the convoy had reached Homs.",
        "Venezuela state TV said the border would stay closed.",
        "The country's official media said the harvest was a record.",
        "State radio said the curfew would be lifted at dawn.",
        "The ferry sank near Mwanza, Tanzanian state media reported.",
        "Official media in the capital said the minister had been dismissed.",
        # whose by a compass word and a nationality, by a country, or "The" and a nationality
        # before the country's media as a whole
        "North Korean state media said the launch had succeeded.",
        "Chile state TV said the pass would reopen on Sunday.",
        "The Iranian media said the tanker had been released.",
        "The Chinese state media said the dam had held.",
    ],
)
def test_a_medium_told_by_its_owner_and_kind_is_unnamed(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.kind, speaker.named) == ("media", False)


@pytest.mark.parametrize(
    "text",
    [
        "Kyodo news agency said the cabinet would resign on Friday.",
        "The Mainichi newspaper reported that the cabinet would resign.",
        "Iran's Press TV said the tanker had been released.",
        "Egypt's state-run Nile TV said the crossing had reopened.",
        "The Guardian newspaper reported that the minister had quit.",
        # the outlet's own name before "state" and a common word
        "Xinhua state news agency said the talks had ended without a deal.",
        "Iran's IRNA state news agency said the tanker had been released.",
        "The KCNA state news agency said the launch had succeeded.",
        "Syria's SANA state news agency said the talks would resume.",
        # a masthead shaped like a demonym, alone after "The" before its noun
        "The Oregonian newspaper reported that the bridge would close.",
        "The Republican newspaper reported that the mill would close.",
        "The Statesman newspaper reported that the vote had been delayed.",
        # a language after an outlet's plural possessive
        "Reuters' Arabic service reported that the crossing had reopened.",
    ],
)
def test_a_medium_with_a_name_among_its_words_is_named(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.kind, speaker.named) == ("media", True)


# A body named by its members' office after its owner's possessive ("Turkey's Joint Chiefs
# of Staff") is that body, as "the Joint Chiefs of Staff" is: an organization, named, "it".


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Taiwan's Joint Chiefs of Staff said it had scrambled four jets.",
            "Taiwan's Joint Chiefs of Staff",
        ),
        (
            "The navy's Joint Chiefs of Staff said it would review the collision.",
            "The navy's Joint Chiefs of Staff",
        ),
        (
            "The republic's Joint Chiefs of Staff said two rockets had landed at sea.",
            "The republic's Joint Chiefs of Staff",
        ),
        (
            "Peru's Joint Chiefs of Staff said troops had reached the border town.",
            "Peru's Joint Chiefs of Staff",
        ),
        # "the" before the body's own name goes, as before
        (
            "The Joint Chiefs of Staff said the drill would last a week.",
            "Joint Chiefs of Staff",
        ),
    ],
)
def test_an_owners_body_named_by_its_office_is_an_organization(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.kind, speaker.named) == ("organization", True)
    assert speaker.name == name


def test_it_after_an_owners_joint_chiefs_is_the_body() -> None:
    text = (
        "Taiwan's Joint Chiefs of Staff said two drones had crossed the line. It said the "
        "drones turned back after warnings."
    )
    assert speaker_names(text) == ["Taiwan's Joint Chiefs of Staff"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # people holding an office at a named body, and members of a party
        "Acme's Regional Directors of Sales said the targets were too high.",
        "Ohio's Senate Republicans said the map was fair.",
    ],
)
def test_an_owners_office_holders_stay_a_group(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "group"


# The venue of a statement with an irregular participle before its "that" ("in a report
# *seen* by Reuters", "in a filing *made public* on Friday"), as with a regular one ("in a
# letter reviewed by The Associated Press"): the content starts after "that".


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog said in a draft report seen by Reuters that two reactors had shut.",
        "The carrier said in a filing made public on Monday that two reactors had shut.",
        "The regulator said in a memo made available to reporters that two reactors had shut.",
        # a regular participle, as before
        "The watchdog said in a letter reviewed by AFP that two reactors had shut.",
        # any participle of a source, with a particle, an adjective or an adverb before it
        "The watchdog said in a plan drawn up last month that two reactors had shut.",
        "The watchdog said in a notice put out on Friday that two reactors had shut.",
        "The watchdog said in a memo made known to staff that two reactors had shut.",
        "The watchdog said in a draft first seen by AFP that two reactors had shut.",
        "The watchdog said at a hearing held in Vienna that two reactors had shut.",
        "The watchdog said in a video taken by a guard that two reactors had shut.",
    ],
)
def test_an_irregular_venue_participle_leaves_the_content_after_that(text: str) -> None:
    assert [c for c, _, _ in named(text)] == ["two reactors had shut"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The watchdog said in a note that the data had been drawn up in haste.",
            "the data had been drawn up in haste",
        ),
        (
            "The watchdog said in a note that the rules put out on Friday were wrong.",
            "the rules put out on Friday were wrong",
        ),
        (
            "The watchdog said in a note that it had first seen the leak in May.",
            "it had first seen the leak in May",
        ),
    ],
)
def test_a_participle_after_the_venues_that_stays_in_the_content(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


def test_a_content_that_has_seen_in_it_keeps_it() -> None:
    text = "The watchdog said in a report that inspectors had seen the damage."
    assert [c for c, _, _ in named(text)] == ["inspectors had seen the damage"]


# --- the three session-25 articles: the readings an analyst checks first


def _wire_article(name: str) -> tuple[str, dict[str, tuple[str, bool]], list[tuple[str, str]]]:
    """An invented wire article's text, its speakers' (kind, named) by name, and its
    statements' (speaker's name, content)."""
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    said = [
        (by_id[st.speaker].name if st.speaker else "", text[st.span[0] : st.span[1]])
        for st in statements
    ]
    return text, {s.name: (s.kind, s.named) for s in speakers}, said


def test_the_farm_drone_article_keeps_its_anonymous_sources_and_non_answers() -> None:
    text, kinds, said = _wire_article("wire-farm-drone-exports.txt")
    assert said[0][0] == "two U.S. officials"
    assert said[0][1].startswith("The Commerce Department is preparing to restrict exports")
    assert kinds["two U.S. officials"] == ("group", False)
    assert kinds["A Commerce Department spokesperson"] == ("person", False)
    assert kinds["China’s Foreign Ministry"] == ("organization", True)
    assert kinds["National Farmers Union"] == ("organization", True)
    # who declined, did not respond or wrote the story said nothing
    for silent in ("Skyfield Robotics", "Luis Carrera", "Jun Park", "Elena Ruiz"):
        assert not any(silent in name for name in kinds)
    assert not any(speaker == "" for speaker, _ in said)
    assert all(text.index(content) < text.index("Associated Press writers") for _, content in said)


def test_the_danube_article_keeps_its_people_familiar_and_its_end_matter_silent() -> None:
    text, kinds, said = _wire_article("wire-danube-war-cover.txt")
    assert said[0][0] == "three people familiar with the matter"
    assert kinds["three people familiar with the matter"] == ("group", False)
    assert kinds["A spokesperson for the Lloyd's Market Association"] == ("person", False)
    assert kinds["Vadym Koval"] == ("person", True)
    assert (
        "Vadym Koval",
        "We will not allow our ports to be closed by an insurance spreadsheet",
    ) in said
    for silent in ("EBRD", "Kremlin", "Treasury", "Tomasz Wieczorek", "Susan Achebe"):
        assert not any(silent in name for name in kinds)
    assert all(text.index(content) < text.index("(Reporting by") for _, content in said)


def test_the_missile_article_types_its_state_media_and_military() -> None:
    text, kinds, said = _wire_article("wire-cruise-missile-test.txt")
    assert kinds["Korean Central News Agency (KCNA)"] == ("media", True)
    assert kinds["South Korea’s Joint Chiefs of Staff"] == ("organization", True)
    assert kinds["South Korea’s Yonhap news agency"] == ("media", True)
    assert kinds["The North’s state media"] == ("media", False)
    assert kinds["CCTV"] == ("media", True)
    assert kinds["A South Korean military official"] == ("person", False)
    # what state TV left out is nobody's statement
    assert not any(content == "the launch" for _, content in said)
    # a figure compared after "according to" is no role
    roles = {s.name: s.role for s in find_statements(text)[0]}
    assert roles["Seoul’s defence ministry"] is None
    assert not any("United Nations" in name for name in kinds)


# North Korean spellings of Korean family names ("Ri", "Pak", "Choe"), written first: a later
# bare family name is the person named in full, as "Kim" is.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ri Yong Chol, a senior general, oversaw the drill. Ri said the drill was a success.",
            "Ri Yong Chol",
        ),
        (
            "The visit was led by Pak Myong Sun, a party secretary, the agency said. Pak said "
            "the plant would double its output.",
            "Pak Myong Sun",
        ),
        (
            "First Vice Foreign Minister Choe Son Hui said talks were pointless. Choe added "
            "that the drills must stop.",
            "Choe Son Hui",
        ),
    ],
)
def test_a_north_korean_family_name_alone_is_the_person_named_in_full(text: str, name: str) -> None:
    assert speaker_names(text)[-1] == name


def test_two_people_of_one_north_korean_family_name_stay_two() -> None:
    text = "Ri Yong Chol said the drill was a success. Ri Son Gwon said the talks were over."
    first, second = speaker_names(text)
    assert first != second


# Member states told, and a venue after them, before "that": the listeners, not the content.


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog told member states in a quarterly report that stocks had doubled.",
        "The fund told member countries on Thursday that stocks had doubled.",
        "The alliance told member nations at a closed meeting that stocks had doubled.",
        # after the body's acronym, allies, and a pair joined before a venue or "that"
        "The watchdog told EU member states in a quarterly report that stocks had doubled.",
        "The alliance told NATO allies in a briefing that stocks had doubled.",
        "The watchdog told member states and donors in a report that stocks had doubled.",
        "The watchdog told UN member states and donors that stocks had doubled.",
    ],
)
def test_member_states_told_are_listeners(text: str) -> None:
    assert [c for c, _, _ in named(text)] == ["stocks had doubled"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the content's subject, no listener
        (
            "The watchdog said member states had doubled their stocks.",
            "member states had doubled their stocks",
        ),
        ("The watchdog warned member states would run short.", "member states would run short"),
        ("The watchdog warned NATO allies would run short.", "allies would run short"),
        (
            "The watchdog said EU member states had doubled their stocks.",
            "EU member states had doubled their stocks",
        ),
        # a pair joined before neither a venue nor "that": the content's subject
        (
            "The watchdog warned member states and candidate countries about shortages.",
            "member states and candidate countries about shortages",
        ),
    ],
)
def test_member_states_opening_the_content_stay_in_it(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]
