"""newscore as a spaCy component: ``nlp.add_pipe("newscore")`` sets ``doc._.newscore``.

spaCy finds the factory through the ``spacy_factories`` entry point, so no import is
needed first; importing this module registers it too. Factory names are global to a
process and spaCy refuses a second, different function under one name, so registration
is guarded: importing or reloading this module twice is harmless.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("newscore", config={"options": {"locations": {"include_demonyms": True}}})
    analysis = nlp(text)._.newscore          # the same Analysis as newscore.analyze(text)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import catalogue
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from newscore.model import Analysis, Article
from newscore.pipeline import DEFAULT_TIME_BUDGET, Pipeline

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["EXTENSION", "FACTORY", "NewscoreComponent", "make_newscore", "register"]

#: The component's factory name (``nlp.add_pipe(FACTORY)``) and the ``Doc`` extension it sets.
FACTORY = "newscore"
EXTENSION = "newscore"


class NewscoreComponent:
    """Runs every installed newscore extractor over each Doc and sets ``doc._.newscore``.

    The Doc is the parse the extractors read, so place the component after the parser
    and NER (``add_pipe`` puts it last). Unlike :func:`newscore.analyze`, a text is not cut
    into pieces: spaCy has parsed it whole already.
    """

    def __init__(self, nlp: Language, name: str, *, options: Mapping[str, Any], time_budget: float | None) -> None:
        self.name = name
        # the loaded nlp is only named, never reconfigured: plugins' configure_nlp is not run on it
        self.pipeline = Pipeline(model=nlp, options=dict(options), time_budget=time_budget)

    def __call__(self, doc: Doc) -> Doc:
        analysis: Analysis = self.pipeline.analyze_doc(Article(text=doc.text), doc)
        doc._.set(EXTENSION, analysis)
        return doc


def make_newscore(
    nlp: Language, name: str, options: dict[str, Any], time_budget: float | None
) -> NewscoreComponent:
    """The factory spaCy calls for ``nlp.add_pipe("newscore", config={...})``."""
    return NewscoreComponent(nlp, name, options=options, time_budget=time_budget)


#: How an analysis travels inside a Doc's user data (``nlp.pipe(n_process=2)``, ``DocBin``).
_MSGPACK_KEY = "__newscore_analysis__"


def _encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """A msgpack encoder: an :class:`Analysis` as its JSON form (it round-trips exactly)."""
    if isinstance(obj, Analysis):
        return {_MSGPACK_KEY: obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and _MSGPACK_KEY in obj:
        return Analysis.from_dict(obj[_MSGPACK_KEY])
    return obj if chain is None else chain(obj)


def register() -> None:
    """Register the factory, the ``Doc`` extension and the msgpack coding of an analysis, unless
    this process already has."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    if not catalogue.check_exists("srsly", "msgpack_encoders", FACTORY):
        srsly.msgpack_encoders.register(FACTORY, func=_encode)
        srsly.msgpack_decoders.register(FACTORY, func=_decode)
    if not catalogue.check_exists("spacy", "factories", FACTORY):  # the registry itself, not entry points
        Language.factory(
            FACTORY,
            default_config={"options": {}, "time_budget": DEFAULT_TIME_BUDGET},
            assigns=[f"doc._.{EXTENSION}"],
            requires=["token.dep", "doc.ents"],
        )(make_newscore)


register()
