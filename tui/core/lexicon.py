"""Word lists: data, not code. Each section belongs to the module named in its header."""

from __future__ import annotations

from tui.core.organizations import ARMED_DESCRIPTION_HEADS

# --- Statements and speakers ---
# Used by text.py, statements/ and speakers/. All words are lower case unless noted.

# --- Recall by construction: public verb classes ---
# Manner-of-speaking verbs (Levin 1993, class 37.3), the subset that reports words in news
# ("chanted “...”", "she hollered that ..."). Each has another sense ("sang a hymn", "wailing
# sirens", "shouted at him to stop"): each is weak (WEAK_CUES), a cue only before "that" or a
# quotation, or after the content.
MANNER_OF_SPEAKING_CUES: frozenset[str] = frozenset(
    """
    chant chants chanted chanting sing sings sang singing holler hollers hollered hollering
    bellow bellows bellowed bellowing shriek shrieks shrieked shrieking mumble mumbles
    mumbled mumbling stammer stammers stammered stammering stutter stutters stuttered
    stuttering wail wails wailed wailing sob sobs sobbed sobbing screech screeches screeched
    whimper whimpers whimpered croon croons crooned drawl drawls drawled snarl snarls snarled
    snap snaps snapped hiss hisses hissed shout shouts shouted shouting yell yells yelled
    yelling scream screams screamed screaming whisper whispers whispered whispering mutter
    mutters muttered muttering murmur murmurs murmured murmuring growl growls growled
    grumble grumbles grumbled
    """.split()
)
# Verbs of speaking with feeling, the reporting verbs of tabloid and celebrity news ("she
# gushed", "he fumed that ...", "she captioned the post"). Each has another sense ("teased a
# new single", "beamed at the cameras", "penned a ballad"): weak like the manner-of-speaking
# verbs above, a cue only before "that" or a quotation, or after the content. Forms that are
# as often nouns ("fumes", "rants", "pens") are left out.
EMOTIVE_SPEECH_CUES: frozenset[str] = frozenset(
    """
    gush gushes gushed gushing rave raved raving fume fumed fuming rage raged raging rant
    ranted ranting moan moaned moaning beam beamed beaming tease teases teased teasing
    caption captioned captioning penned enthuse enthuses enthused enthusing sneer sneers
    sneered scoff scoffs scoffed seethe seethes seethed seething blurt blurts blurted
    squeal squealed whine whines whined mused marveled marvelled chided
    """.split()
)
# Participles of a consequence, after a comma closing what was reported: the writer's note on
# what followed, no part of the content ("said the drug was safe, clearing the way for sales",
# "..., sending shares up 6%"); not "making", as often the manner of what was said ("plans to
# campaign more, making use of ..."), nor "raising", as often the content's own verb ("would
# hold rates, raising them later").
CONSEQUENCE_PARTICIPLES: frozenset[str] = frozenset(
    "clearing paving sending prompting sparking triggering fuelling fueling provoking stoking"
    " igniting spurring angering".split()
)
# Phrases of a consequence whose participle alone is no consequence ("setting a deadline"
# may be reported, "setting the stage for a strike" is the writer's note on what follows):
# after a comma closing what was reported, as `CONSEQUENCE_PARTICIPLES` ("voted to strike,
# the union said, *putting an end* to talks"); with the patterns `clauses` builds of
# `CONSEQUENCE_GROUNDS` and `SHOWDOWN_NOUNS`. Not "opening the door" of itself: "she heard a
# knock, opening the door to find two men" is what happened, "opening the door to a strike"
# the writer's note (`clauses` asks for "to"/"for" and "a"/"more"/... and no person's noun).
CONSEQUENCE_PHRASES: frozenset[str] = frozenset(
    {"putting an end", "bringing an end", "bringing to an end"}
)
# What is set off or touched off as a thing, no reaction: "setting off the alarm", "setting
# off a bomb", "touching off an explosion" is what happened, part of what was reported, where
# "setting off protests" is the writer's note on what followed (`clauses`; not "alarm bells",
# "an explosion of anger").
SET_OFF_DEVICES: frozenset[str] = frozenset(
    """
    alarm alarms bomb bombs explosive explosives explosion explosions blast blasts firework
    fireworks firecracker firecrackers flare flares siren sirens sprinkler sprinklers device
    devices detector detectors charge charges grenade grenades mine mines detonator detonators
    """.split()
)
# What "setting the ..."/"laying the ..." prepares, a consequence ("setting the stage for a
# strike", "laying the foundation for a deal"); "scene" and "foundation" only before "for"
# ("laying the foundation last week": the builders').
CONSEQUENCE_GROUNDS: frozenset[str] = frozenset("stage groundwork".split())
CONSEQUENCE_GROUNDS_FOR: frozenset[str] = frozenset("scene foundation".split())
# What "setting up a ..." brings on, a consequence, with one word between or none ("setting up
# a legal fight with the province", "setting up a possible showdown"; not "setting up a
# protest camp").
SHOWDOWN_NOUNS: frozenset[str] = frozenset(
    "showdown clash fight battle confrontation standoff stand-off".split()
)
# Verbs by which a thing or an event brings on a reporting noun ("The split raised questions
# about ...", "The visit may revive fears that ..."): a bare thing their subject holds no
# stance, and the noun then is no one's.
CAUSING_VERBS: frozenset[str] = frozenset(
    """
    raise raises raised revive revives revived spark sparks sparked prompt prompts prompted
    trigger triggers triggered fuel fuels fuelled fueled stoke stokes stoked provoke provokes
    provoked renew renews renewed reignite reignites reignited pose poses posed
    """.split()
)
# Participles of an outcome, the writer's note only right after an interrupting attribution
# ("Ames won, CBC projected, ending a decade of Tory rule", "..., AP said, marking the first
# time"); after a content's own comma often its own ("the line will start at Bayview, ending
# at the airport").
OUTCOME_PARTICIPLES: frozenset[str] = frozenset("ending marking capping handing snapping".split())
# What "raising" a consequence raises, the writer's note too ("said Sunday it would strike,
# raising the prospect of closures", "..., raising fears of layoffs"; not "raising rates").
RAISED_CONSEQUENCES: frozenset[str] = frozenset(
    "prospect prospects possibility spectre specter fears concerns questions doubts hopes alarm"
    " odds likelihood eyebrows ire".split()
)
# Modals of what may happen: a participle after them goes on with the speaker's prediction
# ("warned the storm could flood roads, triggering landslides"), no consequence of the writer.
POSSIBILITY_MODALS: frozenset[str] = frozenset("could may might can".split())
# Verbs of voting, a judgment (of stance: STANCE_WORDS) only before "that" ("the panel voted
# 9-4 that the benefits outweigh the risks"; not "voted 7-2", "voted on the plan"); their
# particles are STANCE_PARTICLES ("voted to", "voted for").
VOTE_CUES: frozenset[str] = frozenset("vote votes voted".split())
# Verbs of conceding and of recording whose object is more often a thing than a clause
# ("accepted the award", "recorded a conclusion", "accepted that offer"): speech only before
# a clause after "that" ("the manager accepted that the records were lost", "the minutes
# record that the pump was discussed"), weak.
# Also a counsel's or a speaker's "submitted that" of the Nigerian and Indian press ("Counsel
# submitted that the charge was defective"; not "submitted the report").
OBJECT_OR_CLAUSE_CUES: frozenset[str] = frozenset(
    "accept accepts accepted record recorded submit submits submitted".split()
)
# Of these, the verbs of recording, which only a document, a body or a person reports by
# ("The minutes record that ..."; not "Weather stations recorded that ...", an instrument's).
RECORD_FORMS: frozenset[str] = frozenset("record records recorded".split())
# A court's verb of ruling ("the court held that ..."): speech, weak (no cue as a participle:
# "gains held for a year"), and a stance word.
HOLD_CUES: frozenset[str] = frozenset("hold holds held".split())
# Attitude adjectives before the preposition naming what the attitude is about, after a
# copula ("has been critical of the plan", "were coy about their approach"): the stance
# adjectives of Biber et al. (Longman Grammar of Spoken and Written English, 1999, 7.13 and
# 9.4) that take a prepositional complement. A stance; the complement is the content.
ATTITUDE_ADJECTIVE_CUES: tuple[str, ...] = tuple(
    f"{adjective} {preposition}"
    for adjectives, prepositions in (
        (
            "critical supportive skeptical sceptical wary suspicious dismissive contemptuous "
            "scornful fearful afraid proud fond tolerant intolerant respectful appreciative "
            "mindful ashamed envious jealous weary tired enamored enamoured",
            "of",
        ),
        (
            "worried concerned passionate vague coy optimistic pessimistic enthusiastic "
            "nervous anxious upset angry furious unhappy uncertain unsure confident "
            "skeptical sceptical cautious candid adamant defensive bullish bearish hopeful "
            "ambivalent frank excited",
            "about",
        ),
        ("bullish bearish keen", "on"),
        (
            "frustrated unhappy pleased satisfied dissatisfied disappointed angry upset "
            "uncomfortable impatient",
            "with",
        ),
        ("upset angry furious worried concerned divided", "over"),
        ("opposed committed receptive sympathetic hostile averse resistant", "to"),
    )
    for adjective in adjectives.split()
    for preposition in prepositions.split()
)
# Characterize verbs of attitude (Levin 1993, class 29.2): "see X as Y", "regard X as Y",
# "remember X as Y" (a tribute: "Friends remember him as a patient man"). A cue only with
# "as" after its object ("Critics see the reform as a chance"); the object and what it is
# seen as are the content. Not "saw the film", "viewed the site", "remembered the war".
CHARACTERIZE_CUES: frozenset[str] = frozenset(
    """
    see sees saw seeing view views viewed viewing regard regards regarded regarding
    perceive perceives perceived perceiving envision envisions envisioned envisioning
    envisage envisages envisaged remember remembers remembered remembering
    """.split()
)
# Verbs of presenting a thing as something (framing): "The union framed the cuts as a
# betrayal", "Lee cast the ruling as a win", "billed the deal as a fix". Each has a sense
# that reports nothing ("cast a ballot", "framed the photo", "pitched a tent"), so, as the
# characterize verbs, a cue only with "as" after its object; a stance taken on the thing
# (STANCE_WORDS).
FRAMING_CUES: frozenset[str] = frozenset(
    """
    frame frames framed framing cast casts casting bill bills billed billing pitch pitches
    pitched pitching spin spins spun spinning depict depicts depicted depicting present
    presents presented presenting
    """.split()
)
# The forms of "cast", and words of the stage or screen that make it a casting, no framing:
# as its subject ("Producers cast Ann Roe as Lady Macbeth", "The series cast Ryan Gosling as a
# detective") or where the part is played ("cast Maya Lind as the queen in the new
# production"); not "film", which may frame ("the film casts him as a fraud").
CAST_FORMS: frozenset[str] = frozenset("cast casts casting".split())
# ... and who are cast, as its object: "The studio cast the veteran *actor* as a villain".
PERFORMER_WORDS: frozenset[str] = frozenset(
    "actor actors actress actresses performer performers understudy understudies".split()
)
CASTING_WORDS: frozenset[str] = PERFORMER_WORDS | frozenset(
    """
    producer producers studio studios production productions role roles stage screen
    audition auditions series miniseries sitcom sequel remake biopic
    """.split()
)
# Verbs of harsh criticism with a literal sense of force or ruin ("Rioters torched two cars",
# "The storm hammered the coast"): a cue, as the framing verbs, only with "as" after the
# object ("torched the plan as reckless", "trashed the deal as a giveaway").
HARSH_CRITICISM_CUES: frozenset[str] = frozenset(
    """
    torch torches torched torching trash trashes trashed trashing savage savages savaged
    savaging skewer skewers skewered skewering pan pans panned panning pillory pillories
    pilloried pillorying bash bashes bashed bashing hammer hammers hammered hammering roast
    roasts roasted roasting
    """.split()
)
# A tribute paid to someone as what they were: "Hinds paid tribute to Morrow as a man of
# principle", "paid homage to her as a pioneer", "paid a moving tribute to", "paid heartfelt
# tribute to", "paid tribute (on) Monday to" (a cue only with "as" after its object: not "paid
# tribute to Morrow on Sunday").
_TRIBUTE_ADJECTIVES = "moving heartfelt glowing warm fitting touching special emotional".split()
_TRIBUTES = ("tribute", "homage") + tuple(
    f"{article}{adjective} {tribute}"
    for adjective in _TRIBUTE_ADJECTIVES
    for article in ("", "an " if adjective[0] in "aeiou" else "a ")
    for tribute in ("tribute", "homage")
)
_TRIBUTES_WHEN = tuple(
    f"{tribute}{on} {day}day"
    for tribute in ("tribute", "homage")
    for day in "Mon Tues Wednes Thurs Fri Satur Sun".split()
    for on in ("", " on")
)  # the day with the bare noun only: each form is a phrase of the cue pattern
TRIBUTE_CUES: frozenset[str] = frozenset(
    f"{pay} {tribute} to"
    for pay in "pay pays paid paying".split()
    for tribute in _TRIBUTES + _TRIBUTES_WHEN
)
# A consider verb (Levin 29.9) in the active, a cue only as a characterize verb is, with "as"
# after its object: "the site rated 30% of the claims as false" (not "rated the film highly").
_RATING_CUES: frozenset[str] = frozenset({"rate", "rates", "rated"})
# Cues only with "as" after their object: the characterize, rating, framing and harsh verbs,
# each a stance or a view of the thing ("framed the cuts as a betrayal"), which a headline's
# "says" may sum up ("Union says cuts betray riders").
AS_CUES: frozenset[str] = (
    CHARACTERIZE_CUES | _RATING_CUES | FRAMING_CUES | HARSH_CRITICISM_CUES | TRIBUTE_CUES
)
# Nouns of a child (`CHILD_NOUNS` and `LIFE_STAGE_NOUNS` add their own).
_YOUNG_NOUNS: frozenset[str] = frozenset(
    "child boy girl kid toddler baby student schoolboy schoolgirl teen teenager".split()
)
# Stages of a life, which after "as" tell when, not what ("remembers him as a boy", "saw her
# as a teenager"): no characterization.
LIFE_STAGE_NOUNS: frozenset[str] = _YOUNG_NOUNS | frozenset("youngster youth rookie".split())
# ... and these after "young": "remembers him as a young man" (not "as a young talent").
YOUNG_STAGE_NOUNS: frozenset[str] = frozenset("man woman mother father couple".split())
# Sentence adverbs (the stance and linking adverbials of Biber et al. 1999, 10.3 and 10.2):
# capitalised at a sentence start they are never a speaker's name ("Perhaps ask whether
# ..."). FUNCTION_WORDS holds them. Not "rather", also a surname.
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """
    perhaps maybe possibly probably presumably apparently evidently seemingly supposedly
    reportedly allegedly certainly surely clearly obviously undoubtedly admittedly
    fortunately unfortunately hopefully thankfully ironically notably recently currently
    previously initially originally eventually ultimately finally nevertheless nonetheless
    furthermore additionally consequently therefore thus hence likewise similarly otherwise
    besides accordingly overall anyway often sometimes usually frequently occasionally
    generally typically
    """.split()
)
# Adverbs of place and time that open a sentence before its subject: "Afterwards, the
# victim's son, Kit Abbot, said ..." (no name, nor a name's appositive). Not "inside" nor
# "outside", which open outlets' names ("Outside magazine").
OPENING_ADVERBS: frozenset[str] = frozenset(
    "afterwards afterward elsewhere nearby separately".split()
)
# Verbs of discussion (Levin 1993, 37.5 talk verbs and 37.6 chitchat verbs, the transitive
# ones) in a purpose infinitive: "leaders met Friday to discuss the test". The topic is the
# content, a stance of the sentence's subject.
DISCUSSION_CUES: frozenset[str] = frozenset("discuss debate".split())
# "find" meaning to come upon or obtain, not to conclude: with a reflexive object ("they
# find themselves in a war zone"), a way or means ("have found ways to avoid the tax", "found
# their own ways to cope") or what one comes by in life ("who found fame on the show", "found
# solace in music", "found a job"); not what may open a clause ("found success rates rose",
# "found work had stopped").
_FIND_WORDS = ("find", "finds", "found", "finding")
FIND_FORMS: frozenset[str] = frozenset(_FIND_WORDS)
# The states "find" puts its object in when it means coming upon someone or something, not
# concluding: "Officers found a man dead", "found two women injured inside", "found him
# suffering from burns", "found the driver with serious injuries" (`FOUND_INJURIES`).
FOUND_STATES: frozenset[str] = frozenset(
    """
    dead alive injured wounded hurt unresponsive unconscious bleeding suffering abandoned
    lying slumped trapped
    """.split()
)
FOUND_INJURIES: frozenset[str] = frozenset("wound wounds injury injuries burns".split())
# ... and the verdicts a jury or a judge finds someone ("found Hamill not guilty"): a court's
# decision on record, no claim made.
FOUND_VERDICTS: frozenset[str] = frozenset("guilty innocent".split())
# What follows "found" with no object between in a passive whose "was" is left out (a
# headline's "Ex-treasurer found guilty of fraud", "a hiker found dead"): no one's finding.
FOUND_PASSIVE_STATES: frozenset[str] = FOUND_VERDICTS | frozenset({"liable", "dead"})
# The forms of "report", and the authorities a crime is reported to: "reported the assault
# to police", "reported it to the RCMP" tell of a complaint made, not what it said.
REPORT_FORMS: frozenset[str] = frozenset("report reports reported reporting".split())
CRIME_AUTHORITIES: frozenset[str] = frozenset(
    "police authorities rcmp opp fbi officers investigators detectives sheriff".split()
)
# The forms of "know", acquaintance with a person as its object ("knows the mayor well"), of
# "add", a thing put somewhere with "to" ("added a clause to the bill"): no claim either.
KNOW_FORMS: frozenset[str] = frozenset("know knows knew knowing".split())
# The forms of "learn" and of "hear" (`HEAR_FORMS`, without "hearing", also a noun).
LEARN_FORMS: frozenset[str] = frozenset("learn learns learned learnt learning".split())
HEAR_FORMS: frozenset[str] = frozenset("hear hears heard".split())
ADD_FORMS: frozenset[str] = frozenset("add adds added adding".split())
OBTAINED_OBJECTS: frozenset[str] = frozenset(
    """
    way ways means themselves himself herself itself ourselves myself yourself yourselves
    oneself
    fame stardom love fortune refuge shelter solace comfort happiness job jobs home homes
    """.split()
)
# Participles of questioning opening a sentence, before what was asked: "Asked about the
# fares, Lee said ...", "When pressed on the cost, ...". What was asked is a statement of
# its own, by the asker (named after "by", else unnamed).
QUESTION_PARTICIPLES: frozenset[str] = frozenset("asked pressed questioned quizzed".split())
ASKED_OPENERS = ("when", "after", "if", "once")  # before the participle: "When pressed"
# The first letters, in either case, a question put can open with, told cheaply before a
# pattern of one is tried: "Asked", "Pressed", "When", "Once".
ASKED_INITIALS: frozenset[str] = frozenset(
    letter
    for word in (*QUESTION_PARTICIPLES, *ASKED_OPENERS)
    for letter in (word[0], word[0].upper())
)
# Nouns for whoever leads a body, before its "of" ("the head of the rail agency", "the chief
# of the water board"), and the titles such a leader goes by, by the body's noun
# ("Administrator Paula Kersey" heads an agency, "Commissioner Ed Roy" a commission, "Chief
# Executive Ana Ruiz" a company): a lede's unnamed leader is the one titled so who opens the
# next paragraph. No title of an office of its own ("Governor", a state's; "President", a
# country's, unless the body is a union's, a company's or a school's).
LEADER_NOUNS: frozenset[str] = frozenset("head chief leader boss".split())
LEADER_TITLES: dict[str, frozenset[str]] = {
    body: frozenset(title.strip() for title in titles.split(","))
    for bodies, titles in (
        (
            "agency authority administration",
            "administrator, director, director general, commissioner, chief executive, ceo",
        ),
        ("commission", "commissioner, chair, chairman, chairwoman, chairperson"),
        ("council committee", "chair, chairman, chairwoman, chairperson"),
        ("board", "chair, chairman, chairwoman, chairperson, director, general manager"),
        ("union federation association league society chamber", "president"),
        (
            "company firm corporation airline railway utility bank insurer retailer carrier "
            "automaker hospital",
            "chief executive, ceo, president, chair, chairman, chairwoman, chairperson, "
            "general manager",
        ),
        ("department ministry office service bureau institute force", "director, chief"),
        ("district", "superintendent"),
        ("university college", "president, chancellor"),
        ("registry", "registrar"),
    )
    for body in bodies.split()
}
# Those of the titles above that are also an office of their own ("President Donald Trump",
# "Chief Tom Hale" of a fire hall): a body's leader only after the body's name ("Acme Bank
# President Ann Lee", "Police Chief Tom Hale").
LEADER_TITLES_AFTER_NAME: dict[str, frozenset[str]] = {
    "bank": frozenset({"president"}),
    **dict.fromkeys(("department", "office", "service"), frozenset({"chief"})),
}
# Verbs whose object a complement follows, by the complement's preposition: whom one
# questions about a topic ("asked the minister about the cuts"), what one trades or sends to
# a place ("traded a pitcher to Boston"). A relative "who" after the complement stands for
# the object: "asked Ann Vale about the fire on Monday, who said ..." (Vale speaks); after
# a place, only with no comma ("to Boston on Monday who said": the pitcher).
OBJECT_VERBS_BY_COMPLEMENT: dict[str, frozenset[str]] = {
    "about": frozenset("asked pressed questioned quizzed grilled interviewed".split()),
    "over": frozenset("asked pressed questioned quizzed grilled".split()),
    "to": frozenset("traded dealt sold loaned sent shipped".split()),
}
# Cues of asking an indirect question, whose asker does not answer it: "Kerr asked what colour
# it was. “Red,” she said."
ASKING_CUES: frozenset[str] = frozenset(
    "ask asks asked wonder wonders wondered inquire inquires inquired enquire enquires "
    "enquired".split()
)
# Cues of answering what was asked: "Lee asked him why. “...,” he replied." (not Lee).
ANSWERING_CUES: frozenset[str] = frozenset(
    "reply replies replied answer answers answered respond responds responded".split()
)
# The participles of answering, which may tell on whose behalf and no words: "“No,” Omar
# added, answering for himself".
ANSWERING_PARTICIPLES: frozenset[str] = frozenset("answering replying responding".split())
# Their forms in -ing too: "was replying to customers", "responding with a video".
ANSWERING_FORMS: frozenset[str] = ANSWERING_CUES | ANSWERING_PARTICIPLES
# The words opening an indirect question: "asked whether", "wondered why".
QUESTION_WORDS: frozenset[str] = frozenset(
    "what who whom whose which when where why how if whether".split()
)
# Verbs of disregard (WordNet's synset of "ignore" and "disregard": refuse to acknowledge),
# stance cues whose object is what is set aside: "has largely ignored the issue". Not
# "overlook", which also means to look out over ("a cottage that overlooks the bay").
DISREGARD_CUES: frozenset[str] = frozenset(
    "ignore ignores ignored ignoring disregard disregards disregarded disregarding".split()
)
# The nouns that "class" before them makes a suit filed for a class of people, a document:
# "the proposed class action alleges", "class actions say" (not "action" alone, a deed).
CLASS_SUIT_HEADS: frozenset[str] = frozenset({"action", "actions"})
# Past participles after a document that say how it was made, before its verb: "a survey
# conducted in May shows ...", "polls taken this week show ...", "a fundraising page set up
# by friends says ...", "a petition started by neighbours says ...", "emails reported by the
# Courier show ...".
DOCUMENT_PARTICIPLES: frozenset[str] = frozenset(
    "conducted taken released published commissioned compiled filed brought issued carried "
    "reviewed seen obtained viewed created set started launched organized organised "
    "reported leaked disclosed".split()
)
# Of those, and of its other postmodifiers, the participles whose agent made or put out the
# document, its author ("polling released by the institute"), not one who came by it
# ("a memo obtained by the Ledger").
AUTHORED_PARTICIPLES: frozenset[str] = frozenset(
    "released published commissioned compiled conducted issued produced prepared".split()
)
# Adverbs between a document and such a participle ("emails *first* reported by the Courier",
# "records *later* obtained by the paper"), as is any in -ly ("*quietly* released").
PARTICIPLE_ADVERBS: frozenset[str] = frozenset("first also later since".split())
# What may follow a document opening its sentence, before its verb, so that the document
# stays the subject: a participle saying how it was made or came to light ("a memo dated May
# 3", "records obtained by the paper", "the memo, signed by the director, ...", "a study
# funded by the bank": its funder no author) or a preposition opening its complement ("a
# transcript of the call", "an audit of the fund").
# Not "from" ("a letter from the mayor": the mayor's, read elsewhere).
DOCUMENT_POSTMODIFIERS: frozenset[str] = (
    DOCUMENT_PARTICIPLES
    | AUTHORED_PARTICIPLES
    | frozenset(
        """
    dated signed sent written prepared drafted submitted completed provided
    shared leaked produced addressed circulated posted unsealed made funded sponsored financed
    of by between on about in to for with under into against over concerning regarding
    """.split()
    )
)
# Present participles of the speech cues below that the list lacked ("..., asserting that
# ...", "..., tweeting, “...”"). Weak, like the manner verbs: a cue only before "that" or a
# quotation ("writing a book", "pleading guilty" report nothing).
SPEECH_PARTICIPLES: frozenset[str] = frozenset(
    """
    admitting admonishing affirming asserting assuring attesting averring avowing begging
    beseeching boasting bragging cautioning commenting contending confiding entreating
    exclaiming griping imploring indicating informing joking observing pleading proclaiming
    quipping rebutting recounting remarking reminding retorting tweeting urging writing
    """.split()
)
# Present participles of belief verbs that the belief cues lacked ("..., knowing that ...",
# "perhaps recognizing that ..."). Weak: a cue only before "that" or a quotation ("knowing
# the area", "feeling ill" report nothing). A thought.
BELIEF_PARTICIPLES: frozenset[str] = frozenset(
    """
    knowing recognizing recognising suspecting doubting assuming sensing noticing concluding
    feeling reckoning guessing imagining supposing understanding
    """.split()
)

# The plain verbs of saying, as an attribution's own verb reports words already said ("...,
# she said.", "the minister told reporters"): its present and past. All are speech cues.
SAYING_VERBS: frozenset[str] = frozenset(
    "said says told tells added adds wrote writes noted notes explained argued stated".split()
)
# The verbs of all that was said, after "was all" and its speaker ("“Thanks,” was all Lee
# *said*", "were the only words the coach *offered*").
ALL_SAID_CUES: frozenset[str] = frozenset("say said tell told offer offered".split())
# The verbs of putting words to something after "that is how" and a speaker, the words
# quoted just before ("“We were never asked.” That is how Ann Lee *sums* it up", "“...,” is
# how one tenant *described* it"); not "“...” That is how the campaign began".
FRAMING_VERBS: frozenset[str] = frozenset(
    """
    describe describes described sum sums summed put puts characterise characterises
    characterised characterize characterizes characterized summarise summarises summarised
    summarize summarizes summarized explain explains explained recall recalls recalled
    remember remembers remembered phrase phrases phrased say says said tell tells told
    """.split()
)
# Cue verbs whose content is a clause, no thing named as their object: a relative pronoun
# before their subject is the subject of a clause after them, an adjunct between set off by
# commas at most ("Prices rose 5%, which the bank said, in its report, was the most in years").
CLAUSE_ONLY_CUES: frozenset[str] = frozenset(
    "say says said warn warns warned insist insists insisted argue argues argued contend "
    "contends contended".split()
)
# Cue verbs of speech: they take reported content in any position ("X said Y", "Y, X said",
# "“Y,” said X", "Y, X said, Z").
SPEECH_CUES: frozenset[str] = (
    frozenset(
        """
    say says said saying tell tells told add adds added note notes noted warn warns warned
    argue argues argued claim claims claimed insist insists insisted acknowledge acknowledges
    acknowledged write writes wrote posts posted report reports reported states
    stated explain explains explained announce announces announced declare declares declared
    assert asserts asserted contend contends contended maintain maintains maintained
    stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised
    suggest suggests suggested recall recalls recalled observe observes observed remark remarks
    remarked reply replies replied respond responds responded answer answers answered
    confirm confirms confirmed deny denies denied admit admits admitted concede concedes
    conceded predict predicts predicted promise promises promised pledge pledges pledged
    vow vows vowed urge urges urged counter counters countered complain complains complained
    lament laments lamented boast boasts boasted tweet tweets tweeted allege alleges alleged
    testify testifies testified disclose discloses disclosed reveal reveals revealed
    indicate indicates indicated caution cautions cautioned conclude concludes concluded
    mention mentions mentioned continue continues continued agree agrees agreed
    proclaim proclaims proclaimed quip quips quipped joke jokes joked recount recounts
    recounted assure assures assured inform informs informed remind reminds reminded
    charges charged signals signaled signalled hint hints hinted
    concur concurs concurred retort retorts retorted interject interjects interjected
    adding noting warning arguing insisting explaining stressing claiming suggesting
    reiterate reiterates reiterated
    ask asks asked asking comment comments commented
    exclaim exclaims exclaimed brag brags bragged bragging
    telling announcing confirming denying admitting acknowledging declaring repeating
    reiterating promising pledging vowing warning predicting answering replying responding
    testifying revealing disclosing alleging complaining advising
    reference references referenced referencing detail details detailed detailing
    specify specifies specified pitch pitches pitched chronicle chronicles chronicled
    confess confesses confessed confessing confide confides confided repeat repeats repeated
    affirm affirms affirmed aver avers averred avow avows avowed swear swears swore sworn
    opine opines opined opining
    radioed radioing
    attest attests attested threaten threatens threatened threatening guarantee guarantees
    guaranteed rebut rebuts rebutted admonish admonishes admonished advise advises advised
    counsel counsels counseled counselled instruct instructs instructed
    implore implores implored beg begs begged plead pleads pleaded pled entreat entreats
    entreated beseech beseeches besought
    gripe gripes griped
    clarify clarifies clarified clarifying restate restates restated speculate speculates
    speculated refute refutes refuted reassure reassures reassured
    posit posits posited query queries queried posed
    """.split()
    )
    | OBJECT_OR_CLAUSE_CUES
    | HOLD_CUES
    | MANNER_OF_SPEAKING_CUES
    | EMOTIVE_SPEECH_CUES
    | SPEECH_PARTICIPLES
    | VOTE_CUES
)
# Offices whose last word is a minister's yet another office, a government's head: "the
# minister" is never the "Chief Minister" or the "Prime Minister" while a minister was named.
HEAD_OF_GOVERNMENT_OFFICES: frozenset[str] = frozenset(
    {"chief minister", "prime minister", "first minister"}
)
# Words before an office that make it another's ("Deputy Chief Minister" is not the "Chief
# Minister").
OFFICE_SUBORDINATES: frozenset[str] = frozenset(
    "deputy vice assistant associate acting former ex- junior under".split()
)
# Participles that open a sentence before its speaker and an appositive, alone or with a few
# words: "Reacting, the minister, Ann Lee, said", "Also speaking, the chairman, ...", and those
# of a debate's business and of evidence ("Opening the debate,", "Winding up for the
# government,", "Giving evidence to the committee,").
OPENING_PARTICIPLES: frozenset[str] = frozenset(
    """reacting responding replying continuing speaking commenting concluding addressing
    opening closing winding moving seconding introducing presenting answering giving testifying
    appearing""".split()
)
# Those of them that modify no role ("opening batsman", "presenting partner" are roles): an
# appositive they open tells what the speaker was doing ("Lee, giving evidence in May,").
DOING_PARTICIPLES: frozenset[str] = OPENING_PARTICIPLES - frozenset(
    "opening closing winding moving seconding introducing presenting continuing".split()
)
# Verbs of staking something on an outcome: before "that", a belief acted on ("Democrats are
# betting that turnout will rise", "is wagering that the courts side with it"); elsewhere a
# stake ("bet $50 on the game", "gambled away her savings"), so weak cues.
WAGER_VERBS: frozenset[str] = frozenset(
    "bet bets betting wager wagers wagered wagering gamble gambles gambled gambling".split()
)
# Cue verbs of belief, estimate and finding: reported content follows them ("X believes Y").
BELIEF_CUES: frozenset[str] = (
    frozenset(
        """
    believe believes believed think thinks thought expect expects expected anticipate
    anticipates anticipated estimate estimates estimated feel feels felt fear fears feared
    hope hopes hoped worry worries worried reckon reckons reckoned suspect suspects suspected
    doubt doubts doubted projects projected forecast forecasts calculate calculates
    calculated show shows showed shown find finds found conclude understand understands
    understood know knows knew assume assumes assumed wonder wonders wondered learn learns
    learned learnt hoping expecting predicting believing thinking worrying fearing
    estimating
    discover discovers discovered discovering realize realizes realized realizing realise
    realises realised realising notice notices noticed sense senses sensed judge judges judged
    determine determines determined hear hears heard
    """.split()
    )
    | BELIEF_PARTICIPLES
    | WAGER_VERBS
)
# Verbs of coming to know (Levin 30.2, "learn", "hear", "find out", "discover"): a content
# only by "that", a question word or a quotation after them; with a preposition or a particle
# ("learned of the closure by email", "heard about it from a friend", "found out on Friday")
# they tell how news reached someone, nothing held.
LEARNING_VERBS: frozenset[str] = (
    LEARN_FORMS
    | HEAR_FORMS
    | FIND_FORMS
    | frozenset("hearing discover discovers discovered discovering".split())
)
# Verbs of coming to know that, before an infinitive ("learned to skate", "knew how to weld",
# "knew to stay away"), tell a skill or a habit, not a thought with content.
SKILL_VERBS: frozenset[str] = LEARN_FORMS | KNOW_FORMS
# Cue verbs that also have other senses ("maintains a program", "assumed a role"): a cue only
# before "that", before a quotation, or after the content ("..., she noted").
WEAK_CUES: frozenset[str] = (
    frozenset(
        """
    sense senses sensed judge judges judged notice notices noticed discover discovers
    discovered reference references referenced detail details detailed pitch pitches pitched
    maintain maintains maintained assume assumes assumed post posts posted state states
    stated counter counters countered charge charges charged project projects projected
    signal signals signaled signalled answer answers answered continue continues continued
    reply replies replied add adds determine determines determined hear hears
    heard counsel counsels counseled counselled speculate speculates speculated
    query queries queried posed
    """.split()
    )
    | WAGER_VERBS
    | HOLD_CUES
    | OBJECT_OR_CLAUSE_CUES
    | MANNER_OF_SPEAKING_CUES
    | EMOTIVE_SPEECH_CUES
    | SPEECH_PARTICIPLES
    | BELIEF_PARTICIPLES
    | VOTE_CUES
)
# Cue words that are also nouns ("a strong signal", "low demand"): a cue only after a name,
# a pronoun or a role, never after a bare common noun.
CUE_NOUNS: frozenset[str] = frozenset(
    """
    signal signals demand demands question questions report reports claim claims answer
    answers reply replies estimate estimates forecast forecasts warning warnings post posts
    note notes charge charges support project projects promise promises pledge pledges
    request requests challenge challenges praise attack attacks back welcome tweet tweets
    statement counter dispute disputes plan plans advocate advocates show shows term terms
    label labels bet bets wager wagers gamble gambles comment comments champion champions
    """.split()
)
# What follows "it is" when "it" stands for no one but the clause after it: "said it was too
# early to tell", "said it was clear that ...", "said it was time to go".
EXTRAPOSING_WORDS: frozenset[str] = frozenset(
    """
    too clear unclear possible impossible necessary unnecessary important vital essential
    crucial hard difficult easy fair unfair true untrue obvious premature time worth
    unacceptable inevitable doubtful uncertain right wrong early late
    """.split()
)
# Those words that, before "to" and a verb, say something of "it" itself: "said it was likely
# to cut jobs" (the company), where "said it was likely that ..." stands for no one.
RAISING_WORDS: frozenset[str] = frozenset("likely unlikely certain".split())
# Verbs whose past is their base: after a singular noun such a cue word is a verb only in the
# past ("The agency forecast that prices would rise", not "the agency forecast"), and its base
# form is no sign of a noun after "a" ("a senior aide forecast").
PAST_AS_BASE_VERBS: frozenset[str] = frozenset("forecast broadcast read put cast set bet".split())
# The bodies that hear evidence: "the inquest heard that the alarm was off" (`HEAR_FORMS`)
# tells what a witness said there, the body its listener, no source (cues.py), and the act is
# speech (acts.py), not what the body came to think.
HEARING_BODIES: frozenset[str] = frozenset(
    """
    court courts inquest inquests inquiry inquiries commission commissions tribunal tribunals
    jury juries jurors hearing hearings committee committees panel panels
    """.split()
    # and a trial's listeners: "jurors heard that the knife was never found", "the trial heard"
    + "trial trials".split()
)
# A body's parts that speak for themselves with "of" and the body after them: "the state unit
# of the party said", "the local branch of the union" (not "wing": a word in -ing is read as
# a participle there).
BODY_ARMS: frozenset[str] = frozenset("unit branch".split())
# Bodies a plural noun before them names by what they handle, before the body's verb: "the
# city plans panel voted", "the claims team has ruled", "the appeals board decided" ("plans",
# "claims", "appeals" no cue there).
HANDLING_BODIES: frozenset[str] = frozenset(
    "panel committee board team unit office department desk tribunal subcommittee".split()
)
# The words after a hearing body's head that tell which it is: "the inquest *at* Leeds", "the
# commission *into* the floods"; and the heads of the bodies that hear evidence, a council too,
# which hears delegations as a committee does.
BODY_QUALIFIERS: frozenset[str] = frozenset("of at into in on for".split())
HEARING_HEADS: frozenset[str] = HEARING_BODIES | {"council", "councils"}
# Verbs of knowing and thinking whose object after "of" or "about" is what they are
# acquainted with, no claim: "knew of the leak", "thought about her mother", "heard of it".
ACQUAINTANCE_VERBS: frozenset[str] = frozenset(
    """
    know knows knew think thinks thought hear hears heard
    remember remembers remembered dream dreams dreamed dreamt
    """.split()
)
# Verbs of giving up a plan or a claim: "scraps plans for", "drops its bid", "withdraws
# support"; what a noun after them names is held no more.
ABANDON_VERBS: frozenset[str] = frozenset(
    """
    withdraw withdraws withdrew scrap scraps scrapped drop drops dropped shelve shelves
    shelved abandon abandons abandoned
    """.split()
)
# Verbs of prosecution, whose object "charges" are a court's, no accusation anyone said:
# "faces charges of fraud", "police laid charges of theft", "filed charges of assault".
PROSECUTION_VERBS: frozenset[str] = frozenset(
    """
    face faces faced facing lay lays laid laying file files filed filing press presses
    pressed pressing bring brings brought bringing upgrade upgrades upgraded upgrading
    """.split()
)
# Verbs of changing, keeping or giving up an amount or a plan, whose object a cue noun after
# them is ("Acme cuts forecast", "Bank scraps plans", "firm withdraws support"): no cue.
CHANGE_VERBS: frozenset[str] = ABANDON_VERBS | frozenset(
    """
    cut cuts raise raises raised lift lifts lifted lower lowers lowered trim trims trimmed
    slash slashes slashed boost boosts boosted hike hikes hiked revise revises revised ups
    upped keep keeps kept hold holds held miss misses missed beat beats top tops topped
    """.split()
)
# Compound nouns opened by a cue word: no cue ("researchers at a think tank said", "the
# cockpit voice recorder captured", "families who lost loved ones": the bereaved's kin, not
# what was loved; "loved one" is left out, as "loved one of the songs" is a verb).
CUE_COMPOUNDS: frozenset[str] = frozenset(
    {
        "think tank",
        "think tanks",
        "report card",
        "report cards",
        "show trial",
        "show trials",
        "loved ones",
    }
) | frozenset(
    f"voice {noun}"
    for noun in "recorder recorders recording recordings mail message messages note notes".split()
)
CUE_COMPOUND_HEADS = frozenset(c.partition(" ")[0] for c in CUE_COMPOUNDS)  # a cue opening one
# Nouns before a cue word that make it a compound's head, a noun: "In a phone call, the mayor
# said ...", "the pilot's distress call", "customer support" (not "Lee will call", "officials
# call it", "voters support it"); before "call for" too, a meeting, no demand ("a conference
# call for analysts", rejections.py); an official's ruling in a game ("the offside call", "a
# pass interference call"); before "counsel", the lawyer ("the firm's general
# counsel", not "lawyers counsel patience").
CUE_COMPOUND_MODIFIERS: dict[str, frozenset[str]] = (
    {
        call: frozenset(
            """
        phone radio conference video distress mayday roll wake-up earnings telephone zoom
        investor analyst
        interference offside offsides penalty foul icing goaltending
        """.split()
        )
        for call in ("call", "calls")
    }
    | {
        # "customer support staff", "the air support unit": the support given, a noun
        support: frozenset(
            """
        customer technical tech life income child military air fire peer housing
        """.split()
        )
        for support in ("support", "supports")
    }
    | {
        # "asylum claims rose", "an insurance claim": the claims filed, a noun
        claim: frozenset(
            """
        asylum refugee insurance injury damage damages compensation disability benefit
        benefits jobless unemployment expense expenses warranty pension land treaty
        """.split()
        )
        for claim in ("claim", "claims")
    }
    | {
        # "the committee's lead counsel", "Ann Lee, general counsel at Halden": the lawyer
        "counsel": frozenset(
            """
        lead general chief legal outside senior special defence defense deputy associate
        assistant independent in-house trial appellate co-lead principal staff corporate
        """.split()
        )
    }
)
# Last words of a document's own name, which speaks as that document: "the Harlow Poll found",
# "the Eastmere Survey shows", "the Lund Report concluded".
DOCUMENT_NAME_HEADS: frozenset[str] = frozenset("poll survey barometer report study census".split())
# The fields a "Survey" named by one is an agency mapping them, not a document: "the U.S.
# Geological Survey said", "the Ordnance Survey", "the Canadian Hydrographic Survey".
SURVEY_AGENCY_FIELDS: frozenset[str] = frozenset(
    "geological geodetic hydrographic ordnance biological geophysical".split()
)
# Singular count nouns that never stand bare: after a cue, "that" and one of them and a verb
# is a demonstrative subject ("critics say that figure is inflated", "said that estimate was
# low"), not "that" opening a clause; a mass noun may stand bare ("said that inflation fell").
DEMONSTRATED_NOUNS: frozenset[str] = frozenset(
    """
    figure number estimate forecast projection claim count total tally poll survey result
    margin lead idea decision argument proposal plan deal distinction standard approach
    position bill promise timeline deadline target comparison suggestion characterization
    assessment statement request offer ruling move step
    """.split()
)
# Those of them that also name a substance, a mass noun that stands bare: before a passive
# it is the substance ("said that lead was found in the pipes"), else the count noun ("said
# that lead would not last").
SUBSTANCE_DEMONSTRATED_NOUNS: frozenset[str] = frozenset({"lead"})
# Verbs of arranging, measuring and varying: "according to" right after one (no comma) tells
# how, not who says so ("results were weighted according to age", "pay varies according to
# rank"; not "sales rose according to the firm").
ARRANGED_BY_VERBS: frozenset[str] = frozenset(
    """
    weighted weighed allocated assigned distributed divided ranked sorted graded adjusted
    priced calculated classified grouped arranged scaled apportioned tailored
    vary varies varied differ differs differed
    """.split()
)
# Participles whose passive, without an agent, reports a claim from an unnamed source: "he was
# accused of fraud", "it is considered a threat".
PASSIVE_CUES: frozenset[str] = frozenset(
    """
    accused charged criticized criticised expected considered believed thought said reported
    alleged seen viewed described rated known rumored rumoured estimated projected deemed
    suspected blamed praised condemned understood hoped predicted forecast
    """.split()
)
# Past participles not in -ed, cues in the passive with their agent: "was told by".
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    "told written shown seen known thought said found".split()
)
# Participles of a finding, which in the passive report one with a verdict after them and
# their agent ("was found to be unlawful by the court", "was ruled invalid by the tribunal");
# without a verdict they are a thing come upon ("was found by a walker").
FINDING_PARTICIPLES: frozenset[str] = frozenset("found ruled".split())
# Words of a verdict after such a participle: "found guilty", "ruled unlawful".
VERDICT_WORDS: frozenset[str] = frozenset(
    """
    guilty innocent liable responsible negligent unlawful lawful illegal legal invalid valid
    unconstitutional constitutional void unfair unreasonable discriminatory
    """.split()
)
# Past participles of belief or reckoning not in -ed: "is thought to", "are understood to"
# (British news's way of citing sources unnamed), "it is forecast that" are passives, their
# subject no believer.
BELIEF_PARTICIPLES_NOT_ED: frozenset[str] = frozenset("thought understood forecast".split())
# Past participles not in -ed that may describe a source after "according to" ("minutes of a
# meeting *held* in May", "a letter *sent* to donors"): the source goes on to its comma.
SOURCE_PARTICIPLES: frozenset[str] = frozenset(
    "held made given taken sent brought drawn kept written shown seen".split()
)
# Past participles not in -ed that follow a noun as what was done to it, ending a figure's
# noun phrase: "38 kg of horn *hidden* in crates", "12 tonnes of timber *bound* for Asia".
POSTMODIFYING_PARTICIPLES: frozenset[str] = (
    IRREGULAR_PARTICIPLES
    | SOURCE_PARTICIPLES
    | frozenset("hidden stolen bound found sold caught shot driven frozen thrown".split())
)
# The pasts that only follow a subject, never modify a noun: "The rain *came* too late" is
# a clause, no noun phrase.
FINITE_PASTS: frozenset[str] = frozenset(
    "went came spoke wrote took ran gave got sat stood saw did was had drew".split()
)
# ... with other simple pasts not in -ed that are no participles: a clause's verb after its
# subject ("as rain *began* to fall", "as the final whistle *blew*").
SIMPLE_PASTS: frozenset[str] = FINITE_PASTS | frozenset(
    """
    began blew fell rose grew broke shook swept drove flew threw fought sank rang sang froze
    wore tore shone stole swung ate drank chose woke arose held sold hung
    """.split()
)
# Participles in -ed that a place or a body before them makes one modifier of a name or a
# title, unhyphenated ("said Paris based Vexo spokesman Ann Lee", "the Tokyo listed Nimbo
# Group", "Kremlin backed Duma deputy"), no verb between the two names.
COMPOUND_PARTICIPLES: frozenset[str] = frozenset(
    """
    based owned listed backed led funded controlled registered headquartered trained
    affiliated aligned allied linked sponsored financed supported appointed elected
    """.split()
)
# Pasts spelt as their present ("The storm *cut* power", "The vote *hurt* merchants"): a
# clause's verb after a noun where its object follows.
UNINFLECTED_PASTS: frozenset[str] = frozenset(
    "cut hit split put set let quit hurt cost shut spread".split()
)
# Words in "-ed" that are no past: "says *indeed* the city is broke", "argues *need* the".
ED_NOT_PASTS: frozenset[str] = frozenset(
    "indeed need speed feed seed heed proceed exceed succeed hundred".split()
)
IRREGULAR_VERB_FORMS: frozenset[str] = (
    IRREGULAR_PARTICIPLES
    | SOURCE_PARTICIPLES
    | FINITE_PASTS
    # Verb forms not in -ed, both kinds above and the pasts that follow a subject: a
    # participle taking an agent ("a delegation led by", "a firm run by"), a past after a
    # noun ("The new mayor left"), told from a noun by the speakers.
    | frozenset("led run chosen paid built caught bought left met felt put".split())
)
# Words opening an adverbial clause, not what was said: "But when Congress cut funding, Mexico
# said enough".
SUBORDINATORS: frozenset[str] = frozenset(
    "when if after before because while although though since unless until once".split()
)
# ... of which these are prepositions of time too ("appeared before the committee").
TIME_PREPOSITIONS: frozenset[str] = frozenset("after before since until".split())
# Adjectives of belief before "that": "Democrats are afraid that ...".
BELIEF_ADJECTIVES: frozenset[str] = frozenset(
    """
    afraid concerned worried convinced confident sure certain hopeful skeptical sceptical
    optimistic pessimistic aware adamant unsure doubtful fearful incensed angry upset
    frustrated pleased happy glad disappointed surprised relieved proud outraged furious
    alarmed
    """.split()
)
# Adjectives in -ed or -ing that tell a state after a copula, no event nor one in progress:
# "the claims were *unfounded*", "the offer was *disappointing*", "she was *worried*" (not
# "the bridge was closed", "the plant was closing").
STATE_PARTICIPLE_ADJECTIVES: frozenset[str] = frozenset(
    w for w in BELIEF_ADJECTIVES if w.endswith("ed")
) | frozenset(
    """
    unfounded unwarranted unjustified unprecedented unsubstantiated misguided outdated
    disappointing misleading troubling concerning alarming encouraging shocking insulting
    devastating surprising worrying frustrating embarrassing disturbing promising appalling
    """.split()
)
# Adjectives of a manner of speaking that, after a copula and before a colon, introduce what
# the subject said: "Lee was blunt: ...", "The ministry was clear: “...”" (a cue only so).
COLON_MANNER_ADJECTIVES: frozenset[str] = frozenset(
    "adamant blunt blunter emphatic unequivocal categorical clear explicit candid frank "
    "forthright succinct defiant insistent unambiguous direct".split()
)
# The "-s" forms of cue verbs with no plural noun of that spelling (not "claims", "worries",
# "reports"): before a modal or a past they are still a singular subject's verb, the clause it
# reports lacking its subject ("a change the city says will hurt renters", "the council, which
# she says ignored warnings"); before "is" the clause may be the sentence's own ("Everything
# Lee says is a lie").
VERB_ONLY_S_FORMS: frozenset[str] = frozenset(
    """
    says tells adds insists argues contends maintains asserts explains admits acknowledges
    confirms denies believes thinks knows suggests predicts
    """.split()
)
# Cue verbs that may come before their speaker: "“...,” said Caddell", "“...,” retorted the
# minister"; the manner-of-speaking and emotive verbs in the past too ("“...,” muttered a
# shopper", "“...,” scoffed Lee").
INVERTED_CUES: frozenset[str] = frozenset(
    w for w in MANNER_OF_SPEAKING_CUES | EMOTIVE_SPEECH_CUES if w.endswith("ed")
) | frozenset(
    """
    say says said add adds added ask asks asked write writes wrote note notes noted
    continue continues continued explain explains explained argue argues argued reply
    replies replied recall recalls recalled insist insists insisted warn warns warned
    declare declares declared observe observes observed report reports reported
    tweet tweets tweeted post posts posted state states stated comment comments commented
    shout shouts shouted yell yells yelled exclaim exclaims exclaimed
    urge urges urged cautioned pleaded advised advises admitted admits conceded concedes
    predicted predicts boasted complained complains joked quipped countered responded
    responds remarked stressed retorted retorts interjected interjects answered
    """.split()
)
# Labels that open a paragraph with a colon but name no speaker ("UPDATE: ...", a game
# story's "NOTES: ..." and "UP NEXT: ...").
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    """
    update updates note editor's editors correction corrections clarification watch read
    related photos
    photo video source sources disclosure warning breaking live exclusive opinion analysis
    q a question answer transcript full text summary background why what how who when
    verdict rating ruling conclusion claim claims fact facts fact-check context
    next notes injuries attendance lineups
    """.split()
)
# The works whose title a quotation may be after them ("her single “Blue”", "the film
# “Dust”"): a name, no words said.
WORK_NOUNS: frozenset[str] = frozenset(
    """
    album albums single singles song songs track tracks record records ep mixtape film films
    movie movies documentary series show play musical novel book memoir poem podcast episode
    sequel remake special anthem ballad
    """.split()
)
# The events whose name heads a headline's topic before a colon ("Northern Lights Awards:
# Ferran wins big", "Golden Globes: ..."): a gathering, no speaker label.
GATHERING_NOUNS: frozenset[str] = frozenset(
    """
    awards award festival fest gala games olympics paralympics championship championships
    cup tournament fair expo biennale biennial marathon premiere prize week oscars emmys
    grammys tonys junos baftas globes
    """.split()
)
# The verbs that open a team's next game in a game story's notes ("Hawks: Host Quebec on
# Tuesday.", "Visit Regina on Friday"): a schedule, no one's words.
FIXTURE_VERBS: frozenset[str] = frozenset(
    "host hosts visit visits play plays face faces meet meets travel open opens return".split()
)
# Words that never open reported content: "who said and did ...", "showed up at".
NOT_CONTENT_OPENERS: frozenset[str] = frozenset("and or nor but than up off down away".split())
# Adverbs of how near in time, before "before" or "after": "conceded just before midnight",
# "spoke shortly after the polls closed" is when it was said, not what.
NEARNESS_ADVERBS: frozenset[str] = frozenset(
    "just shortly soon moments minutes hours days weeks immediately right long well".split()
)
# Participles that open a comment on an attribution, not reported content: "..., he said,
# referring to ...". Participles of cue verbs ("adding", "citing") count as well.
ADJUNCT_PARTICIPLES: frozenset[str] = frozenset(
    "referring speaking pointing calling reciting describing responding reacting".split()
)
# Prepositions: a clause starting with one is where or when something was said, not what.
PREPOSITIONS: frozenset[str] = frozenset(
    """
    in on at from after before during with for about of by over under into through
    without since until upon via amid despite while when as alongside
    """.split()
)
# Prepositions that open a short phrase of scene before a comma ("For the family,", "In the
# end,", "At the clinic,"), never a quantity ("About 40 nurses", "Over 300 beds").
SCENE_PREPOSITIONS: frozenset[str] = frozenset(
    "in on at from for with during despite without amid through to".split()
)
# Prepositions that open a sentence before its subject, those of scene and of time, place and
# manner: "With a week to go, Ann Lee, ...", "Unlike her rival, Lee ...", and those of
# extent (`EXTENT_PREPOSITIONS`: "Across the border, the premier, Ann Lee, ...", which inside a
# sentence may also name where a thing spread: "a post shared across Facebook, X and Reddit").
EXTENT_PREPOSITIONS: frozenset[str] = frozenset("across along beyond throughout within".split())
OPENING_PREPOSITIONS: frozenset[str] = (
    SCENE_PREPOSITIONS
    | EXTENT_PREPOSITIONS
    | frozenset(
        "after following since before unlike under over by as outside inside near beside "
        "behind".split()
    )
)
# Prepositions that frame a person as the topic a sentence opens on, before a comma: "For Ana
# Ruiz, the drive came at 2 a.m.", "To Tom Hale, the closure felt personal".
TOPIC_FRAMES: frozenset[str] = frozenset({"for", "to"})
# Prepositions in "-ing", which open an adjunct, never a participle clause ("during the talks").
PREPOSITIONS_IN_ING: frozenset[str] = frozenset(
    """
    during including according regarding concerning following excluding pending barring
    considering notwithstanding
    """.split()
)
# Cue verbs of stance whose object is what is reported: "criticized the deal", "called for
# a moratorium". Their content ends with the clause (a comma, a semicolon, a dash, "but").
STANCE_CUES: frozenset[str] = (
    frozenset(
        """
    criticize criticizes criticized criticise criticises criticised praise praises praised
    attack attacks attacked condemn condemns condemned blast blasts blasted slam slams
    slammed propose proposes proposed urge demand demands demanded support supports
    supported oppose opposes opposed want wants wanted endorse endorses endorsed reject
    rejects rejected dismiss dismisses dismissed question questions questioned defend
    defends defended accuse accuses accused blame blames blamed attribute attributes
    attributed cite cites cited welcome
    welcomes welcomed unveil unveils unveiled mock mocks mocked tout touts touted backs
    backed favor favors favored favour favours favoured advocate
    advocates advocated seek seeks sought request
    requests requested recommend recommends recommended discuss discusses discussed
    highlight highlights highlighted dispute disputes disputed challenge challenges
    challenged decry decries decried deplore deplores deplored hail hails hailed applaud
    applauds applauded embrace embraces embraced promote promotes promoted denounce
    denounces denounced lambaste lambastes lambasted admire admires admired plan plans
    planned decline declines declined refuse refuses refused recognize recognizes recognized
    echo echoes echoed thank thanks thanked rule rules ruled overrule overrules overruled
    approve approves approved exhort exhorts exhorted likes liked love loves loved hate hates
    hated demanding defending promising criticizing attacking proposing supporting opposing
    touting endorsing seeking urging express expresses expressed voice voices voiced
    outline outlines outlined portray portrays portrayed characterize characterizes
    characterized liken likens likened compare compares compared credit credits credited
    ridicule ridicules ridiculed downplay downplays downplayed
    citing bemoaning lamenting
    comparing encouraging emphasizing emphasising highlighting reciting mentioning recalling
    expressing voicing labeling labelling branding conceding hinting signaling signalling
    questioning describing accusing blaming praising slamming blasting condemning
    rejecting dismissing disputing challenging calling
    examine examines examined examining explore explores explored exploring
    champion champions championed championing compliment compliments complimented
    bemoan bemoans bemoaned rip rips ripped grill grills grilled retweet retweets retweeted
    link links linked offer offers offered encourage encourages encouraged apologize
    apologizes apologized apologise apologises apologised characterise characterises
    characterised criticising recognise recognises recognised publish publishes published
    paint paints painted painting
    intend intends intended aim aims aimed herald heralds heralded persuade persuades
    persuaded persuading deride derides derided invoke invokes invoked documented
    acclaim acclaims acclaimed castigate castigates castigated censure censures censured
    chastise chastises chastised commend commends commended congratulate congratulates
    congratulated fault faults faulted laud lauds lauded rebuke rebukes rebuked reprimand
    reprimands reprimanded reproach reproaches reproached scold scolds scolded berate
    berates berated excoriate excoriates excoriated assail assails assailed disparage
    disparages disparaged belittle belittles belittled backing
    """.split()
    )
    | DISREGARD_CUES
)
# Verbs of worry and fear with the preposition naming what they are about: "Parents worry
# about the cuts", "Residents fear for their homes" (a stance, as "worried about" is; the
# object is the content, no clause).
_WORRY_PARTICLES: tuple[str, ...] = tuple(
    f"{verb} {preposition}"
    for verbs, prepositions in (
        ("worry worries worried worrying fret frets fretted fretting", ("about", "over")),
        ("fear fears feared fearing", ("for",)),
    )
    for verb in verbs.split()
    for preposition in prepositions
)
# Phrasal verbs of harsh criticism, their object what is criticized: "railed against the
# levy", "lashed out at the board", "laid into his rivals" (a stance taken against it); not
# "tore into", "ripped into", said of trucks and shrapnel as often.
_HARSH_PARTICLES: tuple[str, ...] = tuple(
    f"{verb} {particle}"
    for verbs, particle in (
        ("rail rails railed railing", "against"),
        ("lash lashes lashed lashing", "out at"),
        ("lay lays laid laying", "into"),
    )
    for verb in verbs.split()
)
# A verb with a noun of doubt or scorn before "on", its object what is doubted or scorned:
# "cast doubt on the figures", "poured scorn on the plan" (a stance, as "questioned the
# figures" is; the verb with its noun, not the speaker's name). Not "poured cold water on",
# said of embers as often.
DOUBTING_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {noun} {preposition}"
    for verbs, nouns in (
        ("cast casts casting", ("doubt", "doubts", "fresh doubt", "new doubt", "serious doubt")),
        ("pour pours poured pouring", ("scorn",)),
        ("heap heaps heaped heaping", ("scorn",)),
    )
    for verb in verbs.split()
    for noun in nouns
    for preposition in ("on", "upon", "over")
)
# Phrasal verbs of rejecting, their object what is rejected: "pushed back on any suggestion
# that the crew was to blame" (a stance, as "rejected any suggestion" is); not "pushed back
# against the crowd", "pushed back the launch", said of shoves and of delays; nor the bare
# verb, intended after a modal ("would push back on the critics"), not yet taken; nor before
# a time (`PUNCTUAL_NOUNS`, `TIME`), a departure or a delay: "the jet pushed back on time",
# "the vote was pushed back on Monday".
REJECTING_PARTICLES: tuple[str, ...] = tuple(
    f"{verb} back on" for verb in "pushes pushed pushing".split()
)
# Nouns of keeping to a timetable, after "on": "pushed back on time", "left on schedule".
PUNCTUAL_NOUNS: frozenset[str] = frozenset("time schedule".split())
_LEADING_PARTICLES = (  # of worry, of harsh criticism, of rejecting and of doubt
    _WORRY_PARTICLES + _HARSH_PARTICLES + REJECTING_PARTICLES + DOUBTING_PHRASES
)
# Those of them with a sense of blows too ("The suspect lashed out at officers, kicking one",
# "laid into him with a bat"), told apart by what follows (`BLOW_PARTICIPLES`, `BLOW_MEANS`)
# or an animal doing it ("The horse lashed out at its handler").
BLOW_PARTICLES: frozenset[str] = frozenset(
    p for p in _HARSH_PARTICLES if p.endswith(("out at", "into"))
)
BLOW_PARTICIPLES: frozenset[str] = frozenset(
    """
    kicking punching hitting biting striking swinging stabbing slapping shoving pushing
    headbutting spitting scratching clawing beating pummelling pummeling
    """.split()
)
BLOW_MEANS: frozenset[str] = frozenset(
    """
    knife knives fist fists foot feet boot boots bat bats stick sticks bottle chair hoof
    hooves claws teeth baton batons weapon club hammer
    """.split()
)
ANIMAL_NOUNS: frozenset[str] = frozenset(
    "horse horses dog dogs bear bears bull bulls cat cats animal animals cow cows".split()
)
# What a market's prices already hold to come, a belief of its traders: "Traders are pricing
# in two cuts", "Investors have priced in a slowdown"; not a price set in a currency ("Gold is
# priced in dollars", "tickets priced in euros"), nor a noun or a passive ("surge pricing in
# cities", "homes priced in the low $500,000s": `cues._priced_in_belief`).
PRICED_IN_CUES: tuple[str, ...] = ("pricing in", "priced in")
# Particles that join a stance cue to its object: "called for", "spoke of".
STANCE_PARTICLES: tuple[str, ...] = _LEADING_PARTICLES + (
    "called for",
    "calls for",
    "call for",
    "calling for",
    "called on",
    "calls on",
    "spoke of",
    "speaks of",
    "spoke about",
    "talked about",
    "talks about",
    "pushed for",
    "pushes for",
    "asked for",
    "asks for",
    "ask for",
    "asking for",
    "warned of",
    "warned against",
    "warns of",
    "warns against",
    "warn of",
    "warn against",
    "warning of",
    "warning about",
    "complained of",
    "complains of",
    "complain of",
    "complaining of",
    "complained about",
    "warned about",
    "warns about",
    "warn about",
    "wrote about",
    "writes about",
    "write about",
    "written about",
    "argued for",
    "argued against",
    "lobbied for",
    "referring to",
    "speaking of",
    "speaking about",
    "pointing to",
    "summing up",
    "summed up",
    "sums up",
    "disagrees with",
    "disagreed with",
    "disagree with",
    *PRICED_IN_CUES,
    "voted against",
    "voted for",
    "votes against",
    "votes for",
    "voted to",
    "votes to",
    "vote to",
    "voted in favor of",
    "votes in favor of",
    "voted in favour of",
    "votes in favour of",
    "spoken about",
    "spoken of",
    "speak about",
    "speak of",
    "talked of",
    "talk about",
    "calling on",
    "call on",
    "pushing for",
    "push for",
    "lobbying for",
    "lobby for",
    "lobbies for",
    "ruled out",
    "rules out",
    "rule out",
    "ruling out",
)
# Those who put the questions in an interview, named before a listener's name: "told CNN
# anchor Ann Ruiz", "told Metro Morning host Ismaila Alfa".
INTERVIEWER_NOUNS: frozenset[str] = frozenset(
    "host co-host anchor reporter interviewer correspondent columnist presenter journalist "
    "podcaster editor".split()
)
# A journalist's trade's modifiers, set before it after a byline's name ("By Ann Roe Staff
# Reporter", "Senior Columnist", "Political Correspondent"): no part of the name.
TRADE_MODIFIERS: frozenset[str] = frozenset(
    """
    staff senior chief political business national city health sports special contributing
    investigative parliamentary legal courts crime education climate science technology tech
    foreign associate managing deputy executive local assignment features opinion
    entertainment weather digital
    """.split()
)
# Verbs answering a claim made before, whose object may be a demonstrative alone pointing back
# at it: "Officials disputed that.", "She denied it.", "He confirmed this." (the pronoun is
# the content); and verbs of thinking whose "so" stands for a clause: "He doesn't think so."
CLAIM_ANSWER_VERBS: frozenset[str] = frozenset(
    """
    deny denies denied dispute disputes disputed confirm confirms confirmed contest contests
    contested reject rejects rejected acknowledge acknowledges acknowledged admit admits
    admitted doubt doubts doubted
    """.split()
)
# ... and the verbs of telling whose object a known outlet it was told to may close: "confirmed
# the split to Variety", "revealed the title to Billboard" (after "said", "to TSN" is the
# clause's own: "said the rights would move to TSN").
OUTLET_TOLD_CUES: frozenset[str] = CLAIM_ANSWER_VERBS | frozenset(
    "reveal reveals revealed disclose discloses disclosed confide confides confided".split()
)
SO_CLAUSE_VERBS: frozenset[str] = frozenset(
    "think thinks thought believe believes believed hope hopes hoped expect expects "
    "expected suppose supposes supposed".split()
)
# Participles after "as" that report the words of one quoted or cited ("quoted the minister
# as saying", "cited him as telling reporters"); all but "saying" are cues only after a
# verb of quoting ("as telling a sign as any", "as warning lights flashed").
QUOTED_AS_PARTICIPLES: tuple[str, ...] = ("saying", "telling", "warning")
# The cues "as saying" and its passives of quoting ("was quoted as telling").
QUOTED_AS_CUES: tuple[str, ...] = tuple(
    f"{lead}as {participle}"
    for participle in QUOTED_AS_PARTICIPLES
    for lead in (
        "",
        *(f"{be} {verb} " for be in ("is", "was", "were") for verb in ("quoted", "cited")),
    )
)
# Cue verbs that take a listener before the content: "told reporters that ...".
LISTENER_CUES: frozenset[str] = frozenset(
    "tell tells told assure assures assured inform informs informed remind reminds reminded "
    "warn warns warned ask asks asked asking telling assuring informing reminding warning "
    "reassure reassures reassured reassuring caution cautions cautioned cautioning".split()
) | frozenset(cue for cue in QUOTED_AS_CUES if not cue.endswith("saying"))
# Cue verbs naming something rather than reporting a clause: their quoted object is what was
# said ("dubbed it the “battle of the bulge”").
NAMING_CUES: frozenset[str] = frozenset(
    "dub dubs dubbed call calls called label labels labeled labelled describe describes "
    "described brand brands branded term terms termed".split()
)
# Their participles, which report what another called a thing after "with" and a subject:
# "..., with critics *calling* it a stunt".
NAMING_PARTICIPLES: frozenset[str] = frozenset(
    "dubbing calling labelling labeling describing branding terming".split()
)
# Words of giving something a name: a quotation after a clause with one is the name, no one's
# words ("Ann Lee named her boat: “Sea breeze.”", "gave the album a title: “...”").
NAME_GIVING_WORDS: frozenset[str] = NAMING_CUES | frozenset(
    """name names named naming rename renamed title titles titled retitled nickname nicknamed
    christen christened""".split()
)
# Replies in an exchange, cues only before "that", a colon or a quotation, or after what was
# said ("Dunn shot back that ...", "“...,” Lee fired back"): not "fired back at the gunmen".
REPLY_CUES: tuple[str, ...] = (
    "shot back",
    "shoots back",
    "fired back",
    "fires back",
    "hit back",
    "hits back",
    "snapped back",
)
# Verbs of crying out with their particle, cues only as the replies are (before "that", a
# colon or a quotation, or after what was said): "called out “Stall, stall”", "“Brace!” the
# purser yelled out"; not "called out the company for its prices", a rebuke.
OUT_CUES: tuple[str, ...] = tuple(
    f"{verb} out"
    for verb in """
    call calls called calling cry cries cried crying yell yells yelled yelling shout shouts
    shouted shouting
    """.split()
)
# Verbs giving an estimate as "put the number at N" ("Police put the crowd at 12,000"): a cue
# only so (`cues._PUT_AT`), not "put the plan on hold".
ESTIMATE_PUT_VERBS: frozenset[str] = frozenset("put puts putting".split())
# Verbs of seeing (cues of "see X as Y", `AS_CUES`) that give a belief as odds: "Traders see
# a 60% chance that the bank will cut", "Economists saw little risk of a recession"
# (`cues._SEES_ODDS`); not "saw the game", "see a chance to win".
ODDS_SEEING_VERBS: frozenset[str] = frozenset("see sees saw".split())
# The nouns of odds those verbs give, before "that" or "of".
ODDS_NOUNS: frozenset[str] = frozenset(
    "chance chances probability likelihood risk odds possibility".split()
)
# What "put ... at <number>" estimates ("put the toll at 300", "put the crowd at 5,000"), unlike
# a thing set to a number ("put the thermostat at 68 degrees").
ESTIMATED_NOUNS: frozenset[str] = frozenset(
    """
    number numbers toll tolls crowd crowds count total totals figure figures cost costs bill
    damage damages loss losses turnout tally estimate casualties deaths dead injured value
    worth size population odds chance chances likelihood probability risk share growth
    inflation deficit shortfall
    """.split()
)
# Verbs of a text's wording ("A banner read: “...”", "The note reads “...”", "signs reading
# “...”"): a cue only before a quotation and after a document (`DOCUMENT_WORDS`), not "She
# read “Hamlet”".
WORDING_VERBS: frozenset[str] = frozenset("read reads reading".split())
# Forms of "testify": what is testified is a clause or what "to" or "about" opens ("testified
# that", "testified to his good character", "testified about the fire"); a phrase of another
# preposition is where, when or for whom ("testified for the defence", "testified on the
# third day of the trial", "by video link").
TESTIFY_FORMS: frozenset[str] = frozenset("testify testifies testified testifying".split())
# Verbs of showing, no claim before pictures ("showed footage of burning bins").
SHOW_FORMS: frozenset[str] = frozenset("show shows showed shown showing".split())
# Verbs of conceding, and the contests or outcomes they may concede as a thing, no claim:
# "conceded defeat", "conceded the race to Ames", "has not conceded the seat".
CONCEDE_FORMS: frozenset[str] = frozenset("concede concedes conceded conceding".split())
CONCEDED_CONTESTS: frozenset[str] = frozenset(
    """defeat race election contest seat riding district nomination primary runoff
    leadership presidency governorship mayoralty victory""".split()
)
# What joins a person's name to the body the person works for ("Ann Tully of the X", "with").
PERSON_BODY_LINKS: frozenset[str] = frozenset({"of", "with"})
# What a document does, not the body that made it: "a review by the office, which *found* ..."
# is the review's finding; "which said" or "which says it ..." is the office's own speech.
DOCUMENT_DEEDS: frozenset[str] = (
    FIND_FORMS
    | SHOW_FORMS
    | frozenset(
        """
        conclude concludes concluded estimate estimates estimated calculate calculates
        calculated identify identifies identified document documents documented
        """.split()
    )
)
# Forms of "cite" and the people or the numbers a report's words came from as its object,
# with nothing after them but what makes them sources ("reported the talks had stalled,
# citing two people familiar with them", "citing unnamed officials", "said crime fell,
# citing figures from the police"): where the report came from, no claim of the citer's
# ("cited rising costs" gives a reason, and says).
CITE_FORMS: frozenset[str] = frozenset("cite cites cited citing".split())
# Verbs of quoting another, whose object is the speaker when "as saying" follows ("quoted
# the minister as saying", "cited him as saying").
QUOTING_VERBS: frozenset[str] = frozenset("quote quotes quoted quoting".split()) | CITE_FORMS
CITED_SOURCES: frozenset[str] = frozenset(
    """
    source sources official officials person people aide aides insider insiders staffer
    staffers adviser advisers advisor advisors diplomat diplomats figures data statistics
    """.split()
)
# The papers a report may cite as its source ("citing a letter from the owners", "citing
# court filings"); not "release", "account" or "budget", which a reason may open ("citing the
# release of prisoners").
CITED_PAPERS: frozenset[str] = frozenset(
    """
    report reports letter letters memo memos statement statements filing filings document
    documents records study studies survey surveys poll polls transcript transcripts
    """.split()
)
# "found it hard to believe that ...": a form of "find", "it", an adjective of difficulty and
# the infinitive of a verb of believing or grasping is a mental state, a thought.
_DIFFICULTY_ADJECTIVES = ("hard", "difficult", "impossible", "tough")
_GRASPING_VERBS = ("believe", "accept", "understand", "imagine", "fathom", "comprehend", "trust")
FOUND_HARD_CUES: tuple[str, ...] = tuple(
    f"{find} it {adjective} to {verb}"
    for find in _FIND_WORDS
    for adjective in _DIFFICULTY_ADJECTIVES
    for verb in _GRASPING_VERBS
)
# "find out" with what was learned after it ("found out that the centre had closed"): a
# thought, as "learned" is (without "that": `LEARNING_VERBS`).
FOUND_OUT_CUES: tuple[str, ...] = tuple(f"{find} out" for find in _FIND_WORDS)
# A court's or a panel's ruling given as a participle with its clause ("The court struck down
# the law, *ruling that* it was void", "dismissed the appeal, *holding that* ..."): the
# subject's; the noun "ruling" and "holding" ("gains held") are no cue without "that".
RULING_THAT_CUES: tuple[str, ...] = ("ruling that", "holding that")
# An opinion held, with its clause ("He was of the opinion that ...", "of the considered view
# that ..."), a thought, in the register of South Asian and older British English.
OPINION_HELD_CUES: tuple[str, ...] = tuple(
    f"of the {kind}{noun} that"
    for kind in ("", "considered ", "firm ")
    for noun in ("opinion", "view")
)
# Multi-word cues, matched as written (lower case).
PHRASE_CUES: frozenset[str] = frozenset(
    (
        "according to",
        "pointed out",
        "points out",
        "point out",
        "went on to say",
        *FOUND_OUT_CUES,
        *RULING_THAT_CUES,
        *OPINION_HELD_CUES,
        "put it",
        "puts it",
        "tell it",  # "To hear critics tell it, ...", "..., as Lee tells it."
        "tells it",
        *sorted(TRIBUTE_CUES),
        "made clear",
        "makes clear",
        "made it clear",
        "make it clear",
        "makes it clear",
        "making it clear",
        "made the case",
        "make the case",
        "makes the case",
        "making the case",
        "went on record as saying",
        "gone on record as saying",
        "on record as saying",  # "is on record as saying"
        *QUOTED_AS_CUES,
        *REPLY_CUES,
        *OUT_CUES,
        *FOUND_HARD_CUES,
    )
)
# Words between a subject and its cue that do not end the subject: "has also said", "have
# instead called for".
CUE_AUXILIARIES: frozenset[str] = frozenset(
    """
    has have had is are was were be been being will would could should may might must
    also later then again once twice thrice still further earlier previously repeatedly recently
    reportedly publicly privately separately not never often long has-since already just
    together jointly only instead
    now first originally initially did does do always usually sometimes frequently
    didn't doesn't don't isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't
    can't couldn't shouldn't didn’t doesn’t don’t isn’t wasn’t aren’t weren’t hasn’t
    haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t
    """.split()
)
# Verbs joined by "to" to a cue of the same subject: "appeared to suggest", "went on to say";
# a habit's too: "liked to say", "tends to joke".
CATENATIVE_VERBS: frozenset[str] = frozenset(
    """
    appear appears appeared seem seems seemed began begin begins tried try tries sought
    went go goes going used continue continued continues proceeded moved rushed hastened attempt
    attempts attempted tend tends tended like likes liked love loves loved
    forced compelled obliged pressed prompted quick eager willing ready able unable
    reluctant careful keen happy prepared
    """.split()
)
# Verbs of going on that take their subject's participle of saying: "kept saying", "went on
# telling", "continued insisting" (the subject is the speaker's, no part of it).
ASPECT_VERBS: frozenset[str] = frozenset(
    "kept keeps keep continued continues continue went goes began begins started starts".split()
)
# Passives of hearing or recording, the speaker their subject, before a participle of saying:
# "can be heard saying", "was overheard telling", "was caught on camera shouting".
HEARD_PASSIVES: frozenset[str] = frozenset(
    "heard overheard caught filmed recorded captured seen".split()
)
# The forms of "be" before such a passive: "can *be* heard saying", "*was* caught on camera"
# (acts.py reads its passives after them too).
PASSIVE_BE_FORMS: frozenset[str] = frozenset("be been being is was were are".split())
# Verbs that put a name after a relative clause on people in an inverted sentence: "Among
# those who booked *is* Ann Lee", "Those who came *included* Ann Lee": the name its subject
# or object, not a word of the clause.
INVERTING_VERBS: frozenset[str] = frozenset("is was are were include includes included".split())
# The media a passive of recording names with "on": "caught on camera", "recorded on tape".
RECORDING_MEDIA: frozenset[str] = frozenset("camera tape video film audio".split())
# Verbs of hearing or recording someone's words, before the speaker as their object and a
# participle of saying: "captured him asking, “...”", "heard her shouting".
RECORDING_VERBS: frozenset[str] = frozenset(
    "heard hear hears overheard captured captures recorded records caught catches filmed".split()
)
# Participles that take an object and "to" and so can share a passive before them ("was held
# and told to sign": he was told), unlike a speaker's own "vowed/promised to".
PASSIVE_TO_PARTICIPLES: frozenset[str] = frozenset(
    """
    warned told ordered urged asked advised instructed directed encouraged pressed reminded
    cautioned forbidden forbade
    """.split()
)
# Those of them that take "to" only after an object ("told them to"), so that one right after
# its subject is a headline's passive ("Residents told to boil water"); "asked to", "pressed
# to" may be the subject's own request ("Nurses asked to meet the minister").
OBJECT_BEFORE_TO_PARTICIPLES: frozenset[str] = PASSIVE_TO_PARTICIPLES - {"asked", "pressed"}
# Cues that take a that-clause in the subjunctive, its verb in the bare form ("recommended
# that the agency collect and publish the data"): a bare verb joined to it is the clause's.
MANDATIVE_CUES: frozenset[str] = frozenset(
    """
    recommend recommends recommended urge urges urged demand demands demanded insist insists
    insisted propose proposes proposed request requests requested require requires required
    ask asks asked suggest suggests suggested
    """.split()
)
# Irregular pasts of verbs that take an object and never a clause ("got the fuel rebate",
# "won the seat"): what follows is an object, not a clause's subject.
OBJECT_ONLY_PASTS: frozenset[str] = frozenset("got won paid took bought kept lost".split())
# The forms of "advise": with an object alone, a counsel's role ("her firm advises the
# company", "advised the president on trade"), unless advice follows (cues.py
# `_advice_given_at`).
ADVISE_FORMS: frozenset[str] = frozenset("advise advises advised".split())
# Listeners of advice to all who fit a description: "advise *anyone* who feels unwell to stay
# home" (a counsel advises clients, not anyone).
ANY_LISTENERS: frozenset[str] = frozenset(
    "anyone anybody everyone everybody those people all".split()
)
# Cues of advising or requesting that take a gerund for object, the advice itself
# ("recommends asking for a raise", "suggested calling the lender first").
GERUND_ADVICE_CUES: frozenset[str] = MANDATIVE_CUES | ADVISE_FORMS
# Cues of an act that takes two parties or more, which a plural subject does together ("said
# the two leaders met and agreed to ...": the leaders agreed, not the one who said it).
JOINT_CUES: frozenset[str] = frozenset("agreed agree agrees".split())
# Subject pronouns, with what they can refer to.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
THING_PRONOUNS: frozenset[str] = frozenset({"it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which"})
# The conjunctions joining a list's last item: "drivers, mechanics and clerks".
LIST_CONJUNCTIONS: frozenset[str] = frozenset({"and", "or"})
# Words joining a speaker's gesture to a verb of speech of theirs: "she stopped, *then* added".
GESTURE_LINKS: frozenset[str] = frozenset({"and", "then", "but"})
# Possessive determiners, with the subject pronoun that stands for the same speaker.
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Object pronouns ("her" is a possessive's too), the same: "According to him", "told by them".
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "them": "they"}
# First-person pronouns: the author of an opinion piece ("I believe ...") speaks.
AUTHOR_PRONOUNS: frozenset[str] = frozenset({"i", "we"})
# The author's possessives, holding a view as "I" and "we" do: "My guess is that ...".
AUTHOR_POSSESSIVES: dict[str, str] = {"my": "I", "our": "we"}
# Second-person pronouns: never a reported speaker ("you know").
SELF_PRONOUNS: frozenset[str] = frozenset({"you"})
# Determiners that may open a speaker phrase.
DETERMINERS: frozenset[str] = frozenset(
    """
    the a an his her their its our my your this that these those some many most several few
    two three four five six seven eight nine ten dozens other another one both all
    """.split()
)
# Connective adverbs set off by commas between a cue and its content ("cautioned, however,
# that ...", "said, though, the cost was high"), or around a subject ("The office,
# meanwhile, said"): no part of what was said, nor an appositive.
CONNECTIVE_ADVERBS: frozenset[str] = frozenset(
    """
    however though too meanwhile moreover also again still instead nevertheless nonetheless
    furthermore additionally likewise similarly anyway anyhow regardless besides
    """.split()
)
# Function words: never part of a name, even when capitalised at a sentence start.
FUNCTION_WORDS: frozenset[str] = (
    frozenset(
        """
    the a an and but or nor so yet for if when while although though because since as after
    before until unless whether where then than in on at by with from into onto of to about over
    under between through during without within against among across toward towards upon
    not no yes also even still just only now here there however meanwhile moreover instead
    indeed still later earlier yesterday today tonight tomorrow this that these those it
    what which who whom whose why how is are was were be been has have had do does did will
    would can could should may might must shall i we you me us him them my your having
    being
    """.split()
    )
    | SENTENCE_ADVERBS
    | OPENING_ADVERBS
)
# Conjunctions after which a clause, and its subject, begins: "But economists say ...".
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset(
    "but and or so yet because although though while whereas if when since as that after before "
    "until unless once".split()
)
# Lower-case words inside a name or a role ("Bank of America", "Ludwig van Beethoven").
NAME_CONNECTORS: frozenset[str] = frozenset("of for and the de del la le van von al bin".split())
# Acronyms of a person's job that are no `ROLE_NOUNS`, in lower case: after a place they
# name a person there ("The Toronto DJ", "a Calgary RN"), no body's branch ("Toronto FC").
ROLE_ACRONYMS: frozenset[str] = frozenset("dj djs md rn emt gm vp coo cto np".split())
# Letters after a British, Irish, Canadian or Australian name, in capitals: an office, a
# rank at the bar or an honour, no part of the name ("Priya Lennox MP", "Ann Hale KC", "Tom
# Rees OBE", counsel assisting an Australian commission "Fiona Kett SC", "Ed Roy MPP").
POST_NOMINALS: frozenset[str] = frozenset(
    "mp msp mla mpp mna mep td qc kc sc obe mbe cbe kbe dbe ao frs".split()
)
# The Irish particles that open a surname, written with a capital ("Seán Ó Briain", "Áine Ní
# Bhriain"); lower case here, as a name's key words are.
IRISH_PARTICLES: frozenset[str] = frozenset("ó ní nic uí".split())
# The clan names and landholders' styles of Pakistan and north India written before a man's
# given name ("Rana Shahid Iqbal", "Chaudhry Nisar Ali"): the given name after one tells the
# gender ("Rana" alone is a woman's given name too: "Rana Ayyub").
CLAN_PREFIXES: frozenset[str] = frozenset(
    """
    rana malik chaudhry chaudhary chaudhri mian syed sardar raja khawaja makhdoom pir mir
    nawabzada sahibzada rao
    """.split()
)
# Lower-case particles that open a surname, alone or in a run ("van der Berg", "de la Cruz",
# "bin Salman", the Filipino "Dela Cruz", the East African "ole Sankau", "arap Koech"), or
# joined to it by a hyphen ("al-Hassan").
NAME_PARTICLES: frozenset[str] = (
    frozenset(
        """
    van der den de del della dela delos di da du dos das von zu ter ten la le al el bin ibn
    abu ap ole arap
    """.split()
    )
    | IRISH_PARTICLES
)
HYPHENED_PARTICLES: frozenset[str] = frozenset("al el bin ibn abu".split())
# Lower-case particles elided onto a surname with an apostrophe: the French "Luc d'Amours",
# "Anne d’Arcy".
ELIDED_PARTICLES: frozenset[str] = frozenset({"d"})
# Languages a speaker may be reported speaking in: "said in French", "told the court in
# Mandarin through an interpreter", "said in Haitian Creole".
LANGUAGE_NAMES: frozenset[str] = frozenset(
    """
    English French Spanish Portuguese German Italian Dutch Catalan Basque Romanian Greek
    Russian Ukrainian Polish Czech Slovak Hungarian Serbian Croatian Bulgarian Swedish Danish
    Norwegian Finnish Icelandic Arabic Hebrew Farsi Persian Dari Pashto Turkish Kurdish Armenian
    Georgian Urdu Hindi Punjabi Bengali Tamil Gujarati Mandarin Cantonese Chinese Japanese
    Korean Vietnamese Thai Tagalog Indonesian Malay Swahili Amharic Somali Hausa Yoruba Creole
    Inuktitut Cree Ojibwe Mohawk Welsh Gaelic Irish
    """.split()
)
# Participles of a reporter's reaching people, before "by" and the outlet: "Parents reached
# by the Gazette said", "voters interviewed by The Canadian Press": the people speak.
CONTACT_PARTICIPLES: frozenset[str] = frozenset(
    "reached contacted interviewed surveyed polled questioned approached".split()
)
# The words opening a part of people counted, before a comma: "*Of* the 40 asked, 31 said",
# "*Among* those polled, most said".
PART_OPENERS: frozenset[str] = frozenset({"Of", "Among"})
# Determiners before a common-noun speaker ("the businessman", "another slide").
SPEAKER_DETERMINERS: frozenset[str] = frozenset(
    "the a an his her their its our my your another this that each one every many several some "
    "most few both no".split()
)
# Adjectives standing for what was said after "said the" ("said the same", "said the
# opposite"), never a speaker after an inverted cue.
SAID_ADJECTIVES: frozenset[str] = frozenset(
    "same opposite obvious following contrary reverse unthinkable unexpected rest".split()
)
# Adjectives a story uses as nouns after "the", no noun after them ("said the last", "said
# the poor"): no speaker's description, a class of people at most; so are participles in -ed
# ("said the injured", "said the tired") and ordinals ("the latter" is one of two people
# named: tokens._OF_TWO).
NOUN_ADJECTIVES: frozenset[str] = frozenset(
    """
    last next final previous other poor rich wealthy elderly young old sick dead living
    homeless jobless brave weary
    """.split()
)
# Nouns in -ly, no adverbs: "the family said", "a key ally warned", "a tally of 40".
LY_NOUNS: frozenset[str] = frozenset(
    """
    family supply italy ally rally assembly july monopoly anomaly bully belly homily lily
    jelly melancholy reply tally
    """.split()
)
# Words in -ly that are not adverbs: those nouns and the adjectives of how often or of age
# ("The weekly reported", "the elderly").
NOT_ADVERBS: frozenset[str] = LY_NOUNS | frozenset(
    """
    daily weekly monthly quarterly elderly yearly nightly hourly fortnightly biweekly
    """.split()
)
# Plurals of people with no "s" of their own, the one list of them: many who speak, whom a
# complement may describe ("Staff at a clinic in Leeds say", "Children at a school say").
PEOPLE_WITHOUT_S: frozenset[str] = frozenset(
    "people police personnel children men women staff".split()
)
# Plural speaker heads that do not end in -s.
PLURAL_HEADS: frozenset[str] = PEOPLE_WITHOUT_S | frozenset(
    "those many some several both data".split()
)
# The endings of demonyms in the plural, capitalised words naming a group of people by where
# they are from: "Canadians", "Europeans", "Americans", "Germans", "Cubans", "Kenyans",
# "Afghans" (speaker_kinds.DEMONYM_PLURAL).
DEMONYM_ENDINGS: tuple[str, ...] = ("ians", "icans", "eans", "mans", "bans", "yans", "ghans")
# Capitalised heads of a place or institution named with a possessive, whose possessive is
# part of the name: "Guy's Hospital", "St Mary's Hospital", "King's Cross", "Earl's Court".
POSSESSED_PLACE_HEADS: frozenset[str] = frozenset(
    """
    street square road gate bay island common hospital college church cathedral abbey chapel
    market wharf quay
    """.split()
)
# Such heads that are also surnames ("Samsung's Park", "Labour's Green"): a place's only
# after a saint's name ("St James's Park") or one of POSSESSED_PLACE_OWNERS ("Regent's Park").
SURNAME_PLACE_HEADS: frozenset[str] = frozenset(
    "park cross court lane bridge hill green field wood".split()
)
POSSESSED_PLACE_OWNERS: frozenset[str] = frozenset(
    "king queen regent earl prince princess lord lady bishop duke abbot".split()
)
# Capitalised heads of a shop's or an eatery's name after its owner's possessive, which the
# possessive is part of: "Brennick's Bakehouse", "Tilly's Hardware", "Mo's Diner" (one
# business, not "Acme's Tom Hale", someone of a body).
SHOP_NAME_HEADS: frozenset[str] = frozenset(
    """
    bakery bakehouse bakeshop diner cafe café restaurant pub tavern bistro grill deli eatery
    pizzeria kitchen hardware pharmacy drugstore grocery groceries garage salon barbershop
    bookstore bookshop brewery distillery winery bar
    """.split()
)
# Bodies a person has, that speak for that person: "his office", "her campaign", "his team".
PERSONAL_BODIES: frozenset[str] = frozenset("office campaign team staff family camp".split())
# Bodies that speak for the office holder named after "of": "the office of Premier Ann Lee",
# "the government of Prime Minister Tom Hale" (an organization, not the person).
HOLDERS_BODIES: frozenset[str] = frozenset("office campaign government administration".split())
# Those a person belongs to by birth or marriage, who speak for themselves, often for one
# who died: "the family of Ann Lee said" (the family, not Ann Lee).
KIN_BODIES: frozenset[str] = frozenset("family families relatives in-laws".split())
# Nouns of a harm that befell the people or things after their "of": "an inquest into the
# *death* of a worker said": the victim is no speaker, the body inquiring into it is.
HARM_EVENTS: frozenset[str] = frozenset(
    "death deaths killing killings murder murders drowning drownings disappearance shooting "
    "shootings stabbing stabbings injury injuries crash crashes collapse sinking derailment".split()
)
# A share of people, who speak as a group: "nine percent said", "41% said", "a majority say".
SHARE_HEADS: frozenset[str] = frozenset("percent cent % majority minority plurality".split())
# Plurals with no "s" of their own, which agree with a plural verb: "the agency's data show",
# "Police in Paris and Lyon said".
PLURALS_WITHOUT_S: frozenset[str] = PEOPLE_WITHOUT_S | frozenset(
    "data media criteria cattle".split()
)
# Quantifiers that stand alone for the people they count, as a subject: "Most said", "Many
# say", "Some told us".
COUNTED_ALONE: frozenset[str] = frozenset(
    "most many some several few both all half others dozens hundreds thousands".split()
)
# ... and with "those", the counts before "in" and a body they are part of, a group: "Some in
# the party fear", "Those in the administration say".
COUNTS_IN: frozenset[str] = COUNTED_ALONE | {"those"}
# Nouns after "a" that count the plural after them, a subject of many: "a few aides", "a
# dozen officials", "a hundred residents".
GROUP_QUANTITIES: frozenset[str] = frozenset(
    "few dozen couple handful score hundred thousand million billion lot number record".split()
)
# The words opening a relative clause on a place, a time or a thing, its subject after them:
# "a survey *in which* most said", "the meeting *where* 61 percent voted".
CLAUSE_RELATIVES: frozenset[str] = frozenset("which whom where".split())
# Words before a share's number when the share opens its clause as a subject: "*Only* 9
# percent said", "*while* 73 percent said", "*after* 91 per cent of members voted", "a poll
# *in which* 82 per cent said" (not "received 38 percent support", "and 1 percent").
SHARE_LEADS: frozenset[str] = (
    frozenset("only just about nearly almost some roughly around another whereas than".split())
    | SUBORDINATORS
    | CLAUSE_RELATIVES
)
# Demonyms in the plural that end in "-is", as names do ("Paris", "Lewis"): known one by one,
# "Iraqis", "Israelis", "Saudis", "Pakistanis".
DEMONYMS_IN_IS: tuple[str, ...] = tuple(
    """
    Iraqis Israelis Saudis Somalis Yemenis Emiratis Kuwaitis Omanis Qataris Bahrainis
    Pakistanis Bangladeshis Azeris Nepalis Thais Punjabis Sindhis Kashmiris Bengalis Gujaratis
    """.split()
)
# Peoples named in the plural by their own name, most with no plural ending ("The Dene say",
# "the Haida argued", "Inuit said"), some with one no demonym ending tells ("Kurds",
# "Uyghurs": listed for `DEMONYM_PLURAL`; as a head their -s makes them plural already):
# Indigenous nations and peoples without a state, known one by one, a group when they stand
# alone as the speaker.
PEOPLES_NAMED_PLURAL: tuple[str, ...] = tuple(
    """
    Inuit Cree Dene Innu Haida Métis Metis Mi'kmaq Mi’kmaq Ojibwe Ojibwa Anishinaabe
    Haudenosaunee Gitxsan Nisga'a Nisga’a Wet'suwet'en Wet’suwet’en Tsilhqot'in Tsilhqot’in
    Secwepemc Heiltsuk Tlingit Naskapi Maori Māori Sami Sámi Kurds Uyghurs Rohingya
    """.split()
)
# The ensembles of performers, a named one called again by its noun ("The band Hollow Pines
# said ... “...,” the band said"; "Kesh, a Dublin trio, said ... the trio said").
ENSEMBLE_NOUNS: frozenset[str] = frozenset(
    "band orchestra choir troupe ensemble duo trio quartet".split()
)
# Nouns singular in form for a body of people, speaking as one: "the family said", "the jury
# found", "the defence argued" (a group, not a person).
COLLECTIVE_HEADS: frozenset[str] = (
    frozenset(
        "family families jury juries defense defence prosecution crew couple pair crowd".split()
        # the crews of a fire or a utility, who report as one: "Crews said the line held"
        + ["crews"]
        # the performers and audiences of the arts: "the band said", "the cast told"
        + [*ENSEMBLE_NOUNS, "cast", "audience"]
        # a union's or a workplace's people: "the union's leadership told members"
        + "leadership membership workforce staff".split()
        # a place's guards, who speak as one: "Airport security said", "campus security"
        + ["security"]
        # researchers and crews who report as one: "the team found", "an international team"
        + "team teams".split()
        # experts convened to advise, who vote and report as one: "the advisory panel voted"
        + "panel panels".split()
        # a people by its ties: "the community says", "the tribe has sued"
        + "community communities tribe tribes clan clans".split()
        # what is left of a group counted before: "nine percent were undecided; the rest said"
        + "rest remainder".split()
        # the parties against a government, speaking as one: "the opposition said", "the
        # Opposition demanded" (Westminster's Official Opposition)
        + "opposition".split()
    )
    | ARMED_DESCRIPTION_HEADS
)  # "the militia denied", "the cartel said", "the front said"
# Time adverbs that are adjectives before a noun: "*earlier* studies have found".
TIME_MODIFIERS: frozenset[str] = frozenset("earlier later".split())
# Prepositions joining a role noun to its complement ("experts on North Korea").
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset("on of at for from with in".split())
# Words before an office's title that are no name: "a spokesperson for *federal* Health
# Minister Ann Lee", "an aide to *former* Mayor Tom Hale".
OFFICE_MODIFIERS: frozenset[str] = frozenset("federal provincial former acting interim".split())
# Words of where in a region, before its name: "nurses in *northern* Ontario", "farmers in
# *rural* Manitoba", "shoppers in *nearby* Hilton".
PLACE_MODIFIERS: frozenset[str] = frozenset(
    """
    north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western northeast northwest southeast southwest north-east north-west south-east
    south-west far upstate downstate rural suburban coastal downtown inner outer greater
    nearby neighbouring neighboring
    """.split()
)
# Prepositions of place and direction: after a past participle describing people, where
# they are ("passengers stranded at Heathrow", "troops deployed to the border").
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    """
    in at on near outside inside across along around through behind beside within throughout
    into onto to from past toward towards over under beyond
    """.split()
)
# Prepositions of the place or the body one went to, stood at or spoke before, their noun no
# speaker of a participle after it and a time ("spoke *at* the council on Monday urging",
# "appeared *before* the committee on Tuesday warning"); not "from", a source's ("a petition
# from residents last week demanding").
VENUE_PREPOSITIONS: frozenset[str] = (PLACE_PREPOSITIONS - {"from"}) | {"before"}
# Pasts of standing, gathering or appearing somewhere (Levin's verbs of spatial configuration
# and of assembly): their place's noun is no speaker of a participle right after it ("stood
# outside the court accusing", "gathered at the gates demanding": the subject's words).
SCENE_VERB_PASTS: frozenset[str] = frozenset(
    """
    stood sat knelt waited gathered assembled rallied marched protested demonstrated
    camped appeared trooped stormed rushed thronged converged streamed swarmed flocked
    """.split()
)
# The prepositions of the place such a verb stands or gathers at, not of a person beside whom
# ("stood *beside* a neighbour shouting": the neighbour's).
STANDING_PREPOSITIONS: frozenset[str] = frozenset(
    "outside at in inside on before across through along around into to towards toward".split()
)
# Prepositions after a present participle describing people by where they are or whom they
# address: "residents living near the river", "officials speaking to Reuters" (the place or
# the listener, never the speaker).
PARTICIPLE_PREPOSITIONS: frozenset[str] = (
    COMPLEMENT_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset("against among amid alongside".split())
)
# Roles whose complement opens with "to" ("Russia's ambassador to Peru", "an adviser to the
# emir").
TO_ROLES: frozenset[str] = frozenset(
    "ambassador ambassadors envoy envoys adviser advisers advisor advisors aide aides "
    "emissary emissaries delegate delegates counselor counsellor consultant consultants".split()
)
# Malaysian honours and the honorifics of a pilgrim or a descendant of the Prophet: titles of
# courtesy ("Datuk Ali", "Haji Musa").
_HONOURS = "datuk dato datin tun tan puan haji hajjah sayyid"
# Titles written before a name; the period is optional in the text ("Gen." or "Gen").
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev fr gen lt col maj capt cpt sgt adm cmdr
    det insp supt ofc const coun cllr ald
    brig cpl pvt sen rep gov lt-gen maj-gen brig-gen rabbi imam sheikh pope st hon judge
    justice justices judges president vice prime chancellor king queen prince princess emperor
    sultan emir
    ayatollah pastor father sister brother bishop cardinal archbishop patriarch monsignor
    mufti deacon reverend msgr abbot abbess mullah
    speaker
    baron baroness countess viscount duchess
    alhaji alhaja mallam otunba comrade mama shri smt thiru
    kgosi kgosigadi inkosi induna ntate mme
    hojatoleslam
    sp asp dsp csp acp dcp cp igp aig dig
    """.split()
    + _HONOURS.split()
)
# The police ranks of South Asia by their initials, and the wings of the force a rank may
# name after it before its holder ("SSP Operations Ayesha Khalid", "DIG Investigation Ravi
# Nair"): the wing is the office's, no word of the name. Not the bare "IG": a union's or a
# company's initials too ("IG Metall said", "IG Group said"); "IGP" is the rank.
POLICE_RANKS: frozenset[str] = frozenset(
    "sp asp dsp csp ssp acp dcp cp igp aig dig adgp dgp ccpo cpo dpo rpo sho".split()
)
POLICE_WINGS: frozenset[str] = frozenset(
    """
    operations investigation investigations traffic security headquarters admin
    administration crime crimes legal training
    """.split()
)
# Bodies named by a number after their noun ("Teamsters Local 12"), a name's head though a
# number ends it.
NUMBERED_BODIES: frozenset[str] = frozenset({"local"})
# Bodies made of their members, whose plural may follow "of": "a coalition of dairy
# farmers", "the College of General Practitioners", "the Guild of Master Bakers" (one
# organization). Not a quantity or a troupe ("an army of volunteers", "a company of actors",
# "a group of nurses": people as a group), nor a bank or a firm.
MEMBERS_BODIES: frozenset[str] = frozenset(
    """
    academy alliance assembly association board bloc brotherhood caucus chamber chapter club
    co-op co-operative coalition collective college committee confederation conference congress
    consortium cooperative coop corps council federation forum fraternity guild institute
    institution league network order partnership society syndicate synod union
    """.split()
)
# Bodies of people counted after "of" ("a group of 40 doctors", "a coalition of 12 charities",
# "a team of 30 scientists"): the count and its plural are the body's complement, one phrase.
COUNTED_BODIES: frozenset[str] = MEMBERS_BODIES | frozenset(
    "group team panel crew delegation cohort contingent".split()
)
# Words that make a rank of the military or police title after them, one role with it:
# "Master Sgt.", "Staff Sgt.", "Lance Cpl.", "Chief Master Sgt.", "Detective Sgt." (not the
# "master" of "harbour master").
RANK_MODIFIERS: frozenset[str] = frozenset("master staff lance first command detective".split())
# ... and with them "Chief" before an abridged title, one rank of police or the forces:
# "Chief Const.", "Chief Insp.", "Chief Supt.", "Chief Petty Officer" (a style title before a
# name: `STYLE_TITLES`).
TITLE_GRADING_WORDS: frozenset[str] = RANK_MODIFIERS | frozenset({"chief"})
# Military ranks, spelled out or abridged, and the words that grade them ("Rear Admiral",
# "Lieutenant General", "Lt. Col."): a rank alone before a name yields to the office an
# appositive gives ("General Ana Ruiz, the army's chief of staff").
MILITARY_RANKS: frozenset[str] = (
    frozenset(
        """
    general admiral colonel lieutenant brigadier captain sergeant commander major corporal
    private marshal commodore vice rear gen lt col maj capt cpt sgt adm cmdr brig cpl pvt
    lt-gen maj-gen brig-gen
    """.split()
    )
    | RANK_MODIFIERS
)
# Ranks and titles spelled out that a name may carry after a role in lower case ("Police
# spokesperson Colonel Ann Lee", "the provincial manager Advocate Ann Lee", a South African
# counsel's title): the name's, no part of the role.
RANKS_AFTER_ROLE: frozenset[str] = MILITARY_RANKS | frozenset({"advocate"})
# Titles only before their office's noun ("Prime Minister Ann Lee"), a name's word elsewhere
# ("Harlan Prime Meats").
BOUND_TITLES: dict[str, frozenset[str]] = {
    "prime": frozenset({"minister", "ministers"}),
    "tan": frozenset({"sri"}),  # Malaysian "Tan Sri"; "Tan" alone is a surname
}
# Titles of birth, chieftaincy or calling a person holds besides an office ("the state
# governor, Prince Ade Bello", "the party chairman, Chief Emeka Obi", "the commissioner,
# Pastor Ada Eze"): an office apposed before the name outranks them as the role. (Not after
# it: "Chief Dana Roe, the head of the fire service," is a fire chief by rank.)
STYLE_TITLES: frozenset[str] = frozenset("prince princess chief pastor".split())
# The participles by which a court report opens counsel's words, and the role each tells:
# "Prosecuting, Ms Ann Vane told the court", "Defending, Mr Tom Grant said".
COUNSEL_PARTICIPLES: dict[str, str] = {
    "prosecuting": "prosecutor",
    "defending": "defence counsel",
    "mitigating": "defence counsel",
}
# Titles of an academic's or a cleric's calling ("Professor", "the Rev.", "Imam"), a role
# when nothing else gives one; an office apposed to the name outranks them, as it does a
# rank ("Professor Ian Ward, head of physics," is the head of physics).
CALLING_TITLES: frozenset[str] = frozenset(
    "professor rev reverend pastor father fr imam rabbi sheikh".split()
)
# The grades of a clergy's or a peer's title, before it: "the Very Rev.", "the Most Rev.",
# "the Right Hon.", "Rt. Hon.", "the Rt Rev": no role of their own.
TITLE_GRADES: frozenset[str] = frozenset("very most right rt".split())
# The second words of two-word titles, each a title only after its first ones (Malaysian
# "Tan Sri", "Datuk Seri"), a name's word elsewhere ("Sri Lanka", "Sri Mulyani").
TITLE_SECONDS: dict[str, frozenset[str]] = {
    "sri": frozenset({"tan", "datuk", "dato", "puan"}),
    "seri": frozenset({"datuk", "dato"}),
}
# The courtesy titles that stand only before a surname, whatever its word: "Ms King", "Mr
# Bishop", "Mrs. Judge" (a surname that is a role or title elsewhere).
SURNAME_TITLES: frozenset[str] = frozenset("mr mrs ms miss mx".split())
# ... but before an office they address its holder by it, no surname: "Mr Speaker", "Madam
# Chair", "Mr President", "Mr Mayor".
ADDRESSED_OFFICES: frozenset[str] = frozenset(
    """speaker president chairman chairwoman chairperson chair mayor premier minister
    governor commissioner ambassador secretary""".split()
)
# Titles of courtesy, which say nothing of what a person does ("Dr. Ann Lee", "Mr. Hale"): no
# role, unlike the titles of an office or a rank ("Gov.", "Sen.", "Gen.").
# Honorifics of Africa and South Asia, the same: "Alhaji Musa Bello", "Comrade Ada Eze" (of a
# labour leader), "Mama Rehema Otieno" (an elder woman), "Shri R. Nair".
COURTESY_TITLES: frozenset[str] = SURNAME_TITLES | frozenset(
    "dr prof sir dame hon st alhaji alhaja mallam otunba comrade mama shri smt thiru".split()
    + _HONOURS.split()
)
# Abbreviations that do not end a sentence when followed by a period.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sr jr st gen lt col maj capt cpt sgt adm cmdr brig cpl pvt sen rep gov
    sens reps govs det insp supt ofc const coun cllr ald msgr rt
    rev fr hon mt ft no nos vs etc inc corp ltd co bros dept univ est approx jan feb mar apr smt
    jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m i.e e.g
    """.split()
)
# Participles of what a speaker fears, wants or holds, which open a clause of its own in an
# appositive ("a worker, fearing retaliation, said"), never a role as "acting director" does.
MOTIVE_PARTICIPLES: frozenset[str] = frozenset(
    "fearing dreading citing requesting wanting hoping wishing preferring wearing holding "
    "clutching carrying".split()
)
# Participles of speaking to someone, which open a clause of their own in an appositive ("an
# official, briefing reporters on condition that he not be named, said"), never a role.
ADDRESSING_PARTICIPLES: frozenset[str] = frozenset(
    "briefing addressing telling informing assuring reminding".split()
)
# Of `ABBREVIATIONS`, those that are one only in title case, an acronym in capitals ending a
# sentence ("Rt. Hon.", not "a story on RT.").
TITLE_CASE_ABBREVIATIONS: frozenset[str] = frozenset({"rt"})
# Abbreviations that open a place's name ("of St. Paul", "in Mt. Vernon"), not a title.
PLACE_ABBREVIATIONS: frozenset[str] = frozenset("st mt ft".split())
# Abbreviations of "number", abbreviations only before one: "No. 5", not "voted no. Then".
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"no", "nos"})
# The letters a measure is written in after its number and a space, no initial: "reach 40 C.",
# "hit 104 F.", "rose 2 m.", "weighs 5 g.".
UNIT_LETTERS: frozenset[str] = frozenset("C F K m g l L s".split())
# The endings of a noun for someone by what they do ("singer", "sculptor", "cellist",
# "historian"), which between "the" and a name is that person's role ("the singer Ann
# Lee"); and the words with such an ending that tell no occupation ("the younger Lee").
AGENT_NOUN_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian")
NOT_AGENT_NOUNS: frozenset[str] = frozenset(
    """
    former latter other another elder older younger earlier later lesser greater bigger
    smaller taller richer poorer newer stronger wiser either neither whether never ever over
    under after rather together further minor major prior senior junior superior inferior
    interior exterior utter sister brother mother father daughter
    """.split()
)
# Given names of given_names.py written with a capital inside ("DeShawn Carter", "LaToya
# Reed"): a name opens with them as spelt so, not as "Deshawn".
INNER_CAPITAL_SPELLINGS: frozenset[str] = frozenset(
    "DeAndre DeMarcus DeShawn DeVonte LaShonda LaToya".split()
)
# Sports roles ("Coach Ana Ruiz said", "the midfielder told reporters"); words that are also
# adverbs or common nouns elsewhere ("forward", "guard", "back", "center") are left out.
SPORTS_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    coach coaches captain captains player players striker strikers midfielder midfielders
    defender defenders goalkeeper goalkeepers goalie winger wingers quarterback pitcher
    referee referees umpire athlete athletes teammate teammates sprinter marathoner
    cyclist swimmer jockey footballer footballers goaltender goaltenders netminder
    netminders defenceman defencemen defenseman defensemen blueliner blueliners rookie
    rookies linebacker linebackers cornerback cornerbacks shortstop shortstops outfielder
    outfielders infielders infielder reliever relievers champion champions boxer boxers
    golfer golfers skier skiers wrestler wrestlers rower rowers skater skaters swimmers
    cyclists sprinters jockeys batsman batsmen bowler bowlers judoka judokas fencer fencers
    weightlifter weightlifters gymnast gymnasts hurdler hurdlers triathlete triathletes
    decathlete heptathlete biathlete biathletes snowboarder snowboarders canoeist canoeists
    kayaker kayakers marathoners
    centre-back centre-backs center-back center-backs full-back full-backs fullback fullbacks
    left-back right-back wing-back wing-backs centre-half center-half centre-forward
    center-forward playmaker playmakers signing signings
    selector selectors left-hander left-handers right-hander right-handers all-rounder
    all-rounders allrounder allrounders wicketkeeper wicketkeepers wicket-keeper paceman
    pacemen pacer pacers spinner spinners seamer seamers
    slugger sluggers catcher catchers kicker kickers punter punters lineman linemen tailback
    tailbacks halfback halfbacks freshman sophomore scorer scorers rusher rushers passer
    passers all-star all-stars
    """.split()
)
# ... of which these are an act's nouns too, before "of" its object's ("The signing of the
# treaty showed", not a player of the treaty's).
ACT_ROLE_NOUNS: frozenset[str] = frozenset("signing signings".split())
# The players' positions (of the roles above, and "forward" of those below): a description
# by one ("the veteran defenceman said", "the rookie told reporters") is of the player just
# named, as one by age is.
PLAYER_POSITIONS: frozenset[str] = frozenset(
    """
    striker midfielder defender goalkeeper goalie winger quarterback pitcher goaltender
    netminder defenceman defenseman blueliner rookie linebacker cornerback shortstop
    outfielder infielder reliever forward international playmaker signing left-hander
    right-hander all-rounder allrounder wicketkeeper wicket-keeper paceman pacer spinner seamer
    batsman bowler slugger catcher kicker punter lineman tailback halfback freshman sophomore
    scorer rusher passer all-star
    """.split()
)
# A team's roles its players hold besides a position: "Captain Nora Vance" is a player.
PLAYER_CAPTAINCIES: frozenset[str] = frozenset({"captain", "co-captain", "alternate captain"})
# ... of which these are other trades' nouns too ("the public defender", "the striker" on a
# picket line): a player's only after a player's modifier or a team's name ("the veteran
# defender", "the Arsenal striker").
SHARED_POSITIONS: frozenset[str] = frozenset("defender striker international".split())
# ... and a past one's, only with a team's or a country's name: "the former England defender",
# "the former Ireland international" (not "the former defender", a lawyer perhaps).
FORMER_PLAYER_MODIFIERS: frozenset[str] = frozenset({"former"})
# The words that make "guard" or "centre" a player's position in such a description ("the
# veteran centre", "the rookie guard"; not "the crossing guard", "the centre").
PLAYER_MODIFIERS: frozenset[str] = frozenset(
    "veteran young rookie star starting backup reserve all-star".split()
)
# ... and those left out, roles only right after a team's place or name ("the Phoenix guard",
# "Chris Paul Phoenix guard": no third given name).
PLAYING_POSITIONS: frozenset[str] = frozenset("guard guards forward forwards center centre".split())
# Positions of two words, a player's whatever precedes them ("the centre back said", "the
# point guard told reporters"; not "the back" nor "the guard" alone).
PLAYER_COMPOUND_POSITIONS: frozenset[str] = frozenset(
    """
    centre-back center-back full-back fullback left-back right-back wing-back centre-half
    center-half centre-forward center-forward
    """.split()
    + [
        "centre back",
        "center back",
        "full back",
        "left back",
        "right back",
        "wing back",
        "point guard",
        "shooting guard",
        "small forward",
        "power forward",
        "left winger",
        "right winger",
        "left wing",
        "right wing",
        "holding midfielder",
        "centre half",
        "center half",
        "tight end",
        "wide receiver",
        "running back",
        "relief pitcher",
        "starting pitcher",
        "third baseman",
        "first baseman",
        "second baseman",
        "defensive back",
        "defensive end",
        "defensive tackle",
        "offensive lineman",
        "left tackle",
        "right tackle",
    ]
)
# A person described by where they come from, after the place's name ("the Kelowna native
# said", "the Oakville product told reporters"): the one just named, as by an age.
ORIGIN_NOUNS: frozenset[str] = frozenset("native product".split())
# Roles in the arts and entertainment ("director Ana Ruiz said", "her co-star, Tom Hale,");
# words that are common surnames ("Singer", "Painter") or names of works and outlets ("Star",
# "Artist") are left out.
ARTS_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    actor actors actress actresses co-star co-stars costar costars filmmaker filmmakers
    producer producers screenwriter screenwriters playwright playwrights novelist novelists
    poet poets singer-songwriter songwriter songwriters rapper rappers musician musicians
    composer composers vocalist vocalists guitarist guitarists drummer drummers bassist
    bassists frontman frontwoman bandmate bandmates choreographer comedian comedians
    showrunner publicist curator curators archivist archivists archaeologist archaeologists
    anthropologist anthropologists auctioneer co-author co-authors elder elders
    fan fans concertgoer concertgoers moviegoer moviegoers singer singers
    presenter presenters stylist stylists dancer dancers podcaster podcasters youtuber
    youtubers socialite socialites contestant contestants housemate housemates viewer viewers
    follower followers
    """.split()
)
# The people around a celebrity whom tabloids quote unnamed ("pals say", "a friend of the
# couple told"), as roles and anonymous heads both.
CIRCLE_NOUNS: frozenset[str] = frozenset(
    """
    friend friends pal pals bestie besties confidant confidants confidante confidantes associate
    associates
    """.split()
)
# Roles in technology and its markets ("said a former engineer", "a venture capitalist").
TECH_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    engineer engineers developer developers programmer programmers coder coders designer
    designers technician technicians hacker hackers creator creators
    influencer influencers user users customer customers subscriber subscribers
    entrepreneur entrepreneurs cofounder cofounders capitalist capitalists
    buyer buyers shopper shoppers gamer gamers
    """.split()
)
# People of online platforms and games ("one commenter wrote", "the streamer said").
ONLINE_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    streamer streamers livestreamer livestreamers commenter commenters vlogger vloggers
    tiktoker tiktokers modder modders playtester playtesters speedrunner speedrunners
    """.split()
)
# People of crime and policing news ("a cashier at the store said", "Special Agent Ana
# Ruiz"); words that are common surnames ("Cook", "Driver", "Foreman") or also other nouns
# ("guard") are left out.
CRIME_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    trooper troopers agent agents suspect suspects victim victims bystander bystanders
    passerby passersby motorist motorists pedestrian pedestrians cashier cashiers bartender
    bartenders janitor janitors shopkeeper shopkeepers inmate inmates prisoner prisoners
    detainee detainees informant informants survivor survivors landlord landlords tenant
    tenants roommate roommates coworker coworkers co-worker co-workers
    """.split()
)
# People of migration news, by how they came or what they do on the way ("a migrant from
# Haiti, Jean, said", "the smuggler told them", "a teenager who gave his name as Omar"). Left
# out: words that are common surnames ("Farmer", "Shepherd", "Carpenter"); "refugee", a word
# of agencies' names ("the Refugee Processing Center"); the plurals of "migrant" and
# "immigrant", the objects of complements more often than heads ("opponents of migrants").
MIGRATION_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    asylum-seeker asylee deportee evacuee returnee smuggler trafficker interpreter translator
    farmworker laborer labourer volunteer teenager welder mechanic
    """.split()
    for plural in ("", "s")
) | frozenset(("migrant", "immigrant"))
# People of transport and its accidents ("said the pilot, Ana Ruiz", "a passenger who asked
# not to be named", "the conductor told investigators"); "driver", "porter" and "mariner",
# common surnames, are left out.
TRANSPORT_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    pilot co-pilot copilot aviator controller conductor trucker commuter passenger traveler
    traveller crewmember deckhand sailor seafarer skipper navigator attendant motorcyclist
    mariner docker dockworker stevedore harbourmaster harbormaster broker shipbroker rescuer
    lifeguard fisher purser loadmaster
    """.split()
    for plural in ("", "s")
) | frozenset(
    # the sea's singulars only: a plural in "-men" before a place stays a group of its own
    # word ("Fishermen in the delta say")
    """crewman crewmen helmsman motorman stewardess stewardesses seaman longshoreman
    fisherman master""".split()  # "the harbour master", "the ship's master"
)
# Roles in schools and universities ("Provost Ana Ruiz wrote", "the principal told parents",
# "Maya, a fifth-grader,"); "dean" is left out, a given name too ("Dean Hale said"), and so are
# "junior" and "senior", adjectives of rank too ("a senior official").
EDUCATION_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    provost provosts vice-provost principal principals headmaster headmasters headmistress
    headteacher headteachers vice-chancellor lecturer lecturers instructor instructors educator
    educators schoolteacher schoolteachers librarian librarians tutor tutors pupil pupils
    freshman freshmen sophomore sophomores undergraduate undergraduates kindergartner
    kindergartners regent regents counselor counselors counsellor counsellors
    """.split()
) | frozenset(
    f"{ordinal}-grader{plural}"
    for ordinal in "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth".split()
    for plural in ("", "s")
)
# The experts and clients of service journalism, on money, homes and health ("says Ana Ruiz,
# a certified financial planner", "Toronto-based realtor Ana Ruiz", "a renter in Burnaby").
ADVICE_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    planner realtor appraiser actuary accountant bookkeeper underwriter preparer paralegal
    notary executor trainer physiotherapist kinesiologist chiropractor optometrist dietician
    gerontologist homeowner renter
    """.split()
    for plural in ("", "s")
)
# Verbs of holding an office in a relative clause, and the office's noun: "Ann Lee, who chairs
# the board," is the board's chair.
OFFICE_VERBS: dict[str, str] = {
    "chairs": "chair", "co-chairs": "co-chair", "heads": "head", "leads": "leader",
    "directs": "director", "manages": "manager", "coordinates": "coordinator",
    "commands": "commander",
}  # fmt: skip
# Experts a fact-check or an explainer quotes on the evidence ("criminologist Ana Ruiz said",
# "a demographer at the university"); "chemist", a shop too, is left out.
EXPERT_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    criminologist demographer statistician mathematician fact-checker factchecker
    climatologist meteorologist hydrologist seismologist geologist volcanologist toxicologist
    pharmacologist microbiologist biologist ecologist geneticist neuroscientist linguist
    geographer oceanographer astronomer nutritionist dietitian scholar forecaster
    paleontologist palaeontologist geochemist geophysicist biochemist glaciologist
    hydrogeologist limnologist physiologist
    """.split()
    for plural in ("", "s")
)
# The specialists, trial staff and reviewers of medicine and its regulation ("neurologist Ana
# Ruiz said", "agency reviewers said", "a biostatistician at the university").
MEDICAL_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    neurologist endocrinologist hematologist haematologist gastroenterologist dermatologist
    rheumatologist nephrologist pulmonologist radiologist anesthesiologist anaesthetist
    obstetrician gynecologist gynaecologist urologist pathologist ophthalmologist hepatologist
    geriatrician internist neurosurgeon surgeon biostatistician bioethicist ethicist trialist
    reviewer allergist cardiologist oncologist
    """.split()
    for plural in ("", "s")
)
# The crews and scientists of space missions ("astronaut Ana Rey said", "an astrophysicist at
# the institute"), titles before a name too.
SPACE_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    astronaut cosmonaut taikonaut spacewalker crewmate astrophysicist astrobiologist
    astrochemist cosmologist planetologist
    """.split()
    for plural in ("", "s")
)
# People who work with wildlife, land and water, who study it, hunt or fish it, lawfully or
# not ("ranger Ann Lee said", "a herder in the valley", "a poacher", "Angler Bob Roy said",
# "trapper Ed Tait"); "farmer", "fisher" and "hunter", surnames and given names too, are
# left out, "outfitter" too (a shop's name: "Kestrel Outfitters"), and so are the plurals in
# "-men", groups by their place ("Fishermen in the bay say").
NATURE_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    ranger gamekeeper forester conservationist naturalist zoologist ornithologist
    primatologist entomologist botanist herpetologist ichthyologist veterinarian zookeeper
    herder beekeeper rancher poacher angler trapper birder
    """.split()
    for plural in ("", "s")
) | frozenset(("chieftain", "chieftains"))
# The people of the outdoors whom searches are for and who carry them out: "veteran climber
# Ann Lee said", "cave diver Rhodri Pugh", "Lee, a kayaker,", "a searcher said" (not "guide",
# a document's word too, nor "walker", a surname). Person roles only (`PERSON_ROLES`), not
# ROLE_NOUNS, whose patterns they would lengthen at a cost of 1% of extraction time.
RESCUE_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    diver caver spelunker climber mountaineer hiker backpacker trekker kayaker canoeist surfer
    boater snowmobiler paraglider angler searcher coxswain
    """.split()
    for plural in ("", "s")
)
# The people of travel and of the trades that lodge and serve them: "Femke, a Dutch tourist,
# said", "Ana, a holidaymaker from Porto,", "the hotelier said" (not "guide", a document's
# word too, nor "vendor" or "caterer", a firm's). Person roles only (`PERSON_ROLES`), as
# `RESCUE_ROLE_NOUNS`.
TRAVEL_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    tourist holidaymaker vacationer sightseer day-tripper daytripper holidaygoer cruisegoer
    sunbather hotelier innkeeper concierge chambermaid bellhop doorman busker pilgrim
    """.split()
    for plural in ("", "s")
)
# The mines' trades and their villages: "coal miner Tomas Ruiz", "the prospector said".
MINING_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in "miner prospector driller surveyor metallurgist villager".split()
    for plural in ("", "s")
) | frozenset(("headman", "headmen"))
# Clergy by their office, titles before a name too ("Bishop Ana Rey"), roles in a description
# ("the bishop of the diocese, Ana Rey,", "the imam of the mosque said").
CLERGY_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    bishop archbishop imam rabbi cleric priest cardinal sheikh mufti patriarch ayatollah
    monsignor chaplain vicar curate rector deacon archdeacon
    """.split()
    for plural in ("", "s")
)
# The lay people and lay offices of a congregation ("worshippers at the mosque said", "a
# churchwarden from the parish told").
CONGREGATION_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    worshipper parishioner congregant churchgoer churchwarden verger chorister organist
    seminarian
    """.split()
    for plural in ("", "s")
)
# Offices of parliaments and multilateral bodies, and the shared offices of a group ("the
# rapporteur, Ana Ruiz, said", "the party's co-chair said", "an under-secretary-general",
# "Tory backbencher Ann Vale said", "a Labour whip said", a party's "co-spokesperson").
INSTITUTION_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    rapporteur co-rapporteur co-chair vice-chair co-leader co-president vice-chairman
    co-spokesperson co-spokesman co-spokeswoman
    vice-chairwoman deputy-director under-secretary-general assistant-secretary-general
    delegate sherpa backbencher frontbencher peer whip parliamentarian convener convenor
    """.split()
    for plural in ("", "s")
)
# People who work the land ("a smallholder near Keston said", "growers warned"); "farmer"
# and "grower", a surname and a firm's trade too, only in the plural ("farmers said").
FARM_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    agronomist smallholder crofter sharecropper farmworker farmhand grazier
    """.split()
    for plural in ("", "s")
) | frozenset(("farmers", "growers"))
# People who make or serve food and drink ("the head winemaker, Lucy Pham,", "a chef in
# Lyon said"); not "baker", "cook", "brewer" or "butcher", common surnames, nor "vintner", a
# word of companies' names ("Vintner Brands").
FOOD_ROLE_NOUNS: frozenset[str] = frozenset(
    f"{noun}{plural}"
    for noun in """
    chef sous-chef winemaker viticulturist sommelier distiller barista bartender
    restaurateur
    """.split()
    for plural in ("", "s")
)
# Role nouns: a person or group described by what they do ("spokesman", "officials").
# The works that end a company's name and are surnames too ("Brackton Mills", "Orr Steel"):
# no sign of a person alone, after a given name no list knows.
WORKS_NAMES: frozenset[str] = frozenset(
    "mills works foundry forge steel brewery distillery quarry shipyard colliery".split()
)
# The offices of a crown (in ROLE_NOUNS), also the last word of companies' names ("Burger
# King", "Dairy Queen") and of people's ("Dana King").
CROWN_OFFICES: frozenset[str] = frozenset(
    "king queen prince princess emir sultan monarch emperor empress".split()
)
_ROLE_WORDS: frozenset[str] = (
    SPORTS_ROLE_NOUNS
    | INSTITUTION_ROLE_NOUNS
    | EXPERT_ROLE_NOUNS
    | MEDICAL_ROLE_NOUNS
    | SPACE_ROLE_NOUNS
    | NATURE_ROLE_NOUNS
    | MINING_ROLE_NOUNS
    | CLERGY_ROLE_NOUNS
    | CONGREGATION_ROLE_NOUNS
    | ARTS_ROLE_NOUNS
    | TECH_ROLE_NOUNS
    | ONLINE_ROLE_NOUNS
    | CRIME_ROLE_NOUNS
    | MIGRATION_ROLE_NOUNS
    | EDUCATION_ROLE_NOUNS
    | TRANSPORT_ROLE_NOUNS
    | FARM_ROLE_NOUNS
    | FOOD_ROLE_NOUNS
    | ADVICE_ROLE_NOUNS
    | CIRCLE_NOUNS
    # the offices of a crown, roles as a governor's is ("The Emir of Qatar, Sheikh Tamim,");
    # not their plurals, words of places ("Kings Cross")
    | CROWN_OFFICES
    | frozenset(
        # the deputies of an office by its hyphened noun: "Vice-Premier Song Yiping said"
        """
    vice-premier vice-premiers vice-presidents vice-minister vice-ministers vice-chairman
    vice-chairwoman vice-chair vice-governor vice-mayor vice-speaker
    """.split()
    )
    | frozenset(
        """
    minister ministers president vice-president premier chancellor secretary spokesman
    spokeswoman spokesperson spokespeople spokesmen chief chiefs commander commander-in-chief
    commanders general admiral officer officers official officials director directors head
    chairman chairwoman chair chairperson ceo cfo founder co-founder executive executives
    leader leaders governor governors senator senators representative representatives congressman
    congresswoman lawmaker lawmakers legislator legislators mayor mayors ambassador envoy
    ambassadors envoys
    diplomat diplomats adviser advisers advisor advisors aide aides analyst analysts expert
    experts specialist specialists economist economists scientist scientists researcher
    researchers professor
    pollster pollsters strategist strategists consultant consultants lawyer lawyers attorney
    attorneys prosecutor prosecutors judge judges candidate nominee nominees host anchor
    journalist journalists reporter reporters editor editors columnist commentator
    correspondent critic critics supporter supporters ally allies opponent opponents
    successor successors predecessor predecessors mentor mentors protege protégé
    activist activists advocate advocates observer observers witness witnesses
    resident residents voter voters
    source sources insider insiders staffer staffers member members manager managers
    partner partners owner owners investor investors trader traders banker bankers
    doctor doctors physician physicians practitioner practitioners nurse nurses
    teacher teachers student students
    worker workers employee employees veteran veterans soldier soldiers troops police
    policeman policemen authorities authority investigators investigator regulators
    negotiator negotiators mediator organizer organizers organiser spokesperson
    secretary-general president-elect deputy deputies counsel commissioner commissioners
    coroner coroners sheriff sheriffs magistrate magistrates detective detectives juror jurors
    constable constables warden wardens bailiff bailiffs barrister barristers solicitor
    solicitors defendant defendants plaintiff plaintiffs
    inspector inspectors auditor auditors physicist historian historians
    ombudsman ombudsmen ombudswoman ombudsperson ombudspersons ombudspeople
    sociologist psychologist biographer author authors writer writers blogger bloggers
    commentators pundits pundit people person man woman men women officials percent
    majority minority plurality respondents narrator narrators moderator moderators
    questioner questioners panelist panelists someone somebody everyone
    everybody anyone anybody nobody
    chairs heads ministers premier economists democrats republicans conservatives liberals
    moderates progressives centrists hardliners hard-liners
    speaker speakers
    mp mps mpp mpps mla mlas mna mnas mep meps msp msps td tds
    cm cms pm pms dcp acp igp dgp dg sho sarpanch tehsildar ssp adgp ccpo cpo dpo rpo
    dci dsi dcs pcso pcsos
    director-general directors-general inspector-general inspectors-general auditor-general
    accountant-general surveyor-general registrar-general solicitor-general attorney-general
    councillor councillors councilor councilors alderman aldermen alderwoman alderwomen reeve
    treasurer treasurers taoiseach tánaiste
    colonel colonels brigadier brigadiers lieutenant lieutenants sergeant sergeants corporal
    corporals marshal commodore
    coordinator coordinators
    rival rivals challenger challengers incumbent incumbents counterpart counterparts
    adversary adversaries front-runner front-runners frontrunner frontrunners
    clerk clerks assessor assessors comptroller comptrollers superintendent superintendents
    trustee trustees selectman selectmen selectwoman registrar
    epidemiologist epidemiologists pediatrician pediatricians pastor pastors paramedic
    administrator administrators pharmacist pharmacists midwife midwives dentist dentists
    therapist therapists clinician clinicians cardiologists
    oncologists virologist virologists immunologist immunologists psychiatrist psychiatrists
    caregiver caregivers patient patients parent parents
    paramedics firefighter firefighters dispatcher dispatchers
    steward stewards picketer picketers arbitrator arbitrators mediators organisers retiree
    retirees machinist machinists electrician electricians teamster teamsters
    neighbor neighbors neighbour neighbours colleague colleagues classmate classmates boss
    cousin cousins acquaintance acquaintances relatives in-laws
    """.split()
    )
    # the people of a campaign and its crowds: "said two of her donors", "a surrogate said"
    | frozenset(
        """
    donor donors megadonor megadonors canvasser canvassers surrogate surrogates operative
    operatives bundler bundlers attendee attendees rallygoer rallygoers caucusgoer caucusgoers
    """.split()
    )
)
# The offices won by a vote or named to, which an office holder not yet sworn in holds with a
# hyphened suffix (`ROLE_NOUNS`).
ELECTED_OFFICES: frozenset[str] = frozenset(
    """
    president premier mayor governor gov senator sen councillor councilor coun cllr alderman
    ald councilwoman councilman mp mla mpp mna representative rep congressman congresswoman
    speaker chair chairman chairwoman chairperson chancellor minister secretary ambassador
    leader commissioner trustee reeve warden sheriff judge justice prosecutor
    """.split()
)
# ... and an office won and not yet taken, by its hyphened suffix: "Premier-designate Ada Voss
# said", "Mayor-elect Tom Bryce", "Councillor-elect Ana Roy", "MP-elect Tom Reyes", "Prime
# Minister-designate" (of the elected offices only: each form is a word of the patterns
# built from this set).
ROLE_NOUNS: frozenset[str] = _ROLE_WORDS | frozenset(
    f"{office}-{suffix}" for office in ELECTED_OFFICES for suffix in ("elect", "designate")
)
# Anonymous-source heads: a speaker phrase built on them is not named ("officials said").
ANONYMOUS_HEADS: frozenset[str] = (
    frozenset(
        """
    official officials source sources aide aides insider insiders person people diplomat
    diplomats spokesman spokeswoman spokesperson officer officers analyst analysts expert
    experts observer observers critic critics resident residents witness witnesses member
    members staffer staffers adviser advisers advisor advisors investigators authorities
    lawmakers economists researchers scientists supporters opponents voters man woman men
    women someone somebody many some others several both percent majority minority plurality
    respondents those anyone another nobody no-one
    """.split()
    )
    | CIRCLE_NOUNS
)
# Fields before "officer" that make it one office, held by one person, not one of many
# unnamed officers ("the medical officer of health", "the chief financial officer", "the
# returning officer"; not "the police officer", "a senior officer").
OFFICER_FIELDS: frozenset[str] = frozenset(
    """
    medical health executive financial operating information technology privacy compliance
    returning electoral communications ethics science scientific nursing legal
    """.split()
)
# The heads of an unnamed source that heard someone's saying and passes it on, and what
# after the head tells it was there: "The minister told aides the plan was dead, according to
# two people who attended" reports the minister's saying, which those people relay (as an
# outlet would); not "..., the source added", whose words they may be.
WITNESS_SOURCE_HEADS: frozenset[str] = frozenset(
    """
    person people source sources witness witnesses attendee attendees participant participants
    official officials
    """.split()
)
WITNESS_POSTMODIFIERS: frozenset[str] = frozenset(
    {
        "who attended",
        "who was present",
        "who were present",
        "who was there",
        "who were there",
        "who heard",
        "who was in the room",
        "who were in the room",
        "in the room",
        "at the meeting",
        "in the meeting",
        "at the dinner",
        "at the briefing",
        "at the session",
        "on the call",
        "in the call",
        "present",
        "briefed on",
    }
)
# What makes "intelligence", a document's word ("the intelligence suggests", "intelligence
# gathered by the agency shows"), the services that gather it, after a state's name or
# adjective in capitals ("U.S. intelligence", "British intelligence") or one of these:
# "military intelligence has concluded".
INTELLIGENCE_SERVICE_MODIFIERS: frozenset[str] = frozenset(
    "military foreign defence defense naval signals western allied".split()
)
# Capitalised words of a nationality's shape (in -an, -ch) that say what intelligence is, not
# whose it is: "Human intelligence suggests", "Such intelligence shows" (a document's word).
INTELLIGENCE_QUALIFIERS: frozenset[str] = frozenset({"human", "such"})
# Irregular past verbs of doing something to someone, with that one as their object ("a guard
# *threw* her to the floor", "the officer *told* him to leave"): what a person did to another.
IRREGULAR_DOING_PASTS: frozenset[str] = frozenset(
    "told took sent gave hit shot let threw kept brought caught held struck led left".split()
)
# What a source gave for its name, before the name it gave ("asked to be identified only by
# his initial, K., said", "gave only her nickname, Dora, said"): the description is the role.
NAMING_NOUNS: frozenset[str] = frozenset(
    "name names surname initial initials nickname pseudonym alias".split()
)
# The words around "known as" before a popular name: how widely it is ("*better* known as
# Ree", "*locally* known as Big Tom") and how it is used ("known *simply* as Ree", "known
# *professionally* as Queen Ree"); the appositive is no role, the name one the person goes by.
KNOWN_AS_DEGREES: frozenset[str] = frozenset("also better popularly widely locally".split())
KNOWN_AS_MANNERS: frozenset[str] = frozenset(
    "simply professionally affectionately popularly".split()
)
# What an owner posts through on a social network: "the airline's official account", "the
# city's feed", "Ana Roy's page" speak as their owner (the account holder).
ACCOUNT_NOUNS: frozenset[str] = frozenset("account accounts feed feeds page profile".split())
# What a body's filed accounts do, in the plural's present: "the airline's accounts say", "its
# latest accounts show" are its financial statements, a document; not "the ministry's
# accounts posted", its feeds on social networks.
FILED_ACCOUNTS_CUES: frozenset[str] = frozenset(
    "say show reveal state list indicate suggest".split()
)
# Accounts about someone that their owner does not run: "a Juno Vale fan account", "Lee's
# parody account".
OTHERS_ACCOUNTS: frozenset[str] = frozenset("fan parody fake spoof impostor imposter stan".split())
# Words before a handle that give it as a user's own name ("posting under the handle
# @tealfox", "known as @dockrat", "posting as @x"); not "replying to @x" nor "tagged by
# @x", its addressee or another user; "named" and "called" only right after the user ("a
# user named @x"), else verbs of another's ("who called @x a joke").
HANDLE_NAMING_WORDS: frozenset[str] = frozenset(
    "handle handles username usernames name names alias as".split()
)
# Unnamed sources of no gender a singular "they" stands for when one has just spoken ("A
# spokesperson for the club said ... “...,” they said").
SINGULAR_THEY_HEADS: frozenset[str] = frozenset(
    "spokesperson representative rep source insider friend pal person".split()
)
# Verbs of a clause that describes a body by what someone does with it, its subject a name
# and no "that" ("the company Musk runs", "a firm Jones founded", "the charity Lee set up"):
# the body is not named.
BODY_CLAUSE_VERBS: frozenset[str] = frozenset(
    """
    runs ran founded co-founded cofounded set started owns owned leads led heads headed
    built chairs chaired created launched bought acquired manages managed backs backed
    funds funded
    """.split()
)
# The unnamed voices of a body, one to a body in a story: a second "A spokesperson" (or "a
# company spokesperson") is the one brought in before ("A spokesperson for the utility said").
SPOKESPERSON_HEADS: frozenset[str] = frozenset("spokesperson spokesman spokeswoman".split())
# Those who lead a body and speak for it as its spokesperson does: "the director of Ratepayers
# United said ... The group estimates" (the group is hers); not an analyst or a fellow at one.
BODY_LEADER_HEADS: frozenset[str] = frozenset(
    "director president chairman chairwoman chair chairperson executive leader".split()
)
# Post-modifiers of anonymous sources: "a source familiar with the talks".
ANONYMOUS_POSTMODIFIERS: tuple[str, ...] = (
    "familiar with",
    "close to",
    "with knowledge of",
    "briefed on",
    "knowledgeable about",
    "involved in",
    "with direct knowledge of",
    "speaking on condition of anonymity",
    "who spoke on condition of anonymity",
    "who requested anonymity",
    "who asked not to be named",
    "who asked not to be identified",
    "who declined to be named",
    "who declined to be identified",
    "who spoke on the condition of anonymity",
    "speaking on the condition of anonymity",
    "who was granted anonymity",
    "who were granted anonymity",
    "who insisted on anonymity",
    # a resident's wish not to be named, or a name kept back: "A shopper who did not want to
    # be named said", "A parent who asked that her name not be used because ... said"
    "who did not want to be named",
    "who did not want to be identified",
    "who asked to remain anonymous",
    *(
        form.format(own)
        for own in ("his", "her", "their")
        for form in (
            "who asked that {} name not be used",
            "who asked that {} names not be used",
            "who did not want {} name used",
            "who did not want {} name published",
            "who declined to give {} name",
            "who declined to give {} full name",
            "who would not give {} name",
        )
    ),
)
# Organizations: capitalised names and common nouns that make a speaker an organization.
ORGANIZATION_WORDS: frozenset[str] = (
    frozenset(
        """
    pentagon kremlin white house state department ministry department agency government
    administration campaign committee commission council company firm corporation corp inc
    ltd group party office bureau service court army navy military police parliament
    congress senate assembly cabinet board union association federation institute
    university foundation bank fund organization organisation alliance coalition nato
    un u.n. eu fbi cia nsa epa fda cdc who imf opec command authority embassy
    consulate secretariat prosecutor's prosecutors' court tribunal commission regime junta
    mission delegation guild management directorate inspectorate
    hospital clinic lab laboratory county city province territory municipality township
    borough town village crown
    wing division subsidiary affiliate faction
    """.split()
    )
    | frozenset(
        # the culture trades and institutions: "the studio", "the record label", "the museum",
        # a prize's body by its ceremony's name ("the Meridian Music Awards said")
        "studio label distributor publisher platform museum gallery festival awards".split()
    )
    | frozenset(
        # who keeps animals: "the zoo said", "the Calgary Zoo", "the aquarium", "the sanctuary"
        "zoo aquarium sanctuary".split()
    )
    | frozenset(
        # religious bodies: "the archdiocese said", "the Holy See", "the synod"
        "archdiocese diocese parish vatican synod congregation".split()
    )
    | frozenset(
        # the technology and financial trades: "the fitness app Pulso", "the search giant",
        # "the crypto exchange", "the stablecoin issuer"
        "app giant marketplace exchange issuer".split()
    )
    | frozenset(
        # companies by their trade: "fuel retailer Northway", "the insurer Calix said", "Gas
        # utility defends rate rise"
        "retailer retailers insurer insurers reinsurer lender lenders airline airlines automaker "
        "carmaker chipmaker drugmaker grocer supermarket manufacturer conglomerate chain "
        "utility".split()
    )
    | frozenset(
        # the companies of a trade speaking as one: "the industry says", "the mining sector
        # warned"
        "industry sector".split()
    )
    | frozenset(
        # a company's legal suffix written in lower case: "Vedra Mining plc said"
        {"plc"}
    )
    | frozenset(
        # armed services and units named by "force": "the air force", "a task force"
        {"force"}
    )
    | frozenset(
        # Indigenous nations as bodies: "the Tallow Creek First Nation said" ("tribe" is also
        # a surname)
        {"nation"}
    )
    | frozenset(
        # the institutions a feature's town has: "the trust said", "the school said", "the
        # charity says" (a school's teacher or a club's member stays a person: its head is a
        # person's role)
        """
        trust charity nonprofit society club school college academy church library theatre
        theater restaurant hotel watchdog regulator
        """.split()
    )
    | frozenset(
        # a bankrupt company's or a dead person's estate, speaking through its lawyers: "the
        # estate said in a court filing"
        {"estate"}
    )
    | frozenset(
        # the bodies of sports: "the league said", "the franchise announced"; a body by that
        # noun: "the sport's governing body said", "the anti-doping body confirmed"
        "league franchise body".split()
    )
    | frozenset(
        # the bodies that run a port or an airport: "the port said", "the airport said"
        "port airport".split()
    )
    | frozenset(
        # a school system: "the district said", "the school district wrote" (its attorney or
        # superintendent stays a person)
        {"district"}
    )
    | frozenset(
        # states acting together and the meetings that speak for them: "the bloc said", "the
        # summit agreed", "the Danish presidency proposed" (not "panel": "Member of House panel")
        "bloc blocs summit conference presidency".split()
    )
    | frozenset(
        # bodies formed by others, as their releases name them: "the Coastal Health
        # Partnership said", "the consortium expects"
        "partnership consortium".split()
    )
    | frozenset(
        # a government by its seat or by its part in talks, and a chamber: "the Presidential
        # Palace said", "the Sorvian side said", "the chamber said" (an "it" after "the
        # chamber was evacuated" is not the chamber: SETTING_HEADS)
        "palace side chamber".split()
    )
    | frozenset(
        # farmers' bodies and the firms that buy from them: "the co-op said", "the
        # processor warned" (not "dairy": "a dairy farmer"); a collective of activists or
        # artists: "the collective said"
        "co-op coop cooperative co-operative processor processors collective".split()
    )
    | frozenset(
        # the units a police service speaks through: "the Kelso RCMP detachment said", "the
        # 14th Precinct said", "the major crime unit said", "the Pell County Sheriff's
        # department" (an officer of the unit stays a person: "a detachment commander"); and
        # a body's local arm: "the local branch of the union said"
        "detachment precinct unit squad branch".split()
    )
)
# Plurals of organization nouns that speak as their singulars do, after "by" or a cue as
# before it: "was criticised by the unions", "said rights groups", "charities say". Not the
# plurals that are verbs too ("states", "forces", "houses", "trusts").
ORGANIZATION_PLURALS: frozenset[str] = frozenset(
    """
    unions groups charities companies firms agencies councils banks parties ministries
    governments authorities departments committees commissions associations federations
    organizations organisations coalitions alliances institutes universities foundations
    hospitals clinics colleges churches embassies regulators watchdogs nonprofits
    campaigns museums publishers studios wings divisions subsidiaries affiliates factions
    zoos aquariums sanctuaries
    """.split()
)
# What a company operates, named before "operator": "the grid operator" is a company; a
# machine's operator ("crane", "camera", "radio") is a person.
OPERATED_SYSTEMS: frozenset[str] = frozenset(
    """
    grid network rail railway port terminal tour pipeline airport mine casino satellite
    mobile telecom telecoms bus ferry transmission system nuclear market toll-road
    national state power water gas energy
    """.split()
)
# Services among SERVICE_COMPOUNDS that are a person's job as well: a body only after "the"
# or an owner, no word of a person's office before ("the Brodek-based war monitor said",
# "Syria's war monitor"; "a war monitor", "the former war monitor": a person).
DEFINITE_SERVICES: frozenset[str] = frozenset({"war monitor"})
# Control centres by their noun in lower case, which alone names no one: "mission control
# said", "air traffic control confirmed" (not "Disease Control", inside a name).
CONTROL_CENTRES: frozenset[str] = frozenset(
    f"{place} control" for place in "mission ground traffic flight launch range".split()
)
# Services named by a person's noun and the word before it: organizations, though a "guard"
# alone is a person ("the coast guard said", "the National Guard said").
SERVICE_COMPOUNDS: frozenset[str] = frozenset(
    {"coast guard", "national guard", "border guard", "republican guard", "revolutionary guard"}
    # a state's forces as one body: "the Zahrani armed forces said"
    | {"armed forces", "defense forces", "defence forces"}
    # the command that plans an army's operations and reports on them: "the general staff
    # said on Telegram" (not "hospital staff", its workers); a group counting a war's dead:
    # "the Brodek-based war monitor said" (not "an election monitor", an observer; nor "a
    # former war monitor": DEFINITE_SERVICES)
    | {"general staff", "war monitor"}
    # companies by a trade's noun that alone names a person or a thing: "the shipping line
    # said", "the terminal operator said" (not "the crane operator")
    | {"shipping line", "cruise line", "ferry line", "container line"}
    # "the grid operator said" (not "the crane operator", "the camera operator")
    | {f"{system} operator" for system in OPERATED_SYSTEMS}
    | CONTROL_CENTRES
)
# Media: words that make a capitalised speaker a news outlet ("The New York Post"). Not
# "agency", which a news agency shares with agencies of governments and the UN: "news" marks
# the outlet ("the state news agency").
MEDIA_WORDS: frozenset[str] = frozenset(
    """
    post times journal news tribune herald gazette telegraph guardian independent observer
    chronicle globe mail express mirror sun reuters ap afp bloomberg cnn bbc nbc abc cbs
    fox msnbc npr pbs politico axios breitbart huffpost newsweek economist atlantic
    magazine newspaper paper outlet network broadcaster tass ria interfax xinhua
    yonhap kyodo wire daily weekly radio television tv channel media
    """.split()
)
# The nouns that name a news outlet by what it is, relaying what others said ("Lee said
# the deal was off, the agency reported", "..., the paper reported": Lee's words, the
# outlet's report of them); not "observer", most often a person.
OUTLET_HEADS: frozenset[str] = (MEDIA_WORDS | frozenset({"agency", "outlets"})) - {"observer"}
# What renders someone's words in another tongue: not their source ("..., she said,
# according to a translation"; a transcript or a recording is a record of its own). Not
# "interpretation", most often a reading ("an interpretation of the rules by the league").
RENDERING_WORDS: frozenset[str] = frozenset(
    "translation translations interpreter interpreters subtitles".split()
)
# A body's or a person's own release, which carries the words of its subject as they gave
# them: "According to a statement made available to reporters, the council said ...", "a
# press release": the saying is the subject's alone, not the release's report of it.
RELEASE_WORDS: frozenset[str] = frozenset("statement release communique communiqué".split())
# The verbs of one who renders another's words ("Her son Karim translated. “...”"): the
# words that follow are the one translated for, not the interpreter's.
INTERPRETING_VERBS: frozenset[str] = frozenset(
    "translated translates translating interpreted interprets interpreting".split()
)
# Quantifiers that "not" before a subject turns into a part of the group ("Not all residents
# agree", "Not everyone in town blames the board"): the negation is the speaker's.
NEGATED_QUANTIFIERS: frozenset[str] = frozenset(
    "all every everyone everybody many much each".split()
)
# Verbs before a bare "suit" that make it an idiom, no document: "filed suit" (sued),
# "followed suit"; "the suit alleges" is one.
SUIT_IDIOM_VERBS: frozenset[str] = frozenset(
    "file files filed filing bring brings brought bringing follow follows followed "
    "following".split()
)
# Documents whose word is written in capitals as an acronym is ("the city's FAQ says", "the
# FAQs note"): a document (`DOCUMENT_WORDS` holds them), not a body of that acronym.
DOCUMENT_ACRONYMS: frozenset[str] = frozenset("faq faqs".split())
# Fields a state's or province's agency is named by after the place ("Alberta Wildfire",
# "Ontario Parks", "Yukon Public Safety"): a public body's name, never a person's;
# "the agency" stands for it.
PROVINCIAL_AGENCY_FIELDS: frozenset[str] = frozenset(
    """
    wildfire wildfires parks forestry transportation environment agriculture tourism
    corrections highways emergencies
    """.split()
) | frozenset({"public safety", "wildland fire", "fire service"})
# The heads of a public body's name that a description by another noun stands for: "the
# agency" for the Federal Aviation Administration, the Weather Service, the Centers for
# Disease Control or the Ohio Department of Health; "the regulator", "the watchdog" for a
# safety board or commission; "the health authority" for a body named by "Health" ("Northern
# Health", "Kelby Public Health");
# "the chain" for a retailer named by what it sells; "the pollster" for a polling firm.
_REGULATOR_HEADS = "agency administration bureau authority commission board office"
BODY_HEAD_ALIASES: dict[str, frozenset[str]] = {
    "agency": frozenset(
        "administration bureau service authority commission centers board department".split()
    )
    | PROVINCIAL_AGENCY_FIELDS,
    "regulator": frozenset(_REGULATOR_HEADS.split()),
    "watchdog": frozenset(_REGULATOR_HEADS.split()),
    "authority": frozenset({"health"}),
    # "the chain" for a retailer named by its stores: "Maple Grocers", "Lakeview Supermarkets"
    "chain": frozenset("grocers supermarkets markets stores foods pharmacies restaurants".split()),
    # "the pollster" for a polling firm ("Harbour Polling", "Bellwether Insights"; not a
    # "Research", which ends institutes' names too), a person's word too: a named pollster
    # holds it first ("pollster Ann Lee ... the pollster said")
    "pollster": frozenset("polling polls insights analytics".split()),
    # "the forecaster" for a weather service ("the National Weather Service", "Harlow
    # Weather", "Environment Canada", "the Met Office", "the Meteorological Service of
    # Canada"), a person's word too: a named forecaster holds it first
    "forecaster": frozenset("weather environment met meteorological".split()),
}
# A text's copy, which speaks as the text does, and is named with it: "according to a copy
# of the letter reviewed by the Ledger", "A copy of the memo says" (not "A copy").
COPY_WORDS: frozenset[str] = frozenset("copy copies".split())
# What a sample is drawn into, a document's word (a sample of water, of soil); of people ("a
# sample of 1,200 voters showed") the people sampled speak.
SAMPLE_WORDS: frozenset[str] = frozenset({"sample", "samples"})
# What a government arm named for its field and its country is called ("Statistics Canada
# ... the agency said", "Health Canada ... the federal department"), its name holding none.
GOVERNMENT_ARM_HEADS: frozenset[str] = frozenset("agency department ministry".split())
# Documents: a speaker that is a text ("a report", "the statement", "a poll").
DOCUMENT_WORDS: frozenset[str] = frozenset(
    """
    report reports statement statements study studies survey surveys poll polls letter
    letters document documents memo memos filing filings lawsuit suit suits complaint
    complaints indictment indictments sheet sheets
    analysis analyses assessment review audit data figures records record release communique
    communiqué transcript email emails message messages post tweet tweets video footage
    note notes memorandum memoranda notice summary summaries dossier dossiers bulletin bulletins
    research polling paper papers estimate estimates projection projections forecast forecasts
    modelling modeling obituary obituaries testimony intelligence
    resolution ruling order decree bill law investigation inquiry probe findings guidance
    slide slides chart charts graph map ad ads advertisement spot clip film documentary book
    memoir memoirs biography autobiography
    article articles story piece editorial commentary commentaries website site page
    webpage webpages factsheet factsheets faq faqs
    inquest inquests affidavit affidavits judgment judgments judgement deposition depositions
    minutes banner banners placard placards poster posters billboard billboards graffiti sign
    signs plaque plaques meme memes
    results
    trial trials advisory advisories
    petition petitions motion recording recordings
    application applications warrant warrants log logs subpoena subpoenas transcripts
    submission submissions
    telemetry observations numbers statistics outlook outlooks update updates index indexes
    indices gauge gauges indicator indicators tracker
    """.split()
) | frozenset(
    # the plurals of the above, and what war reporting cites as evidence: "intelligence
    # assessments suggest", "satellite images show"
    "assessments reviews audits videos image images imagery photo photos photograph "
    "photographs".split()
    # a campaign's literature and broadcasts: "a mailer which says", "the commercial claims"
    + """flyer flyers flier fliers mailer mailers pamphlet pamphlets brochure brochures
    commercial commercials robocall robocalls""".split()
    # counts kept by others: "according to a tally by the Center for ...", "an AP count",
    # "measurements her team took", "readings from the buoy", "the EU's transparency register"
    + """tally tallies count tabulation tracker database measurements readings register
    registers""".split()
    # what markets' data are read from and smoothed by: "according to CME Group's FedWatch
    # tool", "according to three-month moving averages"
    + "tool averages".split()
    # a claim filed in court, as a lawsuit is: "the claim alleges", "the claim says"
    + ["claim"]
    # the texts of rules and recommendations: "the handbook says", "the recommendation calls
    # for" (not "proposal" nor "agreement", which report a content of their own: "a proposal
    # that ..."; not "policy", a word of think tanks' names: "the Ballot Policy Forum")
    + """recommendation recommendations presentation presentations handbook handbooks syllabus
    syllabi contract contracts agenda agendas ordinance ordinances guidelines regulation
    regulations bylaws curriculum statute statutes constitution
    """.split()
    # what a fact-check weighs a claim against: "the bill's text says", "the 2021 census
    # shows", "a reverse image search shows", "a caption on the photo reads"
    + """text wording caption captions census censuses screenshot screenshots posts archive
    archives search searches statistics dashboard budget budgets account accounts
    """.split()
    # the texts that diplomats negotiate: "the draft calls for", "a draft of the conclusions
    # seen by reporters", "the declaration says", "the treaty's annex lists"
    + "draft drafts conclusions declaration declarations treaty treaties annex annexes".split()
    # the parts and sums of clinical research, and a medicine's printed information:
    # "according to a substudy", "a preprint shows", "the package insert warns"
    + """substudy substudies preprint preprints meta-analysis meta-analyses insert inserts
    leaflet leaflets monograph monographs""".split()
    # what examination and testing give as evidence: "the tests showed", "a scan found",
    # "the autopsy revealed", "samples taken at the well show"
    + """test tests scan scans x-ray x-rays autopsy autopsies post-mortem biopsy biopsies""".split()
    + sorted(SAMPLE_WORDS)
    # what a government gives out of a call or a meeting: "the Sorvian readout said", "a
    # translation of his remarks provided by the organisers"
    + "readout readouts translation translations".split()
    # a text's copy, which speaks as the text does (`COPY_WORDS`)
    + list(COPY_WORDS)
    # what judges and parties write in a case: "the opinion said", "the dissent warned", "a
    # brief filed by the group argues", "the concurrence noted"
    + "opinion opinions dissent dissents concurrence concurrences brief briefs".split()
    # the plans a government tables, their text citing targets: "the levels plan estimates",
    # "the strategy calls for", "the framework says" (not "plans", a verb: "Lee plans to")
    + "plan strategy blueprint framework".split()
)
# Documents that are someone's claim before "that" ("shared it with the claim that ..."):
# the text speaks only as a verb's subject ("the claim alleges"), its holder before that.
HELD_DOCUMENTS: frozenset[str] = frozenset({"claim"})
# Nouns that report content in a that-clause without a cue verb: "a report that ...".
NOMINAL_CUES: frozenset[str] = frozenset(
    """
    report reports statement study survey poll claim claims allegation allegations assertion
    assertions charge charges warning warnings finding findings rumor rumors rumour rumours
    announcement assessment estimate prediction predictions accusation accusations
    argument arguments contention suggestion suggestions insistence notion belief beliefs
    idea view conclusion complaint complaints remark remarks comment comments theory fear
    fears concern concerns hope promise promises agreement recognition acknowledgment
    acknowledgement consensus speculation expectation expectations assumption perception
    impression worries worry doubt admission admissions denial denials boast boasts
    confirmation testimony assurance assurances
    """.split()
)
# Nouns of a view held or of what was said that report a clause after a copula and "that",
# held by their possessor: "Lee's view is that ...", "Her argument was that ...", "The
# firm's position is that ...", a witness's "His evidence was that ..." (with `NOMINAL_CUES`,
# which report it after "that" too); a guess or a hunch ("My guess is that ...", "Her sense
# was that ...").
HELD_VIEW_NOUNS: frozenset[str] = frozenset(
    "position stance message point line answer reply response explanation reasoning case "
    "advice evidence guess hunch sense feeling".split()
)
# Nouns of attitude and speech with the preposition that joins them to what they are about:
# "questions about his health", "criticism of the deal", "support for Clinton".
TOPIC_NOUN_CUES: tuple[str, ...] = tuple(
    f"{noun} {preposition}"
    for nouns, prepositions in (
        (
            "question questions concern concerns worry worries doubts illusions skepticism "
            "optimism complaints comments remarks",
            "about over",
        ),
        ("criticism praise", "of for over"),
        ("allegations accusations charges", "of against"),
        ("claims", "about of"),
        ("fears warnings", "of about over"),
        ("views position stance", "on"),
        ("support admiration disdain contempt", "for"),
        ("call calls plans", "for"),
        ("opposition objection objections", "to"),
        ("outrage anger despair", "over at"),
        ("adulation endorsement condemnation denial rejection defense", "of"),
    )
    for noun in nouns.split()
    for preposition in prepositions.split()
)
# Nouns of intention before a to-infinitive: "its pledge to cut emissions".
INTENT_NOUNS: frozenset[str] = frozenset(
    """
    determination decision pledge promise vow eagerness reluctance refusal commitment
    intention intent willingness desire resolve
    """.split()
)
# The body of judges a judge writes or speaks for, beside a cue: "wrote for the majority
# that", "wrote for a unanimous court", "said for the panel".
BENCH_WORDS: frozenset[str] = frozenset(
    "majority plurality court panel bench dissenters minority justices judges".split()
)
# Where or how something was said, beside a cue: "said in a video address".
VENUE_WORDS: frozenset[str] = frozenset(
    """
    statement interview address speech remarks conference briefing hearing appearance post
    tweet video letter email message op-ed column broadcast podcast call session meeting
    rally debate event forum testimony convention summit ceremony visit trip tour talks vote
    luncheon dinner breakfast report filing memo release document notice submission ruling
    announcement note
    """.split()
)
# Verbs by which a venue reaches its readers, in a relative clause on it: "a letter that it
# made public", "a filing that the company released on Monday".
VENUE_RELEASE_VERBS: frozenset[str] = frozenset(
    """
    released issued posted sent filed published made shared circulated distributed submitted
    signed delivered wrote gave
    """.split()
)
# Participles by which a statement is delivered for its author, opening an aside between the
# cue and "that": "said in a statement, read outside the court by a family liaison officer,
# that", "said in a letter, released through their solicitor, that".
DELIVERY_PARTICIPLES: frozenset[str] = (VENUE_RELEASE_VERBS - {"wrote", "gave"}) | {
    "read",
    "given",
    "written",
    "provided",
}
# The gatherings of VENUE_WORDS where one speaks, which "at a ..." after a stance's object
# puts in the saying ("confirmed the deal at a briefing on Friday").
GATHERING_VENUES: frozenset[str] = frozenset(
    "conference briefing hearing session meeting rally debate event forum convention summit "
    "ceremony luncheon dinner breakfast".split()
)
# Natural events, which strike, hammer and threaten but say nothing: the head of a subject
# ("the wildfire threatened"), or, capitalised, the word naming one ("Hurricane Delia slams").
NATURAL_EVENTS: frozenset[str] = frozenset(
    """
    hurricane hurricanes typhoon typhoons cyclone cyclones storm storms tornado tornadoes
    twister wildfire wildfires earthquake earthquakes quake quakes tsunami flood floods
    flooding blizzard avalanche landslide mudslide eruption heatwave drought
    """.split()
)
# The level or the hazard a public warning names, a bare word before "warning" as a noun
# ("Red warning for wind extended", "Frost warning issued for the valley"): no one warns.
WARNING_LEVELS: frozenset[str] = frozenset(
    "red amber yellow orange weather wind snow rain frost fog ice heat smog smoke travel".split()
)
# Verbs of sending a text to a body, before "to" or "with" and the body written to: "wrote to
# the FTC", "filed with the SEC", "complained to Ofcom" (the addressee, who said nothing).
ADDRESSING_VERBS: frozenset[str] = frozenset(
    "wrote written complained appealed applied submitted filed reported petitioned".split()
)
# The venues of VENUE_WORDS that are messages, which "in a ..." after indirect content puts
# in the saying, not in what was said ("said prices would rise in a blog post").
MESSAGE_VENUES: frozenset[str] = frozenset(
    "statement interview post tweet video letter email message op-ed column podcast memo "
    "note thread newsletter".split()
)
# A release of news, written as two words, a message too: "said in a news release Monday"
# (not a bare "release": "freed in a prisoner release").
NEWS_RELEASES: frozenset[str] = frozenset({"news release", "press release", "media release"})
# Words that introduce a time expression beside a cue ("said on Tuesday"): the adverbs, which
# no article opens ("said the earlier ruling was wrong": no time), and the nouns.
TIME_ADVERBS: frozenset[str] = frozenset(
    "today yesterday tonight earlier later recently afterwards afterward beforehand".split()
)
# Adverbs between a clause's subject and its verb ("Engineers *then* checked", "crews *later*
# found", "staff *also* toured"): no word of the subject.
PREVERBAL_ADVERBS: frozenset[str] = (
    CONNECTIVE_ADVERBS
    | TIME_ADVERBS
    | PARTICIPLE_ADVERBS
    | frozenset("then soon already never often once".split())
)
# People at a place by visiting, watching or passing through it, not by working there: "a
# tourist at Niagara Falls", "fans at Wembley Stadium", "a man at Union Station" tell no
# workplace (`speaker_kinds.workplace`); singular forms.
VISITOR_NOUNS: frozenset[str] = frozenset(
    """
    fan spectator onlooker bystander visitor guest tourist sightseer holidaymaker vacationer
    day-tripper pilgrim worshipper concertgoer rallygoer moviegoer churchgoer attendee
    passenger shopper customer diner man men woman women
    """.split()
)
# Adverbs of the present before a role held now, in an appositive: "Piotr Lamb, now a retired
# engineer," (his role: "retired engineer"); a role held once keeps its adverb ("formerly a").
PRESENT_ROLE_ADVERBS: frozenset[str] = frozenset({"now", "currently", "still", "today"})
TIME_WORDS: frozenset[str] = TIME_ADVERBS | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night week weekend month year
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# The days of the week, capitalised times that are no given name ("Friday", not "May").
WEEKDAYS: frozenset[str] = frozenset(
    w for w in TIME_WORDS if w.endswith("day") and w not in {"today", "yesterday"}
)
# Words that open a time after a noun and before its relative "that" or its cue ("a report
# *last* week that", "an audit *on* Friday that", "parents who drive there *every* morning
# say").
TIME_LEADS: frozenset[str] = frozenset({"on", "last", "this", "earlier", "late", "every", "each"})
# Seasons and times of day, times as a weekday is ("by spring", "at dawn", "until midnight").
SEASONS: frozenset[str] = frozenset("spring summer autumn winter".split())
TIMES_OF_DAY: frozenset[str] = frozenset("noon midnight dawn dusk nightfall daybreak".split())
# Named days, times too: a feast named alone ("on Christmas"), or capitalised words ending
# in "Day" or "Eve" ("on Labor Day", "on Election Day", "on Christmas Eve").
FEAST_DAYS: frozenset[str] = frozenset(
    "christmas easter thanksgiving halloween passover hanukkah ramadan diwali eid".split()
)
DAY_NAME_ENDS: frozenset[str] = frozenset({"day", "eve"})

# --- Not statements ---
# Page furniture (furniture.py): the paragraphs of a page that are not the article's prose.

# Labels of link lines, of captions and of notes from the editors: "READ MORE: ...", "Watch:
# ...", "Related: ...", "Pictured: ...", "File photo: ...", "Editor’s note: ...", "Correction:
# ..." (any case). Not "Update:", which opens news ("UPDATE: The mayor said on Monday ...").
LINK_LABELS: tuple[str, ...] = (
    "read more", "read also", "also read", "more", "watch", "related", "see also", "listen",
    "recommended", "more coverage", "more from", "sign up", "subscribe", "don't miss",
    "don’t miss", "trending", "top stories", "editor's note", "editor’s note", "correction",
    "corrections", "photos", "more stories", "pictured", "file photo", "file image", "above",
    "inset", "main image", "top image",
)  # fmt: skip
# Words of a photo or video credit: "(Photo: Jane Roe/Getty Images)", "AP Photo/Jane Roe".
CREDIT_WORDS: frozenset[str] = frozenset(
    "photo photos photograph photographs video image images picture pictures illustration "
    "graphic credit".split()
)
# Picture agencies named at the end of a credit: "Jane Roe/Getty Images", "via Reuters".
PICTURE_AGENCIES: tuple[str, ...] = (
    "Getty Images", "AFP", "AP", "Reuters", "EPA", "Shutterstock", "Alamy", "iStock",
    "Bloomberg", "NurPhoto", "Pool", "Sipa", "Anadolu", "Xinhua", "Zuma",
)  # fmt: skip
# Labels opening a credit line for the reporting: "Contributing: ...", "Reporting by ...".
CONTRIBUTION_LABELS: tuple[str, ...] = (
    "contributing", "contributors", "contributor", "additional reporting by",
    "reporting by", "writing by", "editing by", "edited by", "compiled by",
    "with files from", "with a file from", "files from",
)  # fmt: skip
# Nouns of an institution named by "of" and its field in lower case, which speak with that
# complement: "the board of trade said", "the chamber of commerce", "the department of health".
INSTITUTION_OF_HEADS: frozenset[str] = frozenset(
    "board chamber department ministry council commission committee office bureau college "
    "school society".split()
)
# The last word of an item's credit line on a briefs page: an agency, an outlet or a desk ("—
# The Canadian Press", "-- CBC News", "— Staff"); not a pull quote's holder ("— Premier Doug
# Reid") or a bullet ("- New Parking Rules").
ITEM_CREDIT_WORDS: frozenset[str] = MEDIA_WORDS | frozenset(
    "press staff wires desk service services reports".split()
)
# Labels on a line of their own opening the next items of a briefs page: "In brief:",
# "Elsewhere:"; the items after them each have their own speakers.
BRIEFS_LABELS: tuple[str, ...] = (
    "in brief", "briefly", "elsewhere", "also", "also in the news", "in other news",
    "news in brief", "around the region", "around the province", "around the world",
)  # fmt: skip
# The subjects of an editors' note that the page was changed: "This story has been updated",
# "This article was corrected to say ...".
EDITED_PAGES: frozenset[str] = frozenset("story article report post piece version".split())
# Those of the wire's notes opening "This is a corrected ..." or "A previous version of this
# ...": never a report, which may be an auditor's ("This is a revised report from the
# auditor, and it shows ..., Vale said.").
WIRE_EDITED_PAGES: frozenset[str] = frozenset({"story", "article", "version"})
# Headings of a press release's closing boilerplate (press_boilerplate.py), each a line of its
# own or before a colon and the rest of its line: what follows to the text's end is the
# issuer's legal notice, notes and contacts, no statement and no figure ("Forward-looking
# statements", "Notes to editors", "Media contact: Jane Roe"; any case), unless a quotation
# follows it.
BOILERPLATE_HEADINGS: tuple[str, ...] = (
    "forward-looking statements", "forward looking statements", "safe harbor statement",
    "safe harbour statement", "cautionary statement regarding forward-looking statements",
    "cautionary note regarding forward-looking statements", "notes to editors",
    "note to editors", "notes for editors", "editor's notes", "editors' notes",
    "editor’s notes", "editors’ notes", "media contact", "media contacts", "press contact",
    "press contacts", "investor contact", "investor contacts", "media enquiries",
    "media inquiries", "press enquiries", "press inquiries",
)  # fmt: skip
# Marks that end a release but also break a news story's sections or open a line of its prose
# ("###", "Contact", "For more information, ..."): boilerplate only with no reporting after.
BOILERPLATE_MARKS: tuple[str, ...] = (
    "contact", "contacts", "for more information", "for further information", "ends",
    "- ends -", "-ends-", "###", "-30-", "- 30 -",
)  # fmt: skip
# Company suffixes that may close an "About ..." heading with a period ("About Acme Inc.").
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    "inc. ltd. co. corp. plc. llc. s.a. n.v. ag. l.p. llp.".split()
)
# The same suffixes closing a speaker's name, with or without their period ("Redhill
# Minerals Ltd", "Orin SA"): a company's name, whatever role noun stands before it ("lithium
# producer"). Not "AG", an attorney general's too ("Texas AG").
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {suffix.rstrip(".") for suffix in COMPANY_SUFFIXES} - {"ag"} | {"pty", "sa", "limited"}
)
# Where a line asks to follow the outlet or its writer: "Follow us on Instagram".
SOCIAL_NETWORKS: tuple[str, ...] = (
    "Twitter", "X", "Facebook", "Instagram", "Threads", "Bluesky", "LinkedIn", "TikTok",
    "YouTube", "Mastodon", "WhatsApp", "Telegram",
)  # fmt: skip
# Bodies and envoys a state sends "to" another or to a world body, which speak for the sender:
# "the European Union's delegation to Canada said", "Norway's ambassador to the UN said".
ACCREDITED_BODIES: frozenset[str] = frozenset(
    "delegation delegations mission missions embassy ambassador ambassadors envoy envoys".split()
)
# What a speaker puts on one of SOCIAL_NETWORKS, which "the post read" or "the video said" stands
# for after "wrote on Instagram" or "posted to TikTok": the poster's words.
NETWORK_POSTS: frozenset[str] = frozenset("post tweet video message caption thread reel".split())
# Where a speaker goes to be heard, before a purpose infinitive of speech (cues.py): "took to X
# to say", "went on television to argue", "used the podium to announce"; with VENUE_WORDS.
PLATFORM_WORDS: frozenset[str] = frozenset(
    "television tv radio air airwaves stage podium floor microphone mic pulpit".split()
)
# Verbs of getting up to speak, before where and when and a purpose infinitive of speech
# (cues.py): "rose in the House to ask", "stood up in the legislature to say".
RISING_VERBS: frozenset[str] = frozenset(
    "rise rises rose rising risen stand stands stood standing".split()
)
# The verbs of going to a network to be heard: "took to Instagram", "went on X", "goes live".
GOING_ON_AIR_VERBS: frozenset[str] = frozenset(
    "take takes took taking taken go goes went going gone".split()
)
# Verbs of getting in touch, before whom and a purpose infinitive of speech whose subject is
# theirs: "called reporters to say", "phoned the paper to deny", "wrote to members to say",
# "visited the plant to announce" (not "asked aides to say": the aides would speak).
CONTACT_VERBS: frozenset[str] = frozenset(
    """
    call calls called calling phone phones phoned phoning ring rings rang ringing
    email emails emailed emailing text texts texted texting message messages messaged
    write writes wrote writing visit visits visited visiting summon summons summoned
    gather gathers gathered convene convenes convened meet meets met
    """.split()
)

# Verbs of making someone do a thing that tell it was done, before whom and "to" a cue: the
# one made is its speaker ("prompting the Speaker to call for order", "led the union to demand
# an apology", "forced the premier to admit"); not a wish or a plea, whose object may never
# speak ("urged the union to demand", "asked aides to say").
CAUSED_TO_VERBS: frozenset[str] = frozenset(
    """
    prompt prompts prompted prompting lead leads led leading force forces forced forcing
    spur spurs spurred spurring cause causes caused causing compel compels compelled
    compelling drive drives drove driving
    """.split()
)

# Participles of where a told crowd stands, with what follows them before the content: "told
# the crowd *gathered* at the hall that ...", "told reporters *waiting* outside she would run".
# The common noun a named place may end in, lower case after its name, as wire copy writes
# it: "told reporters at Frankfurt airport that", "spoke to reporters at Union station".
NAMED_PLACE_NOUNS: frozenset[str] = frozenset(
    """
    airport airfield airbase station terminal harbour harbor port hospital stadium
    courthouse headquarters
    """.split()
)
GATHERED_PARTICIPLES: frozenset[str] = frozenset(
    """
    gathered assembled packed crowded jammed massed seated lined waiting standing huddled
    """.split()
)

# What a cue finds that is no statement (rejections.py).

# Verbs of saying and answering that, negated, are a non-answer: "did not respond to a request
# for comment", "would not say how many", "declined to speculate", "would not estimate".
ANSWER_VERBS: frozenset[str] = frozenset(
    """
    say says said saying comment comments commented commenting respond responds responded
    responding reply replies replied replying return returns returned returning
    elaborate elaborates elaborated elaborating confirm confirms confirmed confirming
    specify specifies specified specifying discuss discusses discussed discussing
    answer answers answered answering explain explains explained explaining
    speculate speculates speculated speculating
    estimate estimates estimated estimating predict predicts predicted predicting
    """.split()
)
# Verbs of disclosing that, negated, are a non-answer too: "did not disclose the losses", "has
# never revealed how much". After a verb of refusing they stay a stance ("refused to disclose
# the records"): the refusal is an act an analyst weighs.
DISCLOSING_CUES: frozenset[str] = frozenset(
    "disclose discloses disclosed disclosing reveal reveals revealed revealing".split()
)
# Verbs of giving out what is known, which negated after what a source said are its refusal,
# not part of what it said: "said two men were held but did not release their names".
DISCLOSURE_VERBS: frozenset[str] = frozenset(
    "release disclose reveal identify name provide give offer share".split()
)
# The verbs a firm named as a possessive ("Moody's", "Sainsbury's") speaks by right after its
# name: the past tense and "says" of saying, warning and reporting, none of them also an
# adjective before a noun it owns ("Lee's repeated emphasis", "Hale's noted absence").
POSSESSIVE_NAME_CUES: frozenset[str] = frozenset(
    """said says told wrote warned added announced reported confirmed stated argued insisted
    explained cautioned disclosed revealed responded replied acknowledged predicted forecast
    estimated downgraded upgraded""".split()
)
# Verbs of refusing, which before "to" and a verb of answering make a non-answer: "declined to
# comment", "refused to elaborate".
REFUSAL_VERBS: frozenset[str] = frozenset(
    "decline declines declined declining refuse refuses refused refusing".split()
)
# Nouns of questioning, and the verbs of receiving and handling a question whose object they
# are: "did not answer questions about", "dodged questions over", "fielded questions about".
# The questions are put to the subject, not asked by it: no statement of the subject's.
QUESTION_NOUNS: frozenset[str] = frozenset("question questions".split())
QUESTION_HANDLING_VERBS: frozenset[str] = ANSWER_VERBS | frozenset(
    """
    take takes took taken taking field fields fielded fielding
    dodge dodges dodged dodging duck ducks ducked ducking deflect deflects deflected
    deflecting evade evades evaded evading sidestep sidesteps sidestepped sidestepping
    avoid avoids avoided avoiding ignore ignores ignored ignoring
    """.split()
)
# ... and the phrasal verbs of setting a question aside, before their particle: "brushed off a
# question about", "waved away questions on", "shrugged off questions over".
QUESTION_DISMISSING_VERBS: frozenset[str] = frozenset(
    """
    brush brushes brushed brushing shrug shrugs shrugged shrugging wave waves waved waving
    laugh laughs laughed laughing bat bats batted batting
    """.split()
)
QUESTION_DISMISSING_PARTICLES: frozenset[str] = frozenset("off aside away".split())
# The forms of "feel", a belief before a clause ("felt the deal was unfair") and a sensation
# or a quality before an adjective ("the brakes felt spongy on cold mornings").
FEEL_FORMS: frozenset[str] = frozenset("feel feels felt feeling".split())
# Participles not in -ed of a feeling towards others after "felt", a stance like "felt
# betrayed": "many voters felt stung by the cuts", "felt torn", "felt let down".
FEELING_PARTICIPLES: frozenset[str] = frozenset("stung hurt torn shaken let slighted".split())
# Prepositions after "felt" and a quality that open what the feeling is about, a stance
# ("workers felt uneasy about the vote", "felt bitter toward the board"), no circumstance of a
# sensation ("the pedal felt soft under his foot").
FEELING_OBJECT_PREPOSITIONS: frozenset[str] = frozenset("about toward towards".split())
# The forms of "recall", which name a product recall as often as a memory.
RECALL_FORMS = "recall recalls recalled recalling"
# Cue verbs with a sense that is no speech when a quantity follows: "added two goals",
# "declined 3 percent", "claimed 40 percent of the vote", "charged $5 a month", "recalled
# about 18,000 pounds of beef" (products called back, nothing remembered).
QUANTITY_SENSE_VERBS: frozenset[str] = frozenset(
    (
        """
    add adds added adding claim claims claimed claiming decline declines declined declining
    post posts posted posting charge charges charged charging concede concedes conceded
    conceding """
        + RECALL_FORMS
    ).split()
)
# Nouns of the conduct advised, the object of "advise" that is advice, no advisee: "police
# advised caution", "urged restraint" (not "advised the company", a counsel's client).
ADVICE_NOUNS: frozenset[str] = frozenset(
    "caution restraint patience calm vigilance care prudence moderation".split()
)
# The possessives that tell their owner's gender: "his lawyer", "Her Majesty".
GENDERED_POSSESSIVES: frozenset[str] = frozenset({"his", "her"})
# Heads that an ordinal makes a person's title of, with no role of their own: the spouse of a
# head of state or government ("the first lady said", "the second gentleman"), a ship's
# officer ("the first mate"), and those first at an emergency ("a first responder said").
ORDINAL_TITLE_HEADS: frozenset[str] = frozenset(
    "lady gentleman mate mates responder responders".split()
)
# Ordinals that make "a third", "another second" a quantity after such a verb.
ORDINALS: frozenset[str] = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()
)
# The forms of "plead": a plea entered in court is no speech, whatever follows it ("pleaded
# not guilty to two counts and was released").
PLEA_FORMS = "plead pleads pleaded pled pleading"
# The forms of "admit": a fault admitted may be one word ("admitted wrongdoing"); counts of a
# charge admitted are a plea ("admitted 14 counts of fraud").
ADMIT_FORMS: frozenset[str] = frozenset("admit admits admitted admitting".split())
# Verbs of pledging whose object may be one bare noun, in headlines above all: "Kestria vows
# retaliation", "minister promises action", "union threatens strikes", "pledges support".
THREATEN_FORMS: frozenset[str] = frozenset("threaten threatens threatened threatening".split())
# The past of "threaten", whose object is threatened "with" what may befall it ("a school
# threatened with closure", "workers threatened with dismissal"): no threat made, then.
THREATENED_FORMS: frozenset[str] = frozenset({"threatened"})
PLEDGE_FORMS: frozenset[str] = THREATEN_FORMS | frozenset(
    "vow vows vowed vowing promise promises promised promising pledge pledges pledged "
    "pledging".split()
)
# Weapons someone is threatened with, a deed and no words ("threatened a clerk with a knife";
# not "threatened the council with a lawsuit", a threat made).
WEAPONS: frozenset[str] = frozenset(
    """
    knife knives gun guns handgun firearm firearms rifle shotgun pistol revolver weapon weapons
    machete axe hatchet hammer bat crowbar bottle syringe needle sword
    """.split()
)
# The forms of "argue": a case argued is advocacy, unless a verb after it makes the case the
# subject of what is argued ("argued the case against him was weak").
ARGUE_FORMS = "argue argues argued arguing"
# The forms of "rule": a land ruled or a court's way of deciding is no finding ("ruled the
# country", "ruled the other way"), nor is the manner of a ruling ("ruled narrowly on").
RULE_FORMS = "rule rules ruled ruling"
# The forms of "ask", which put questions as often as they report one ("asked questions").
ASK_FORMS = "ask asks asked asking"
# The forms of "reject" and "deny", verbs of refusing a thing asked ("rejected two invitations
# to debate", "denied a defence motion"); a denial may take one word ("denied wrongdoing").
REJECT_FORMS = "reject rejects rejected rejecting"
DENY_FORMS = "deny denies denied denying"
# The forms of "allege" that take a charge of one word ("filed suit, alleging fraud", "the
# complaint alleges negligence"); not "alleged", which before one noun is its modifier ("the
# alleged fraud").
ALLEGE_FORMS: frozenset[str] = frozenset("allege alleges alleging".split())
# Objects that give a cue verb a sense that is no speech, when nothing is reported after them:
# "called a timeout", "claimed the title", "claimed the child tax credit" (a benefit taken),
# "called the race at 10:42 p.m." (a winner declared), "called the march together with four
# unions" (an event convened), "by calling the company's hotline" (a number dialled), by the
# verb's forms.
OBJECT_SENSES: dict[str, frozenset[str]] = {
    "call calls called calling": frozenset(
        """
        timeout time-out play plays meeting strike election elections referendum race races
        riding ridings contest hearing conference recess session foul penalty shots game
        ambulance police cab taxi roll halt truce ceasefire hold scrub abort
        march marches rally rallies protest protests demonstration demonstrations walkout
        walkouts stoppage stoppages boycott boycotts vigil vigils blockade blockades
        hotline hotlines helpline helplines number care service desk switchboard dealer
        dealers dealership
        """.split()
    ),
    # Questions put, not worded ("asked questions sparingly", "asked tough questions of the
    # staff"): a hearing's questioning, nothing asked reported (but their topic is:
    # "asked questions about the cost").
    ASK_FORMS: frozenset("question questions".split()),
    # A score added to a team's tally ("added an empty-net goal", "adding a late field goal"):
    # a play, not words; a number before it is a quantity (`QUANTITY_SENSE_VERBS`).
    "add adds added adding": frozenset(
        """
        goal goals touchdown touchdowns basket baskets layup layups dunk dunks homer homers
        run runs 3-pointer 3-pointers three-pointer three-pointers birdie birdies eagle
        eagles assist assists rebound rebounds
        """.split()
    )
    # ... and a part of a building or a service built or laid on ("would have added a prayer
    # hall", "added a wing to the school", "added late-night routes"): works, not words.
    | frozenset(
        """
        hall halls classroom classrooms wing wings storey storeys extension extensions annex
        annexe annexes lane lanes ward wards gym gyms pool pools kitchen kitchens garage
        garages lift lifts elevator elevators ramp ramps route routes car-park car-parks
        """.split()
    ),
    # A score let in ("conceded a late penalty", "conceding two goals"): a play, not words
    # granted ("conceded the point", "conceded that" say); a number before it is a quantity.
    "concede concedes conceded conceding": frozenset(
        """
        goal goals penalty penalties try tries wicket wickets corner corners touchdown
        touchdowns basket baskets run runs equaliser equalizer
        """.split()
    ),
    "claim claims claimed claiming": frozenset(
        """
        title titles victory win seat seats crown championship medal prize trophy lives life
        throne spot lead pole gold silver bronze jackpot majority
        benefit benefits deduction deductions refund refunds rebate rebates exemption
        exemptions allowance allowances expenses
        """.split()
    )
    # a benefit's credit, by its tax in capitals too ("claimed the GST credit"), not "claimed
    # credit for the deal" (a share of praise asserted)
    | frozenset({"tax credit", "tax credits", "GST credit", "HST credit", "GST/HST credit"}),
    # A silence, a rite or a truce kept ("observed a minute's silence before the match",
    # "observes Ramadan", "observed the ceasefire"): an act, no words ("observed that" says).
    "observe observes observed observing": frozenset(
        """
        silence vigil vigils holiday holidays sabbath Sabbath Ramadan Lent fast ceasefire truce
        curfew anniversary tradition traditions custom customs rite rites protocol
        """.split()
    ),
    # Asserting a right or a power is using it, not saying anything: "asserted her Fifth
    # Amendment rights", "asserts control over the port" ("asserted his innocence" says).
    "assert asserts asserted asserting": frozenset(
        """
        right rights privilege privileges control authority dominance sovereignty jurisdiction
        power powers influence independence leadership dominion
        """.split()
    ),
    # A physical attack: places, vehicles, armed groups and buildings as the object ("attacked
    # the convoy", "attacked a police station"), not a person's words or a policy.
    "attack attacks attacked attacking": frozenset(
        """
        convoy convoys station stations base bases camp camps village villages town towns
        checkpoint checkpoints outpost outposts post posts vehicle vehicles truck trucks
        tanker tankers ship ships vessel vessels boat boats bus buses train trains plane
        planes aircraft helicopter patrol patrols troops soldiers forces positions police
        guards militants rebels fighters insurgents peacekeepers embassy
        consulate building buildings compound barracks headquarters airport airbase port
        bridge pipeline refinery facility facilities plant prison jail mosque church temple
        synagogue market hospital school
        """.split()
    ),
    # An office run for ("is seeking a third term", "sought the Republican nomination"): a
    # campaign, not a stance on a claim.
    "seek seeks sought seeking": frozenset(
        """
        nomination nominations reelection re-election election term terms seat seats office
        presidency governorship mayoralty candidacy
        """.split()
    ),
    # A radio call or a signal answered ("the controller acknowledged the call"), a crowd
    # greeted: no words reported ("acknowledged the error" and "acknowledged that" say).
    "acknowledge acknowledges acknowledged acknowledging": frozenset(
        """
        call calls transmission transmissions message messages instruction instructions
        clearance signal signals receipt crowd crowds cheers applause wave mayday maydays
        readback readbacks alert alerts
        """.split()
    ),
    # An invitation turned down ("rejected two invitations to debate, saying ..."): a deed,
    # the reason said after it ("rejected the claim" and "rejected the plan" stay stances).
    REJECT_FORMS: frozenset("invitation invitations".split()),
    # A motion or a request put to a court or a board and refused ("denied a defence motion
    # to exclude the video", "denied him bail", "denied the request"): a ruling, no claim
    # denied ("denied the allegations", "denied any wrongdoing" stay speech; a sanction
    # threatened, "could deny them permits", stays too).
    DENY_FORMS: frozenset(
        """
        motion motions bail application applications request requests appeal appeals
        petition petitions parole injunction mistrial extension adjournment
        """.split()
    ),
    # A demeanour shown ("showed no emotion as the verdict was read", "showed little
    # reaction"): how someone looked, no finding shown ("the data showed no link").
    "show shows showed showing": frozenset(
        "emotion emotions reaction reactions remorse composure restraint".split()
    ),
    # Goods and services given to travellers or customers ("offered refunds", "offered hotel
    # rooms and meals", a controller's "offered vectors to the field"), and ease given ("the
    # cut offers some relief to drivers", "offered a brief respite"): a deed, not a stance
    # offered as "offered condolences" or "offered support" are.
    "offer offers offered offering": frozenset(
        """
        voucher vouchers refund refunds meal meals hotel hotels room rooms accommodation
        accommodations seat seats ride rides shuttle shuttles blanket blankets discount
        discounts coupon coupons ticket tickets upgrade upgrades vectors lodging
        relief respite reprieve
        """.split()
    ),
    # A company's legal state declared ("declared bankruptcy in May"), not words reported.
    "declare declares declared declaring": frozenset("bankruptcy insolvency".split()),
    # A thing looked over by hand ("examined a sample of the data", "examined the wreck", a
    # pathologist's "examined the remains"):
    # no finding reported ("examined whether", "the study examined the causes" stay stances).
    "examine examines examined examining": frozenset(
        """
        sample samples data dataset datasets file files code malware log logs device devices
        phone phones laptop laptops computer computers server servers drive drives wreckage
        debris body bodies scene site footage wreck wrecks hull hulls vessel vessels remains
        patient patients injuries wounds scans records
        """.split()
    ),
    # Products called back by their maker ("recalled its Lumen sedans", "recalled the
    # heaters"), not a memory told ("recalled the night of the storm").
    RECALL_FORMS: frozenset(
        """
        vehicles vehicle cars car sedans sedan trucks truck pickups pickup vans SUVs SUV
        minivans minivan crossovers crossover hatchbacks engines EVs
        motorcycles scooters bicycles bikes tires airbags products product units models
        heaters heater appliances toys cribs strollers seats helmets batteries chargers
        devices phones laptops packages bags boxes bottles jars cans lots batches pounds
        tons items brands medications tablets capsules pills drugs supplements
        """.split()
    ),
    # A plea entered in court ("pleaded not guilty to two counts"), or a reason pleaded for
    # silence or excuse ("pleaded anonymity", "pleaded ignorance"): no words reported.
    PLEA_FORMS: frozenset("guilty innocent contest anonymity ignorance poverty".split()),
    # A work made ("wrote the screenplay over six years", "composed the score", "wrote the
    # majority opinion"): authorship, not words said; a message written ("wrote a letter") is
    # MESSAGE_NOUNS' act.
    "write writes wrote writing compose composes composed composing pen pens penned": frozenset(
        """
        script scripts screenplay screenplays novel novels score scores soundtrack lyrics
        song songs poem poems hymn hymns anthem anthems
        libretto album albums play plays musical musicals opera operas symphony symphonies
        film films episode episodes sitcom series
        opinion opinions concurrence concurrences dissent dissents brief briefs
        """.split()
    ),
    # A land or a people governed ("ruled the country for 30 years"), and the way a court
    # decided ("ruled the other way", "ruled the same way in 2024"): no finding reported
    # ("ruled that ..." and "ruled the law void" say).
    RULE_FORMS: frozenset(
        "country nation kingdom empire island region province state city roost way".split()
    ),
    # A case pleaded before judges ("has argued several cases before the court", "argued the
    # appeal in March"): advocacy, not words reported ("argued that ..." says).
    ARGUE_FORMS: frozenset("case cases appeal appeals motion motions".split()),
    # A made thing shown for the first time ("unveiled a plaque", "unveiling a statue of the
    # late Queen"): a ceremony, not a plan made known ("unveiled a plan to cut taxes").
    "unveil unveils unveiled unveiling": frozenset(
        """
        plaque plaques statue statues portrait portraits memorial memorials bust busts
        sculpture sculptures mural murals stone stones monument monuments window windows
        """.split()
    ),
}
# Cue verbs that with one short object (a pronoun, a name, a noun after a determiner) and
# nothing said after it but when are no speech: "called him on Friday", "called the mayor" (a
# telephone call), "a river called Blue Creek" (a name), "radioed the tower at noon", "begged
# the court on Monday": an addressee and no content; "called the mayor a liar", "radioed the
# tower that ..." are speech. Not "wrote" nor "questioned", whose object may be the content
# ("wrote his book", "questioned the deal").
ONE_OBJECT_VERBS: frozenset[str] = frozenset(
    """
    call calls called calling radio radios radioed radioing caution cautions cautioned
    beg begs begged implore implores implored
    """.split()
)
# Words for no one or for everyone, which no pronoun after them stands for: "No one expected
# it. He said ..." (not "no one").
NO_ANTECEDENT_WORDS: frozenset[str] = frozenset(
    "no one|no-one|nobody|everyone|everybody|anyone|anybody".split("|")
)
# Verbs of feeling whose object, with no clause after it, is who feels: "a shrinking lake
# worries the town" (not "she worries the lake will shrink": a thought).
EXPERIENCER_VERBS: frozenset[str] = frozenset("worry worries worried".split())
# Verbs of questioning, which with a person for object and the topic after it are no doubt
# voiced: "counsel questioned Mr Pym about the memo", "police questioned the driver over
# the crash" (an interrogation; "questioned the memo", "questioned whether ..." doubt).
QUESTIONING_FORMS: frozenset[str] = frozenset(
    "question questions questioned questioning quiz quizzes quizzed".split()
)
# Who questions a person in an interrogation, besides the bodies that hear evidence
# (`HEARING_BODIES`): "Detectives questioned the driver over the crash"; and whom one
# questions so ("questioned the suspect about the fire"). Anyone else questioning a person
# challenges them: "Opposition MPs questioned the minister over the contract".
INTERROGATORS: frozenset[str] = frozenset(
    """
    police officers detective detectives investigator investigators counsel lawyer lawyers
    attorney attorneys prosecutor prosecutors prosecution defence defense crown coroner
    judge agents
    """.split()
)
INTERROGATED: frozenset[str] = frozenset("suspect suspects witness witnesses accused".split())
# What follows the object of "call" in a procedure, no speech: "called the meeting to order",
# "called parliament into session".
CALL_COMPLEMENTS: tuple[str, ...] = ("to order", "into session", "back into session")
# Plays of a game that a coach's challenge asks the officials to review: "challenged the goal
# for offside", "challenged the spot of the ball".
REVIEWED_PLAYS: frozenset[str] = frozenset("goal play catch spot touchdown fumble".split())
# What "by" opens after a passive when it names no agent (`statements.agents`): a time, an
# amount or a manner. Words that do so alone ("by Friday", "by then", "by hand", "by email",
# "by far"; "by next year", "by mid-2027", "by early March"):
BY_NON_AGENT_WORDS: frozenset[str] = (
    TIME_WORDS
    | FEAST_DAYS
    | SEASONS
    | TIMES_OF_DAY
    | frozenset(
        """
        then now tomorrow tonight year-end next early late mid fall half
        hand mistake accident chance email e-mail phone telephone post mail letter text
        video law decree default design far surprise force proxy ballot acclamation
        consensus lot heart rail road sea air car train bus foot
        """.split()
    )
)
# Heads of a noun phrase after "by" and an article, last in the phrase, that tell a time, an
# amount or a manner: "by the end of", "by a wide margin", "by a landslide", "by a third".
BY_NON_AGENT_HEADS: frozenset[str] = (
    TIME_WORDS
    | SEASONS
    | frozenset(
        """
    end start beginning middle close turn time deadline
    margin landslide majority vote votes factor third quarter half fraction whisker mile
    distance length lengths point points
    """.split()
    )
)
# Words after a number that make "by" and the number an amount or a time ("by 5 percent",
# "by 12 votes", "by 2030"), not a number of agents ("by 40 doctors").
BY_AMOUNT_UNITS: frozenset[str] = frozenset(
    """
    percent per percentage point points vote votes seat seats goal goals run runs wicket
    wickets stroke strokes shot shots length lengths time times year years month months week
    weeks day days hour hours minute minutes second seconds metre metres meter meters foot
    feet inch inches mile miles kilometre kilometres km degree degrees cent cents pence
    """.split()
)
# Participles that, passive with nobody named as their source, report no one's claim: "was
# charged with fraud", "is accused of", "was ordered to pay", "was told to leave", "is said to
# be"; a verdict, "was found guilty", "was found liable".
SOURCELESS_PASSIVES: frozenset[str] = frozenset(
    """
    charged accused ordered told asked said alleged indicted sentenced convicted fined sued
    reported rumoured rumored
    found
    """.split()
)
# Passives of belief that, with only a time after them and nobody named, tell a schedule:
# "results are expected on Saturday", "a ruling is anticipated next week".
SCHEDULE_PASSIVES: frozenset[str] = frozenset({"expected", "anticipated"})
# What a court sets a date for, after such a passive and "to": "is expected to appear in
# court Friday", "to be sentenced in May", "to stand trial"; and the rulings set for a time
# alone ("is expected to rule in May", "to deliver her decision on March 8"), not for an
# outcome ("is expected to rule against the ban": a forecast).
COURT_DATES: tuple[str, ...] = (
    "appear",
    "return to court",
    "be arraigned",
    "be sentenced",
    "be tried",
    "be extradited",
    "stand trial",
    "enter a plea",
    "enter pleas",
)
COURT_RULING_VERBS: frozenset[str] = frozenset("rule decide deliver hand".split())
# What a diary sets a date for, after such a passive and "to": a visit or a journey ("is
# expected to visit the village in the new year", "to attend the service", "to travel to
# Fiji"): an engagement on the record, nobody's belief; not an outcome ("is expected to win").
ENGAGEMENTS: frozenset[str] = frozenset("visit attend tour".split())
# The journeys among them, an engagement only with the place they lead to or from ("to
# travel to Fiji", "to arrive in Suva"): not a forecast's "shares are expected to travel
# higher", "is expected to arrive at a decision".
JOURNEYS: frozenset[str] = frozenset("travel arrive".split())
# The same engagements done, a public act a speaker performs while speaking: "said nurses were
# heroes *as she opened* a ward", "... as he unveiled a plaque": the writer's time of the
# words, no part of them.
ENGAGEMENTS_DONE: frozenset[str] = frozenset(
    """
    opened unveiled toured visited launched inaugurated addressed greeted met hosted attended
    presented named christened dedicated
    """.split()
)
# Verbs of making a written work, whose object in quotation marks and title case is the work's
# title, not words said: "wrote “A Long Way Home” in 1990". Not "sang": sung words are uttered.
WORK_VERBS: frozenset[str] = frozenset(
    "write writes wrote writing publish publishes published publishing".split()
)
# Performative verbs (Austin's declaratives and Searle's declarations: to announce or declare is
# to do the act named): with a noun phrase for object and nothing reported after it ("declared a
# state of emergency", "announced a ban on plastic bags", "announced her resignation"), they
# report an act, not what someone said; "announced that ...", "announced a ban would start in
# May", "declared the bridge unsafe" report a claim.
PERFORMATIVE_VERBS: frozenset[str] = frozenset(
    """
    announce announces announced announcing declare declares declared declaring proclaim
    proclaims proclaimed proclaiming unveil unveils unveiled unveiling
    """.split()
)
# Verbs of endorsing a candidate or a cause, which negated before a noun phrase are an
# endorsement not given ("has not endorsed a candidate", "did not back either contender"): no
# stance to weigh, as "has not announced a price" is no act.
ENDORSING_VERBS: frozenset[str] = frozenset(
    "endorse endorses endorsed endorsing back backs backed backing".split()
)
# Verbs of deciding for or against a thing (a vote, a ruling, an endorsement, a refusal),
# which in a condition ("If the board approves the plan, ...", "unless the court rejects it")
# are a decision not yet taken, no stance held; a wish in one ("unless it wants to ...") stays.
DECISION_VERBS: frozenset[str] = (
    ENDORSING_VERBS
    | frozenset(
        """
    approve approves approved reject rejects rejected refuse refuses refused decline declines
    declined support supports supported oppose opposes opposed overrule overrules overruled
    """.split()
    )
    | VOTE_CUES
)
# What an object complement after a performative's object ends with, a judgement and so a claim
# ("declared the bridge unsafe", "declared the vote fraudulent"): adjective endings (nouns in
# "-ment" excepted), and adjectives that have none of them.
COMPLEMENT_ENDINGS: tuple[str, ...] = (
    "able", "ible", "al", "ful", "ous", "ive", "ic", "less", "ent", "ant", "ed", "ary", "ile",
)  # fmt: skip
COMPLEMENT_ADJECTIVES: frozenset[str] = frozenset(
    """
    open closed dead safe unsafe free over ready clear void null invalid valid unfit fit
    sound wrong right true false guilty innocent bankrupt extinct obsolete complete
    """.split()
)
# Adjectives that continue an anonymous source with what it knows: "people familiar with the
# talks", "an official close to the mayor", "sources knowledgeable about the deal".
SOURCE_ADJECTIVES: frozenset[str] = frozenset(
    "familiar close knowledgeable privy involved aware briefed".split()
)
# Verbs of transferring a message and of saying (Levin 1993, 37.1 and 37.7): with a noun
# phrase for object that names a kind of message (MESSAGE_NOUNS) and nothing reported after
# it, the object names the message, not what it says ("told a joke", "wrote a letter to the
# council"). Any other noun phrase may be the subject of a clause without "that" ("said the
# deal raises wages", "wrote the rules change nothing"). Not the verbs of judgement (Levin
# 33: "criticized the deal", "denied the charge"), whose object is what the judgement is of.
MESSAGE_VERBS: frozenset[str] = frozenset(
    """
    say says said tell tells told write writes wrote post posts posted tweet tweets tweeted
    explain explains explained note notes noted repeat repeats repeated recount recounts
    recounted relay relays relayed quote quotes quoted mention mentions mentioned state
    states stated argue argues argued
    """.split()
)
# Verbs by which one puts out a post, a note or a sign of one's own, whose caption or
# message is the poster's words: "Kay shared a photo with the caption “...”", "Marchers
# carried placards that read “...”", "Residents hung banners that read “...”"; first those
# that put out a network's post and nothing else ("posted", "shared", "tweeted"), so that
# "the post read" after one is the poster's, not after "wrote to donors" or "held a sign".
NETWORK_POSTING_VERBS: frozenset[str] = frozenset(
    """
    share shares shared sharing post posts posted posting tweet tweets tweeted tweeting
    caption captions captioned captioning upload uploads uploaded uploading
    publish publishes published publishing
    """.split()
)
POSTING_VERBS: frozenset[str] = NETWORK_POSTING_VERBS | frozenset(
    """
    write writes wrote writing
    carry carries carried carrying hold holds held holding wave waves waved waving
    hang hangs hung hanging make makes made making
    """.split()
)
# Signs carried or put up, whose words are their carriers' after a posting verb
# ("Marchers held signs saying “...”", "Ana Lee held a banner that said “...”").
SIGN_NOUNS: frozenset[str] = frozenset(
    "sign signs placard placards banner banners poster posters".split()
)
# Nouns of kinds of message and of writing (the "message" object of Levin's 37.1 verbs):
# what "told", "wrote" or "posted" made, when no content is reported.
MESSAGE_NOUNS: frozenset[str] = frozenset(
    """
    joke jokes story stories tale tales anecdote anecdotes letter letters note notes message
    messages email emails e-mail e-mails post posts tweet tweets video videos photo photos
    newsletter newsletters
    prayer prayers speech speeches column columns op-ed op-eds essay essays book books poem
    poems memo memos blog blogs lie lies goodbye farewell thanks greeting greetings song songs
    article articles editorial editorials piece pieces eulogy toast sermon lecture
    """.split()
)
# Participles of a legal charge or an arrest, passive when their preposition follows at once
# (the active verb takes its object first: "charged him with"): "A man charged with arson will
# ...", "a woman accused of fraud", "a teen arrested in connection with the fire".
CHARGE_PARTICIPLES: frozenset[str] = frozenset(
    "charged accused indicted convicted sentenced sued fined arrested detained jailed".split()
)
# The prepositions a legal charge's participle takes at once in the passive: "charged with",
# "accused of", "charged in a stabbing", "fined for", a headline's "charged after a shooting"
# (the first two, `CHARGE_OBJECT_PREPOSITIONS`, never after the active verb; the others may open
# where or when it charged; of those, `CHARGE_EVENT_PREPOSITIONS` only before an event's
# determiner: "charged after a shooting").
CHARGE_OBJECT_PREPOSITIONS: tuple[str, ...] = ("with", "of")
CHARGE_EVENT_PREPOSITIONS: tuple[str, ...] = ("after", "following", "over")
CHARGE_PREPOSITIONS: tuple[str, ...] = (
    *CHARGE_OBJECT_PREPOSITIONS,
    "in",
    "for",
    *CHARGE_EVENT_PREPOSITIONS,
)
# Where a claim is put in words, after "in": "charged in a letter that", "alleged in its
# lawsuit", "said in an interview".
CLAIM_VENUES: frozenset[str] = MESSAGE_NOUNS | frozenset(
    """
    statement statements lawsuit lawsuits suit suits complaint complaints filing filings
    documents affidavit affidavits interview interviews release releases report reports
    motion motions
    """.split()
)
# What is posted beside a message's words, the object of "add" (ADD_FORMS) that is none of
# them: "adding the hashtag #NoMore", "adding a broken-heart emoji", "adding a photo".
ATTACHMENT_NOUNS: frozenset[str] = MESSAGE_NOUNS | frozenset(
    """
    hashtag hashtags emoji emojis picture pictures image images photograph photographs clip
    clips link links gif gifs selfie selfies caption captions
    """.split()
)
# Nouns of what someone said, which a colon after their possessor introduces in the words
# said: "Her verdict: “...”", "The chef’s answer: “...”".
VERDICT_NOUNS: frozenset[str] = frozenset(
    """
    verdict advice answer reply response retort message warning view take explanation
    conclusion assessment prediction motto mantra philosophy reasoning argument reaction
    diagnosis summary plea promise instructions words
    """.split()
)
# Nouns of a maxim someone lives by, whose owner said the quotation just before it in the
# next sentence's frame: "“...” That is Ana Ruiz’s first rule of organising."
RULE_NOUNS: frozenset[str] = frozenset("rule rules creed maxim credo".split())
# Nouns of words someone else wrote or chants, whose quotation after a stance verb's object
# and a colon is no word of the subject's: "criticised the slogan: “...”", "mocked the
# headline: “...”" (not "thanked the fans: “...”", what the subject said).
QUOTED_WORDING_NOUNS: frozenset[str] = (SIGN_NOUNS - {"poster", "posters"}) | frozenset(
    """
    slogan slogans motto mottos headline headlines title titles caption captions chant chants
    hashtag hashtags name names
    """.split()
)
# Verbs of asserting (Levin 1993, 37.7 say verbs that assert: "claim", "insist"): with
# MESSAGE_VERBS, the verbs whose hypothetical use ("some might say", "if Lee claims") is not
# a statement.
CLAIM_VERBS: frozenset[str] = frozenset(
    """
    claim claims claimed insist insists insisted contend contends contended assert asserts
    asserted suggest suggests suggested
    """.split()
)
# Verbs that, after a cue's object, open a clause: "added 300 jobs *were* cut" reports it.
AUXILIARY_VERBS: frozenset[str] = frozenset(
    "is are was were be been being will would could can may might should must has have had do "
    "does did".split()
)
# Words that open a predicate, after a subject of one word and an interrupting attribution:
# "Turnout, she said, *was* 61 percent", "Sales, according to the firm, *fell* by a third"
# (with the pasts in -ed); not "However, she said, the plan ...".
PREDICATE_OPENERS: frozenset[str] = (
    AUXILIARY_VERBS
    | FINITE_PASTS
    | frozenset("rose fell grew remains remained stands stood".split())
)


# --- Acts ---
# Used by statements/acts. What a source did with the content: said it (`speech`: a claim to check
# against what the source said), holds it in mind (`thought`) or takes a position or action
# on it (`stance`). Cue words not listed under thought or stance are speech: verbs of
# communication and of judgement (Levin's classes 37 and 33: "said", "told", "warned",
# "criticized", "urged", "called for"), "according to", labels and attributions by a colon.
# Verbs of conjecture, perception and feeling (Levin 29.5, 30, 31): "believes", "knows",
# "fears"; the characterize verbs of the mind (Levin 29.2: "see", "view", "regard",
# "perceive", "envision", "remember" X as Y) and the consider verbs (29.9: "considered", "deemed",
# "rated"); adjectives and nouns of the same: "is confident that", "concerns that".
THOUGHT_WORDS: frozenset[str] = (
    frozenset(
        """
    believe believes believed believing think thinks thought thinking know knows knew known
    expect expects expected expecting anticipate anticipates anticipated feel feels felt fear
    fears feared fearing hope hopes hoped hoping worry worries worried worrying suspect
    suspects suspected doubt doubts doubted reckon reckons reckoned assume assumes assumed
    wonder wonders wondered understand understands understood realize realizes realized
    realizing realise realises realised realising learn learns learned learnt discover discovers
    discovered discovering notice notices noticed sense senses sensed judge judges judged
    determine determines determined hear hears heard see sees saw seen view viewed consider
    considers considered deemed decide decides decided recognize recognizes recognized
    recognise recognises recognised
    seeing viewing views regard regards regarded regarding perceive perceives perceived
    perceiving envisage envisages envisaged envision envisions envisioned envisioning
    remember remembers remembered remembering rate rates rated
    afraid concerned convinced confident sure certain hopeful skeptical sceptical optimistic
    pessimistic aware unsure doubtful fearful
    belief beliefs notion idea view conclusion theory fear concern concerns hope expectation
    expectations assumption perception impression worries worry doubt doubts speculation
    illusions skepticism optimism recognition confidence pessimism certainty guess hunch
    feeling
    """.split()
    )
    | WAGER_VERBS
)
# Verbs, adjectives and nouns of wanting, planning, supporting and opposing, deciding and
# acting (Levin 32 "want", 29.2 "consider", and verbs of creation and showing): "wants",
# "plans", "backs", "advocates", "voted for", "declined"; verbs of persuading (Levin 59,
# "force": what was done to move someone, not what was said); and what documents and
# research do: "a poll shows", "a study found".
STANCE_WORDS: frozenset[str] = (
    frozenset(
        """
    want wants wanted plan plans planned intend intends intended aim aims aimed seek seeks
    sought backing support supports supported oppose opposes opposed endorse endorses endorsed back
    backs backed favor favors favored favour favours favoured reject
    rejects rejected decline declines declined
    refuse refuses refused like likes liked love loves loved hate hates hated admire admires
    admired embrace embraces embraced champion champions championed approve approves
    approved rule rules ruled overrule overrules overruled show shows showed
    shown showing
    find finds found documented discuss discusses discussed examine examines examined
    examining explore explores explored exploring publish publishes published unveil
    unveils unveiled offer offers offered release releases released supporting opposing
    endorsing seeking championing advocate advocates advocated advocating persuade persuades
    persuaded persuading rejecting refusing favoring favouring embracing approving
    pleased happy glad disappointed surprised relieved proud outraged furious alarmed angry
    upset frustrated incensed adamant
    support opposition objection objections plans agreement consensus decision
    determination eagerness reluctance refusal commitment intention intent willingness
    desire resolve adulation endorsement admiration disdain contempt outrage anger despair
    findings finding study survey poll
    voted votes vote
    position stance
    """.split()
    )
    | HOLD_CUES
    | FRAMING_CUES
)
# Verbs of expression whose object names the attitude expressed: "expressed concern that",
# "voiced support for", "expressed his frustration with". The object's noun gives the act
# (a concern is a thought, support a stance); other objects leave them speech ("expressed
# thanks").
EXPRESSION_VERBS: frozenset[str] = frozenset(
    "express expresses expressed expressing voice voices voiced voicing".split()
)
# Nouns of emotion and attitude (the stance nouns of Biber et al. 1999, 8.11, and the nouns
# of the admire and marvel verbs, Levin 31.2 and 31.3) that name a position taken when
# expressed: "expressed dismay at", "voiced reservations about". A stance.
ATTITUDE_NOUNS: frozenset[str] = frozenset(
    """
    frustration disappointment dismay sympathy solidarity reservations misgivings regret
    regrets gratitude satisfaction dissatisfaction displeasure approval disapproval
    enthusiasm interest alarm unease indignation sorrow shock surprise pride delight
    appreciation exasperation irritation annoyance resentment fury frustrations
    """.split()
)
# Documents of research, whose content is a finding: a sentence opened by one ("In the latest
# poll, ...") reports a stance, as "a poll shows" does; opened by any other document ("In a
# statement, ...") it reports speech.
RESEARCH_DOCUMENTS: frozenset[str] = frozenset(
    """
    poll polls survey surveys study studies analysis analyses research findings data estimate
    estimates assessment assessments audit review projection projections forecast forecasts
    modelling modeling substudy substudies preprint preprints meta-analysis meta-analyses
    """.split()
)
# Multi-word cues whose act is not that of their first word, or not that of the noun they
# could also be: "calls for" is a demand, as "called for" is (Levin 60, "order").
PHRASE_ACTS: dict[str, str] = {
    **dict.fromkeys(_WORRY_PARTICLES, "stance"),
    **dict.fromkeys(_HARSH_PARTICLES, "stance"),
    **dict.fromkeys(REJECTING_PARTICLES, "stance"),
    **dict.fromkeys(DOUBTING_PHRASES, "stance"),
    **dict.fromkeys(FOUND_HARD_CUES, "thought"),
    "call for": "speech",
    # conceding a point is coming to think it ("Fans have accepted that the team is
    # rebuilding"), a witness's testimony too
    "accept": "thought",
    "accepts": "thought",
    "accepted": "thought",
    "calls for": "speech",
    "disagrees with": "stance",
    "disagreed with": "stance",
    "disagree with": "stance",
    **dict.fromkeys(PRICED_IN_CUES, "thought"),
    "pushed for": "stance",
    "pushes for": "stance",
    "pushing for": "stance",
    "push for": "stance",
    "lobbied for": "stance",
    "lobbying for": "stance",
    "lobby for": "stance",
    "lobbies for": "stance",
    **dict.fromkeys(FOUND_OUT_CUES, "thought"),
    **dict.fromkeys(OPINION_HELD_CUES, "thought"),
}

# --- Speaker coreference ---
# Used by speakers/ to tell which earlier speaker a pronoun or a description stands for.
# A partitive before a speaker: its quantifiers ("one of the sources", "two of them"), and the
# pronouns after its "of" ("one of them said"), written as the regexes use them.
PARTITIVE_QUANTIFIERS: tuple[str, ...] = tuple(
    "one another two three four five some several many most both each all none either"
    " neither".split()
)
OF_PRONOUNS: tuple[str, ...] = ("them", "those", "us")
# The quantifiers whose partitive is one person ("one of them", "neither of us"); the others
# ("two of them", "both of us") are a group.
SINGULAR_QUANTIFIERS: frozenset[str] = frozenset("one another each either neither none".split())
# Common Korean, Chinese and Vietnamese family names, written first in a name ("Kim Jong Un",
# "Wang Yi", "Nguyen Thi Lan"), and North Korean spellings of them ("Ri", "Pak", "Choe"): a
# later bare "Kim", "Wang" or "Nguyen" is that person. Not "Lee", a given name in English too
# (a Korean "Lee Su-jin" is known by the hyphen of her given name), nor "Le" or "Do", a
# particle and a verb, nor "Jon" and "Jo", given names in English.
SURNAME_FIRST_NAMES: frozenset[str] = frozenset(
    """
    kim park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song
    yoo hong jeon moon ri pak choe ryu
    wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo xi li ma gao luo zheng xie
    nguyen tran pham hoang huynh phan vu vo dang bui ngo duong dinh trinh doan truong
    tan ng goh ong teo koh chua wong leung
    """.split()
)
# The commonest family names in Canada and the United States, English and French ("Smith",
# "Tremblay"): a lone one apposed to a body's noun is a person's ("the company, Smith,").
COMMON_SURNAMES: frozenset[str] = (
    frozenset(
        """
    smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
    gonzalez wilson anderson thomas taylor moore jackson martin thompson white harris sanchez
    clark ramirez lewis robinson walker young allen wright scott torres flores adams nelson
    hall rivera campbell mitchell carter roberts macdonald stewart murray fraser reid
    tremblay gagnon roy cote bouchard gauthier morin lavoie fortin gagne ouellet pelletier
    belanger levesque bergeron leblanc girard simard boucher caron beaulieu cloutier
    singh patel kumar
    """.split()
    )
    | SURNAME_FIRST_NAMES
)
# Honours said before a given name, not a surname: "Sir Alan", "Dame Ann Lee".
GIVEN_NAME_TITLES: frozenset[str] = frozenset({"sir", "dame"})
# Titles that say a person's gender: "Mrs. Clinton" is "she".
MALE_TITLES: frozenset[str] = frozenset(
    """mr sir lord king prince sultan emir sheikh baron viscount alhaji shri thiru haji
    sayyid""".split()
)
FEMALE_TITLES: frozenset[str] = frozenset(
    "mrs ms miss madam dame lady queen princess baroness countess duchess alhaja smt hajjah datin"
    " puan".split()
)
# Nouns that say a person's gender or kin and nothing of a role: "a man in his 60s", "her
# father".
MALE_KIN_NOUNS: frozenset[str] = frozenset(
    """
    man father son husband brother uncle nephew grandfather grandson boyfriend fiance widower
    stepfather stepson father-in-law son-in-law brother-in-law
    """.split()
)
FEMALE_KIN_NOUNS: frozenset[str] = frozenset(
    """
    woman mother daughter wife sister aunt niece grandmother granddaughter girlfriend fiancee
    stepmother stepdaughter mother-in-law daughter-in-law sister-in-law widow
    """.split()
)
# The titles of royalty and the peerage that take "of" and the place of the title: "the
# Duchess of Avon", "the Princess of Wessex", "the Earl of Brill": a person by that title,
# whose gender it says.
MALE_NOBLE_TITLES: frozenset[str] = frozenset("prince duke earl marquess viscount baron".split())
FEMALE_NOBLE_TITLES: frozenset[str] = frozenset(
    "princess duchess countess marchioness viscountess baroness".split()
)
NOBLE_TITLES: frozenset[str] = MALE_NOBLE_TITLES | FEMALE_NOBLE_TITLES
# Royal styles that are a title and a capitalised word without a place, and name one person
# as the titles with a place do: "the Princess Royal", "the Queen Mother", "the Prince
# Consort". (A name after one is not read apart yet: "Queen Consort Camilla" gives the name
# "Consort Camilla".)
STYLED_ROYAL_TITLES: frozenset[tuple[str, str]] = frozenset(
    {
        ("princess", "royal"),
        ("queen", "mother"),
        ("queen", "consort"),
        ("prince", "consort"),
        ("queen", "dowager"),
    }
)
# The royal styles of address, after "His" or "Her" and in capitals: "His Majesty", "Her
# Royal Highness": one person by the style, whose gender the possessive says.
ROYAL_STYLES: frozenset[str] = frozenset({"majesty", "highness"})
# Nouns that say a person's gender: "her father", "the congresswoman", "the duchess".
MALE_NOUNS: frozenset[str] = (
    MALE_KIN_NOUNS
    | MALE_NOBLE_TITLES
    | frozenset(
        """
        businessman congressman chairman spokesman councilman assemblyman policeman
        sportsman actor king gentleman
        """.split()
    )
)
FEMALE_NOUNS: frozenset[str] = (
    FEMALE_KIN_NOUNS
    | FEMALE_NOBLE_TITLES
    | frozenset(
        """
        businesswoman congresswoman chairwoman spokeswoman councilwoman assemblywoman
        policewoman sportswoman actress queen lady
        """.split()
    )
)
# Family words a story calls a person it has just named by ("Marit Oyelaran keeps her late
# husband's logs. “...,” the widow said"), never someone new: each with the kin words whose
# holder it is (her husband's widow, his son's father), which the sentence read just before
# must give its subject by a possessive ("her late husband"), else it is someone else's kin.
_PARENT_OF = "son sons daughter daughters child children baby"
_CHILD_OF = "mother father parents"
_SIBLING_OF = "brother brothers sister sisters"
_GRANDPARENT_OF = "grandson granddaughter grandchildren grandchild"
_GRANDCHILD_OF = "grandmother grandfather grandparents"
KIN_CONVERSES: dict[str, frozenset[str]] = {
    kin: frozenset(converse.split())
    for kins, converse in (
        ("widow widower", "husband wife spouse"),
        ("wife", "husband"),
        ("husband", "wife"),
        ("mother father", _PARENT_OF),
        ("daughter son", _CHILD_OF),
        ("sister brother", _SIBLING_OF),
        ("grandmother grandfather", _GRANDPARENT_OF),
        ("grandson granddaughter", _GRANDCHILD_OF),
        ("aunt uncle", "niece nephew nieces nephews"),
        ("niece nephew", "aunt uncle"),
        ("mother-in-law father-in-law", "daughter-in-law son-in-law"),
        ("daughter-in-law son-in-law", "mother-in-law father-in-law"),
        ("sister-in-law brother-in-law", "sister-in-law brother-in-law"),
    )
    for kin in kins.split()
}
# Kin words a count of children may follow, describing a parent: "a mother of two", "the
# grandfather of 11".
PARENT_NOUNS: frozenset[str] = frozenset(
    kin for kin, converse in KIN_CONVERSES.items() if {"children", "grandchildren"} & converse
)
# Titles that are also a given name, a surname or a brand, a title only before a given name
# and a surname: "Dean Patricia Olufemi" (not "Dean Martin"), "Rector Ian Moss", "Canon Ruth
# Agu" (not "Canon Europe").
NAME_LIKE_TITLES: frozenset[str] = frozenset("dean rector canon".split())
# The settings of those titles, which a text must tell before one that is also a given name is
# read as a title: "Dean Patricia Olufemi" in a story of a university, not "Dean Michael Walsh,
# 34," in a court report.
NAME_LIKE_TITLE_SETTINGS: frozenset[str] = frozenset(
    """
    university universities college colleges campus faculty faculties cathedral cathedrals
    chapel chapels parish parishes diocese seminary
    """.split()
)
# Kin of someone, and those as close: "the family of", "the parents of", "the widow of",
# "friends of" a victim, the speakers of family news.
KIN_OF_WORDS: frozenset[str] = (
    frozenset(KIN_CONVERSES)
    | frozenset(kin for converse in KIN_CONVERSES.values() for kin in converse)
    | KIN_BODIES
    | frozenset("partner fiancée fiancé fiancee fiance girlfriend boyfriend friends".split())
)
# Modifiers between an owner and a kin word: "his younger brother Tom", "her late husband".
KIN_MODIFIERS: frozenset[str] = frozenset(
    "older younger elder late twin little big eldest youngest oldest".split()
)
# Words after a victim's noun that tell what befell them, or a relative clause on them: "the
# family of a man *killed* when his van hit a tree", "the mother of a girl *missing* since May".
VICTIM_MARKERS: frozenset[str] = frozenset(
    """
    killed stabbed shot hurt injured wounded murdered drowned abducted kidnapped held taken
    trapped missing found jailed detained attacked assaulted beaten struck hit crushed lost
    dead who whose
    """.split()
)
# Nouns that tell a child, whom a count of children never describes as a parent ("Mia Roy, a
# Grade 2 student, ... the mother of two": someone else).
CHILD_NOUNS: frozenset[str] = _YOUNG_NOUNS | frozenset(
    "infant pupil kindergartner preschooler".split()
)
# The states of the United States, in lower case: a politician's constituency after a name
# ("Sen. Ann Lee of Ohio") says where, not what, the person is.
US_STATES: frozenset[str] = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()
) | frozenset(
    {
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
    }
)
# The states' abbreviations in the news' style, in lower case without their dot: after a
# town and a comma ("of Fresno, Calif.,") one says where the person lives.
US_STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex vt va wash wis wyo
    """.split()
)
# The abbreviations of Canada's provinces and territories with their dot, as a paper writes
# them after a town ("the mayor of Brill, Ont.,"), in lower case; initials ("N.S.") apart.
PROVINCE_ABBREVIATIONS: frozenset[str] = frozenset("ont que man sask alta nfld".split())
# Either, as a town's state or province after its comma: "of Fresno, Calif.", "of Red Deer, Alta.".
STATE_ABBREVIATIONS: frozenset[str] = US_STATE_ABBREVIATIONS | PROVINCE_ABBREVIATIONS
# The states and provinces of Australia and Canada, in lower case: after a city ("from
# Ballarat, Victoria,") one says where, even when it is a given name too.
STATES_AND_PROVINCES: frozenset[str] = frozenset(
    """
    victoria queensland tasmania alberta ontario quebec manitoba saskatchewan newfoundland
    yukon nunavut
    """.split()
) | frozenset(
    {
        "new south wales",
        "south australia",
        "western australia",
        "northern territory",
        "british columbia",
        "nova scotia",
        "new brunswick",
        "prince edward island",
    }
)
# Places written by their initials, in lower case: "B.C. Hydro", "the N.S. government", "B.C.
# NDP" open with a place, not a person's initials ("J.R. Smith").
PLACE_INITIALS: frozenset[str] = frozenset("u.s. u.k. b.c. n.s. n.b. p.e.i. d.c. n.y. l.a.".split())
# Countries, capitals and seats of government that speak for their governments ("Britain
# said", "Moscow denied", "Downing Street said"): a speaker named by one of them alone is an
# organization. (Not capitals that are given names too: Sofia, Vienna, Santiago, Victoria.)
GOVERNMENT_PLACES: frozenset[str] = frozenset(
    """
    afghanistan argentina australia austria belarus belgium brazil britain canada chile china
    colombia cuba denmark egypt england estonia ethiopia finland france germany greece
    hungary india indonesia iran iraq ireland israel italy japan kazakhstan kenya
    latvia lebanon libya lithuania mexico moldova netherlands nigeria norway pakistan
    palestine peru poland portugal qatar romania russia scotland serbia spain sweden
    switzerland syria taiwan thailand turkey ukraine venezuela vietnam yemen
    u.k. u.s. america
    beijing berlin brussels kabul kyiv kiev london moscow paris pyongyang seoul tehran tokyo
    washington ankara damascus baghdad jerusalem ottawa canberra warsaw
    quebec québec ontario alberta manitoba saskatchewan newfoundland
    islamabad riyadh cairo doha amman beirut manila jakarta hanoi bangkok taipei pretoria
    nairobi abuja dhaka kathmandu colombo tripoli tunis algiers rabat khartoum minsk tbilisi
    yerevan baku tashkent astana budapest rome madrid lisbon dublin stockholm oslo copenhagen
    helsinki athens bucharest belgrade zagreb vilnius riga tallinn caracas bogota brasilia
    havana whitehall elysee élysée
    """.split()
) | frozenset(
    {
        "new delhi",
        "abu dhabi",
        "kuala lumpur",
        "addis ababa",
        "buenos aires",
        "mexico city",
        "downing street",
        "queen's park",
        "parliament hill",
        "british columbia",
        "nova scotia",
        "new brunswick",
        "prince edward island",
        "north korea",
        "south korea",
        "south africa",
        "saudi arabia",
        "new zealand",
        "the united states",
        "united states",
        "the united kingdom",
        "united kingdom",
        "the netherlands",
        "the philippines",
        "the u.s.",
        "the u.k.",
        "united arab emirates",
    }
)
# Places that are no seat of government, where documents and talks come "from" ("two reports
# from Geneva": the reports speak, not the place), and the endings of towns' names
# ("Lakeview", "Brookville", "Fairhaven"). Other names after "from" are sources.
PLACE_NAMES: frozenset[str] = frozenset(
    """
    geneva davos strasbourg chicago houston shanghai dubai mumbai istanbul
    sydney toronto vancouver montreal frankfurt milan munich barcelona hamburg zurich
    """.split()
) | frozenset({"the hague", "new york", "los angeles", "hong kong"})
PLACE_NAME_ENDINGS: tuple[str, ...] = tuple(
    "ville view burg burgh borough haven stadt grad polis".split()
)
# A person by party, capitalised: after a determiner a description ("the 52-year-old
# Republican", "a Liberal from Halifax", "a New Democrat", "a Bloquiste"), not a name.
PARTY_MEMBERS: frozenset[str] = frozenset(
    """republican democrat independent libertarian socialist progressive tory liberal
    conservative bloquiste""".split()
)
# A person by nationality, capitalised: after a determiner a description of the person just
# named, as a party member is ("the 52-year-old Spaniard", "the Swede", "the Italian
# international" is a role noun's modifier, not one of these), in sports and wire copy.
NATIONALITY_NOUNS: frozenset[str] = frozenset(
    """swede spaniard dane finn pole scot turk serb croat briton frenchman englishman
    irishman welshman scotsman dutchman icelander norwegian italian german brazilian
    argentine argentinian portuguese nigerian ghanaian moroccan algerian senegalese belgian
    austrian australian american canadian colombian uruguayan mexican chilean peruvian
    japanese korean egyptian tunisian cameroonian ivorian greek hungarian romanian
    bulgarian slovenian slovakian ukrainian russian georgian albanian kosovan bosnian
    montenegrin ecuadorian venezuelan paraguayan jamaican basque catalan czech slovak
    latvian lithuanian estonian israeli iranian iraqi saudi qatari pakistani indian
    haitian congolese malian guinean gabonese zambian zimbabwean african kenyan ugandan
    ethiopian tanzanian aussie kiwi bangladeshi afghan nepali nepalese bhutanese maldivian
    lankan zealander""".split()
)
# A description by party or nationality stands for the person just named.
DESCRIBED_MEMBERS: frozenset[str] = PARTY_MEMBERS | NATIONALITY_NOUNS
# ... of which these are a people's plural too ("The Japanese say they", "the Senegalese
# said they"): one person's only after a modifier ("the 26-year-old Portuguese").
INVARIANT_NATIONALITY_NOUNS: frozenset[str] = frozenset(
    w for w in NATIONALITY_NOUNS if w.endswith("ese")
)
# The role of a person a court report names as charged ("Ed Lee, 37, is charged with ...":
# "the defendant"), and the verbs that tell it after the name.
CHARGED_ROLES: frozenset[str] = frozenset({"defendant", "accused"})
CHARGE_VERBS: tuple[str, ...] = (
    "is charged", "was charged", "has been charged", "is accused", "was accused",
    "has been accused", "is indicted", "was indicted", "pleaded", "pleads", "denies",
    "stands trial", "is on trial",
)  # fmt: skip
# Roles one person holds toward another, in a race, a case or talks: "his opponent" is the
# other side of the one "his" stands for, not one of his own people.
RECIPROCAL_ROLES: frozenset[str] = frozenset(
    "opponent rival challenger counterpart adversary".split()
)
# The other side a body stands toward, after "its" before a name: "its northern neighbour
# Altavia", "its rival Brel Foods", "its ally Norvania": a body like the one "its" stands for
# (a country, a company, a party), no person. Not a firm's partner or a race's challenger
# or opponent, people ("Mr. Okafor, its managing partner").
BODY_PEER_NOUNS: frozenset[str] = frozenset("neighbour neighbor ally competitor rival".split())
# What a market trades, which moves but says nothing: "Shares fell after the company cut its
# forecast, citing ...": the company cited, not the shares.
MARKET_INSTRUMENTS: frozenset[str] = frozenset(
    """
    share shares stock stocks bond bonds yield yields price prices futures index indexes
    indices equities
    """.split()
)
# A company's rivals, before its name: "rival Vintner Brands", "competitor Aalders Foods".
RIVAL_NOUNS: frozenset[str] = frozenset("rival rivals competitor competitors".split())
# Offices of South Asia by their initials, and the title they stand for: "the CM" is the
# holder of the Chief Minister's office.
OFFICE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "cm": ("chief", "minister"),
    "pm": ("prime", "minister"),
}
# A role noun and the roles and titles that hold it: "the lawmaker" may be "Sen. Smith".
ROLE_HOLDERS: dict[str, frozenset[str]] = {
    noun: frozenset(holders.split())
    for noun, holders in (
        ("lawmaker", "senator sen representative rep congressman congresswoman legislator mp"),
        ("legislator", "senator sen representative rep congressman congresswoman lawmaker mp"),
        ("senator", "sen"),
        ("congressman", "rep representative"),
        ("congresswoman", "rep representative"),
        ("governor", "gov"),
        ("general", "gen lt-gen maj-gen brig-gen"),
        ("officer", "gen col maj capt lt sgt cmdr adm det insp supt ofc const"),
        ("constable", "const"),
        ("councillor", "coun cllr"),
        ("councilor", "coun cllr"),
        ("alderman", "ald"),
        ("detective", "det"),
        ("judge", "justice"),
        ("candidate", "nominee"),
        ("nominee", "candidate"),
        ("politician", "senator sen rep governor gov mayor lawmaker congressman congresswoman"),
        ("leader", "head president chair chairman chairwoman chairperson"),  # of a body
        ("head", "leader president chair chairman chairwoman chairperson"),
        # a club's "boss" is its manager or head coach: "Dale manager Connor Whelan ... the
        # Dale boss said"; "Dale boss Connor Whelan ... the manager said"; a company's its
        # chief executive or head ("Ferry boss says ..." above "its chief executive, Ann Lee")
        ("boss", "manager coach executive ceo head owner founder"),
        ("manager", "boss"),
        # "Dr. Ana Ruiz ... the doctor says", "Prof. Tom Hale ... the professor said"
        ("doctor", "dr"),
        ("professor", "prof"),
        # "Chief Minister Murad Shah ... the CM said" (`OFFICE_ABBREVIATIONS`)
        ("cm", "minister"),
        ("pm", "minister"),
        # "Pope Leo ... the pontiff said", "Archbishop Ann Deng ... the prelate"
        ("pontiff", "pope"),
        # "The King ... the monarch said", "The Queen ... the sovereign"
        ("monarch", "king queen emperor empress sultan emir"),
        ("sovereign", "king queen emperor empress sultan emir"),
        ("prelate", "archbishop bishop cardinal monsignor msgr"),
        ("monsignor", "msgr"),  # "Msgr. Ivo Rey ... the monsignor said"
        (
            "cleric",
            "imam rabbi rev reverend pastor father fr monsignor msgr bishop archbishop cardinal "
            "ayatollah sheikh",
        ),
        # "Father Ivo Rey ... the priest said", "the Rev. Ann Deng ... the pastor said"; a
        # Monsignor is a priest so honoured, no bishop unless the text says so
        ("priest", "father fr monsignor msgr"),
        ("pastor", "rev reverend"),
        ("vicar", "rev reverend"),
        ("chaplain", "rev reverend father fr"),
        # "Kgosi Ann Pilane ... the chief said": a traditional leader's title
        ("chief", "kgosi kgosigadi inkosi"),
        ("headman", "induna"),
    )
}
# Heads that name a body's leader by the body's name before them ("the Dale boss", "the
# Acme boss"): a holder of another title (`ROLE_HOLDERS`) only with that name in their role
# ("Dale manager Connor Whelan"), never the one who last held it elsewhere ("Store manager").
OWNED_ROLE_HEADS: frozenset[str] = frozenset({"boss"})
# ... and of another title only these lower-case modifiers keep its holder the boss ("Head
# coach Ruth Arendt ... the boss said"); any other makes a deputy or another trade's
# ("Assistant manager Tom Ives", "Campaign manager", "fund manager Ana Ruiz").
BOSS_TITLE_MODIFIERS: frozenset[str] = frozenset({"head"})
# The nouns of the arts that stand for any of their kinds: "rapper Dano Pell ... the artist
# wrote", "Rapper Dano Pell said ... the musician added".
ARTS_ROLE_HYPERNYMS: dict[str, frozenset[str]] = {
    noun: frozenset(kinds.split())
    for noun, kinds in (
        (
            "artist",
            "singer singer-songwriter songwriter rapper musician vocalist guitarist drummer "
            "bassist pianist cellist violinist composer painter sculptor photographer dancer "
            "comedian",
        ),
        (
            "performer",
            "singer singer-songwriter rapper musician vocalist guitarist drummer bassist "
            "pianist dancer comedian actor actress",
        ),
        (
            "musician",
            "singer singer-songwriter songwriter rapper vocalist guitarist drummer bassist "
            "pianist cellist violinist composer frontman frontwoman",
        ),
        ("singer", "singer-songwriter vocalist frontman frontwoman"),
        ("star", "actor actress singer singer-songwriter rapper comedian"),
    )
}

# The trades of the arts a star is called by once named ("Marisol Reyes said ... “...,” the
# actress said"; "Tom Wierz disagreed. “...,” the author wrote"): the person just named, of
# no role told, over an older holder, as `PLAYING_POSITIONS` are a player's.
ARTIST_NOUNS: frozenset[str] = frozenset(
    """
    actor actress singer singer-songwriter songwriter rapper musician vocalist novelist poet
    author playwright comedian dancer
    """.split()
)
# The trades of the kitchen a cook profiled is called by once named, as a star is by those of
# the arts ("Ana Ruiz opened her bistro in 1994. ... The chef announced ..."), and both.
KITCHEN_TRADE_NOUNS: frozenset[str] = frozenset(
    "chef cook baker restaurateur butcher chocolatier winemaker brewer sommelier".split()
)
PROFILED_TRADE_NOUNS: frozenset[str] = ARTIST_NOUNS | KITCHEN_TRADE_NOUNS

# Those who won a prize, its name before them a modifier, no name of theirs: "the Oscar
# winner", "the Booker Prize finalist", "the Nobel laureate". Not "nominee", a party's too
# ("the Republican nominee" is as named as "the President").
PRIZE_HOLDER_HEADS: frozenset[str] = frozenset(
    """
    winner winners laureate laureates recipient recipients finalist finalists medallist
    medallists medalist medalists
    """.split()
)
# A prize's name joined to a participle of winning or of being put up for it: "the
# Grammy-winning singer", "the Emmy-nominated actor" (no name of the one described).
PRIZE_PARTICIPLE_ENDS: tuple[str, ...] = ("-winning", "-nominated", "-shortlisted")

# The roles of the arts, of coaching and of teaching told by the deed done ("directed by Ana
# Ruiz", "Ana Ruiz directed the film": "the director said"; "Mira Stein has coached her": "the
# coach"), each role noun with the verb forms that tell it.
ROLE_DEEDS: dict[str, tuple[str, ...]] = {
    "director": ("directed",),
    "filmmaker": ("directed",),
    "producer": ("produced",),
    "composer": ("composed",),
    "choreographer": ("choreographed",),
    "curator": ("curated",),
    "host": ("hosted",),
    "screenwriter": ("written", "wrote"),
    "playwright": ("written", "wrote"),
    "coach": ("coached",),
    "teacher": ("taught",),
    "mentor": ("mentored",),
}
# Those roles told by a deed in the present, read after "who" only ("Mira Stein, who coaches
# her"): alone, "coaches" and "mentors" are as often nouns ("The Jets coaches watched").
ROLE_DEEDS_NOW: dict[str, tuple[str, ...]] = {
    "coach": ("coaches",),
    "teacher": ("teaches",),
    "mentor": ("mentors",),
}

# Role nouns of one role by other names: "The family's lawyer, Marcus Ellery" is "their
# attorney" when no one else holds that role.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    noun: frozenset(names.split())
    for names in (
        "lawyer attorney counsel",
        "spokesperson spokesman spokeswoman",
        "doctor physician",
    )
    for noun in names.split()
}

# A lede's "top" description of an office's holder by a common noun, the words of the
# office's own title of which one tells it, and the heads that title may end in: "the
# province's top doctor" is its chief medical officer or public health officer ("Chief
# medical officer Dr. Ana Ruiz"), not its health minister; "the city's top cop" its police
# chief.
TOP_ROLE_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "doctor": (frozenset({"medical", "health"}), frozenset({"officer", "doctor"})),
    "cop": (frozenset({"police"}), frozenset({"chief", "commissioner"})),
}

# Offices whose holder has spokespeople of their own: "a spokeswoman said" in a story where
# a mayor speaks may be the mayor's, not the body's.
SPOKEN_FOR_OFFICES: frozenset[str] = frozenset(
    """
    mayor minister premier president governor senator congressman congresswoman
    representative chancellor secretary ambassador commissioner councillor councilor
    councilman councilwoman lawmaker legislator mp judge prosecutor sheriff
    """.split()
)

# --- Figures ---
# Used by figures.py. Words are lower case unless noted; figures.py matches them ignoring case
# except where a comment says "as written".

# Number words: the value of each word.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Scale words after a number ("1.2 million", "four thousand"), spelled out or abbreviated.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "quadrillion": 1e15, "dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Letters glued to a number that scale it ("4.3M", "$5.4m", "$4.2b", "€10k"), as written.
# `MONEY_ONLY` ones scale only money (else "18m" is metres, "16b" is bytes) or before "of".
SCALE_LETTERS: dict[str, float] = {"M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9, "K": 1e3, "k": 1e3}
SCALE_LETTERS_MONEY_ONLY: frozenset[str] = frozenset({"m", "b", "B", "k", "K"})

# Vague round numbers: "dozens of", "thousands of", "tens of thousands of" (at least this many).
PLURAL_SCALES: dict[str, float] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
# "a dozen", "a hundred", "a million": the article stands for one.
A_SCALES: dict[str, float] = {
    "dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12,
}  # fmt: skip

# Fractions: "a third of", "two-thirds", "one fourth of", "half the".
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# Denominators of digit fractions ("1/16", "3/4"): others are dates or scores ("9/11", "24/7").
FRACTION_DENOMINATORS: frozenset[int] = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128})
# Unicode vulgar fractions.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8,
    "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

# Units of time: surface -> unit (kind "duration").
DURATION_UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "secs": "second", "sec": "second",
    "minute": "minute", "minutes": "minute", "mins": "minute", "min": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "month", "months": "month",
    "year": "year", "years": "year", "yrs": "year", "year-old": "year", "years-old": "year",
    "years old": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}  # fmt: skip
# The units of an amount of time or of times, after an approximate amount ("over two days of
# hearings", "about a dozen times"): when or how often something was said, no clause's subject.
TIME_AMOUNT_UNITS: frozenset[str] = frozenset(DURATION_UNITS) | {"times"}
# Words before "over" and a duration that make it "more than" ("for over a year", "took over
# three years", "in over a decade"); after others, "over" is the period something is spread
# across ("repaid over five years", "phased out over a decade").
OVER_MORE_THAN_AFTER: frozenset[str] = frozenset(
    """
    for in of than to with within after been be is was are were has have had
    take takes took taken taking last lasts lasted lasting spend spends spent spending
    serve serves served serving wait waits waited waiting work works worked working
    """.split()
)
# Words of a dispute, or of the worry and the suits it brings, before "over" and a sum of
# money, which "over" gives the subject of, not more than it: "leaders clash over €92bn
# fund", "fears over £2bn cuts", "sued over $5m in fees" (not "sued over 200 times").
OVER_ABOUT_AFTER: frozenset[str] = frozenset(
    """
    clash clashes clashed row rows rowing dispute disputes feud feuds fight fights fighting
    split splits divided division divisions wrangle wrangles wrangling spat spats rift rifts
    standoff stand-off showdown impasse deadlock quarrel quarrels disagreement disagreements
    tension tensions battle battles talks anger outrage concern concerns fears worries
    protest protests controversy scandal lawsuit sued suing haggling
    """.split()
)
# Units of measure that "a"/"an" and "and a half" count: "a mile and a half" is 1.5 miles
# (units of time too: "an hour and a half").
A_HALF_MEASURES: frozenset[str] = frozenset(
    """
    mile foot inch yard metre meter kilometre kilometer centimetre centimeter pound ounce
    ton tonne kilogram kilo gallon litre liter acre hectare
    """.split()
)
# "a month" is a figure only after one of these words ("a training period of a month", "for
# a week", "more than a century"); elsewhere "a year" is a rate or a date ("$5 a year").
A_DURATION_AFTER: frozenset[str] = frozenset(
    "of for within than about nearly almost around roughly after lasting over under".split()
)
# Measures that "a" or "an" gives one of where a measurement follows (`A_MEASURE_BEFORE`):
# "a foot of water", "an inch of rain", "a mile from the shore"; not "a foot soldier", "a
# mile-long queue", nor "a pound" (money too) or "a ton of" (lots).
A_MEASURES: frozenset[str] = A_HALF_MEASURES - {"pound", "ton"}
# The words after "a foot" that make it a measurement: what is measured ("of water"), or
# how far, deep or high something is ("from the shore", "deep", "away").
A_MEASURE_BEFORE: frozenset[str] = frozenset(
    "of from away deep high long wide tall below above short offshore inland".split()
)
# Words a few before "an inch" or "an ounce" that make it an idiom of none at all or of
# nearly: "would not cede an inch of", "never gave an inch", "within an inch of his life".
A_MEASURE_IDIOM_LEADS: frozenset[str] = frozenset("not never without within".split())
# Nouns an ounce or an inch "of" is no measure of: "an ounce of truth", "an inch of doubt".
A_MEASURE_ABSTRACT_NOUNS: frozenset[str] = frozenset(
    """truth sense doubt evidence courage decency respect integrity honesty compassion
    shame regret remorse talent humanity dignity loyalty humility credibility""".split()
)
# ... and not before one of these ("a year ago", "a week earlier").
A_DURATION_NOT_BEFORE: frozenset[str] = frozenset(
    "ago earlier later before after of or and from since".split()
)

# Matter after "<n> million pounds of": the pounds weigh ("2 million pounds of *thrust*", "of
# *cocaine*"); before any other noun they are money ("of funding", "of its budget").
MATTER_NOUNS: frozenset[str] = frozenset(
    """
    thrust force pressure payload cargo freight weight fuel oil gas coal water ice snow sand
    soil mud sediment rock gravel concrete steel iron copper aluminum aluminium metal scrap
    plastic plastics waste garbage trash rubbish litter debris paper cardboard material
    materials explosives ammunition cocaine heroin cannabis marijuana drugs methamphetamine
    fentanyl tobacco food meat beef pork chicken fish salmon grain wheat corn rice sugar coffee
    cocoa cheese milk butter fruit vegetables potatoes produce feed fertilizer fertiliser seed
    cotton wool timber wood lumber compost manure
    """.split()
)
# Units of measure, kept as written ("18 meters", "2.14degF"); matched ignoring case, longest
# first.
MEASURE_UNITS: frozenset[str] = frozenset(
    {
        "km", "kilometre", "kilometres", "kilometer", "kilometers", "m", "metre", "metres", "meter",
        "meters", "cm", "centimetres", "centimeters", "mm", "millimetre", "millimetres",
        "millimeter", "millimeters", "μm", "µm", "micron", "microns", "nm", "nanometer",
        "nanometers", "nanometre", "nanometres", "mile", "miles", "foot", "feet", "ft", "inch",
        "inches", "yard", "yards", "sq m", "sqm", "m2", "square metres", "square meters", "sq ft",
        "square feet", "square foot", "km2", "km²", "m²", "sq km", "square kilometres",
        "square kilometers", "square kilometre", "square kilometer", "square metre",
        "square meter",
        "square miles", "square mile", "acre", "acres", "hectare", "hectares", "kg", "kilogram",
        "kilograms", "kilogramme", "kilogrammes", "g", "gram", "grams", "mg", "milligram",
        "milligrams", "microgram", "micrograms", "mcg", "µg", "μg", "nanogram", "nanograms", "lb",
        "lbs", "pound", "pounds", "ounce", "ounces", "oz", "ton", "tons", "tonne", "tonnes",
        "gigatonne", "gigatonnes", "gigatons", "megatonnes", "megatons", "l", "litre", "litres",
        "liter", "liters", "ml", "millilitres", "milliliters", "gallon", "gallons", "pint", "pints",
        "barrel", "barrels", "bpd", "cubic metres", "cubic meters", "cubic feet", "mph", "km/h",
        "km/hr", "kph", "kmh", "knots", "m/s", "w", "watt", "watts", "kw", "kilowatt", "kilowatts",
        "mw", "megawatt", "megawatts", "gw", "gigawatt", "gigawatts", "kwh", "mwh", "gwh", "twh",
        "watt-hours", "kilowatt-hour", "kilowatt-hours", "kilowatt hours", "megawatt-hour",
        "megawatt-hours", "megawatt hours", "gigawatt-hours", "gigawatt hours", "terawatt-hours",
        "terawatt hours",
        # the oil and gas trade's: barrels a day, billion cubic metres or feet, trillion feet
        "b/d", "mb/d", "mbpd", "bcm", "bcf", "tcf",
        "v", "volt", "volts", "kv", "mah", "hp", "bhp", "horsepower", "ps", "lb-ft",
        "pound-feet", "rpm", "hz", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "mbps", "gbps",
        "kbps", "ppm", "ppb", "parts per million", "parts per billion", "parts per trillion", "db",
        "decibel", "decibels", "psi", "ksi", "pa", "kpa", "mpa", "gpa",
        "gigapascal", "gigapascals", "mmhg", "calorie", "calories", "kcal", "kj", "joule", "joules",
        "kilojoules", "megajoules", "gigajoules", "degree", "degrees", "°",
        "°c", "°f", "deg", "degc", "degf", "deg c", "deg f", "degrees celsius",
        "degrees fahrenheit", "degrees c", "degrees f", "celsius", "fahrenheit", "points", "pts",
        "basis points", "basis point", "bps", "times", "x", "fold", "c", "f", "magnitude",
        # astronomy's distances and masses, and pressures: "31 light-years", "0.09 AU", "310 bar"
        "light-year", "light-years", "light year", "light years", "au", "astronomical unit",
        "astronomical units", "parsec", "parsecs", "earth radii", "earth masses",
        "earth mass", "solar masses", "solar mass", "jupiter masses", "bar", "millibar",
        "millibars", "mbar", "hpa", "hectopascals",
        # water stored or used, by the volume that covers an acre a foot deep: "saved 90,000
        # acre-feet of water a year", "a 5,000 acre-foot reservoir"
        "acre-feet", "acre-foot", "acre feet", "acre foot", "acre-ft",
        # the sea's distances: "18 nautical miles east of the port"
        "nautical mile", "nautical miles", "sea mile", "sea miles",
        # the mines' masses, grades and rates: "310 koz", "6.2 g/t", "5 Mtpa", "120 ct" (not "t":
        # "3 T-shirts")
        "mt", "kt", "koz", "moz", "g/t", "oz/t", "mtpa", "tpd", "wmt", "dmt", "carat",
        "carats", "ct",
        # the lab's amounts of substance and doses: "125 nanomoles per liter", "5 mmol/L",
        # "2,000 IU of vitamin D"
        "mol", "millimole", "millimoles", "mmol", "micromole", "micromoles",
        "µmol", "μmol", "nanomole", "nanomoles", "nmol", "picomole", "picomoles", "pmol", "iu",
    }
)  # fmt: skip
# Percent: surface -> unit (kind "percent").
PERCENT_UNITS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "pc": "percent",
    "p.c.": "percent",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "percentage-point": "percentage point",
}  # fmt: skip

# Money. Symbols (before or after the number) -> currency.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₩": "won",
    "₽": "ruble", "₪": "shekel", "₺": "lira", "₦": "naira", "฿": "baht", "₱": "peso",
    "₫": "dong", "₴": "hryvnia", "₣": "franc",
}  # fmt: skip
# Which dollar: "US$5", "$US5", "HK $5", "C$ 6", as written.
DOLLAR_PREFIXES: dict[str, str] = {
    "US": "US dollar", "U.S.": "US dollar", "A": "Australian dollar", "AU": "Australian dollar",
    "AUS": "Australian dollar", "C": "Canadian dollar", "CA": "Canadian dollar",
    "CAN": "Canadian dollar", "HK": "Hong Kong dollar", "NZ": "New Zealand dollar",
    "S": "Singapore dollar", "NT": "Taiwan dollar", "R": "real", "Z": "Zimbabwe dollar",
}  # fmt: skip
# Currency codes, before ("EUR50m", "RM 79") or after ("110 JPY") the number, as written.
CURRENCY_CODES: frozenset[str] = frozenset(
    """USD EUR GBP JPY CNY RMB AUD CAD CHF HKD NZD SGD INR ZAR BRL MXN RUB KRW TRY SEK NOK DKK
    PLN CZK HUF ILS AED SAR QAR KWD EGP NGN KES THB IDR MYR PHP VND TWD PKR BDT UAH ARS CLP COP
    PEN RM Rs Rs. Rp YEN NIS Tk Tk.""".split()
) | {"PS"}
# Currencies written as letters glued to the amount, in the press of Africa and South Asia
# ("N10 billion", "R3.4 billion", "Sh2 billion", "KSh150,000"): money only before a scale
# word or a number in groups of thousands ("R2" is a road, "N95" a mask).
LETTER_CURRENCIES: dict[str, str] = {
    "N": "naira", "R": "rand", "Sh": "shilling", "KSh": "shilling", "Ksh": "shilling",
}  # fmt: skip
# "£" folded to ASCII by some feeds ("PS21,700", "PS6m"): a pound, kept as written like the
# codes, except glued to a single digit ("PS5" is a games console; other codes: two digits).
ASCII_POUND: str = "PS"
# Currency words after the number, kept as written ("1.5 billion shekels", "200p").
CURRENCY_WORDS: frozenset[str] = frozenset(
    {
        "dollar", "dollars", "euro", "euros", "sterling", "yen", "yuan", "renminbi", "rupee",
        "rupees", "shekel", "shekels", "ruble", "rubles", "rouble", "roubles", "peso", "pesos",
        "franc", "francs", "rand", "naira", "ringgit", "baht", "won", "lira", "krona", "kronor",
        "krone", "kroner", "dirham", "dirhams", "riyal", "riyals", "hryvnia", "hryvnias", "zloty",
        "zlotys", "real", "reais", "rupiah", "dong", "cent", "cents", "pence", "p", "bitcoin",
        "bitcoins", "dlr", "dlrs", "kr", "zł", "złoty", "forint", "forints", "koruna", "lei",
        "leu", "lev", "kuna", "taka", "dinar", "dinars", "bolivar", "bolivares", "tenge", "cedi",
        "cedis", "shilling", "shillings", "kwacha", "paise", "paisa", "kobo",
        "soles", "kwanza", "pula", "kina", "leone", "leones", "birr", "meticais",
        # and those the euro replaced, in older news ("2.5 billion lire")
        "lire", "liras", "peseta", "pesetas", "drachma", "drachmas", "escudo", "escudos",
        "guilder", "guilders", "deutschmark", "deutschmarks", "deutsche marks",
        "us dollar", "us dollars", "canadian dollar", "canadian dollars", "australian dollar",
        "australian dollars", "hong kong dollar", "hong kong dollars", "new zealand dollar",
        "new zealand dollars", "singapore dollar", "singapore dollars", "swiss franc",
        "swiss francs", "british pound", "british pounds", "pounds sterling", "indian rupee",
        "indian rupees", "japanese yen", "chinese yuan", "mexican peso", "mexican pesos",
        "south african rand",
        # the crowns of Scandinavia and Czechia, in English ("crowns" alone: see below)
        "czech crowns", "czech crown", "swedish crowns", "swedish crown", "danish crowns",
        "danish crown", "norwegian crowns", "norwegian crown", "icelandic crowns",
    }
)  # fmt: skip

# Currencies whose name is a common noun too: money after a scale word ("2 billion crowns")
# or a price's word ("costs 400 crowns"); else counted things ("won 3 crowns").
COMMON_NOUN_CURRENCIES: frozenset[str] = frozenset({"crown", "crowns"})

# Qualifiers before a number -> qualifier. Longest match wins.
QUALIFIERS_BEFORE: dict[str, str] = {
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "approximately": "approximate", "approx.": "approximate", "some": "approximate",
    "nearly": "approximate", "almost": "approximate", "close to": "approximate",
    "circa": "approximate", "an average of": "approximate", "on average": "approximate",
    "averaging": "approximate", "~": "approximate", "≈": "approximate",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "upwards of": "more_than", "more than": "more_than",
    "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "greater than": "more_than", "exceeding": "more_than", "just over": "more_than",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "as few as": "at_least", "as little as": "at_least", "as low as": "at_least",
    "well over": "more_than", "well above": "more_than", ">": "more_than",
    "north of": "more_than", "a little over": "more_than", "slightly more than": "more_than",
    "south of": "less_than", "shy of": "less_than", "just shy of": "less_than",
    "well under": "less_than", "well below": "less_than", "slightly less than": "less_than",
    "a little under": "less_than", "nigh on": "approximate",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "as many as": "at_most", "as much as": "at_most", "a maximum of": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "sub": "less_than", "<": "less_than",
    "estimated": "estimated", "estimate of": "estimated", "projected": "estimated",
    "some estimated": "estimated",
}  # fmt: skip
# Qualifiers after a number ("50 or more", "20-plus", "100 or so").
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "at_least", "or over": "at_least", "plus": "at_least", "+": "at_least",
    "or so": "approximate", "or fewer": "at_most", "or less": "at_most",
    "or thereabouts": "approximate",
    "-odd": "at_least", "-some": "at_least",  # "40-odd", "fifty-some"
}  # fmt: skip
# Words before a year-like number that make it a year ("in 2019", "the 2020 election").
YEAR_BEFORE: frozenset[str] = frozenset(
    """in since by from until till to through before after during of the a early late mid
    circa c. between and or fiscal spring summer autumn fall winter season year its his her
    their this that since around""".split()
)

# Nouns after a year-like number that keep it a year, even after "below" or "above": "below
# 2005 levels".
YEAR_NOUNS_AFTER: frozenset[str] = frozenset("level levels".split())
# Not figures. Month names (as written) make a number a date: "Aug. 14", "9 May".
# Months written short with a period ("Nov. 20"), AP style.
ABBREVIATED_MONTHS: frozenset[str] = frozenset("Jan Feb Aug Sept Oct Nov Dec".split())
MONTHS: frozenset[str] = frozenset(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)
# The days and the months as written ("Friday", "June"): a date's, no name's.
DATE_NAMES: frozenset[str] = MONTHS | frozenset(day.capitalize() for day in WEEKDAYS)
# Time zones after a clock time ("0401 GMT"), as written.
TIME_ZONES: frozenset[str] = frozenset(
    "GMT UTC BST CET CEST EET EST EDT CST CDT MST MDT PST PDT ET PT CT MT IST JST AEST AEDT".split()
)
# Nouns that make the next number an identifier: "Section 427", "route 66", "No. 5", a
# road's marker ("at kilometre 43 of the haul road"), an airfield's ("runway 27", "taxiway
# 4") and a transponder's code ("squawked 7700").
IDENTIFIER_NOUNS: frozenset[str] = frozenset(
    """no no. nos. number numbers num. # section sections route article articles chapter
    chapters page pages paragraph clause item items line room rooms flight flights gate
    platform exit highway interstate bus channel version episode season game games week
    stage phase level grade grades rule unit lot suite floor apartment apt. box pier terminal
    district ward precinct row seat code zip am pm a.m. p.m. vol. volume issue pp. p. ch.
    ref. case cases resolution amendment bill form act model category class type series
    division group tier step day act round size sizes sol pad expedition passcode pin id
    extension ext. kilometre kilometer km milepost runway taxiway squawk squawked squawking
    """.split()
)
# Nouns of a code a release gives to dial in or log in, whose number follows "is": "the access
# code is 418 227", "the conference ID is 5521".
CODE_NOUNS: frozenset[str] = frozenset("code passcode pin id password extension".split())
# Nouns that make the number before them an identifier: "the 90049 ZIP Code".
IDENTIFIER_NOUNS_AFTER: frozenset[str] = frozenset("zip postcode postal".split())
# Heads of a place or a channel that a body has, which speak only when they give or put out
# an account ("The station aired a statement. It said"), not when something befalls them
# ("The site was cleared by noon", "The road network was jammed").
SETTING_HEADS: frozenset[str] = frozenset(
    "site website station network chamber building headquarters premises".split()
)
# Verbs by which a body or a document puts out an account, after its subject.
ACCOUNT_VERBS: frozenset[str] = frozenset(
    "gave issued published released posted announced aired broadcast reported put offered "
    "said added stated apologised apologized corrected denied confirmed retracted "
    "clarified responded replied defended updated withdrew".split()
)
# Words that make a capitalised run a place's name wherever they stand in it: "Main Street",
# "Lake Tahoe", "Dorn Valley", "Mount Kea" (lower case; with STREET_WORDS, lower-cased).
PLACE_NAME_WORDS: frozenset[str] = frozenset(
    """
    lake lakes valley river mount mountain mountains bay beach island islands harbour harbor
    port creek falls springs heights county district province forest canyon coast peninsula
    gulf strait desert plain plains
    """.split()
)
# Street words: "575 Wilbraham Road" is an address (as written).
STREET_WORDS: frozenset[str] = frozenset(
    """Street St St. Road Rd Rd. Avenue Ave Ave. Boulevard Blvd Blvd. Lane Ln Drive Dr Way
    Place Pl Court Ct Square Sq Terrace Highway Hwy Parkway Pkwy Circle Crescent Close""".split()
)
# Capitalised words that may stand before a number without making it an identifier
# ("About 45,000", "In 2016", "Some 300"); qualifiers and months are added by figures.py.
NUMBER_LEAD_WORDS: frozenset[str] = frozenset(
    """a an the and or but nor so yet of in on at to for from by with into onto over under
    after before since during until till between among across against through via per
    than as like about around near within without while whilst when where if though
    although because that which who whom whose this these those there here it its they
    their them he his him she her we our us you your i my me all both each every another
    only just even also still already now then once just barely nearly almost roughly
    some about another further additional extra more less fewer most least just
    is are was were be been being has have had do does did will would shall should can
    could may might must said says say told added noted reported including included
    plus minus nearly total totalling totaling another just whopping mere another
    top best worst first last next past previous record estimated
    ci""".split()
)  # "CI 30 to 50": the bounds of a confidence interval
# Modifiers that come in pairs joined by "and" or "or" before the noun a number counts ("four
# *current and former* employees", "20 *full-time or part-time* staff"): the pair stays in
# the phrase, whose head is the noun after it.
PAIRED_MODIFIERS: frozenset[str] = frozenset(
    """current former past present active retired serving full-time part-time male female
    new existing domestic foreign public private local""".split()
)
# Words that end the noun phrase after a number ("45,000 troops *are* massing").
NOUN_PHRASE_STOPWORDS: frozenset[str] = frozenset(
    """a an the of in on at to for from by with into onto over under after before since
    during until till between among across against through via per than as like about
    around near within without toward towards upon off out up down along amid worth despite
    beyond behind beside besides except unlike versus vs alongside beneath underneath atop
    throughout amongst
    and or but nor so yet while whilst because if though although when where whereas
    unless whether once
    who whom whose which that this these those it its they their them he his him she her
    we our us you your i my me one ones
    myself yourself himself herself itself ourselves yourselves themselves oneself
    is are was were be been being am has have had do does did will would shall should can
    could may might must
    each every all both either neither also only just even still already now then there
    here more less most least again ago later earlier apiece alone too very not no never
    always often sometimes usually rarely seldom
    ever back away instead respectively total overall together altogether annually last next
    yearly monthly weekly daily per aboard ashore abroad overboard indoors outdoors
    said says say told tells left went came took made got gave fell rose grew won lost paid
    sold bought met ran saw found held kept brought began became spent sent built died
    stay stays remain remains need needs want wants live work works include includes
    come comes go goes get gets make makes take takes see know think set put let hit cut
    run runs apart struck shook swept drove flew threw broke stood fought caught seem seems
    appear appears knows thinks believes feels agrees expects tends
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Singular nouns whose size "of" and a number gives ("a family of five", "a household of
# three"): the number is the group's size, and a word in -s then an object or an amount after
# it is the group's verb ("a family of four *pays* $900 a month"), no noun counted.
GROUP_SIZE_NOUNS: frozenset[str] = frozenset(
    "family household couple crew party team group class".split()
)
# Particles of a phrasal verb in the present: a word in -s before one, then a preposition or
# the clause's end, is that verb, no plural noun ("half the town *shows up* at the door", "a
# third of the team *walks out*"; not "two car parks off the road").
PHRASAL_PARTICLES: frozenset[str] = frozenset("up out off down away back".split())
# Times said from the day of writing, a figure's unit only as a modifier ("two overnight
# flights"); alone after a number they say when ("wounded 11 overnight", "arrested 12 today").
DEICTIC_TIMES: frozenset[str] = frozenset("yesterday today tonight tomorrow overnight".split())
# Adjectives of a run whose noun is left unsaid after a count ("won four *straight*", "lost
# three consecutive"): no noun that the count counts.
RUN_ADJECTIVES: frozenset[str] = frozenset("straight consecutive".split())
# Words a number opens with a hyphen that name a thing or a play by it, no count of anything:
# "hit two 3-pointers", "one-timed a pass", "a 9-iron", "an 18-wheeler", "a one-liner".
NUMBER_NAMED_WORDS: frozenset[str] = frozenset(
    """
    pointer pointers timer timers timed timing liner liners seater seaters wheeler wheelers
    seamer seamers iron irons hander handers
    """.split()
)
# Words skipped at the start of that noun phrase ("eight *more* picks").
NOUN_PHRASE_SKIPPED: frozenset[str] = frozenset(
    "more most fewer less further additional extra total".split()
)
# Plurals without an -s: a plural noun ends the phrase ("two women *spoke*").
IRREGULAR_PLURALS: frozenset[str] = PEOPLE_WITHOUT_S | frozenset(
    "feet teeth mice geese cattle".split()
)
# Of these, those that also modify a plural noun after them: "nine police officers"; and
# plurals in -s that stand as a noun's modifier ("11,000 games jobs", "300 sports fans",
# "three appropriations bills", "two elections officials").
MODIFYING_PLURALS: frozenset[str] = frozenset(
    """police staff personnel games sports arms savings goods munitions appropriations
    elections communications customs sales""".split()
)
# Adjectives said of what a number counts, after its noun: "left one man *dead*", "two
# climbers *alive*"; before the noun they modify it ("three dead birds"); alone, the people
# counted ("17 dead and 30 *wounded*", "2 million *displaced*").
PREDICATE_ADJECTIVES: frozenset[str] = frozenset(
    "dead alive hurt unhurt homeless wounded injured missing displaced".split()
)
# Adjectives that stand alone for the people a number counts: "200 *homeless*", "300 *jobless*".
ADJECTIVES_AS_NOUNS: frozenset[str] = PREDICATE_ADJECTIVES | frozenset(
    "jobless unemployed elderly".split()
)
# Singular nouns in -s, which do not end a phrase as a plural does ("412 *measles* cases", "30
# *news* outlets").
SINGULARS_IN_S: frozenset[str] = frozenset(
    """
    measles mumps rabies diabetes herpes scabies news series species politics economics
    physics athletics gas lens logistics electronics avionics ballistics robotics
    """.split()
)
# Words ending in "s" that are no plural noun, often after a figure ("7 MT was", "its").
ENDING_IN_S: frozenset[str] = frozenset(
    """
    was has does goes its his hers ours yours theirs whereas perhaps always sometimes besides
    towards afterwards nevertheless regardless
    """.split()
)
# "one" is not a number in these phrases: "no one", "one another", "one-off".
NOT_ONE_BEFORE: frozenset[str] = frozenset("no the this that which any every each some".split())
# ... but after these (which also open a clause) "one in five", "one out of ten" is a ratio:
# "said that one in four renters".
RATIO_AFTER_ONE_BEFORE: frozenset[str] = frozenset({"that"})
# "one of the best": a partitive; "is one *we* don't have to build": the pronoun, a relative
# clause's subject after it.
NOT_ONE_AFTER: frozenset[str] = frozenset("another of we they you i he she".split())
# Singular nouns of a person: "One *woman* said ...", an anecdote's speaker, counts no one
# ("One dairy *farmer* near Dallow said": the trades that are surnames too).
ONE_PERSON_NOUNS: frozenset[str] = (
    frozenset(
        w for w in ROLE_NOUNS | ANONYMOUS_HEADS | MALE_NOUNS | FEMALE_NOUNS if not w.endswith("s")
    )
    | frozenset(
        "witness boss actress waitress hostess farmer grower breeder shepherd driver".split()
    )
    # one of a column's or a show's audience: "One reader wrote", "one caller said"
    | frozenset("reader viewer listener caller subscriber commenter".split())
)
# Singular nouns of a source of words or numbers: "One *estimate* puts the cost at ...", "One
# *survey* found ...", a source picked out, counting nothing.
ONE_SOURCE_NOUNS: frozenset[str] = frozenset(
    "estimate analysis study survey poll report projection forecast assessment review".split()
)
NOT_ONE_COMPOUNDS: frozenset[str] = frozenset("off on-one time sided way stop liner".split())
# The sides to a dispute or a talk, after "the two": the parties named before, no count ("the
# two sides met again", "the two parties agreed").
SIDES_NOUNS: frozenset[str] = frozenset("sides parties camps".split())
# A bare number word after these stands for people or things already counted: "the two met".
ANAPHORIC_BEFORE: frozenset[str] = frozenset("the those these other".split())
# Pasts of reciprocal verbs (Levin 1993, 36.1-36.3: "trade", "exchange", "spar"): after "the
# two", the verb of the people counted before ("The two traded barbs"), no modifier of a count.
RECIPROCAL_PASTS: frozenset[str] = frozenset(
    """
    traded exchanged swapped sparred clashed feuded bickered quarreled quarrelled wrangled
    jousted shook embraced hugged argued debated
    """.split()
)
# Determiners that make a noun name again what the text told before: "the decision", "this
# move" (a possessive's noun may be news: "lamenting their luck").
DEFINITE_OPENERS: frozenset[str] = frozenset("the this that these those".split())
# Modal verbs after a bare "one" make it the generic pronoun: "one would hope".
MODALS: frozenset[str] = frozenset(
    """can cannot can't could couldn't may might must should shouldn't will won't would
    wouldn't""".split()
)
# The words before an infinitive's "to" that put its act still to come: "has *yet* to be
# approved by", "is *expected* to be backed by", "*needs* to be signed by"; not the verbs
# that hold a state ("continues to be opposed by", "appears to be backed by").
PROSPECTIVE_TO_LEADS: frozenset[str] = frozenset(
    """yet expected set due scheduled likely unlikely going about has have had having need
    needs needed required planned poised bound""".split()
)
# Determiners skipped before the noun phrase of "one of *the* ...", "half *the* ...".
FIGURE_DETERMINERS: frozenset[str] = frozenset(
    "the a an its their his her our my your these those this that all such".split()
)
# ... of which these pick out people by a participle: "a third of those *surveyed*".
PEOPLE_DETERMINERS: frozenset[str] = frozenset("those".split())
# The bases after a bare "of" that make a ratio ("eight of 10 voters", "three of 100"); other
# numbers make a part of a set ("one of two hurricanes").
RATIO_BASES: frozenset[float] = frozenset({10.0, 100.0, 1000.0})
# "half" is no share after these words ("the second half", "this half").
HALF_NOT_AFTER: frozenset[str] = frozenset("the a first second this that other".split())
# Words in -ing and -ed that are nouns, not verb forms, after a figure: gerunds made mass nouns
# ("a quarter of their *funding*", "$2 billion in new *spending*") and nouns that merely end so.
NOUNS_IN_ING_ED: frozenset[str] = frozenset(
    """
    funding spending housing training building buildings financing borrowing lending shipping
    schooling clothing flooding polling staffing heating parking fishing mining farming
    earnings savings holdings proceedings findings dealings offerings listings ratings rulings
    meeting meetings hearing hearings warning warnings filing filings opening openings bombing
    bombings shooting shootings killing killings ceiling ceilings wedding weddings feeling
    feelings billing pricing marketing advertising accounting banking lobbying
    need needs seed seeds bed beds shed speed greed breed creed
    """.split()
)
# The pairs of kin a pair subject may name, whose pair a reader keeps in mind across
# paragraphs: "Both siblings said", "the couple".
KIN_PAIR_NOUNS: frozenset[str] = frozenset("siblings brothers sisters twins couple".split())
# Subjects standing for two people named together just before, as "they" would: "Ann Lee and
# Mia Roe wrote the album. Both say ...", "The pair said", "The two agreed", "the siblings".
PAIR_SUBJECTS: frozenset[str] = frozenset(
    {"both", "both of them", "the pair", "the two", "the two of them", "the duo"}
) | frozenset(f"the {noun}" for noun in KIN_PAIR_NOUNS)
# Plural nouns of people that "both" or "the two" may take standing for such a pair: "Both
# women said", "The two brothers agreed".
PAIR_NOUNS: frozenset[str] = frozenset(
    "men women brothers sisters siblings twins sons daughters friends".split()
)
# Nouns in -ing for people, which a one-word appositive may be ("Lee, a sibling", "Hale,
# underling"), unlike a participle telling how a speaker spoke ("laughing", "shrugging").
PERSON_NOUNS_IN_ING: frozenset[str] = frozenset(
    "sibling siblings underling underlings darling foundling yearling viking vikings".split()
)
# Words of the weather that make a number in their sentence a temperature: a bare signed
# number is then in degrees ("wind chills near minus 40", "-40 with the wind chill"), and a
# spaced capital "C" or "F" after a number is its unit ("temperatures of 34 C").
TEMPERATURE_WORDS: frozenset[str] = frozenset(
    """temperature temperatures temp temps chill chills windchill windchills humidex
    thermometer thermometers mercury frost freezing""".split()
)
# Words of a weather report that make a bare number after a level ("a high of 31", "an
# overnight low of 4") in their paragraph a temperature; no "forecast", which markets share.
WEATHER_WORDS: frozenset[str] = frozenset(
    """weather snow snowfall snowstorm flurries blizzard rain rainfall showers drizzle sleet
    fog sunny sunshine cloudy clouds humid humidity heat heatwave thaw cold frigid
    meteorologist meteorologists""".split()
)
# Of them, words that are also a deed's noun before "of": "the freezing of its assets".
FROST_WORDS: frozenset[str] = frozenset("frost freezing".split())
# Words that, with `TEMPERATURE_WORDS`, make a spaced "C" or "F" a temperature's unit: "a
# high of 34 C", "an overnight low of -12 F".
FORECAST_LEVELS: frozenset[str] = frozenset("high highs low lows".split())  # "a high of 31"
TEMPERATURE_LEVELS: frozenset[str] = FORECAST_LEVELS | frozenset("degree degrees".split())
# What else reaches a high or a low: "shares hit a high of 31", "attendance hit a high of 85"
# (not a forecast's temperature).
LEVELLED_NOUNS: frozenset[str] = MARKET_INSTRUMENTS | frozenset(
    "attendance turnout ridership sales ratings enrolment enrollment".split()
)
# Unit letters that must be glued to the number: "18m", "45C", not "18 m", "45 C".
GLUED_ONLY_UNITS: frozenset[str] = frozenset("m g l w v x c f ° p pa ps b pc".split())
# The mines' abbreviations that, in capitals before a plural noun, name what it is, no unit:
# "3 CT scans", "3 DMT users" (not "50,000 MT of wheat", "40 kt winds").
NAMING_UNITS: frozenset[str] = frozenset("ct mt kt dmt".split())
# Karats before a precious metal are a purity, no mass: "an 18kt gold watch", "22ct gold".
KARAT_UNITS: frozenset[str] = frozenset("kt ct".split())
PRECIOUS_METALS: frozenset[str] = frozenset("gold silver platinum palladium".split())
# Time zones that are also units: a zone only after a preposition that sets an hour ("at 4
# CT"), a unit otherwise ("50,000 MT of wheat").
ZONES_ALSO_UNITS: frozenset[str] = frozenset("CT MT".split())
# A unit's word opening a compound noun, where it is no unit: "3 real estate firms", "two
# real-world tests" (not the Brazilian real).
UNIT_WORD_COMPOUNDS: frozenset[str] = frozenset(
    {"real estate", "real world", "real time", "real life", "real terms"}
)
# What a rate is per after "a" or "/": "$52 a barrel", "$5.29 a dozen", "$1,100/sq ft", "45
# mg/L" (a litre, a decilitre, a millilitre in their symbols). After
# "per" any noun is ("$2,100 per dose", "$4 per mmBTU"), but these words.
RATE_UNITS: frozenset[str] = frozenset(
    """day week month year hour minute second barrel share gallon litre liter ounce tonne ton
    person head capita kg kilogram pound night dose piece ticket acre mile trip ride visit
    meal room seat lesson session game bag box bottle l dl ml bushel hectare cow lb kilo
    hundredweight cwt dozen""".split()
) | frozenset({"square foot", "square metre", "square meter", "sq ft", "sq m"})
# How a result is set against what was expected of it, before the estimate: "(it earned
# $2.10 a share,) above the average estimate of $1.95", "short of analysts' expectations".
ESTIMATE_COMPARISONS: frozenset[str] = frozenset(
    {"short of", "shy of", "below", "above", "ahead of", "beating", "topping", "missing"}
    | {"exceeding", "in line with", "compared with", "versus", "against", "behind"}
)
# What a result is set against: "the average analyst estimate", "the consensus forecast".
ESTIMATE_NOUNS: frozenset[str] = frozenset(
    "estimate estimates expectation expectations forecast forecasts consensus projection "
    "projections".split()
)
# Participles of what others expected a figure to be, after its noun: "(above) the 135,000
# economists had *expected*", "the 2% rise analysts *forecast*".
EXPECTED_PARTICIPLES: frozenset[str] = frozenset(
    "expected forecast forecasted estimated predicted projected anticipated".split()
)
# How a company counts the shares a profit is per, between "per" (or "a") and "share": "$1.64
# per diluted share", "38 cents a basic share".
SHARE_COUNTS: frozenset[str] = frozenset("diluted basic".split())
NOT_RATES_AFTER_PER: frozenset[str] = frozenset(
    "the a an se cent centum his her their its our my your this that these those".split()
)
# A unit of time that dates, not a rate: "$5 a year ago", "$40 a barrel a week earlier".
NOT_RATES_BEFORE: frozenset[str] = frozenset("ago earlier later before after".split())
# Words glued to a number by a hyphen that leave it a number: "sub-7", "minus-5", "mid-30".
NUMBER_PREFIXES: frozenset[str] = frozenset("sub minus over under mid pre post".split())
# Multipliers written as one word ("sixfold", "a hundredfold rise"): the number word before
# "fold" -> its value. They are read like "6-fold": value 6, unit "fold", kind measure.
FOLD_WORDS: dict[str, int] = {
    **{f"{word}fold": value for word, value in NUMBER_WORDS.items()},
    "hundredfold": 100, "thousandfold": 1000,
}  # fmt: skip
# Nouns that make a number an idiom of size, not a count: "a six-figure salary", "double digits".
NUMBER_IDIOM_NOUNS: frozenset[str] = frozenset("figure figures digit digits".split())
# Words before an age that describe a person or group rather than count: "women aged 25 to 54".
# Also before "of": "the age of 18", "between the ages of 18 and 24".
AGE_BEFORE: frozenset[str] = frozenset("aged age ages".split())
# Nouns for people that a bare age after them bounds ("adults 65 and older", "children under
# 5"), and the words of such a bound before the age.
AGE_GROUP_NOUNS: frozenset[str] = frozenset(
    """
    adults children kids people women men seniors patients residents infants babies toddlers
    teens teenagers girls boys workers voters those anyone everyone retirees victims
    renters tenants buyers homebuyers homeowners borrowers savers investors consumers
    respondents smokers parents
    users students players drivers members customers passengers riders viewers subscribers
    """.split()
)
# Bounds of an age or an age class: "under 25", "the under-15 girls", "an over-50s league".
AGE_BOUNDS: frozenset[str] = frozenset("under over".split())
# More plurals of people that an age adjective modifies: "the 8-year-old twins".
AGED_PLURALS: frozenset[str] = frozenset(
    """
    twins triplets sisters brothers sons daughters students pupils players cousins
    friends suspects defendants drivers
    """.split()
)
# Emergency numbers, no count where a call is made to them ("people calling 911", "a 911
# dispatcher"), and the words of such a call before and after the number.
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999"})
EMERGENCY_CALL_WORDS: frozenset[str] = frozenset(
    """
    call calls called calling dial dials dialed dialled dialing dialling to caller callers
    dispatcher dispatchers operator operators center centre line system
    """.split()
)
# ... but an age after one of these is a statistic of a group, in years: "a median age of 64".
AGE_STATISTICS: frozenset[str] = frozenset("median average mean".split())
# Verbs after "who" that make a bare number an age: "Lee, who is 65", "who turned 18".
AGE_CLAUSE_VERBS: frozenset[str] = frozenset("is was are were turns turned".split())
# Verbs of the events of a life, before "at" and an age: "died Sunday at 91", "retired at
# 65", "married at 19", "graduated from nursing school at 21", "moved to Brill at 19", "was
# elected mayor at 34", "was diagnosed at 30".
LIFE_EVENT_VERBS: frozenset[str] = frozenset(
    """
    die dies died dying retire retires retired marry marries married enlist enlists
    enlisted emigrate emigrates emigrated immigrate immigrates immigrated graduate graduates
    graduated move moves moved elect elects elected join joins joined become becomes became
    diagnose diagnosed ordain ordained widowed orphaned
    """.split()
)
# What tells a person named has died, right after the name ("Kyle Vell died", "Kyle Vell,
# 26, was killed", "Kyle Vell, who died in March,"): the dead say nothing later in a story.
DEATH_PREDICATES: frozenset[str] = frozenset(
    {"died", "was killed", "was found dead", "passed away", "fatally overdosed"}
)
# Verbs of a level reached, not in -ed, before "at" and a count: "the toll stood at 12",
# "unemployment sat at 7", "the index hit 40" (with PREDICATE_OPENERS).
LEVEL_VERBS: frozenset[str] = frozenset("sit sits sat stand stands hit hits".split())
# Words after a number that make it part of a product's name, as written: "737 Max", "11 Pro".
MODEL_WORDS: frozenset[str] = frozenset("Max Pro Plus Mini Ultra Lite SE XL XS XR GT GTI".split())
# Words before a bare number that make it share the unit of the figure before it in the
# sentence: "460 cars were stolen, compared with 63", "6 million homes, including 1.5 million",
# "160 km a week, down from 200".
ELLIPSIS_LEADS: tuple[str, ...] = (
    "compared with", "compared to", "versus", "vs", "vs.", "against", "including",
    "up from", "down from",
)  # fmt: skip
# Words of an appositive that compares a figure, no role of the source before it ("will
# involve 9,000 troops, according to the army, *more than* last year", "..., a sharp *rise*
# from May", "..., *the highest* since 2010", "..., *twice* as many as in May"): the nouns
# of a change, the superlatives of a level before "since", "in", "ever" or the end, and the
# words of a multiple. A comparative before "than" is read by its shape.
CHANGE_NOUNS: frozenset[str] = frozenset(
    """rise rises fall falls climb jump jumps drop drops gain gains loss losses increase
    increases decrease decreases decline declines slip surge surges plunge tumble dip dips
    slump slumps spike spikes""".split()
)
LEVEL_SUPERLATIVES: frozenset[str] = frozenset(
    "highest lowest largest biggest smallest fewest most least strongest weakest".split()
)
MULTIPLE_WORDS: frozenset[str] = frozenset("twice double triple half thrice".split())
# A bare number joined by "and", "but", "while" to a count's clause counts the same, when one
# of these follows it as its verb or relative pronoun: "300 cars were stolen and 41 *were* found".
CLAUSE_VERBS: frozenset[str] = frozenset(
    "who that were are was is have had has did do will would remain remained".split()
)
# Nouns of a level named between such a lead and its number, with AMOUNT_NOUNS: "down from a
# peak of 410,000", "up from a total of 12".
LEVEL_NOUNS: frozenset[str] = frozenset("peak high low record level".split())
# ... and these, when that figure is itself a level ("to 4.1% from 3.9", "from 208 pounds to 193").
LEVEL_LEADS: frozenset[str] = frozenset("from to".split())
# What a tally counts, the count of the other side after "to" with no noun: "passed by 412
# votes to 198", "won 30 seats to 12".
TALLY_UNITS: frozenset[str] = frozenset("votes seats".split())
# Verbs of a vote before its tally: "voted 4-1", "passed 52-48", "ruled 6-3" (not "split":
# "voters split 52-48" are shares).
TALLY_VERBS: frozenset[str] = VOTE_CUES | frozenset(
    """passed passes approved approves rejected rejects confirmed confirms adopted adopts
    ratified ratifies ruled rules""".split()
)
# Verbs of a finished small move before the particle "up": "edged up to 4.6%" is the level
# reached, not "up to" (at most) 4.6%. Base forms are left out: "could go up to 40%" is a cap.
UP_PARTICLE_VERBS: frozenset[str] = frozenset(
    """edged edges ticked ticks crept creeps inched inches nudged nudges moved moves crawled
    bumped ratcheted revised rose rises climbed climbs shot jumped""".split()
)
# Verbs whose particle is "over" (a car pulled over, papers handed over): "pulled over four
# times", "handed over 3,000 pages" count the times and the pages, not more than them; not
# verbs where "over" may be "more than" ("took over two years", "won over 60%", "signed
# over 200 autographs", "flagged over 300 transactions").
OVER_PARTICLE_VERBS: frozenset[str] = frozenset("""pulled handed turned knocked tipped""".split())
# Verbs of a change in amount (Levin's calibratable change-of-state class, 45.6) and "up",
# "down": a small sum or share right after one, then "to" and a level ten times larger, is a
# change then a level, not a range: "rose $2 to $85", "fell 3p to 250p".
CHANGE_WORDS: frozenset[str] = frozenset(
    """rise rises rising rose risen fall falls falling fell fallen climb climbs climbing climbed
    jump jumps jumping jumped drop drops dropping dropped gain gains gaining gained lose loses
    losing lost grow grows growing grew grown increase increases increasing increased
    decrease decreases decreasing decreased decline declines declining declined slip slips
    slipping slipped soar soars soaring soared surge surges surging surged plunge plunges
    plunging plunged tumble tumbles tumbling tumbled plummet plummets plummeting plummeted
    dip dips dipping dipped add adds adding added shed sheds shedding up down""".split()
)
# Verbs of limiting a count: the plural object before "at" or "to" and a bare number is what
# the number counts ("capped study permits at 360,000", "limits work permits to 50,000").
LIMIT_VERBS: frozenset[str] = frozenset(
    """cap caps capped capping limit limits limited limiting restrict restricts restricted
    restricting""".split()
)
# Past forms of verbs of change: "rose by 1.5% to 4.1%" tells the change, then the level it
# reached (two figures), not a range of the change as "expected to rise by 10% to 15%" does.
PAST_CHANGE_VERBS: frozenset[str] = frozenset(
    """rose risen fell fallen climbed jumped dropped gained lost grew grown increased decreased
    declined slipped soared surged plunged tumbled plummeted dipped added shed raised lowered
    cut widened narrowed expanded shrank shrunk contracted reduced hiked trimmed boosted
    slashed lifted eased edged""".split()
)
# Words that make a change before "by" a forecast or a plan, not yet a fact: "could rise by".
NOT_YET_WORDS: frozenset[str] = MODALS | frozenset(
    """expected expects forecast forecasts projected projects likely set due plans plan aims
    seeks wants hopes proposed proposes""".split()
)
# The oldest age an appositive number is read as ("Lee, 65, said"); larger ones are counts.
OLDEST_AGE: int = 120
# Verbs in the past of choosing or removing someone, which a subject before them does: "the
# party elected former minister Ann Lee" (her role is "former minister", the party's verb no
# part of it). After an article or an adverb they modify a role: "the elected mayor", "newly
# appointed chief". Not "named", "called": "a nurse named Ann Lee" is the nurse.
CHOOSING_VERBS: frozenset[str] = frozenset(
    """elected chose picked appointed nominated hired fired sacked dismissed replaced
    succeeded defeated ousted promoted""".split()
)
# Verbs whose object is a person a name often gives with a title, after their subject: "the
# party *elected* former minister Ann Lee", "the witnesses *included* Sen. Ann Marsh", a
# reporter's contact ("I *reached* Mayor Ivo Lind", "we *phoned* Dr. Ann Roe"); the subject
# and the verb are no part of the named person's role.
PERSON_OBJECT_VERBS: frozenset[str] = (
    CHOOSING_VERBS
    | CONTACT_PARTICIPLES
    | CONTACT_VERBS
    | frozenset(
        """include includes included feature features featured joined met heard thanked
        grilled pressed invited welcomed introduced""".split()
    )
)
# Verbs of a game's or a vote's result: "won 4 to 1", "voted 5 to 1" give a score or a tally,
# not odds.
SCORE_VERBS: frozenset[str] = VOTE_CUES | frozenset(
    """won win wins winning beat beats beating lost lose loses losing defeated defeat defeats
    led leads leading trailed trails trailing edged routed thrashed drew draw""".split()
)
# Plural nouns of a value measured, not of things counted: "raised their *prices* from 12 to 14"
# counts no prices.
VALUE_NOUNS: frozenset[str] = frozenset(
    """prices fees rates fares rents wages salaries costs taxes charges premiums tariffs bills
    targets forecasts estimates scores ratings limits levels odds times temperatures shares
    yields""".split()
)
# Nouns of an amount: a year-like number after "<noun> of" is an amount ("a total of 2000").
AMOUNT_NOUNS: frozenset[str] = frozenset("average total sum tally maximum minimum".split())
# Nouns of a figure that open an apposition to it, after a clause and its source: "About
# 650,000 people live with it, according to the society, *a number* it expects to double".
FIGURE_APPOSITION_NOUNS: frozenset[str] = (
    AMOUNT_NOUNS
    | LEVEL_NOUNS
    | frozenset("number figure rise increase drop decline jump fall gain loss share rate".split())
)
# Nouns of a group whose size a bare number after "of" gives, and what that number counts:
# "a population of 8.4 million" counts people. ("the number of deaths rose to 90": deaths.)
GROUP_NOUNS: dict[str, str] = {
    "population": "people", "crowd": "people", "workforce": "workers", "electorate": "voters",
    "membership": "members", "army": "troops", "garrison": "troops", "toll": "deaths",
}  # fmt: skip
# Places whose size a bare number right after "of" gives in people: "a town of 3,800", "a
# county of 40,000" (not "the town raised 5,000": no group noun as a subject).
SETTLEMENT_NOUNS: frozenset[str] = frozenset(
    """town city village hamlet township municipality community county province country nation
    island""".split()
)
# Places whose own government is named by the place's noun and "of" ("the town of Brill
# said", "the Regional Municipality of Orla"): the body speaks, not the place.
MUNICIPAL_BODY_NOUNS: frozenset[str] = frozenset(
    "town city village township municipality county borough district region".split()
)
# Singular nouns of what a measure after "<noun> of" measures: "a crest of 21.4 feet", "a
# depth of 3 metres" (plural nouns measure so too: "gusts of up to 90 km/h").
MEASURED_NOUNS: frozenset[str] = frozenset(
    """depth height distance length width speed crest level elevation altitude temperature
    rainfall snowfall accumulation high low gust wind surge swell wave thickness diameter
    radius""".split()
)
# Group nouns that count so only after one of these words ("the death toll rose to 41"; not
# "the bridge toll will rise to 7"), or as "the <noun>" right before a verb of change or "at"
# ("the toll rose to 41", "put the toll at 4,100"; not "the toll road", "the toll booth").
QUALIFIED_GROUP_NOUNS: dict[str, frozenset[str]] = {
    "toll": frozenset({"death", "casualty"}),
}
# Adjectives of a group's size after a hyphenated number: "a 5,000-strong army" counts what
# the group holds (GROUP_NOUNS), or the group's noun.
SIZE_ADJECTIVES: frozenset[str] = frozenset({"strong"})

# The ratios of research reports that name a bare number after them, "of" or a form of "be"
# between ("a hazard ratio of 0.81", "the odds ratio was 1.4"): the number is that ratio.
STUDY_RATIOS: frozenset[str] = frozenset(
    {
        *("hazard ratio", "odds ratio", "risk ratio", "rate ratio", "incidence rate ratio"),
        *("relative risk", "prevalence ratio", "adjusted hazard ratio", "adjusted odds ratio"),
        "adjusted relative risk",
    }
)

# The smallest bare number read as a model after "a" ("a 787", "a 911"; not "a 3 to 1 margin").
SMALLEST_MODEL: int = 100


# --- sentence ends after an abbreviation ---------------------------------------------------------

# Abbreviations that can end a sentence ("talks with Acme Co. They ended"), unlike the titles
# and the abbreviations before a number or a name ("Gen.", "No.", "Jan."), which never do.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    "jr sr etc inc corp ltd co bros dept u.s u.k u.n e.u d.c a.m p.m".split()
)
# Capitalised words after a clock time's "a.m."/"p.m." that go on with it ("at 7 p.m. Eastern",
# "9 a.m. local time"): anything else capitalised opens a new sentence ("9 p.m. Police said").
CLOCK_ZONES: frozenset[str] = frozenset(
    "eastern central pacific mountain atlantic alaska hawaii local greenwich".split()
)
# Platforms named by one letter: after one of these prepositions the letter and its period are
# no initial ("wrote in a post on X. Ortiz added"); "J. Smith", "Malcolm X." keep theirs.
PLATFORM_LETTERS: frozenset[str] = frozenset({"x"})
PLATFORM_PREPOSITIONS: frozenset[str] = frozenset("on to onto via".split())
# Closed-class words that start a sentence: after one of the abbreviations above, or after a
# single capital letter ("you and I."), such a word with a capital means a new sentence
# (determiners too: "at 2 a.m. One neighbour ..."); a name ("Inc. Chairman", "George W.
# Bush") does not.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    I He She It We They You This That These Those There Here The His Her Its Our Their My
    Your How What Why When Where Who Which Did Does Do Is Are Was Were Will Would Can Could
    Should Has Have Had But And So Yet Still Then However Meanwhile If As In On At For After
    Before A An One Some Many Most All Both Each Several Another Neither No
    """.split()
)
# Role nouns a company holds in a deal or a service: "the operator said", "the lender said"
# (alone after "the": "the crane operator" is a person).
COMPANY_ROLE_NOUNS: frozenset[str] = frozenset(
    "operator operators carrier carriers insurer insurers lender lenders retailer retailers "
    "developer developers airline automaker manufacturer utility employer employers".split()
)
# What a person makes, before "maker" ("the film maker", "a deal maker"); a maker of other
# things alone is its company ("its maker", "the drug maker", "a maker of valves").
PERSON_MAKER_CRAFTS: frozenset[str] = frozenset(
    """film movie documentary deal policy peace decision king match trouble law home play
    dress rain wine""".split()
)
# Vessels whose operator, owner or manager is a company ("the ship's operator said", "the
# tanker's owners said"), and those roles; "the owner" alone stays a person.
VESSEL_NOUNS: frozenset[str] = frozenset(
    "ship vessel tanker supertanker freighter ferry containership liner bulker carrier".split()
)  # not boats, trawlers and barges, which people own ("The boat's owner, a fisherman,")
VESSEL_COMPANY_ROLES: frozenset[str] = frozenset(
    "operator operators owner owners manager managers charterer charterers insurer insurers".split()
)
# Words of the domain completing an office's title before a name ("Secretary of *State* Ann
# Vale", "Minister of *Foreign Affairs* Tom Hale"): the title's, never the name's.
OFFICE_COMPLEMENTS: frozenset[str] = frozenset(
    """
    state defense defence health education transportation transport energy commerce labor
    labour agriculture justice treasury interior housing veterans homeland security exchequer
    finance culture foreign affairs home economy trade environment
    mines mining lands natural resources minerals petroleum fisheries forestry
    railways textiles tourism aviation telecommunications broadcasting revenue industries
    external civil
    """.split()  # not "power", "law", "steel": surnames too ("John Law")
)
# The fields a government arm is named for before its country or province, every word of the
# name but "and" and the place ("Statistics Canada", "Fisheries and Oceans Canada", "Santé
# Québec"); a company's arm there has a word of its own ("Air Canada", "Bell Canada").
GOVERNMENT_ARM_FIELDS: frozenset[str] = OFFICE_COMPLEMENTS | frozenset(
    """
    statistics parks elections immigration refugees citizenship employment social development
    public safety global services service indigenous crown-indigenous relations northern
    infrastructure communities oceans agri-food sport innovation science economic climate
    change procurement santé transports revenu revenue
    """.split()
)
# Verbs of comparing, whose object stands before their "to" or "with" ("compared the vote to
# a circus"): right before "to" or "with", they are passive ("Talk compared to a circus"), a
# comparison whose maker the clause does not name; with no "to" or "with" after the object,
# the comparing is done by hand or eye ("was comparing two bags of rice"), nothing said.
COMPARISON_CUES: frozenset[str] = frozenset(
    "compare compares compared comparing liken likens likened likening".split()
)
# Verbs of the purpose a comparing by hand or eye serves, in the base form after "to": no
# likeness ("comparing two bags of rice *to see* which was cheaper", "to decide which").
COMPARING_PURPOSES: frozenset[str] = frozenset(
    "see find figure decide determine choose gauge learn".split()
)
# Trades a person or a company plies, written before its name as a role ("Promoter Apex
# Live said", "Landlord Ann Vale said"), capitalised when they open the sentence.
TRADE_ROLE_NOUNS: frozenset[str] = frozenset(
    "promoter landlord contractor builder broker vendor dealer publisher distributor "
    "organizer organiser".split()
)
# Verbs of approval, and the nouns naming an event or a decision that may be their object:
# "welcomed the news", "hailed the ruling" take a stance on what happened, saying nothing
# that can be checked (acts.py); "praised the crew for ..." and "welcomed that ..." do not.
APPROVAL_VERBS: frozenset[str] = frozenset(
    "welcome welcomes welcomed praise praises praised hail hails hailed applaud applauds "
    "applauded".split()
    # and of disapproval: "condemned the ruling", "denounce the test"
    + "condemn condemns condemned denounce denounces denounced deplore deplores deplored "
    "decry decries decried".split()
)
# Nouns that sum up a clause in the narrator's apposition after it: "(Fees will rise, the
# mayor said,) a move that critics called reckless", "the latest sign that talks stalled".
SUMMING_NOUNS: frozenset[str] = frozenset(
    """
    move step sign signal decision claim change blow boost setback admission reversal
    reminder shift turn twist departure warning concession gesture rebuke snub escalation
    forecast estimate prediction promise pledge view assessment assertion argument verdict
    position stance
    """.split()
    # a number or a charge reported, which the other side disputes: "said 300 soldiers died,
    # a figure the army dismissed as propaganda", "..., an accusation the rebels denied"
    + "figure number toll tally account accusation allegation charge".split()
)
# Nouns of events and decisions, which praise or approval of is a stance ("welcomed the
# decision") and which cast doubt as things, not as people ("the vote cast doubt on").
EVENT_NOUNS: frozenset[str] = frozenset(
    """
    news decision decisions move moves announcement ruling verdict result results outcome
    vote deal agreement accord step steps change changes proposal plan plans approval passage
    arrival return appointment resignation release report reports election test tests
    bill bills law laws measure measures reform reforms policy
    remarks comments signal signals offer offers bid bids cut cuts merger takeover
    visit visits
    """.split()
)
# A person's part in a cause, which praise of is a stance as praise of an event is: "welcomed
# the prince's interest", "praised the volunteers' efforts".
CONDUCT_NOUNS: frozenset[str] = frozenset("interest commitment involvement effort efforts".split())
# Past participles of the judgement verbs of praise and blame that evaluate (Levin 1993, 33:
# "criticized", "praised") and of naming a thing as something ("labelled", "branded",
# "dismissed as"): after a form of "be" and with no agent named ("the plan has been widely
# criticised as too costly"), a judgement no one is said to have voiced, a stance (acts.py);
# with "by" ("was criticised by the union") the agent's words, speech. Not "blamed" nor
# "accused": a cause or a deed charged ("the firm was blamed for the spill") is a claim.
JUDGEMENT_PARTICIPLES: frozenset[str] = frozenset(
    """
    criticized criticised condemned praised attacked slammed blasted
    denounced decried derided mocked ridiculed faulted castigated censured rebuked chastised
    commended lauded applauded acclaimed hailed heralded labeled labelled branded dismissed
    """.split()
)
# Participles of assessing, their verdict right after them, an adjective or a noun ("was rated
# inadequate by inspectors", "was deemed unsafe by engineers", "is considered a risk by
# lenders"): the agent after that verdict is whose assessment it is.
ASSESSMENT_PARTICIPLES: frozenset[str] = frozenset("considered deemed rated judged".split())
# Judgement participles with a literal sense as well, a sacking or an assault ("dismissed as
# manager", "attacked as a guard"): a judgement only with "as" and no role noun or definite
# phrase after it ("dismissed as a stunt", "attacked as reckless").
LITERAL_JUDGEMENTS: frozenset[str] = frozenset({"dismissed", "attacked"})
# Past participles of estimating and predicting (Levin 54.4 and 29.5's conjecture verbs): after
# a form of "be" and with no agent ("growth is projected to slow", "it is estimated that 3,000
# fled"), a reckoning held by no one named, a thought, as "is expected to" is; with "by" ("was
# estimated at $4 million by the council") the agent's words, speech.
CONJECTURE_PARTICIPLES: frozenset[str] = frozenset(
    "estimated projected predicted forecast calculated".split()
)
# "Herons coach Ann Lee", "Oilers head coach Dana Ruiz", "Canucks captain Tom Hale": a
# plural name before its coach, captain or player is a team's ("Lotte Brink coach" is no
# plural).
TEAM_ROLES: tuple[str, ...] = (
    "coach",
    "head coach",
    "assistant coach",
    "interim coach",
    "captain",
    "alternate captain",
    "goaltender",
    "goalie",
    "netminder",
    "defenceman",
    "defenseman",
    "forward",
    "winger",
    "centre",
    "center",
    "guard",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
)

# Places a role, a party or a club may be named after, lower case: "Ontario" of "Ontario
# Premier" and "Ontario NDP", "B.C." of "B.C. Premier", "Toronto" of "Toronto FC".
JURISDICTIONS: frozenset[str] = (
    GOVERNMENT_PLACES | STATES_AND_PROVINCES | US_STATES | PLACE_INITIALS | PLACE_NAMES
)
# The pronouns a clause may open on: "told the court *she* wanted to go".
SUBJECT_PRONOUNS: frozenset[str] = (
    PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | AUTHOR_PRONOUNS | SELF_PRONOUNS
)
