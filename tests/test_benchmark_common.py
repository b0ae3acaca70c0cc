"""What the benchmarks share (``benchmarks/_common.py``): the one DocBin parse cache (``scripts/snapshot.py``'s too)
and the peak memory of a child process."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("benchmark_common", ROOT / "benchmarks" / "_common.py")
assert _spec is not None and _spec.loader is not None
common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(common)

TEXTS = ["The mayor said no.", "Rain fell on Lagos, officials said."]


@pytest.fixture()
def nlp():
    model = spacy.blank("en")
    model.meta["name"], model.meta["version"] = "core_web_sm", "3.8.0"
    return model


def test_the_cache_key_is_the_one_existing_caches_were_written_with(nlp, tmp_path):
    # The key snapshot.py and the benchmarks have always used: model name and version, then each
    # text followed by NUL. A change here would silently re-parse every cached set (about six minutes).
    digest = hashlib.sha256(b"core_web_sm" + b"3.8.0" + b"".join(text.encode() + b"\0" for text in TEXTS))
    assert common.parse_cache_path(nlp, "gum-news", TEXTS, tmp_path) == tmp_path / f"gum-news-{digest.hexdigest()[:16]}.spacy"


def test_a_changed_text_or_model_gets_another_file(nlp, tmp_path):
    first = common.parse_cache_path(nlp, "set", TEXTS, tmp_path)
    assert common.parse_cache_path(nlp, "set", [TEXTS[0], TEXTS[1] + " "], tmp_path) != first
    assert common.parse_cache_path(nlp, "set", TEXTS[:1], tmp_path) != first
    nlp.meta["version"] = "3.8.1"
    assert common.parse_cache_path(nlp, "set", TEXTS, tmp_path) != first


def test_a_second_call_reads_the_parses_back_without_parsing(nlp, tmp_path, monkeypatch):
    docs, _ = common.cached_parses(nlp, "set", TEXTS, tmp_path)
    assert common.parse_cache_path(nlp, "set", TEXTS, tmp_path).exists()

    def refuse(texts):
        raise AssertionError("parsed again although the parses were cached")

    monkeypatch.setattr(nlp, "pipe", refuse)
    again, seconds = common.cached_parses(nlp, "set", TEXTS, tmp_path)
    assert seconds == 0.0
    assert [[token.text for token in doc] for doc in again] == [[token.text for token in doc] for doc in docs]
    assert [doc.text for doc in again] == TEXTS


def test_peak_rss_sees_what_the_child_held():
    megabytes, seconds = common.peak_rss([sys.executable, "-c", "block = bytearray(80_000_000); block[::4096] = b'x' * len(block[::4096])"])
    assert megabytes >= 80 and seconds > 0


def test_a_child_that_fails_ends_the_benchmark_naming_the_command_unless_its_code_is_accepted():
    command = [sys.executable, "-c", "import sys; sys.stderr.write('no corpus here'); sys.exit(1)"]
    with pytest.raises(SystemExit, match=r"failed: .*sys.exit\(1\)\nno corpus here"):
        common.peak_rss(command)
    megabytes, _ = common.peak_rss(command, accept=(0, 1))
    assert megabytes > 0
