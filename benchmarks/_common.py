"""What the accuracy benchmarks share: gold sets parsed once, and raw spaCy as a system."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newscore import Analysis, Article, Entity, Mention
from newscore.evaluation import GoldDocument, load_gold

#: The real-news development sets: the shared folder beside the repository, or $NEWSCORE_DEV_DATA.
DEV_DATA = Path(os.environ.get("NEWSCORE_DEV_DATA", Path(__file__).resolve().parent.parent.parent / "shared" / "dev-data"))
#: Where parses are kept: the cache of ``scripts/snapshot.py`` (same keys), or $NEWSCORE_SNAPSHOT_CACHE.
PARSE_CACHE = Path(os.environ.get("NEWSCORE_SNAPSHOT_CACHE", Path(__file__).resolve().parent.parent / ".cache" / "snapshot"))


def parse_cache_path(nlp: Any, name: str, texts: Sequence[str], cache: Path = PARSE_CACHE) -> Path:
    """Where the parses of ``texts`` by ``nlp`` are kept: ``name`` and a digest of the model's name and
    version and of every text (so a changed text or model is parsed again, never served stale)."""
    key = hashlib.sha256((nlp.meta["name"] + nlp.meta["version"]).encode())
    for text in texts:
        key.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return cache / f"{name}-{key.hexdigest()[:16]}.spacy"


def cached_parses(nlp: Any, name: str, texts: Sequence[str], cache: Path = PARSE_CACHE) -> tuple[list[Any], float]:
    """spaCy parses of ``texts`` and the seconds parsing took (0 when they came from the DocBin
    cache, kept while the texts and the model are unchanged). The one parse cache of the
    benchmarks and ``scripts/snapshot.py``."""
    from spacy.tokens import DocBin

    path = parse_cache_path(nlp, name, texts, cache)
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab)), 0.0
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - started
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs, seconds


def parsed_gold(nlp, path: Path) -> tuple[list[GoldDocument], list[Article], list, float]:
    """The gold documents of ``path``, an article for each, their parses and the seconds parsing took."""
    gold = load_gold(path)
    articles = [Article(text=document.text, id=document.id) for document in gold]
    started = time.perf_counter()
    docs = list(nlp.pipe(article.text for article in articles))
    return gold, articles, docs, time.perf_counter() - started


def raw_spacy(article: Article, doc, kinds: Mapping[str, str]) -> Analysis:
    """spaCy's own entities as an analysis; ``kinds`` maps spaCy labels to newscore kinds."""
    entities = [
        Entity(kind=kinds[ent.label_], name=ent.text, mentions=[Mention.from_text(article.text, ent.start_char, ent.end_char)])
        for ent in doc.ents
        if ent.label_ in kinds
    ]
    return Analysis(article=article, entities=entities)


def peak_rss(command: list[str], *, accept: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of ``command`` run to completion in a child process; an exit
    code outside ``accept`` ends the benchmark with the command's last words."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in accept:
        stderr = process.stderr.read().decode() if process.stderr else ""
        sys.exit(f"failed: {' '.join(command)}\n{stderr[-2000:]}")
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
    return usage.ru_maxrss * scale / 1e6, seconds


def write_json_out(path: Path | None, figures: object) -> None:
    """Write a benchmark's figures as JSON (``--json-out``) for ``benchmarks/run.py`` to collect."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures written to {path}")
