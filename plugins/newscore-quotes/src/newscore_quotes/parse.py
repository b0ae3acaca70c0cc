"""Reading cues off the dependency parse: is this token a cue, who is its subject, what did it report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscore.text import NOMINAL_SUBJECT_DEPS
from newscore_quotes.cues import (
    CHARACTERISING_VERBS,
    DOCUMENT_NOUNS,
    NAMING_VERBS,
    NOMINAL_CUE_FORMS,
    QUOTATION_ONLY_VERBS,
    SPEECH_VERBS,
    WEAK_SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscore import TokenTable

__all__ = [
    "SUBJECT_PRONOUNS",
    "according_source",
    "can_invert",
    "cue_strength",
    "interrupting_cue",
    "inverted_subject",
    "is_according",
    "is_unnamed_asking",
    "leftward_subject",
    "medium_clause",
    "might_be_cue",
    "nominal_cues",
    "nominal_report",
    "object_report",
    "parenthetical_clause",
    "phrase_end",
    "reported_clause",
    "short_answer",
    "subject_of",
]

_CLIMB_DEPS = frozenset(["advcl", "acl", "xcomp", "conj", "pcomp", "relcl"])
_NOT_INVERTED = frozenset(["tell", "ask", "inform", "advise", "brief", "urge", "accuse", "charge", "warn", "assure", "question", "threaten", "remind"])
#: Cues whose object is whom it was said to, even right after a quotation ("…," told the crowd).
_ADDRESSED = frozenset(["tell", "ask", "inform", "advise", "brief", "remind", "question", "assure"])
_NON_SPEECH_SAID = frozenset(["amod", "compound"])  # "the said company", "so-called"
_VERBAL = frozenset(["VERB", "AUX"])
#: Personal pronouns that can stand as a speaker phrase of their own (``," she said``).
SUBJECT_PRONOUNS: frozenset[str] = frozenset(["he", "she", "they", "it", "we", "i"])
_PHRASE_POS = frozenset(["ADJ", "NUM", "NOUN", "PROPN"])
_PHRASE_TOKENS = 8
_CUE_FORMS = frozenset(["said", "says", "told"])  # speech whatever lemma the tagger gave them
_CUE_LEMMAS = SPEECH_VERBS | QUOTATION_ONLY_VERBS | NAMING_VERBS | WEAK_SPEECH_VERBS | CHARACTERISING_VERBS | {"point", "put"}


def might_be_cue(table: TokenTable) -> list[int]:
    """Indices of the tokens that can be cues (``cue_strength`` not None) or start ``according to``.

    A cheap pass over the token table, so that the exact tests run on a few tokens, not on
    all; lemmas are read for verbs only (``lower_`` is ``text.lower()`` in spaCy).
    """
    words, tokens = table.text, table.tokens
    verbs = [i for i, tag in enumerate(table.pos) if tag in _VERBAL]
    cues = {i for i in verbs if words[i].lower() in _CUE_FORMS or tokens[i].lemma_.lower() in _CUE_LEMMAS}
    cues.update(i for i, word in enumerate(words) if len(word) == 9 and word.lower() == "according")
    return sorted(cues)


def cue_strength(token: Token) -> str | None:
    """``"speech"``, ``"quotation"`` (speech next to a quotation only), ``"weak"`` (belief verbs),
    ``"naming"``, ``"characterising"``, or None."""
    if token.pos_ not in _VERBAL or token.dep_ in _NON_SPEECH_SAID:
        return None
    lemma = token.lemma_.lower()
    if lemma == "point":
        return "speech" if any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) else None
    if lemma == "put":  # "as Cornyn put it: …"
        return "quotation" if any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) else None
    if lemma in SPEECH_VERBS or token.lower_ in _CUE_FORMS:
        return "speech"
    if lemma in QUOTATION_ONLY_VERBS:
        return "quotation"
    if lemma in NAMING_VERBS:
        return "naming"
    if lemma in WEAK_SPEECH_VERBS:
        return "weak"
    if lemma in CHARACTERISING_VERBS:
        return "characterising"
    return None


def is_according(token: Token) -> bool:
    """Whether ``token`` starts ``according to``."""
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def according_source(token: Token) -> Token | None:
    """The head of X in ``according to X``; of its author where X is a record someone made (``a
    court document filed by X``, ``a report from X``, ``an interview X gave``)."""
    to = token.doc[token.i + 1]
    for child in (*to.children, *token.children):  # sometimes the parse hangs X off "according"
        if child.dep_ == "pobj":
            return _author(child) or child
    return None


#: Records whose author, when the sentence names one, is the source of what they say.
_AUTHORED = DOCUMENT_NOUNS | frozenset(["interview", "interviews", "tally", "post", "calculation", "calculations", "transcript", "account", "excerpts", "audio", "estimate", "estimates", "count", "projection", "projections", "release", "email", "emails", "tweet", "article", "story", "book", "video", "footage", "records", "filings", "remarks", "testimony", "notes"])
_AUTHOR_PREPS = frozenset(["by", "from", "with"])


def _author(record: Token) -> Token | None:
    """X in ``a report by X`` / ``from X``, ``interviews with X``, ``a document filed by X``, ``an
    interview X gave``; None where ``record`` is no record or names no author."""
    if record.lower_ not in _AUTHORED and record.lemma_.lower() not in _AUTHORED:
        return None
    for child in record.rights:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in ("acl", "relcl"):
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    return next((c for c in grandchild.children if c.dep_ == "pobj"), None)
                if grandchild.dep_ in NOMINAL_SUBJECT_DEPS and grandchild.pos_ in ("PROPN", "NOUN"):
                    return grandchild
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing from participles and conjuncts to the clause that has one.

    ``released an audio statement saying …`` → ``Prigozhin`` (the subject of ``released``).
    """
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                return child
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ not in NOMINAL_SUBJECT_DEPS:
            current = current.head  # "a statement saying": the noun's verb
        elif current.pos_ in ("ADP", "SCONJ") and current.dep_ == "prep":
            current = current.head  # "began by saying", "upon saying": the verb the preposition hangs from
    return None


def leftward_subject(verb: Token, after: int) -> Token | None:
    """The subject of the clause a cue trails when the parse gave the cue none (``Clinton seemed
    ready to riff on it, telling the crowd, "…"``, ``Trump gestured …, then leaned in and boomed:``):
    the nearest subject before it in its sentence, after token ``after``, whose verb comes before it too."""
    for i in range(verb.i - 1, max(verb.sent.start, after) - 1, -1):
        token = verb.doc[i]
        if token.dep_ in NOMINAL_SUBJECT_DEPS and token.head.i < verb.i:
            return token
    return None


def phrase_end(table: TokenTable, start: int, stop: int) -> int:
    """The end of a speaker phrase at token ``start`` (before ``stop``): a personal pronoun, or
    words of a noun phrase (``the 46-year-old``, ``retired neurosurgeon Ben Carson``, ``Trump``)
    ending on a noun; ``start`` where none stands. Read off the tags, for the places where the
    small parse loses the attribution of a quotation."""
    pos, words = table.pos, table.text
    if start >= stop:
        return start
    if pos[start] == "PRON":
        return start + 1 if words[start].lower() in SUBJECT_PRONOUNS else start
    end = start + 1 if pos[start] == "DET" else start
    last_noun = start
    tags = table.tag
    while end < stop and end - start < _PHRASE_TOKENS and (pos[end] in _PHRASE_POS or words[end] == "-" or tags[end] == "VBN"):
        end += 1
        if pos[end - 1] in ("NOUN", "PROPN"):
            last_noun = end
    return last_noun


def can_invert(verb: Token) -> bool:
    """Whether the phrase right after a cue can be its speaker (``said Ann``), not whom it was said
    to (``told Ann``, ``asked Ann``)."""
    return verb.lemma_.lower() not in _ADDRESSED


def inverted_subject(verb: Token) -> Token | None:
    """The speaker after the verb in ``"…," said Putin``, where the parse did not make it a subject."""
    if verb.lemma_.lower() in _NOT_INVERTED:
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos", "oprd", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return child
    return None


_QUESTION_MARKS = frozenset(["whether", "if"])
_WH_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])


_ASKING = frozenset(["ask", "wonder", "question"])


def is_unnamed_asking(verb: Token) -> bool:
    """``Asked whether …``, ``was asked if …``: a question put by someone the article does not name
    (the reporter); what was asked is reported, with no speaker."""
    return verb.lemma_.lower() in _ASKING and not _has_asker(verb)


def _has_asker(verb: Token) -> bool:
    """Whether an asking verb has a subject of its own, or shares one as a conjunct (``He shook
    hands and asked workers if …``); a participle (``Asked whether …``) does not."""
    while True:
        if any(child.dep_ == "nsubj" for child in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _asked_question(verb: Token, clause: Token) -> bool:
    """``asked workers if they planned to …``: the question an asking verb puts, which the parse
    hangs from it as an adverbial clause."""
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and verb.lemma_.lower() in _ASKING
        and any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children)
    )


#: Cues whose wh-clause is the answer they give, not a question (``explained how …``, ``revealed why …``).
_EXPLAINING = frozenset(["explain", "reveal", "recount", "detail"])


def _is_question(clause: Token, verb: Token) -> bool:
    """Whether a clausal complement is not a claim: an indirect question the speaker did not ask
    (``Asked whether …``, ``would not say what …``) or the rest of a relative clause (``a man who
    prosecutors said cheated …``). A named asker's question is theirs (``an analyst asked whether …``)."""
    for child in clause.children:
        if child.i > clause.i or child.lower_ == "that":
            continue
        if child.i < verb.i and child.tag_ in _WH_TAGS:
            return True  # the relative pronoun before the cue: "who prosecutors said cheated"
        if (child.dep_ == "mark" and child.lower_ in _QUESTION_MARKS) or child.tag_ in _WH_TAGS:
            if verb.lemma_.lower() in _EXPLAINING:
                return False  # "explaining why she forgave him": the explanation is what was said
            asked_by_someone = verb.lemma_.lower() in _ASKING and _has_asker(verb)
            return not asked_by_someone
    return False


_COMPLEMENT_DEPS = frozenset(["ccomp", "xcomp"])  # "said legalizing it could …" parses as an xcomp
#: Fewer tokens than this are too few to be a reported clause ("he said so" is read by short_answer).
_MIN_CLAUSE_TOKENS = 3


def _trim_end(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back over the punctuation and spaces that close tokens ``[start, end)``."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _trimmed(doc: Doc, start: int, end: int, *, marks: bool = False) -> tuple[int, int]:
    """Tokens ``[start, end)`` without the punctuation and spaces at both edges, nor (with
    ``marks``) the subordinating words that open a clause (``that``, ``as``)."""
    while start < end and ((marks and doc[start].dep_ == "mark") or doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, _trim_end(doc, start, end)


def parenthetical_clause(verb: Token) -> list[tuple[int, int]] | None:
    """Token ranges of the sentence a cue is set off in: ``Over the years, she said, email has
    helped …`` and ``The economy is weak, he said`` parse the cue as a parataxis of the sentence's
    verb. The sentence without the cue's own words, in one or two pieces."""
    if any(child.dep_ in _COMPLEMENT_DEPS for child in verb.children):
        return None
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
    if verb.dep_ != "parataxis" and not as_clause:
        return _as_reported(verb)  # "As the Post reported, …" parsed otherwise
    doc, head = verb.doc, verb.head
    pieces = []
    for start, end in ((head.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1, head.right_edge.i + 1)):
        start, end = _trimmed(doc, start, end)
        if end > start:
            pieces.append((start, end))
    return pieces if sum(end - start for start, end in pieces) >= _MIN_CLAUSE_TOKENS else None


_AS_WORDS = 8  # "As the International Business Times noted," : the words from "as" to the cue


def _as_reported(verb: Token) -> list[tuple[int, int]] | None:
    """``As the Post reported, …`` (``As Clyburn noted, …``): the sentence after the comma."""
    doc, sentence = verb.doc, verb.sent
    if verb.i + 1 >= sentence.end or doc[verb.i + 1].text != ",":
        return None
    opening = next((i for i in range(verb.i - 1, max(sentence.start, verb.i - _AS_WORDS) - 1, -1) if doc[i].lower_ == "as"), None)
    if opening is None or not (opening == sentence.start or doc[opening - 1].is_punct):
        return None
    start = verb.i + 2
    end = _trim_end(doc, start, sentence.end)
    return [(start, end)] if end - start >= _MIN_CLAUSE_TOKENS else None


_ACT_VERBS = frozenset(["agree", "refuse", "decline", "continue"])


def _is_act(verb: Token, complement: Token) -> bool:
    """``agreed to settle …``: an act, not a report (``promised to resign`` reports a promise)."""
    return verb.lemma_.lower() in _ACT_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)


def _conjoined_report_end(verb: Token, end: int) -> int:
    """Where a report goes on after its clause: ``said A, and B …`` parses B as the cue's conjunct;
    a conjunct with a subject of its own and no cue of its own is more of what was said. And
    ``told a town hall that waterboarding is "peanuts," compared to what …``: a phrase or clause
    the parse hung from the cue right after the complement, up to the sentence's end, goes on
    with it (not one that holds a cue of its own: ``…, adding that …``)."""
    for child in verb.rights:
        if child.i < end:
            continue
        if child.dep_ == "conj" and cue_strength(child) is None:
            if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in child.children):
                return child.right_edge.i + 1
        elif child.dep_ in _TRAILING_DEPS and child.left_edge.i <= end + 1 and not _holds_cue(child):
            end = child.right_edge.i + 1
    return end


_TRAILING_DEPS = frozenset(["advcl", "prep", "ccomp", "npadvmod", "acomp"])


def _trailing_report(head: Token, start: int, end: int) -> int:
    """Where a report headed by ``head`` (tokens ``[start, end)``) ends before a participle cue the
    parse hung from it at its end (``he has expanded the party, claiming that …``): that cue
    reports a clause of its own. ``end`` when there is none."""
    doc = head.doc
    for child in head.rights:
        if (
            child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == child.i
            and start < child.i - 1 and doc[child.i - 1].text == "," and child.right_edge.i + 1 >= end - 1
            and cue_strength(child) is not None
        ):
            return child.i - 1
    return end


def _holds_cue(token: Token) -> bool:
    return any(cue_strength(t) is not None for t in token.subtree)


def reported_clause(verb: Token, first: int = 0) -> tuple[int, int] | None:
    """Token range ``[start, end)`` of what ``verb`` reports: its clausal complement, without ``that``;
    nothing before token ``first`` (the start of the cue's paragraph: a headline the parse ran
    into the sentence is not what was said)."""
    # a complement after the cue first: with one before it too, the parse mistook a phrase for a clause
    for child in sorted(verb.children, key=lambda c: c.i < verb.i):
        complement = child.dep_ in _COMPLEMENT_DEPS or _asked_question(verb, child)
        if not complement or (child.dep_ == "xcomp" and _is_act(verb, child)):
            continue
        if _is_question(child, verb) and not is_unnamed_asking(verb):
            return None  # "would not say what …", "who prosecutors said cheated …": not a claim
        has_subject = any(t.dep_ in NOMINAL_SUBJECT_DEPS for t in child.children)
        if not has_subject and not any(t.pos_ in ("VERB", "AUX") for t in (child, *child.children)):
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        doc = verb.doc
        if child.i > verb.i:
            start = max(start, verb.i + 1)  # "who he said had backed …": not the relative pronoun
            if not has_subject:  # "saying the march was …" parsed with "the march" as the verb's object
                for other in verb.children:
                    if other.dep_ in ("dobj", "nsubj") and verb.i < other.i < child.i:
                        start = min(start, other.left_edge.i)
            end = _trailing_report(child, start, max(end, _conjoined_report_end(verb, end)))
        elif child.right_edge.i > verb.i:
            end = verb.i
        start, end = _trimmed(doc, max(start, first), end, marks=True)
        if end - start >= _MIN_CLAUSE_TOKENS:
            return start, end
    return None


_OWN_LEFT_DEPS = frozenset(["nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod"])
_OWN_RIGHT_DEPS = frozenset(["nsubj", "nsubjpass", "npadvmod", "prep", "advmod", "dobj", "dative", "agent", "prt", "tmod"])
_CUE_CLOSERS = frozenset([",", ":", ";"])  # "A, insiders said: B", "A, he said; B"
_CUE_PHRASE_TOKENS = 14  # "said Marcia Smith, senior vice president for sustainability,"
_MIN_SIDE_TOKENS = 2


def interrupting_cue(verb: Token, first: int = 0) -> list[tuple[int, int]] | None:
    """``A, X said, B``: a cue and its speaker set off by commas inside the sentence report the
    whole sentence, both sides of the cue (``The argument would be aided, Devine said, by the
    calendar``, ``He had no ties, the airline added, and had passed all checks``), however the
    parse hung them: token ranges of A and B. None where the cue does not stand between commas, a
    side is too short, or B holds a cue of its own (``…, he said, adding that …``)."""
    doc = verb.doc
    left, comma = _cue_phrase(verb)
    if left <= 0 or doc[left - 1].text != "," or comma >= len(doc) or doc[comma].text not in _CUE_CLOSERS:
        return None
    if comma - left > _CUE_PHRASE_TOKENS:
        return None
    sentence = verb.sent
    pieces = []
    for start, end in ((max(sentence.start, first), left - 1), (comma + 1, sentence.end)):
        start, end = _trimmed(doc, start, end, marks=True)
        if end - start < _MIN_SIDE_TOKENS:
            return None
        pieces.append((start, end))
    if any(cue_strength(t) is not None for t in doc[pieces[1][0] : pieces[1][1]]):
        return None
    return pieces


def _cue_phrase(verb: Token) -> tuple[int, int]:
    """The cue's own words around ``verb``: the first token of its subject and auxiliaries
    (``the Times``, ``has also``), and the token that closes what follows it (``on Monday``,
    ``Marcia Smith, senior vice president …,``): the comma (or colon, semicolon) set after it."""
    doc = verb.doc
    left = verb.i
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in _OWN_LEFT_DEPS or child.right_edge.i != left - 1:
            break
        left = child.left_edge.i
    right = verb.i
    for child in verb.rights:
        if child.dep_ not in _OWN_RIGHT_DEPS or child.left_edge.i != right + 1:
            break
        right = child.right_edge.i
    closer = right if doc[right].text == "," and right > verb.i else right + 1  # an apposition's comma closes it too
    return left, closer


_AGENT_PREPS = frozenset(["by", "from"])
_CLAUSE_OF_NOUN = frozenset(["acl", "ccomp", "appos"])


def nominal_cues(table: TokenTable) -> list[int]:
    """The nouns that can report a clause (``statement``, ``charges``, ``allegations``…): a look at
    the lower-case column, for the few ``nominal_report`` then reads."""
    return [i for i, word in enumerate(table.lower) if word in NOMINAL_CUE_FORMS and table.pos[i] == "NOUN"]


def nominal_report(noun: Token) -> tuple[Token, tuple[int, int]] | None:
    """``X's statement that …``, ``charges by X that …``, ``the claim from X that …``: the head of X
    and the token range of the clause (without ``that``); None without both."""
    source = None
    holder = noun  # what the agent and the clause hang from
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            source = child
        elif child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
            source = next((c for c in child.children if c.dep_ == "pobj"), source)
    if source is None and noun.dep_ == "dobj":  # "settle charges by the SEC that …": hung from the verb
        agent = next((c for c in noun.head.rights if c.i == noun.i + 1 and c.dep_ == "prep" and c.lower_ in _AGENT_PREPS), None)
        if agent is not None:
            source, holder = next((c for c in agent.children if c.dep_ == "pobj"), None), noun.head
    if source is None:
        return None
    for child in holder.rights:
        if child.i < noun.i or child.pos_ not in _VERBAL:
            continue
        clause = _that_clause(child)
        if clause is not None:
            return source, clause
    return None


def _that_clause(clause: Token) -> tuple[int, int] | None:
    """The token range (without ``that``) of a ``that`` clause with a subject that a noun holds
    (``the claim that …``, ``in a statement that …``); None where ``clause`` is none or too short."""
    first = clause.left_edge
    if clause.dep_ not in _CLAUSE_OF_NOUN or first.lower_ != "that":
        return None
    if not any(t.dep_ in NOMINAL_SUBJECT_DEPS for t in clause.children):
        return None
    start = first.i + 1
    end = _trim_end(clause.doc, start, clause.right_edge.i + 1)
    return (start, end) if end - start >= _MIN_CLAUSE_TOKENS else None


_OBJECT_REPORTS = frozenset(["accuse", "announce", "report", "note", "reveal", "confirm", "deny", "admit", "acknowledge", "explain"])
_MIN_OBJECT_TOKENS = 2


def object_report(verb: Token) -> tuple[int, int] | None:
    """What a cue with no clause reports through its object: ``accused X of Y`` (X and the charge),
    ``announced his resignation`` (the thing announced); the token range, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in _OBJECT_REPORTS:
        return None
    target = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if target is None:
        return None
    end = target.right_edge.i + 1
    if lemma == "accuse":
        charge = next((c for c in (*verb.rights, *target.rights) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if charge is None:
            return None  # "accused him": of nothing the sentence says
        end = max(end, charge.right_edge.i + 1)
    start = target.left_edge.i
    end = _trim_end(verb.doc, start, end)
    return (start, end) if end - start >= _MIN_OBJECT_TOKENS else None


_ANSWERS = frozenset(["yes", "no", "so"])
_ANSWERING = frozenset(["say", "answer", "reply", "respond"])  # cues a one-word answer follows


def short_answer(verb: Token) -> tuple[int, int] | None:
    """``46 percent said yes``, ``he said no.``, ``after half said so``: a one-word answer right after
    a speech verb, ending its clause, is what was said; its token range, or None."""
    doc, after = verb.doc, verb.i + 1
    if after >= len(doc) or doc[after].lower_ not in _ANSWERS or verb.lemma_.lower() not in _ANSWERING:
        return None
    if after + 1 < len(doc) and not doc[after + 1].is_punct:
        return None  # "said no to the deal", "said so far"
    return after, after + 1


#: What a cue says something in (``said in a statement that …``, ``wrote in a letter that …``).
_MEDIUM_NOUNS = frozenset(["statement", "interview", "letter", "email", "memo", "post", "tweet", "speech", "release", "op-ed", "filing", "note", "message", "video", "essay", "column", "book", "report", "court"])
_MEDIUM_PREPS = frozenset(["in", "during", "on", "through"])


def medium_clause(verb: Token) -> tuple[int, int] | None:
    """``said in a statement that the team would …``: the parse hangs the ``that`` clause from the
    noun of the medium, not from the cue; the clause's token range (without ``that``), or None."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _MEDIUM_PREPS:
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or medium.lemma_.lower() not in _MEDIUM_NOUNS:
                continue
            for clause in medium.rights:
                reported = _that_clause(clause) if clause.left_edge.i > medium.i else None
                if reported is not None:
                    return reported
    return None
