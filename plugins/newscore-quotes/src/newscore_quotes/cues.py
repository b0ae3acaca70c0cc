"""The cue lexicon: words that report speech, and the words that make a speaker.

Curated from the reporting verbs of news style guides (AP, Reuters), the verb list of the
GenderGapTracker quote extractor and the cue annotations of the PARC / PolNeAR attribution
corpora, cut to the verbs that report *speech or writing* with a clause or a quotation as
their object. Lemmas, lower case. Each set says why it is separate.
"""

from __future__ import annotations

__all__ = [
    "CHARACTERISING_VERBS",
    "DOCUMENT_NOUNS",
    "NAMING_VERBS",
    "NOMINAL_CUE_FORMS",
    "QUOTATION_ONLY_VERBS",
    "ROLE_NOUNS",
    "SECTION_LABELS",
    "SPEECH_VERBS",
    "WEAK_SPEECH_VERBS",
    "is_cue_form",
]

#: Verbs that report what someone said or wrote; with a clause (``said that …``) or next to a
#: quotation (``"…," she added``) they are cues.
SPEECH_VERBS: frozenset[str] = frozenset(
    ["say", "tell", "add", "assure", "warn", "insist", "write", "tweet", "post", "claim", "state", "declare", "announce", "explain", "note", "argue", "reply", "respond", "answer", "acknowledge", "admit", "concede", "confirm", "deny", "suggest", "stress", "emphasise", "emphasize", "urge", "vow", "promise", "pledge", "predict", "recall", "remark", "reiterate", "repeat", "report", "reveal", "testify", "allege", "assert", "caution", "conclude", "contend", "counter", "complain", "comment", "disclose", "estimate", "indicate", "maintain", "mention", "observe", "point", "proclaim", "protest", "quip", "recount", "retort", "shout", "signal", "speculate", "threaten", "tout", "boast", "lament", "joke", "agree", "disagree", "accuse", "charge", "demand", "ask", "question", "wonder", "inform", "advise", "brief", "concur", "exclaim", "whisper", "yell", "scream", "cry", "mutter", "murmur", "plead", "forecast", "guarantee", "affirm", "aver", "hint", "intimate", "imply", "reckon"]
)

#: Verbs that report speech only next to a quotation (``"…," he continued``, ``the sign read``): with
#: a clause they say something else (``continued to push for …``).
QUOTATION_ONLY_VERBS: frozenset[str] = frozenset(["continue", "elaborate", "read"])

#: Verbs of belief or feeling that news uses to report a stance (``officials believe that …``).
#: Only cues with a clausal object and a person or organisation subject, never next to a
#: quotation alone.
WEAK_SPEECH_VERBS: frozenset[str] = frozenset(["believe", "think", "hope", "fear", "worry", "expect", "feel"])

#: Verbs that put a name on something: ``what Moscow calls its "special operation"``.
NAMING_VERBS: frozenset[str] = frozenset(["call", "dub", "term", "label", "brand", "describe", "characterise", "characterize", "refer"])

#: Verbs that judge something ``as`` a quoted term: ``downplayed the mutiny as an "internal affair"``.
#: ("describe" and "brand" are naming verbs: a verb in both sets is read as naming.)
CHARACTERISING_VERBS: frozenset[str] = frozenset(
    ["downplay", "dismiss", "hail", "praise", "condemn", "denounce", "criticise", "criticize", "slam", "blast", "decry", "welcome", "reject", "deride", "portray", "cast", "frame", "depict", "paint", "see", "view", "regard", "treat"]
)

#: Head nouns of a role that names a person: ``the minister``, ``the bloc's trade chief``.
ROLE_NOUNS: frozenset[str] = frozenset(
    ["president", "minister", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "chief", "leader", "head", "director", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "representative", "ambassador", "envoy", "diplomat", "general", "commander", "king", "queen", "prince", "princess", "emperor", "pope", "bishop", "archbishop", "cardinal", "judge", "justice", "prosecutor", "attorney", "lawyer", "sheriff", "officer", "ceo", "executive", "founder", "manager", "coach", "captain", "player", "striker", "analyst", "economist", "expert", "professor", "researcher", "scientist", "doctor", "author", "writer", "activist", "candidate", "nominee", "aide", "adviser", "advisor", "commissioner", "ombudsman", "mp", "deputy", "speaker", "monarch", "dictator", "boss", "owner", "investor", "trader", "witness", "survivor", "resident", "victim", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "man", "woman", "student", "teacher", "worker", "farmer", "source"]
)

#: Heads of non-human sources: their reported content has no person as speaker.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    ["report", "study", "survey", "poll", "data", "document", "documents", "letter", "filing", "ruling", "order", "memo", "analysis", "paper", "statement", "figures", "statistics", "research", "review", "audit", "assessment", "investigation"]
)


#: Nouns that report a clause said by their owner or agent (``X's statement that …``, ``charges by
#: X that …``), singular and plural: a clause they hold is X's, never the sentence subject's.
NOMINAL_CUE_FORMS: frozenset[str] = frozenset(
    f"{noun}{ending}"
    for noun in ["statement", "claim", "charge", "allegation", "accusation", "assertion", "warning", "promise", "pledge", "argument", "contention", "announcement", "admission", "suggestion", "insistence", "prediction", "complaint", "remark", "comment", "testimony", "assurance"]
    for ending in ("", "s")
)

#: Words that end a section label before a colon (``The Latest:``, ``Delegate Update:``, ``BOOM:``),
#: lower case: such a label is not the source of what follows it.
SECTION_LABELS: frozenset[str] = frozenset(
    ["latest", "update", "updates", "daily", "text", "transcript", "live", "breaking", "exclusive", "watch", "video", "photos", "analysis", "opinion", "editorial", "review", "podcast", "quiz", "explainer", "recap", "preview", "briefing", "note", "correction", "related", "source", "sources", "credit", "more", "q", "a", "revealed", "look", "boom", "wow", "listen", "contributing", "deaths", "report", "obituary", "obituaries"]
)


#: Past forms of speech verbs that no suffix rule of ``is_cue_form`` undoes.
_IRREGULAR_FORMS = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def is_cue_form(word: str) -> bool:
    """Whether ``word`` is an inflection of a speech verb (``said``, ``adds``, ``insisted``,
    ``replied``), read off its letters: for a word the tokeniser glued to other characters,
    which the tagger gave no lemma."""
    lower = word.lower()
    # the word itself, an irregular past, and the stems of "says", "added", "replied", "adding";
    # a wrong cut ("insisted" -> "insiste") is no speech verb, so trying them all is safe
    stems = (lower, _IRREGULAR_FORMS.get(lower, ""), lower[:-1], lower[:-2], lower[:-3] + "y", lower[:-3])
    return any(stem in SPEECH_VERBS for stem in stems)
