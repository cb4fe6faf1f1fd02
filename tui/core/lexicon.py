"""Word lists: data, not code. Each section belongs to the module named in its header."""

from __future__ import annotations

# --- Statements and speakers ---
# Used by text.py, statements.py and speakers.py. All words are lower case unless noted.

# Cue verbs of speech: they take reported content in any position ("X said Y", "Y, X said",
# "“Y,” said X", "Y, X said, Z").
SPEECH_CUES: frozenset[str] = frozenset(
    """
    say says said saying tell tells told add adds added note notes noted warn warns warned
    argue argues argued claim claims claimed insist insists insisted acknowledge acknowledges
    acknowledged write writes wrote post posts posted report reports reported state states
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
    charge charges charged announce signal signals signaled signalled hint hints hinted
    concur concurs concurred retort retorts retorted point-out
    """.split()
)
# Cue verbs of belief, estimate and finding: reported content follows them ("X believes Y").
BELIEF_CUES: frozenset[str] = frozenset(
    """
    believe believes believed think thinks thought expect expects expected anticipate
    anticipates anticipated estimate estimates estimated feel feels felt fear fears feared
    hope hopes hoped worry worries worried reckon reckons reckoned suspect suspects suspected
    doubt doubts doubted project projects projected forecast forecasts calculate calculates
    calculated show shows showed shown find finds found conclude understand understands
    understood know knows knew assume assumes assumed wonder wonders wondered acknowledge
    """.split()
)
# Cue verbs that take a listener before the content: "told reporters that ...".
LISTENER_CUES: frozenset[str] = frozenset(
    "tell tells told assure assures assured inform informs informed remind reminds reminded "
    "warn warns warned urge urges urged".split()
)
# Cue verbs naming something rather than reporting a clause: their quoted object is what was
# said ("dubbed it the “battle of the bulge”").
NAMING_CUES: frozenset[str] = frozenset(
    "dub dubs dubbed call calls called label labels labeled labelled describe describes "
    "described brand brands branded term terms termed".split()
)
# Multi-word cues, matched as written (lower case).
PHRASE_CUES: tuple[str, ...] = (
    "according to",
    "pointed out",
    "points out",
    "point out",
    "went on to say",
    "made clear",
    "makes clear",
    "is quoted as saying",
    "was quoted as saying",
    "were quoted as saying",
)
# Words between a subject and its cue that do not end the subject: "has also said".
CUE_AUXILIARIES: frozenset[str] = frozenset(
    """
    has have had is are was were be been being will would could should may might must
    also later then again once still further earlier previously repeatedly recently
    reportedly publicly privately separately not never often long has-since already just
    now first originally initially did does do
    """.split()
)
# Subject pronouns, with what they can refer to.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
THING_PRONOUNS: frozenset[str] = frozenset({"it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which"})
# First- and second-person pronouns: never a reported speaker of a news attribution.
SELF_PRONOUNS: frozenset[str] = frozenset({"i", "we", "you"})
# Determiners that may open a speaker phrase.
DETERMINERS: frozenset[str] = frozenset(
    """
    the a an his her their its our this that these those some many most several few
    two three four five six seven eight nine ten dozens other another one both all
    """.split()
)
# Function words: never part of a name, even when capitalised at a sentence start.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    and but or nor so yet for if when while although though because since as after before
    until unless whether where then than in on at by with from into onto of to about over
    under between through during without within against among across toward towards upon
    not no yes also even still just only now here there however meanwhile moreover instead
    indeed still later earlier yesterday today tonight tomorrow this that these those it
    what which who whom whose why how is are was were be been has have had do does did will
    would can could should may might must shall i we you me us him them my your
    """.split()
)
# Titles written before a name; the period is optional in the text ("Gen." or "Gen").
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev fr gen lt col maj capt cpt sgt adm cmdr
    brig cpl pvt sen rep gov lt-gen maj-gen brig-gen rabbi imam sheikh pope st hon judge
    justice president vice prime chancellor king queen prince princess emperor sultan emir
    ayatollah pastor father sister brother bishop cardinal
    """.split()
)
# Abbreviations that do not end a sentence when followed by a period.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sr jr st gen lt col maj capt cpt sgt adm cmdr brig cpl pvt sen rep gov
    rev fr hon mt ft no nos vs etc inc corp ltd co bros dept univ est approx jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m i.e e.g
    """.split()
)
# Role nouns: a person or group described by what they do ("spokesman", "officials").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    minister ministers president vice-president premier chancellor secretary spokesman
    spokeswoman spokesperson spokespeople spokesmen chief chiefs commander commander-in-chief
    commanders general admiral officer officers official officials director directors head
    chairman chairwoman chair chairperson ceo cfo founder co-founder executive executives
    leader leaders governor governors senator senators representative congressman
    congresswoman lawmaker lawmakers legislator legislators mayor mayors ambassador envoy
    diplomat diplomats adviser advisers advisor advisors aide aides analyst analysts expert
    experts economist economists scientist scientists researcher researchers professor
    pollster pollsters strategist strategists consultant consultants lawyer lawyers attorney
    attorneys prosecutor prosecutors judge judges candidate nominee nominees host anchor
    journalist journalists reporter reporters editor editors columnist commentator
    correspondent critic critics supporter supporters opponent opponents activist activists
    advocate advocates observer observers witness witnesses resident residents voter voters
    source sources insider insiders staffer staffers member members manager managers
    partner partners owner owners investor investors trader traders banker bankers
    doctor doctors physician physicians nurse nurses teacher teachers student students
    worker workers employee employees veteran veterans soldier soldiers troops police
    policeman policemen authorities authority investigators investigator regulators
    regulator negotiator negotiators mediator organizer organizers organiser spokesperson
    secretary-general president-elect deputy deputies counsel commissioner commissioners
    inspector inspectors auditor auditors surgeon physicist historian historians
    sociologist psychologist biographer author authors writer writers blogger bloggers
    commentators pundits pundit people person man woman men women officials
    chairs heads ministers premier economists democrats republicans conservatives liberals
    """.split()
)
# Anonymous-source heads: a speaker phrase built on them is not named ("officials said").
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    """
    official officials source sources aide aides insider insiders person people diplomat
    diplomats spokesman spokeswoman spokesperson officer officers analyst analysts expert
    experts observer observers critic critics resident residents witness witnesses member
    members staffer staffers adviser advisers advisor advisors investigators authorities
    lawmakers economists researchers scientists supporters opponents voters man woman men
    women someone somebody many some others several
    """.split()
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
)
# Organizations: capitalised names and common nouns that make a speaker an organization.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    """
    pentagon kremlin white house state department ministry department agency government
    administration campaign committee commission council company firm corporation corp inc
    ltd group party office bureau service court army navy military police parliament
    congress senate assembly cabinet board union association federation institute
    university foundation bank fund organization organisation alliance coalition nato
    un u.n. eu fbi cia nsa epa fda cdc who imf opec command staff authority embassy
    consulate secretariat prosecutor's prosecutors' court tribunal commission regime junta
    """.split()
)
# Media: words that make a capitalised speaker a news outlet ("The New York Post").
MEDIA_WORDS: frozenset[str] = frozenset(
    """
    post times journal news tribune herald gazette telegraph guardian independent observer
    chronicle globe mail express mirror sun reuters ap afp bloomberg cnn bbc nbc abc cbs
    fox msnbc npr pbs politico axios breitbart huffpost newsweek economist atlantic
    magazine newspaper paper outlet network broadcaster agency tass ria interfax xinhua
    yonhap kyodo wire daily weekly radio television tv channel
    """.split()
)
# Documents: a speaker that is a text ("a report", "the statement", "a poll").
DOCUMENT_WORDS: frozenset[str] = frozenset(
    """
    report reports statement statements study studies survey surveys poll polls letter
    letters document documents memo memos filing filings lawsuit complaint indictment
    analysis assessment review audit data figures records record release communique
    communiqué transcript email emails message messages post tweet tweets video footage
    research paper papers estimate estimates projection projections forecast forecasts
    resolution ruling order decree bill law investigation inquiry probe findings guidance
    """.split()
)
# Words that introduce a time expression beside a cue ("said on Tuesday").
TIME_WORDS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend month year earlier later recently
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)


# --- Figures ---
