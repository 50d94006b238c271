"""Word lists the speaker finder reads names with: titles, roles, organisations, demonyms, verbs.

Every list is lower case. They are general English news vocabulary, not the words of any article.
"""

from __future__ import annotations


def _verb_forms(line: str) -> list[str]:
    """A line's forms: each word, or the whole line when it is a phrase ("points out", "put it").

    Written as a pattern: VERBS joins them into one.
    """
    words = line.split()
    if len(words) == 2 and words[1] == "on":
        return [rf"{line.strip()}(?!\s+to\b)"]  # '," Paul went on', not "went on to win"
    return [line.strip()] if len(words) == 2 and words[1] in {"back", "out", "it", "in"} else words


# Reporting verbs, every form news copy attributes with ('," Putin said', '," Bozell concludes',
# 'Kim told reporters: "'): one line a verb, its third-person present, past and the participle
# of '," adding that …'. Bare forms are left out ('," the note', '," his answer' are nouns),
# but for "say" ('," officials say').
_VERB_FORMS = """
say says said saying
tells told telling
adds added adding
explains explained explaining
stresses stressed
insists insisted insisting
argues argued arguing
warns warned warning
notes noted noting
claims claimed claiming
declares declared declaring
proclaims proclaimed
announces announced
writes wrote writing
tweets tweeted tweeting
posted
replies replied replying
continues continued
concludes concluded concluding
admits admitted admitting
asks asked asking
suggests suggested suggesting
comments commented
remarks remarked
recalls recalled recalling
urges urged urging
acknowledges acknowledged
confirms confirmed
promises promised promising
describes described describing
stated stating
charged
quips quipped
jokes joked joking
counters countered
concedes conceded
cautions cautioned cautioning
responds responded responding
predicts predicted predicting
boasts boasted boasting
complains complained complaining
laments lamented
opines opined opining
emphasizes emphasized emphasizing
emphasises emphasised emphasising
muses mused
exclaims exclaimed
vows vowed vowing
asserts asserted asserting
retorts retorted
reiterates reiterated
contends contended
reflects reflected
reveals revealed
laughs laughed
sighs sighed
gushes gushed
rages raged
fumes fumed
hails hailed
barks barked
snaps snapped
observes observed
answers answered
echoes echoed
maintains maintained
alleges alleged
testifies testified
recounts recounted
agrees agreed
shouts shouted
whispers whispered
yells yelled yelling
pleads pleaded
pledges pledged pledging
believes
thinks
presses pressed pressing
remembers remembered
interjects interjected
elaborates elaborated
shot back
fired back
went on
chimed in
chimes in
pointed out
points out
put it
puts it
"""


def _grouped(forms: list[str]) -> str:
    """One verb's forms as a stem and its endings ("explain(?:ing|ed|s)").

    Python's regex engine tries an alternation's branches one by one: ~80 stems cost a search
    along an article far less than ~250 whole words.
    """
    stem = forms[0]
    while not all(form.startswith(stem) for form in forms):
        stem = stem[:-1]
    endings = sorted((f[len(stem) :] for f in forms), key=len, reverse=True)
    return stem + "(?:" + "|".join(endings) + ")" if len(forms) > 1 else stem


VERBS = "|".join(
    _grouped(forms) for forms in map(_verb_forms, _VERB_FORMS.split("\n")) if forms
)

# An adverb between a speaker and the verb ("Jo Li later said", "she angrily told"): a word in
# -ly, but not a noun in -ly ("the Houston family said" is the family's, not "the Houston"'s),
# and in lower case: a name in -ly ("his publicist John Kelly said") is the speaker's
LY_ADVERB = r"(?!(?:family|ally|rally|assembly|supply|reply|monopoly|anomaly)\b)[a-z]+ly"

PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})

# The US titles written short before a name ("Sen. Bernie Sanders"): "the Vermont senator" later
# stands for the person introduced so.
SHORT_TITLES = {
    "senator": "sen", "governor": "gov", "representative": "rep", "congressman": "rep",
    "congresswoman": "rep", "general": "gen", "lieutenant": "lt", "colonel": "col",
    "sergeant": "sgt", "captain": "capt", "professor": "prof", "reverend": "rev",
}
# Titles and roles written before a name ("Councillor Tom Reyes", "XYZ chairman Jo Bell");
# dropped from the front of a name. The first group marks its name as a person's.
PERSON_TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend president minister "  # noqa: SIM905 - one string reads better than a list of words
    "sen rep gov gen lt col sgt capt "  # US titles, whose full stop ``speakers`` makes a space
    "chancellor secretary senator governor judge justice councillor cllr mayor king queen prince "
    "princess pope bishop archbishop cardinal father rabbi imam sheikh ambassador commissioner "
    "inspector detective sergeant constable colonel major general lieutenant captain admiral "
    "premier chairman chairwoman chairperson coach manager boss director chief executive leader "
    "spokesman spokeswoman spokesperson analyst economist archaeologist mp mep msp am deputy "
    "vice foreign home prime emir president-elect nurse officer speaker adviser advisor ceo "
    "attorney prosecutor sheriff principal editor "
    # family, as human-interest copy titles the relatives it quotes ("said dad Julio")
    "dad mum mom mother brother sister son daughter wife husband widow widower grandmother "
    "grandfather grandma grandpa uncle aunt cousin fiance fiancee girlfriend boyfriend "
    "stepfather stepmother".split()
)
# Verbs of saying that open a sentence before their speaker ('Said Comey, "…'): never a name.
VERBS_BEFORE_SPEAKER = ("said", "says", "added", "adds", "wrote", "writes")
# Capitalised at a sentence's start, or as part of a date, but never the start of a name.
NOT_NAME_START = frozenset(VERBS_BEFORE_SPEAKER) | frozenset(
    "the but and in on at he she it they this that these those a an of for one there here "  # noqa: SIM905 - one string reads better than a list of words
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday last next however when while "
    "after before if as so yet also then now what why how where who which like with from by "
    "to for during despite although though because since until unless whether without "
    "within under over about among between through both all some many most several few "
    "other another each every no not only even just still instead meanwhile speaking asked "
    "according looking following including earlier later former given amid upon toward towards "
    "against beyond regarding considering did do does is are was were can could would should "
    "watch click listen "
    # the imperatives of a page's furniture ("Add Harvey Weinstein as an interest", "Follow
    # Pam Key on Twitter"): no part of the name after them
    "add follow share subscribe sign join visit "
    "shall might must has have had absent didn't don't doesn't isn't wasn't weren't aren't "
    "can't couldn't won't wouldn't shouldn't haven't hasn't hadn't "
    # a pronoun's contraction opens no name ("I'm Carl Azuz.": the name is Carl Azuz)
    "i'm i've i'd i'll we're we've we'll you're you've he's she's it's they're they've "
    "that's there's here's let's "
    # the plural sources that open sentences ("Witnesses said LaBeouf yelled"): nobody's name
    "witnesses officials authorities residents critics experts analysts investigators "
    "prosecutors officers doctors researchers scientists protesters protestors lawmakers "
    "activists supporters sources students parents neighbors neighbours observers".split()
)
# A name holding one of these words names an organisation, a place, a programme or an event.
ORG_WORDS = frozenset(
    "company firm group team club party government ministry department police bank agency "  # noqa: SIM905 - one string reads better than a list of words
    "organisation organization charity college university school hospital board commission "
    "committee council office union league association trust court army navy fund foundation "
    "institute institution society federation corporation corp inc ltd plc llc co bbc radio "
    "news tv television channel network times post journal magazine press media service "
    "services authority airline airlines airways motors holdings capital securities partners "
    "international centre center museum cathedral academy parliament senate congress "
    "assembly fc united city county district region province state republic kingdom empire "
    "territory peninsula island islands river valley lake sea ocean bay coast mountain "
    "mountains street road square bridge airport station house palace tower stadium "
    "period age era war cup championship championships olympics games award awards prize "
    "festival live invitational tournament trophy memorial gallery "
    "show series project initiative campaign programme program summit conference forum "
    "administration hotel restaurant shop store market tour album film movie book "
    "inn motel resort casino gardens mall arena theatre theater library cafe café pub ministries "
    "fonds stiftung fondation fundación fundação fondazione "
    "report".split()
)
# Words that make a description name a source rather than a person ("the council's spokesman").
SPOKES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople representative representatives statement "  # noqa: SIM905 - one string reads better than a list of words
    "source sources press release".split()
)
# Nationalities, regions and parties: an adjective before a role, never a name by itself.
DEMONYMS = frozenset(
    "american british english scottish welsh irish northern southern eastern western central "  # noqa: SIM905 - one string reads better than a list of words
    "north south east west french german italian spanish portuguese dutch belgian swiss "
    "austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian "
    "romanian bulgarian greek turkish cypriot russian ukrainian belarusian georgian armenian "
    "azerbaijani kazakh uzbek estonian latvian lithuanian serbian croatian bosnian albanian "
    "slovenian macedonian chinese japanese korean taiwanese tibetan mongolian vietnamese thai "
    "cambodian burmese filipino indonesian malaysian singaporean indian pakistani afghan "
    "bangladeshi nepalese sri lankan iranian iraqi syrian lebanese jordanian israeli "
    "palestinian saudi yemeni omani qatari emirati kuwaiti bahraini egyptian libyan tunisian "
    "algerian moroccan sudanese ethiopian eritrean somali kenyan ugandan tanzanian rwandan "
    "congolese nigerian ghanaian senegalese malian ivorian cameroonian angolan zambian "
    "zimbabwean mozambican namibian african european asian arab canadian mexican cuban "
    "haitian jamaican brazilian argentine argentinian chilean peruvian colombian venezuelan "
    "bolivian ecuadorian uruguayan paraguayan australian kiwi soviet latin scandinavian "
    "catalan basque kurdish persian "
    # the nouns: "the Frenchman said" names a nationality, not a person
    "frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman "
    "irishman irishwoman dutchman spaniard briton brit scot swede dane finn pole turk "
    "kiwis aussie".split()
)
# Party words: like a nationality before a role ("Tory leader X"), never a person's first name.
POLITICAL = frozenset(
    "conservative conservatives labour liberal liberals tory tories democrat democrats "  # noqa: SIM905 - one string reads better than a list of words
    "democratic republican republicans socialist socialists communist nationalist "
    "nationalists unionist unionists lib dem dems".split()
)
# Honorifics that start a name even inside a run ("in Leeds Mr Reyes said").
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "sen", "rep", "gov", "gen", "lt", "sgt"}
)

# Common first names and their short forms that are nearly always one gender's in US and British
# copy, for the pronoun check ("she said" is never "Kathleen"'s husband; "he said" never
# Jennifer's). Left out: names given to both (Jamie, Kelly, Jordan, Alex, Chris, Sam, Leslie,
# Robin, Terry, Tyler, Logan, Ashley, Alexis) and names of the other gender in another language
# or country (Andrea Pirlo, Jean Leonetti, Joan Laporta, Hilary Benn, Evelyn Waugh).
_FEMALE_NAMES = """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia christina lauren judith megan cheryl
    hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris
    abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
    brittany natalie isabella charlotte rose kayla hillary claire sophie lucy chloe ellie
    harriet fiona caroline jane louise natasha kate katie liz beth sue jenny meg molly kathy
    cathy nina
    """
_MALE_NAMES = """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
    christian roger noah gerald carl sean arthur austin lawrence jesse dylan bryan joe bruce
    billy albert willie gabriel alan juan wayne roy ralph randy eugene vincent russell elijah
    louis bobby philip johnny barack bernie mitt rand marco ted jeb vladimir boris tony gordon
    nigel neil ian graham colin simon martin hugh steve mike jim tom bob bill dave dan nick ben
    greg jeff howard rick ron ken fred tim andy pete phil
    """
FIRST_NAME_GENDERS = {
    **dict.fromkeys(_MALE_NAMES.split(), "m"),
    **dict.fromkeys(_FEMALE_NAMES.split(), "f"),
}
