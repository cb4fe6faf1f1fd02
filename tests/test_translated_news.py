"""People who speak through interpreters or in another language, as Canadian outlets write
them: constructions found by trying whosaid on invented stories of a Quebec tuition plan, a
refugee family's bakery and talks over a shared port (tests/data/speakers/translated-*.txt),
each tested here on other invented sentences. The words belong to the one who spoke them,
never the interpreter; a quotation's translation or a note on its language is the writer's."""

import pytest
from extraction_helpers import (
    attributed,
    missing_speakers,
    named,
    speaker_of,
    speakers_by_opening,
)

from tui.core.statements import find_statements
from tui.core.text import quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("« Le quai est fermé », Odile Brault said.", "Le quai est fermé"),
        ("« Le quai est fermé », said Odile Brault.", "Le quai est fermé"),
        ("Odile Brault said: « Le quai est fermé. »", "Le quai est fermé."),
        ("« Le quai est fermé », Odile Brault told reporters.", "Le quai est fermé"),
        ("«\u00a0Le quai est fermé\u00a0», Odile Brault said.", "Le quai est fermé"),
    ],
)
def test_french_guillemets_spaced_inside_are_a_quotation(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found.rstrip(".") == content.rstrip(".")
    assert speaker is not None and speaker.name == "Odile Brault"
    [statement] = find_statements(text)[1]
    assert statement.kind == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Odile Brault said: « Le quai est fermé. » The ferry would stop, she said.", 2),
        ("The ferry stopped. « Le quai est fermé », Odile Brault said.", 1),
        (
            "Brault said the dock was shut. « Nous attendons », she said — we are waiting.",
            2,
        ),
    ],
)
def test_a_sentence_ends_at_a_spaced_guillemet(text: str, content: int):
    found = named(text)
    assert len(found) == content
    assert all(name in ("Odile Brault", "Brault") for _, name, _ in found)
    assert not any(c.startswith(("«", "the ferry stopped")) or "«" in c for c, _, _ in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said «non» twice.", "non"),
        ("»Wir sind bereit«, sagte Roth.", "Wir sind bereit"),
        ("The sign read « 2 for 1 » all week.", "2 for 1"),
        ("He drew a « on the board.", None),
    ],
)
def test_unspaced_reversed_and_lone_guillemets_are_unchanged(text: str, content: str | None):
    found = [text[q.content[0] : q.content[1]] for q in quotes(text)]
    assert found == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Le pont est fermé” (The bridge is closed), Yves Paquin said.", "Le pont est fermé"),
        (
            "“The bridge is closed” (translated from French), Yves Paquin said.",
            "The bridge is closed",
        ),
        ("“Basta” — enough — Yves Paquin said.", "Basta"),
        ("« Assez » (enough), said Yves Paquin.", "Assez"),
        ("“Ya llegamos” [we have arrived], Yves Paquin said.", "Ya llegamos"),
    ],
)
def test_a_translation_between_a_quotation_and_its_attribution_is_the_writers(
    text: str, content: str
):
    [statement] = find_statements(text)[1]
    assert (text[statement.span[0] : statement.span[1]], statement.kind) == (content, "direct")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bridge “is closed” (the old one), Yves Paquin said.",
            "The bridge “is closed” (the old one)",
        ),
        (
            "Paquin said the bridge (the old one) was “not safe”.",
            "the bridge (the old one) was “not safe",
        ),
        ("“We won” and we will win again, Yves Paquin said.", "We won” and we will win again"),
    ],
)
def test_an_aside_after_words_of_the_writers_own_stays_in_the_content(text: str, content: str):
    [statement] = find_statements(text)[1]
    assert (text[statement.span[0] : statement.span[1]], statement.kind) == (content, "mixed")


@pytest.mark.parametrize(
    "middle",
    [
        "Her son Karim translated.",
        "Her nephew, Bilal, interpreted for her.",
        "Her daughter Mina translates for her at the clinic.",
        "Her son Karim translated:",
    ],
)
def test_a_quotation_after_the_interpreters_sentence_is_the_speakers(middle: str):
    text = f"“We came with nothing,” Halima Osei said. {middle} “I want to teach again.”"
    found = named(text)
    assert {name for _, name, _ in found} == {"Halima Osei"}
    assert any(c.endswith("I want to teach again") for c, _, _ in found)


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        ("Her son Karim laughed.", "Karim"),
        ("Her son Karim shook his head:", "Karim"),
    ],
)
def test_a_relative_who_takes_the_turn_without_translating_still_speaks(middle: str, name: str):
    text = f"“We came with nothing,” Halima Osei said. {middle} “I want to teach again.”"
    assert named(text)[-1][1] == name


def test_the_tuition_article_keeps_its_speakers():
    assert (
        missing_speakers(
            "translated-quebec-tuition.txt",
            [
                ("the cap was", "Sylvie Lavoie", "person"),
                ("Nous ne fermons aucune", "Sylvie Lavoie", "person"),
                ("anglophone students who", "Sylvie Lavoie", "person"),
                ("Nobody who has the right", "Sylvie Lavoie", "person"),
                ("the plan did not go", "Parti Québécois", "organization"),
                ("the cap should apply", "Gabriel Thériault", "person"),
                ("C'est une demi-mesure", "Gabriel Thériault", "person"),
                ("Our English colleges", "Rachel Fortier-Hunt", "person"),
                ("her members needed", "Hélène Marquis", "person"),
                ("We learned about", "Hélène Marquis", "person"),
                ("it expected to lose", "Vanier Park College", "organization"),
                ("Half of my friends", "Noah Desrosiers", "person"),
                ("Le français est en déclin", "Denis Aubry", "person"),
                ("the measures were", "Denis Aubry", "person"),
            ],
        )
        == []
    )


def test_the_tuition_article_reads_no_translation_refusal_or_guillemet_as_content():
    found = speakers_by_opening("translated-quebec-tuition.txt")
    contents = [c for c, _, _ in found]
    assert not any(
        c.startswith(("it is a half", "in French", "«", "We are not closing")) for c in contents
    )
    assert not any(name == "Quebec Community Groups Network" for _, name, _ in found)


def test_the_bakery_article_gives_the_words_to_who_spoke_them():
    assert (
        missing_speakers(
            "translated-refugee-family.txt",
            [
                ("When we arrived", "Rana Haddad", "person"),
                ("the camp was the hardest", "Rana Haddad", "person"),
                ("We waited and waited", "Rana Haddad", "person"),
                ("Sometimes I feel", "Omar", "person"),
                ("he had been a mechanic", "Khaled Haddad", "person"),
                ("Here, my hands", "Khaled Haddad", "person"),
                ("Language is always", "Amélie Cormier", "person"),
                ("her favourite subject", "Lina", "person"),
                ("J'aime les volcans", "Lina", "person"),
                ("They gave my street", "Gordon MacLeod", "person"),
                ("We thought we were", "Paul Arsenault", "person"),
                ("she dreams of opening", "Rana Haddad", "person"),
                ("Buy the boots first", "Rana Haddad", "person"),
            ],
        )
        == []
    )
    contents = [c for c, _, _ in speakers_by_opening("translated-refugee-family.txt")]
    assert not any(c.startswith(("I like volcanoes", "for himself")) or "«" in c for c in contents)


def test_the_port_article_gives_the_words_to_the_officials_not_their_interpreters():
    assert (
        missing_speakers(
            "translated-port-talks.txt",
            [
                ("the first ships would", "Esteban Quiroga", "person"),
                ("This is not a victory", "Esteban Quiroga", "person"),
                ("her government had secured", "Marisol Ventura", "person"),
                ("We asked for one thing", "Marisol Ventura", "person"),
                ("the two governments would", "A joint statement", "document"),
                ("he had been sleeping", "Ramón Pacheco", "person"),
                ("My children forgot", "Ramón Pacheco", "person"),
                ("the deal left", "Lucía Benítez", "person"),
                ("Dialogue has won", "Hernán Robles", "person"),
                ("the agreement was", "Teodoro Mena", "person"),
                ("Everything is harder", "Esteban Quiroga", "person"),
            ],
        )
        == []
    )
    names = {n for _, n, _ in speakers_by_opening("translated-port-talks.txt")}
    assert not any(n and ("interpreter" in n or "translat" in n) for n in names)


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "According to a translation by her office, Mayor Ines Roy said the dam was safe.",
            "Ines Roy",
            "the dam was safe",
        ),
        (
            "According to a translation of his remarks, Tomas Ek said the ferry would sail.",
            "Tomas Ek",
            "the ferry would sail",
        ),
        (
            "According to an interpreter, Tomas Ek told the crowd the ferry would sail.",
            "Tomas Ek",
            "the ferry would sail",
        ),
    ],
)
def test_a_translation_opening_the_sentence_is_no_source_of_the_saying_after_it(
    text: str, name: str, content: str
):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "According to the court filing, Mayor Ines Roy said the dam was safe.",
            ["the court filing", "Ines Roy"],
        ),
        (
            "According to the lawsuit, Tomas Ek told the board the pumps were worn.",
            ["the lawsuit", "Tomas Ek"],
        ),
        ("According to an interpreter, the ferry would sail.", ["an interpreter"]),
    ],
)
def test_a_source_that_relays_and_a_rendering_alone_are_unchanged(text: str, sources: list[str]):
    assert [name for _, name, _ in named(text)] == sources


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its northern neighbour Ostrava said the border would reopen.", "Ostrava"),
        ("Ostrava, its neighbour, said the border would reopen.", "Ostrava"),
        ("Its rival Brel Foods said prices would rise.", "Brel Foods"),
        ("Its ally Norvania said the talks would resume.", "Norvania"),
    ],
)
def test_a_peer_of_what_its_stands_for_is_a_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her neighbour Ana Ruiz said the border would reopen.", "Ana Ruiz"),
        ("Its neighbour Ana Ruiz said the border would reopen.", "Ana Ruiz"),
        ("Ana Ruiz, its captain, said the border would reopen.", "Ana Ruiz"),
        ("His rival Tomas Ek said the vote was rigged.", "Tomas Ek"),
    ],
)
def test_a_persons_peer_or_a_named_person_stays_a_person(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "“Not this year,” Bilal added, answering for himself.",
        "“We are tired,” Nadia Haidari said, replying for her mother.",
        "“The rent is too high,” Nadia Haidari said, responding for the family.",
    ],
)
def test_answering_on_someones_behalf_is_no_content(text: str):
    [(content, _, _)] = attributed(text)
    assert not content.startswith("for ")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Not yet,” Bilal replied for his father.", "Not yet"),
        (
            "“We are tired,” Nadia Haidari said, answering that the rent was too high.",
            "the rent was too high",
        ),
    ],
)
def test_a_finite_answer_or_an_answers_content_is_unchanged(text: str, content: str):
    assert attributed(text)[-1][0] == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Premier Anne Roux said in French: « C'est assez », before adding in English that "
            "the talks were over.",
            "C'est assez",
            "the talks were over",
        ),
        (
            "Anne Roux said: “The ferry will run,” before adding that fares would rise.",
            "The ferry will run",
            "fares would rise",
        ),
    ],
)
def test_before_or_after_adding_is_a_second_saying_in_turn(text: str, first: str, second: str):
    assert [(c, n) for c, n, _ in named(text)] == [(first, "Anne Roux"), (second, "Anne Roux")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Anne Roux said she quit, after learning that the ferry would stop.",
            "she quit, after learning that the ferry would stop",
        ),
        (
            "Anne Roux said she quit before adding the ferry to her route.",
            "she quit before adding the ferry to her route",
        ),
        (
            "Anne Roux said the ferry would run, before adding that fares would rise.",
            "the ferry would run, before adding that fares would rise",
        ),
    ],
)
def test_what_came_before_or_after_the_content_stays_in_it(text: str, content: str):
    [(found, _, _)] = named(text)
    assert found == content


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Ostrava and its neighbour Velen said the border would reopen.",
        "Envoys from Ostrava and its northern neighbour Velen said the border would reopen.",
    ],
)
def test_people_from_a_body_and_its_peer_are_one_group(text: str):
    name, kind, _ = speaker_of(text)
    assert (name.split()[0], name.split()[-1], kind) == (text.split()[0], "Velen", "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials from Ostrava and its captain Ana Ruiz said the border would reopen.",
            "Ana Ruiz",
        ),
        ("In Ostrava and nearby Velen, Ana Ruiz said the border would reopen.", "Ana Ruiz"),
    ],
)
def test_a_person_after_its_or_a_place_opening_the_sentence_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Nous restons,” which translates to “we are staying,” Yves Paquin said.", "Nous restons"),
        ("« Jamais », which means “never”, said Yves Paquin.", "Jamais"),
        ("Yves Paquin said “Ya basta,” which roughly translates as “enough already.”", "Ya basta"),
    ],
)
def test_the_writers_translation_after_a_quotation_is_not_its_content(text: str, content: str):
    [statement] = find_statements(text)[1]
    assert (text[statement.span[0] : statement.span[1]], statement.kind) == (content, "direct")


def test_a_relative_clause_between_two_quoted_pieces_is_unchanged():
    text = "“We are staying,” which surprised no one, “for good,” Yves Paquin said."
    [statement] = find_statements(text)[1]
    assert statement.kind == "mixed"
