"""How the press of each language attributes a quotation: verbs of saying, pronouns, articles.

One ``Speech`` per language, in the table-per-language style of ``languages.py``; English keeps
its own, richer speaker finder (``speakers.py``). Every item is a regex fragment or a lower-case
word. The verb lists hold the forms news copy uses right after a quotation ('», a déclaré la
ministre', '“, sagte Müller', '», — заявил министр') or before a colon ('X afirmó: «').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Speech:
    """The words one language reports speech with."""

    verbs: str
    """Verbs of saying as written in an attribution, auxiliaries included ("a déclaré")."""
    pronoun: str
    """An attribution to a pronoun, matched right after the quote ("sagte er", "a-t-elle
    ajouté", "dijo ella"); a verb with no subject at all ("», afirmó.") is read in code."""
    pronouns: frozenset[str]
    """Subject pronouns of a person ("er", "elle", "она")."""
    determiners: frozenset[str]
    """Words that open a description of the speaker ("la ministre", "der Sprecher")."""
    links: frozenset[str]
    """Prepositions after which a capitalised word names a place or a body, not the speaker."""
    roles: str = ""
    """Capitalised roles written before a name (German: "Vorstandschefin Katrin Albrecht")."""
    honorifics: frozenset[str] = field(default_factory=frozenset)
    """Titles dropped from the front of a name ("Dr.", "Mme", "Sr.")."""
    verb_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    pronoun_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    role_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # compiled once per language: the tables are module constants
        object.__setattr__(self, "verb_re", re.compile(rf"(?:{self.verbs})(?!\w)"))
        object.__setattr__(self, "pronoun_re", re.compile(self.pronoun))
        role = re.compile(rf"(?i:{self.roles})") if self.roles else None
        object.__setattr__(self, "role_re", role)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GERMAN = Speech(
    verbs=(
        r"sagte|sagten|sagt|so|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|ergänzt"
        r"|fügte|warnte|warnt|kritisierte|kritisiert|erläuterte|versicherte|bekräftigte"
        r"|unterstrich|mahnte|räumte|schrieb|schreibt|antwortete|fragte|forderte|fordert"
        r"|berichtete|erzählte|erzählt|[Ll]aut"
    ),
    pronoun=r"(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|fügte|warnte|räumte|schrieb"
    r"|antwortete|fragte|forderte|kritisierte|versicherte|unterstrich)\s+(?:er|sie)\b",
    pronouns=_words("er sie"),
    determiners=_words("der die das des dem den"),
    links=_words("des von vom im in aus bei für am zum zur nach gegen über"),
    roles=(
        r"[\w-]*(?:chef|chefin|minister|ministerin|meister|meisterin|sprecher|sprecherin|vorsitzende"
        r"|vorsitzender|leiter|leiterin|direktor|direktorin|präsident|präsidentin|kanzler"
        r"|kanzlerin|stadtrat|stadträtin|experte|expertin|analyst|analystin|ökonom|ökonomin|anwalt|anwältin"
        r"|professor|professorin|führer|führerin|geschäftsführer|geschäftsführerin|senator"
        r"|senatorin|abgeordnete|abgeordneter|vertreter|vertreterin|forscher|forscherin"
        r"|wissenschaftler|wissenschaftlerin|gründer|gründerin|trainer|trainerin|sekretär"
        r"|sekretärin|beauftragte|beauftragter|bewohner|bewohnerin|rentner|rentnerin|landrat"
        r"|vorstand|dezernent|dezernentin|referent|referentin)"
    ),
    honorifics=_words("dr. dr prof. prof herr frau"),
)

_FR_PARTICIPLES = (
    r"déclaré|dit|affirmé|estimé|expliqué|ajouté|souligné|indiqué|précisé|assuré|averti|prévenu"
    r"|lancé|confié|insisté|reconnu|répondu|raconté|résumé|poursuivi|conclu|martelé|regretté"
    r"|dénoncé|écrit|commenté|annoncé|rappelé|jugé|observé|noté|relevé|admis|plaidé|promis"
    r"|ironisé|tranché|fait valoir|fait savoir"
)
_FR_PRESENT = (
    r"déclare|dit|affirme|estime|explique|ajoute|souligne|indique|précise|assure|prévient"
    r"|lance|confie|insiste|reconnaît|répond|raconte|résume|poursuit|conclut|martèle|regrette"
    r"|dénonce|écrit|commente|annonce|rappelle|juge|observe|note|relève|admet|plaide|tranche"
)
FRENCH = Speech(
    verbs=rf"(?:a|ont|avait|avaient)\s+(?:{_FR_PARTICIPLES})|{_FR_PRESENT}|[Ss]elon|[Dd]['’]après",
    pronoun=(
        rf"(?:a|ont|avait)-t-(?:il|elle)s?\s+(?:{_FR_PARTICIPLES})"
        rf"|(?:{_FR_PRESENT}|dit)-(?:t-)?(?:il|elle)s?\b"
    ),
    pronouns=_words("il elle"),
    determiners=_words("le la les l' l’ un une son sa ses leur"),
    links=_words("de du des d' d’ à au aux en pour chez par sur avec"),
    honorifics=_words("m. mme mlle me dr dr. pr pr."),
)

_ES_VERBS = (
    r"dijo|dice|afirmó|afirma|declaró|declara|aseguró|asegura|explicó|explica|señaló|señala"
    r"|añadió|añade|indicó|indica|advirtió|advierte|subrayó|subraya|destacó|destaca|apuntó"
    r"|apunta|sostuvo|sostiene|manifestó|insistió|recalcó|precisó|reconoció|admitió|respondió"
    r"|comentó|lamentó|criticó|agregó|agrega|expresó|concluyó|denunció|aseveró|relató|sentenció"
    r"|ha (?:dicho|afirmado|declarado|asegurado|explicado|señalado|añadido|advertido|subrayado)"
)
SPANISH = Speech(
    verbs=rf"{_ES_VERBS}|[Ss]egún",
    pronoun=rf"(?:{_ES_VERBS})\s+(?:él|ella)\b",
    pronouns=_words("él ella"),
    determiners=_words("el la los las un una su sus"),
    links=_words("de del en a al por para con sobre desde"),
    honorifics=_words("sr. sra. srta. dr. dra. don doña d. dña."),
)

_IT_VERBS = (
    r"(?:ha|hanno|aveva)\s+(?:detto|dichiarato|affermato|spiegato|aggiunto|sottolineato"
    r"|ribadito|precisato|commentato|assicurato|osservato|avvertito|annunciato|scritto|concluso"
    r"|replicato|risposto|ammesso|riconosciuto|denunciato|raccontato|evidenziato|insistito)"
    r"|dice|dichiara|afferma|spiega|aggiunge|sottolinea|ribadisce|precisa|commenta|assicura"
    r"|osserva|avverte|scrive|conclude|replica|risponde|racconta|disse|dichiarò|affermò|spiegò"
    r"|aggiunse"
)
ITALIAN = Speech(
    verbs=rf"{_IT_VERBS}|[Ss]econdo",
    pronoun=rf"(?:{_IT_VERBS})\s+(?:lui|lei)\b",
    pronouns=_words("lui lei egli"),
    determiners=_words("il lo la l' l’ i gli le un uno una suo sua"),
    links=_words("di del dello della dell' dell’ dei degli delle da dal in a al per con su"),
    honorifics=_words("sig. sig.ra dott. dott.ssa prof. on."),
)

_PT_VERBS = (
    r"disse|diz|afirmou|afirma|declarou|declara|garantiu|garante|explicou|explica|sublinhou"
    r"|sublinha|salientou|acrescentou|acrescenta|referiu|refere|adiantou|defendeu|defende"
    r"|considerou|considera|alertou|alerta|frisou|assegurou|admitiu|reconheceu|respondeu"
    r"|comentou|lamentou|criticou|destacou|destaca|indicou|apontou|realçou|concluiu|escreveu"
    r"|observou|advertiu"
)
PORTUGUESE = Speech(
    verbs=rf"{_PT_VERBS}|[Ss]egundo",
    pronoun=rf"(?:{_PT_VERBS})\s+(?:ele|ela)\b",
    pronouns=_words("ele ela"),
    determiners=_words("o a os as um uma seu sua"),
    links=_words("de do da dos das em no na ao à por para com"),
    honorifics=_words("sr. sra. dr. dra. eng."),
)

_RU_VERBS = (
    r"(?:сказал|заявил|отметил|подчеркнул|пояснил|добавил|сообщил|рассказал|уточнил|признал"
    r"|заметил|указал|предупредил|ответил|напомнил|объяснил|написал|призвал|заверил"
    r"|констатировал|резюмировал|посетовал|возразил)(?:а|и)?"
    r"|считает|говорит|отмечает|подчёркивает|подчеркивает|заявляет|поясняет|добавляет"
    r"|уточняет|рассказывает|признаёт|признает|уверен[а]?"
)
RUSSIAN = Speech(
    verbs=_RU_VERBS,
    pronoun=rf"(?:{_RU_VERBS})\s+(?:он|она|они)\b",
    pronouns=_words("он она"),
    determiners=frozenset(),
    links=_words("в во из на у с со от для по при о об к"),
)

SPEECH = {
    "german": GERMAN,
    "french": FRENCH,
    "spanish": SPANISH,
    "italian": ITALIAN,
    "portuguese": PORTUGUESE,
    "russian": RUSSIAN,
}


def speech_for(language: str) -> Speech | None:
    """The attribution words of a language; None for English and languages without a table."""
    return SPEECH.get(language)
