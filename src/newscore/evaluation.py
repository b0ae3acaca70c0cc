"""Scoring analyses against gold annotations (the JSONL format of ``docs/evaluation.md``).

The rules, in short:

* quotes: a gold quote is *found* when a predicted quote's content covers at least half
  of its characters, one to one (a second prediction inside the same gold quote is a false
  positive; the pairs sharing most characters are made first). Per kind, the gold quotes of
  that kind against the predictions labelled with it. *Reported speech*: the gold quotes
  whose cue is a reporting expression (:func:`is_reported_speech`), of any kind; predictions
  inside other gold attributions (beliefs, plans, acts) count neither way there.
  Attribution: of found gold quotes with a speaker, the share whose predicted speaker
  names the same person (case and titles dropped, or one name is the other's surname) or,
  where the gold gives the speaker mention's offsets, whose speaker span overlaps it.
* entities, per kind: mention precision/recall/F1, exact (same offsets) and relaxed
  (any overlap, matched one to one).
* locations: of the relaxed-matched gold mentions with coordinates, the share resolved to
  the same GeoNames id or within 161 km; of those with a country code, the share right.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import field, frozen

from newscore.model import Analysis, Entity, Quote, to_tuple

__all__ = [
    "NER_UNSCORED_FORMS",
    "GoldDocument",
    "GoldEntity",
    "GoldQuote",
    "Report",
    "distance_km",
    "evaluate",
    "gold_from_seed",
    "is_reported_speech",
    "load_gold",
    "match_quotes",
    "names_match",
    "score",
    "speaker_right",
]

_ACCURACY_KM = 161.0


@frozen
class GoldQuote:
    """One gold attribution: its content's offsets and, where the gold gives them, the
    speaker's name, the kind, the cue's text and the speaker mention's offsets."""

    start: int
    end: int
    speaker: str | None = None
    kind: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@frozen
class GoldEntity:
    start: int
    end: int
    kind: str
    name: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


@frozen
class GoldDocument:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = field(default=(), converter=to_tuple)
    entities: tuple[GoldEntity, ...] = field(default=(), converter=to_tuple)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldDocument:
        text = data["text"]
        quotes: list[GoldQuote] = [
            GoldQuote(
                q["start"],
                q["end"],
                q.get("speaker"),
                q.get("kind"),
                q.get("cue"),
                q.get("speaker_start"),
                q.get("speaker_end"),
            )
            for q in data.get("quotes") or ()
        ]
        entities: list[GoldEntity] = [
            GoldEntity(
                e["start"],
                e["end"],
                e["kind"],
                e.get("name"),
                e.get("country_code"),
                e.get("latitude"),
                e.get("longitude"),
                e.get("geonames_id"),
            )
            for e in data.get("entities") or ()
        ]
        spans: list[GoldQuote | GoldEntity] = [*quotes, *entities]
        for item in spans:
            if not 0 <= item.start <= item.end <= len(text):
                raise ValueError(f"document {data.get('id')!r}: span [{item.start}, {item.end}) is outside its text")
        return cls(str(data.get("id", "")), text, quotes, entities)


_GOLD_FORM = (
    'gold is JSON Lines, one document per line: {"id": …, "text": …, "quotes": [{"start", "end", '
    '"speaker", "kind"}], "entities": [{"start", "end", "kind", …}]} (docs/evaluation.md)'
)


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Gold documents from a JSONL file, or from one seed-style gold JSON file (see
    :func:`gold_from_seed`); errors name the file and line, and the form expected."""
    path = Path(path)
    with open(path, encoding="utf-8") as stream:
        first = stream.read(1)
        stream.seek(0)
        if path.suffix.lower() == ".json" and first == "{":
            try:
                return [gold_from_seed(json.load(stream), path)]
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}: not a gold document: {error}; {_GOLD_FORM}") from None
        documents = []
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                documents.append(GoldDocument.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not a gold document: {error}; {_GOLD_FORM}") from None
    return documents


def gold_from_seed(data: Mapping[str, Any], path: Path) -> GoldDocument:
    """A gold document from the hand-written seed form (``seeds/*.gold.json``).

    That form names its article file (``"document"``, beside the gold file) and gives each
    quote a ``"span"`` ``[start, end]`` and its ``"text"``, which must agree. Its places and
    organisations carry no offsets, so only quotes are taken; a JSON Lines gold file scores
    entities too.
    """
    if "document" not in data or "quotes" not in data:
        raise ValueError('a gold JSON file needs "document" (its article file) and "quotes"')
    text = (path.parent / data["document"]).read_text(encoding="utf-8")
    quotes = []
    for quote in data["quotes"]:
        start, end = quote["span"]
        if text[start:end] != quote["text"]:
            raise ValueError(f"quote span [{start}, {end}) does not hold its text {quote['text']!r}")
        quotes.append({"start": start, "end": end, "speaker": quote.get("speaker"), "kind": quote.get("kind")})
    return GoldDocument.from_dict({"id": Path(data["document"]).stem, "text": text, "quotes": quotes})


# --- names -------------------------------------------------------------------------------

_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "prime", "minister", "chancellor", "secretary", "general", "gen", "col", "maj", "capt", "lt", "sgt", "adm", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "sheikh", "rev", "father", "pope", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "minister", "foreign", "defence", "defense", "deputy", "vice", "the"]
)


def _name_words(name: str) -> list[str]:
    words = re.findall(r"[^\W\d_][\w\-’']*", name.casefold())
    words = [word.removesuffix("’s").removesuffix("'s") for word in words]
    return [word for word in words if word not in _TITLES] or words


def names_match(predicted: str | None, gold: str | None) -> bool:
    """Whether two names name the same person: equal once case and titles are dropped, or
    one is the other's surname."""
    if not predicted or not gold:
        return False
    a, b = _name_words(predicted), _name_words(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    return (len(a) == 1 and a[0] == b[-1]) or (len(b) == 1 and b[0] == a[-1])


# --- scoring -----------------------------------------------------------------------------


def _prf(true_positives_p: int, predicted: int, true_positives_r: int, gold: int) -> dict[str, float | int]:
    precision = true_positives_p / predicted if predicted else 0.0
    recall = true_positives_r / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "predicted": predicted,
        "gold": gold,
    }


def _covered(quote: Quote, start: int, end: int) -> int:
    return sum(max(0, min(end, span.end) - max(start, span.start)) for span in quote.content)


def _speaker_name(quote: Quote) -> str | None:
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker.text if quote.speaker is not None else None


#: The reporting expressions of the eval format, as lemmas.
_REPORTING = frozenset(
    ["say", "tell", "add", "state", "write", "argue", "claim", "ask", "explain", "note", "insist", "announce", "declare", "warn", "acknowledge", "admit", "confirm", "deny", "report", "tweet", "predict", "promise", "recall", "remark", "repeat", "reveal", "testify", "urge", "vow", "complain", "contend", "maintain", "assert", "comment", "respond", "reply", "suggest", "emphasize", "stress", "continue", "accuse"]
)
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "says": "say", "saying": "say"}
_SUFFIXES = (("ies", ("y",)), ("ied", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")), ("s", ("",)))


def _reporting_lemma(word: str) -> str:
    """The reporting verb an inflected form comes from, by English spelling rules (enough for these verbs)."""
    word = word.casefold()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix):
            for replacement in replacements:
                stem = word[: -len(suffix)] + replacement
                if stem in _REPORTING:
                    return stem
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _REPORTING:  # "admitted"
                    return stem[:-1]
    return word


def is_reported_speech(quote: GoldQuote) -> bool:
    """Whether a gold quote's cue is a reporting expression: a reporting verb in any inflection,
    "according to", "put it", or a colon or dash introducing the quote."""
    cue = (quote.cue or "").strip().casefold()
    if not cue:
        return False
    if not cue.strip(":-–—― ") or "according to" in cue or "put it" in cue:
        return True
    return any(_reporting_lemma(word) in _REPORTING for word in re.findall(r"[a-z]+", cue))


def match_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> dict[int, int]:
    """Predicted index → gold index, one to one: a prediction covering at least half of a gold
    quote, the pairs sharing the most characters first (what detection counts)."""
    candidates = []
    for p, quote in enumerate(predicted):
        for g, target in enumerate(gold):
            covered = _covered(quote, target.start, target.end)
            if covered * 2 >= max(1, target.end - target.start):
                candidates.append((-covered, p, g))
    return _greedy_pairs(candidates)


def _greedy_pairs(candidates: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """``first → second`` of ``(-shared, first, second)`` candidates taken in sorted order (the
    most shared first), each first and each second used once: the one-to-one matching of quotes
    and of entity mentions."""
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for _, first, second in sorted(candidates):
        if first not in paired and second not in taken:
            paired[first] = second
            taken.add(second)
    return paired


def speaker_right(quote: Quote, target: GoldQuote) -> bool:
    """Whether ``quote`` names the gold quote's speaker: the same name (see :func:`names_match`),
    or a speaker span overlapping the gold speaker mention where the gold gives its offsets."""
    if names_match(_speaker_name(quote), target.speaker):
        return True
    start, end, speaker = target.speaker_start, target.speaker_end, quote.speaker
    return speaker is not None and start is not None and end is not None and speaker.start < end and start < speaker.end


def _inside_any(quote: Quote, gold: Iterable[GoldQuote]) -> bool:
    """Whether most of a prediction's characters lie inside one of these gold quotes."""
    size = sum(span.end - span.start for span in quote.content)
    return any(_covered(quote, target.start, target.end) * 2 >= max(1, size) for target in gold)


class _QuoteTally:
    """Counts for one row of the quote scores."""

    def __init__(self) -> None:
        self.gold = self.predicted = self.true_predicted = self.found = 0
        self.with_speaker = self.attributed = self.end_to_end = 0

    def scores(self) -> dict[str, Any]:
        return {
            **_prf(self.true_predicted, self.predicted, self.found, self.gold),
            "attribution_accuracy": round(self.attributed / self.with_speaker, 4) if self.with_speaker else None,
            "found_and_attributed": round(self.end_to_end / self.gold, 4) if self.gold else None,
        }


def _score_quotes(
    pairs: Sequence[tuple[GoldDocument, Analysis]], rows: Sequence[str], selected: frozenset[str] | None
) -> dict[str, Any]:
    """Scores per row: ``all``, a kind, or ``reported`` (reported speech); with ``selected``
    kinds, only gold and predicted quotes of those kinds are counted."""
    tallies = {row: _QuoteTally() for row in rows}
    for document, analysis in pairs:
        gold = document.quotes
        predicted = [q for q in analysis.quotes if selected is None or q.kind in selected]
        paired = match_quotes(gold, predicted)
        found = {g: p for p, g in paired.items()}
        reported = [is_reported_speech(target) for target in gold]
        kept = [selected is None or target.kind in selected for target in gold]
        for row, tally in tallies.items():
            in_row = [
                kept[g] and (row == "all" or (row == "reported" and reported[g]) or target.kind == row)
                for g, target in enumerate(gold)
            ]
            for g, target in enumerate(gold):
                if not in_row[g]:
                    continue
                tally.gold += 1
                if g not in found:
                    continue
                tally.found += 1
                quote = predicted[found[g]]
                if target.speaker is None:
                    tally.end_to_end += _speaker_name(quote) is None
                    continue
                tally.with_speaker += 1
                if speaker_right(quote, target):
                    tally.attributed += 1
                    tally.end_to_end += 1
            outside = [target for g, target in enumerate(gold) if not in_row[g]]
            for p, quote in enumerate(predicted):
                if row == "reported":
                    if (p in paired and not in_row[paired[p]]) or (p not in paired and _inside_any(quote, outside)):
                        continue  # inside a belief, plan or act: neither right nor wrong
                elif row != "all" and quote.kind != row:
                    continue
                tally.predicted += 1
                tally.true_predicted += p in paired
    return {row: tally.scores() for row, tally in tallies.items()}


def _one_to_one(gold: list[GoldEntity], predicted: list[tuple[int, int, Entity]]) -> list[tuple[GoldEntity, Entity]]:
    """Pairs of overlapping gold and predicted mentions, each used once, largest overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, (start, end, _) in enumerate(predicted):
            overlap = min(g.end, end) - max(g.start, start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    return [(gold[gi], predicted[pi][2]) for gi, pi in _greedy_pairs(candidates).items()]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (the scorer's 161 km test uses it)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _resolved(gold: GoldEntity, entity: Entity) -> bool:
    if gold.geonames_id is not None and entity.geonames_id == gold.geonames_id:
        return True
    if entity.latitude is None or entity.longitude is None or gold.latitude is None or gold.longitude is None:
        return False
    return distance_km(gold.latitude, gold.longitude, entity.latitude, entity.longitude) <= _ACCURACY_KM


#: Mention forms NER-style gold (CoNLL) does not mark: score such gold with ``unscored_forms=NER_UNSCORED_FORMS``.
NER_UNSCORED_FORMS = frozenset({"demonym", "embedded"})


def _score_entities(
    pairs: Sequence[tuple[GoldDocument, Analysis]], kind: str, unscored_forms: frozenset[str] = frozenset()
) -> dict[str, Any]:
    gold_total = predicted_total = exact = relaxed = 0
    with_coordinates = resolved = with_country = country_right = 0
    for gold, analysis in pairs:
        gold_mentions = [e for e in gold.entities if e.kind == kind]
        predicted = [
            (m.start, m.end, e) for e in analysis.entities_of(kind) for m in e.mentions if m.form not in unscored_forms
        ]
        gold_total += len(gold_mentions)
        predicted_total += len(predicted)
        predicted_offsets = {(start, end) for start, end, _ in predicted}
        exact += sum(1 for g in gold_mentions if (g.start, g.end) in predicted_offsets)
        matched = _one_to_one(gold_mentions, predicted)
        relaxed += len(matched)
        for g, entity in matched:
            if g.latitude is not None and g.longitude is not None:
                with_coordinates += 1
                resolved += _resolved(g, entity)
            if g.country_code is not None:
                with_country += 1
                country_right += entity.country_code == g.country_code
    result: dict[str, Any] = {
        "exact": _prf(exact, predicted_total, exact, gold_total),
        "relaxed": _prf(relaxed, predicted_total, relaxed, gold_total),
    }
    if with_coordinates:
        result["accuracy_161km"] = round(resolved / with_coordinates, 4)
        result["with_coordinates"] = with_coordinates
    if with_country:
        result["country_accuracy"] = round(country_right / with_country, 4)
    return result


@frozen
class Report:
    """Scores of one system on one gold set; ``to_dict()`` for machines, ``format_table()`` for people."""

    documents: int
    quotes: Mapping[str, Any] = field(hash=False)
    entities: Mapping[str, Any] = field(hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "quotes": dict(self.quotes), "entities": dict(self.entities)}

    def format_table(self) -> str:
        lines = [f"{self.documents} documents"]
        header = f"{'':24}{'P':>8}{'R':>8}{'F1':>8}{'pred':>7}{'gold':>7}  extra"
        lines.append(header)

        def row(label: str, scores: Mapping[str, Any], extra: str = "") -> None:
            lines.append(
                f"{label:24}{scores['precision']:>8.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"
                f"{scores['predicted']:>7}{scores['gold']:>7}  {extra}".rstrip()
            )

        for label, scores in self.quotes.items():
            if scores["gold"] or scores["predicted"]:
                extra = []
                if scores.get("attribution_accuracy") is not None:
                    extra.append(f"attribution {scores['attribution_accuracy']:.3f}")
                if scores.get("found_and_attributed") is not None:
                    extra.append(f"found+attributed {scores['found_and_attributed']:.3f}")
                row(f"quotes {label}", scores, "  ".join(extra))
        for kind, scores in self.entities.items():
            extra = []
            if "accuracy_161km" in scores:
                extra.append(f"acc@161km {scores['accuracy_161km']:.3f} (n={scores['with_coordinates']})")
            if "country_accuracy" in scores:
                extra.append(f"country {scores['country_accuracy']:.3f}")
            row(f"{kind} exact", scores["exact"])
            row(f"{kind} relaxed", scores["relaxed"], "  ".join(extra))
        return "\n".join(lines)


def score(
    gold: Iterable[GoldDocument],
    analyses: Iterable[Analysis],
    *,
    quote_kinds: Iterable[str] | None = None,
    entity_kinds: Iterable[str] | None = None,
    unscored_forms: Iterable[str] = (),
) -> Report:
    """Score analyses against gold documents, paired in order (their texts must agree).

    Quotes are scored overall (``all``), per kind and, when the gold gives cues, as
    reported speech (``reported``), whenever the gold holds any quote; ``quote_kinds``
    restricts the quote scores to those kinds (gold and predicted quotes of other kinds are
    set aside; ``all`` then means all of them together). Entities are scored for every kind that appears in the gold, or for
    ``entity_kinds``; predicted mentions whose ``form`` is in ``unscored_forms`` are left
    out (``NER_UNSCORED_FORMS`` for gold that, like CoNLL, marks no demonyms and no places
    inside names).
    """
    pairs = []
    for document, analysis in zip(gold, analyses, strict=True):
        if document.text != analysis.article.text:
            raise ValueError(f"gold document {document.id!r} and its analysis have different texts")
        pairs.append((document, analysis))
    selected = None if quote_kinds is None else frozenset(quote_kinds)
    quote_scores: dict[str, Any] = {}
    if any(document.quotes for document, _ in pairs):  # gold without quotes has nothing to score them on
        gold_kinds = sorted({q.kind for d, _ in pairs for q in d.quotes if q.kind})
        rows = ["all", *(kind for kind in gold_kinds if selected is None or kind in selected)]
        if any(q.cue for d, _ in pairs for q in d.quotes):  # the reported-speech row needs the gold's cues
            rows.append("reported")
        quote_scores = _score_quotes(pairs, rows, selected)
    kinds = sorted(entity_kinds) if entity_kinds is not None else sorted({e.kind for d, _ in pairs for e in d.entities})
    skipped = frozenset(unscored_forms)
    return Report(len(pairs), quote_scores, {kind: _score_entities(pairs, kind, skipped) for kind in kinds})


def evaluate(
    gold: Sequence[GoldDocument],
    *,
    pipeline: Any = None,
    quote_kinds: Iterable[str] | None = None,
    entity_kinds: Iterable[str] | None = None,
) -> Report:
    """Analyze the gold documents' texts with ``pipeline`` (default: every installed plugin) and score them."""
    from newscore.model import Article
    from newscore.pipeline import Pipeline

    pipeline = pipeline if pipeline is not None else Pipeline()
    analyses = pipeline.analyze_many(Article(text=document.text, id=document.id) for document in gold)
    return score(gold, analyses, quote_kinds=quote_kinds, entity_kinds=entity_kinds)
