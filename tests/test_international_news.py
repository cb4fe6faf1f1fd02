"""International news, names from many traditions, as a new analyst reads it: constructions
found by trying whosaid on invented wire stories of a river pact in South America, a Gulf
mediation and an Asian summit (in tests/data/speakers/), each tested here on other invented
sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, named, speaker_names, unmet_speakers

from tui.core.statements import find_statements

# --- a listener that is an outlet named after its common noun, and "telling" a listener


@pytest.mark.parametrize(
    "text",
    [
        "The envoy told the Chilean newspaper El Sur de Hoy that the border would reopen.",
        "The envoy told the state news agency Bernama that the border would reopen.",
        "The envoy told state broadcaster KTV later that the border would reopen.",
        "The envoy told the magazine Der Bote that the border would reopen.",
        "The envoy told the newspaper that the border would reopen.",
        "The envoy met the press, telling reporters that the border would reopen.",
        "The envoy spoke briefly, telling the broadcaster NHK that the border would reopen.",
    ],
)
def test_the_listener_named_after_an_outlets_noun_is_no_content(text: str):
    assert contents(text) == ["the border would reopen"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no outlet's noun: the capitalised words open the content
        (
            "The envoy told the crowd Parliament would meet on Monday.",
            "Parliament would meet on Monday",
        ),
        # an outlet's noun with no name after it: its object is the content's subject
        ("The envoy told the network its coverage was unfair.", "its coverage was unfair"),
    ],
)
def test_a_listener_without_an_outlets_name_is_read_as_before(text: str, content: str):
    assert contents(text) == [content]


# --- a person known alone by a short form of a name from another tradition


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a paternal surname before a maternal one with its particles
        (
            "Senator Lucía Barrenechea de la Torre said the vote was fair. Barrenechea said "
            "she would appeal.",
            "Lucía Barrenechea de la Torre",
        ),
        (
            "Judge Tomás Irigoyen del Valle said the case was closed. Irigoyen said no appeal "
            "had been filed.",
            "Tomás Irigoyen del Valle",
        ),
        # a surname with an apostrophe
        (
            "Analyst Francisca D'Alessandro Mora said prices would rise. D'Alessandro said "
            "wages would not.",
            "Francisca D'Alessandro Mora",
        ),
        # two surnames ending a longer Portuguese name
        (
            "Minister José Roberto da Cunha Bastos said the port would open. Cunha Bastos "
            "said tolls would fall.",
            "José Roberto da Cunha Bastos",
        ),
        (
            "Economist Maria Clara Figueiredo Lemos said growth had slowed. Figueiredo Lemos "
            "said it would recover.",
            "Maria Clara Figueiredo Lemos",
        ),
        # a Malay name by its given name, the honours before it dropped
        (
            "Datuk Seri Faizal Amri bin Osman said the bridge was safe. Faizal said it would "
            "reopen on Monday.",
            "Faizal Amri bin Osman",
        ),
        (
            "Tan Sri Kamaruddin Yassin said exports had grown. Kamaruddin said the ringgit "
            "had helped.",
            "Kamaruddin Yassin",
        ),
    ],
)
def test_a_short_form_of_the_name_is_the_person_named_in_full(text: str, name: str):
    assert speaker_names(text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # a given name before a surname: another person of that surname
        "Mary Ann Lee said the vote was fair. Ann Lee said it was not.",
        # another given name with the paternal surname
        "Lucía Barrenechea de la Torre said the vote was fair. Rosa Barrenechea said it was not.",
    ],
)
def test_a_short_form_with_another_given_name_stays_its_own_speaker(text: str):
    first, second = speaker_names(text)
    assert first != second


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tan Sri Kamaruddin Yassin said exports had grown.", "Kamaruddin Yassin", "person"),
        ("Haji Osman Latif said the mosque would reopen.", "Osman Latif", "person"),
        ("Hojatoleslam Ali-Akbar Moradi said the court had ruled.", "Ali-Akbar Moradi", "person"),
        # "Sri" opens a name or a place where no honour stands before it
        ("Minister Sri Wahyuni Lestari said exports had grown.", "Sri Wahyuni Lestari", "person"),
        ("Sri Lanka's central bank said exports had grown.", "Sri Lanka's central bank", None),
        # "Tan" is a surname where no "Sri" follows
        ("Tan Wei Ming said exports had grown.", "Tan Wei Ming", None),
        ("Mr. Tan said exports had grown.", "Tan", "person"),
    ],
)
def test_honours_and_clerical_ranks_are_no_part_of_the_name(text: str, name: str, kind: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name
    if kind is not None:
        assert speaker.kind == kind


def test_a_malaysian_honour_is_no_role():
    [(_, speaker, _)] = attributed("Datuk Seri Faizal Amri bin Osman said the bridge was safe.")
    assert speaker is not None and speaker.role is None


# --- a given name hyphened to another is one name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The court's chief, Ali-Reza Tavakoli, spoke at length. Speaking at a sermon, he "
            "said the verdict stood.",
            "Ali-Reza Tavakoli",
        ),
        (
            "The mayor, Jean-Luc Morel, arrived late. Speaking to reporters, he said the "
            "bridge was safe.",
            "Jean-Luc Morel",
        ),
        (
            "The envoy, Anne-Sophie Girard, arrived late. Speaking to reporters, she said "
            "they were over.",
            "Anne-Sophie Girard",
        ),
    ],
)
def test_a_pronoun_stands_for_the_whole_hyphened_given_name(text: str, name: str):
    assert speaker_names(text) == [name]


# --- "Role, Name of the Party, said": the body after the name is no part of it


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A member of the budget committee, Elif Korkmaz of the opposition Green Party, "
            "said the plan was reckless.",
            "Elif Korkmaz",
            "member of the budget committee",
        ),
        (
            "A deputy speaker, Baurzhan Abenov of the ruling party, said the vote would wait.",
            "Baurzhan Abenov",
            "deputy speaker",
        ),
    ],
)
def test_an_apposed_name_ends_before_the_body_it_belongs_to(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


def test_an_apposed_body_of_capitalised_words_keeps_its_of():
    [(_, speaker, _)] = attributed("Its owner, Corvel Holdings of the Bahamas, said it was done.")
    assert speaker is not None and speaker.name == "Corvel Holdings of the Bahamas"


# --- the name a person is popularly called by


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the full name no speaker's
        (
            "Sports Minister Antônio Ferreira Lima, known as Toninho, opened the stadium. "
            "“It is for everyone,” Toninho said.",
            "Antônio Ferreira Lima",
        ),
        (
            "The striker, Edinaldo Santos, better known as Didi, said he would stay. Didi "
            "said the club was his family.",
            "Edinaldo Santos",
        ),
        (
            "Oleg Sergeyevich Vorontsov, nicknamed Medved, said the mine would close. Medved "
            "said the miners had been told.",
            "Oleg Sergeyevich Vorontsov",
        ),
    ],
)
def test_the_popular_name_is_the_person_named_in_full(text: str, name: str):
    assert set(speaker_names(text)) == {name}


def test_a_popular_name_is_no_role_and_another_name_is_another_person():
    text = "Antônio Lima, known as Toninho, said he would stay. Didi said the club was home."
    [(_, first, _), (_, second, _)] = attributed(text)
    assert first is not None and first.role is None
    assert second is not None and second.name == "Didi"


# --- a person named before a pronoun: the lineage of an Arabic or Malay name, a title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sheikh Saif bin Nasser al-Kaabi met the delegates. He said the talks were useful.",
            "Saif bin Nasser al-Kaabi",
        ),
        (
            "The emir's envoy, Sheikh Jassim bin Hamad Al Marri, arrived late. He said the "
            "talks were useful.",
            "Jassim bin Hamad Al Marri",
        ),
        # the given name no list knows: the name runs back from the father's name
        (
            "Kuwait's foreign minister, Thamer bin Hamad al-Sabah, met the delegates. He said "
            "the talks were useful.",
            "Thamer bin Hamad al-Sabah",
        ),
    ],
)
def test_a_pronoun_stands_for_the_whole_arabic_or_malay_name(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Iran's judiciary chief, Hojatoleslam Ali-Reza Tavakoli, spoke at length. Speaking "
            "at a sermon, he said the verdict stood.",
            "Iran's judiciary chief",
        ),
        (
            "The party's leader, Dr. Ann Vale, met the delegates. She said the talks were useful.",
            "party's leader",
        ),
        # a capitalised role before the name is read as a title is
        (
            "The mill's head of safety, Engineer Tom Hale, met the press. He said the line "
            "would reopen.",
            "mill's head of safety",
        ),
        # the role after an article inside the sentence
        (
            "On Monday, Tom Hale met the fisheries minister, Ann Vale, at the port. She said "
            "the quotas would stay.",
            "fisheries minister",
        ),
        # no role in apposition: the title is no role of courtesy's
        ("At the hearing, Dr. Ann Vale met the delegates. She said the talks were useful.", None),
    ],
)
def test_the_role_in_apposition_before_a_titled_name(text: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    "text",
    [
        "The fire was started by the tenant, Ann Vale said.",
        "Lee blamed the mayor, Ann Vale said on Monday.",
        "The money went to the coach, Tom Bell told reporters.",
        "The decision was made by its chairman, Per Vik said.",
        "The award went to the nurses, Ann Vale and two doctors. Vale said it was deserved.",
    ],
)
def test_a_role_before_a_comma_and_a_name_no_mark_closes_is_no_apposition(text: str):
    """A name followed by its cue or by "and", not by a closing mark, is no appositive of the
    noun before the comma: the tenant (the mayor, the nurses) is someone else."""
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role is None


@pytest.mark.parametrize(
    "text",
    [
        "Lee met the fisheries minister, Ann Vale. She said the quota would fall.",
        "Lee met the fisheries minister, Ann Vale (of Elm), on Monday. She said it would fall.",
    ],
)
def test_a_name_a_mark_closes_keeps_its_role_in_apposition(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == "fisheries minister"


# --- an office holder named with honours after the title, in another's report


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The agency reported that the envoy had met Deputy Prime Minister Datuk Seri Faizal "
            "Amri bin Osman. The deputy prime minister told reporters that the bridge was safe.",
            "Faizal Amri",
            "Deputy Prime Minister",
        ),
        (
            "The agency reported that the envoy had met Prime Minister Tan Sri Kamal Yassin. The "
            "prime minister told reporters that the bridge was safe.",
            "Kamal Yassin",
            "Prime Minister",
        ),
        # a verb before the title is no part of the role
        (
            "The agency reported that the envoy had met Prime Minister Ann Vale. The prime "
            "minister told reporters that the bridge was safe.",
            "Ann Vale",
            "Prime Minister",
        ),
    ],
)
def test_the_office_holder_named_with_honours_is_the_description(text: str, name: str, role: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


# --- a name written family name first is a person's


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Goh Keng Swee said the port would grow.", "Goh Keng Swee", None),
        ("Teo Mei Ling said the port would grow. Teo said ships would come.", "Teo Mei Ling", None),
        # named first in another's words, with the office before the name
        (
            "The ministry said Prime Minister Ong Chee Keong would visit. Ong told reporters "
            "that the port would grow.",
            "Ong Chee Keong",
            "Prime Minister",
        ),
    ],
)
def test_a_name_written_family_name_first_is_a_person(text: str, name: str, role: str | None):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind, speaker.role) == (
        name,
        "person",
        role,
    )


def test_a_family_name_before_a_companys_word_is_a_company():
    [(_, speaker, _)] = attributed("Teo Holdings said the port would grow.")
    assert speaker is not None and speaker.kind == "organization"


# --- "According to <outlet>, <speaker> said ...": the outlet is the channel; "state media"


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "According to the state news agency Bernama, the minister said the dam was safe.",
            "the minister",
            "the dam was safe",
        ),
        (
            "According to state television, Syria's envoy, Hadi Barakat, said talks would "
            "resume on Monday.",
            "Hadi Barakat",
            "talks would resume on Monday",
        ),
        (
            "According to Kyodo, Defense Minister Sato Ken told lawmakers that the drills "
            "would go ahead.",
            "Sato Ken",
            "the drills would go ahead",
        ),
    ],
)
def test_a_speaker_saying_after_according_to_is_the_only_statement(
    text: str, name: str, content: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no verb of saying after the source: the source reports the clause
        ("According to state media, the dam was safe.", "state media"),
        # the clause quotes: the source's report, all of it
        ("According to Kyodo, the minister said the drills were “routine.”", "Kyodo"),
    ],
)
def test_according_to_reports_a_clause_that_says_nothing_itself(text: str, name: str):
    assert speaker_names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("State media said the dam was safe.", "State media"),
        ("Iranian state media reported that the dam was safe.", "Iranian state media"),
        ("The media said the dam was safe.", "The media"),
        ("The dam was safe, according to local media.", "local media"),
    ],
)
def test_the_media_are_an_outlet(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "media")


def test_a_company_named_media_is_still_a_company():
    [(_, speaker, _)] = attributed("Corvel Media said the dam was safe.")
    assert speaker is not None and speaker.kind == "organization"


# --- an organization named head first in a Romance or German language


@pytest.mark.parametrize(
    "text",
    [
        "Fundación Río Claro said the draft was flawed.",
        "The Instituto de Pesquisas Costeiras said the draft was flawed.",
        "The Partido Social Agrario said the draft was flawed.",
        "Stiftung Bergwald said the draft was flawed.",
    ],
)
def test_a_name_opening_with_a_foreign_bodys_noun_is_an_organization(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "organization"


def test_a_person_named_like_a_foreign_body_word_is_still_a_person():
    [(_, speaker, _)] = attributed("Ana Frente said the draft was flawed.")
    assert speaker is not None and speaker.kind == "person"


# --- the invented articles: floors, not the full output

ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected", "absent"),
    [
        (
            "mercosur-river-pact.txt",
            {
                ("Andrea Villalobos de la Fuente", "person", "Peru's foreign minister"),
                ("Luiz Carlos da Rocha Prado", "person", "Brazil's energy minister"),
                ("Pieter van der Berg", "person", "EU's special envoy for the region"),
                ("Ana Paula Gonçalves Müller", "person", None),
                ("Francisco O'Higgins Ruiz", "person", None),
            },
            {"Andrea Villalobos", "Carlão", "Rocha Prado", "Gonçalves Müller"},
        ),
        (
            "gulf-mediation.txt",
            {
                ("Khalid bin Rashid al-Mansouri", "person", None),
                ("Hossein Rezaei-Kia", "person", "Iran's deputy foreign minister"),
                ("Mohammad-Reza Ejei-Nouri", "person", "Iran's judiciary chief"),
                ("Zeynep Şahin", "person", None),
                ("Qatar News Agency", "media", "official"),  # "official" describes it, no name
            },
            {"Reza Ejei-Nouri"},
        ),
        (
            "asia-summit-trade.txt",
            {
                ("Li Wenjun", "person", "Chinese Premier"),
                ("Anwar Hakim", "person", "Malaysian Prime Minister"),
                ("Rahmat Abdullah", "person", None),
                ("Nguyen Thi Lan", "person", None),
                ("Sutrisno", "person", None),
                ("Lim Boon Huat", "person", "Prime Minister"),
                ("KCNA", "media", None),
            },
            {"Datuk Seri Anwar", "Sri Haji Rahmat Abdullah", "Tan Sri Haji Rahmat Abdullah"},
        ),
    ],
)
def test_the_invented_international_articles_name_their_speakers_once(
    article: str, expected: set[tuple[str, str, str | None]], absent: set[str]
):
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert unmet_speakers(speakers, expected) == []
    assert absent.isdisjoint(s.name for s in speakers)


# --- a nationality before a role names nobody


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese premier said markets would open.",
        "Vietnamese minister pledges new port as talks open\\n\\nThe port will open in May.",
        "The Kenyan envoy said markets would open.",
    ],
)
def test_a_nationality_before_a_role_is_no_name(text: str):
    speakers, _ = find_statements(text)
    assert [s.named for s in speakers] == [False]


def test_a_capitalised_title_still_names():
    speakers, _ = find_statements("The President said markets would open.")
    assert [s.named for s in speakers] == [True]


def test_the_nationality_and_role_stand_for_the_office_holder():
    text = "Chinese Premier Li Wenjun arrived. The Chinese premier said markets would open."
    assert speaker_names(text) == ["Li Wenjun"]


# --- "late on Thursday", "early on Friday": when it was said, before "that"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said late on Thursday that the border would reopen.",
        "The ministry said early on Friday that the border would reopen.",
        "The ministry said late Thursday that the border would reopen.",
    ],
)
def test_a_time_with_late_or_early_is_no_content(text: str):
    assert contents(text) == ["the border would reopen"]


def test_late_on_before_no_time_stays_content():
    assert contents("Lee said late on the issue was a problem.") == [
        "late on the issue was a problem"
    ]
