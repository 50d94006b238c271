"""Word lists the speaker finder reads names with: titles, roles, organisations, demonyms, verbs.

Every list is lower case. They are general English news vocabulary, not the words of any article.
"""

from __future__ import annotations

# Reporting verbs: '," Putin said', 'Kim told reporters: "'.
VERBS = (
    r"said|says|say|told|tells|added|adds|explained|explains|stressed|insisted|argued|warned|"
    r"noted|claimed|declared|announced|wrote|writes|tweeted|posted|replied|continued|concluded|"
    r"admitted|asked|suggested|commented|remarked|recalled|urged|acknowledged|confirmed|"
    r"promised|described|describing|saying|adding|noting|insists|argues|warns|believes|thinks|"
    r"stated|states|charged|quipped|joked|countered|conceded|cautioned|responded|predicted|"
    r"boasted|complained|lamented|emphasized|emphasised|mused|exclaimed|vowed|asserted|"
    r"retorted|reiterated|contended|telling|reflected|revealed|laughed|sighed|gushed|raged|fumed|"
    r"hailed|barked|snapped|notes|observes|shot back|fired back|pointed out|points out"
)

PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})

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
    "vice foreign home prime emir president-elect nurse officer".split()
)
# Capitalised at a sentence's start, or as part of a date, but never the start of a name.
NOT_NAME_START = frozenset(
    "the but and in on at he she it they this that these those a an of for one there here "  # noqa: SIM905 - one string reads better than a list of words
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday last next however when while "
    "after before if as so yet also then now what why how where who which like with from by "
    "to for during despite although though because since until unless whether without "
    "within under over about among between through both all some many most several few "
    "other another each every no not only even just still instead meanwhile speaking asked "
    "according looking following including earlier later asked".split()
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
    "period age era war cup championship olympics games award awards prize festival live "
    "show series project initiative campaign programme program summit conference forum "
    "administration hotel restaurant shop store market tour album film movie book "
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
    "catalan basque kurdish persian".split()
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
