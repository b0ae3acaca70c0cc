"""The shared token table: every column equals what the Doc's tokens say, and one table per Doc."""

from __future__ import annotations

import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from newscore import TokenTable, token_table

_COLUMNS = {
    "text": lambda t: t.text,
    "lower": lambda t: t.lower_,
    "lemma": lambda t: t.lemma_,
    "idx": lambda t: t.idx,
    "end": lambda t: t.idx + len(t.text),
    "whitespace": lambda t: t.whitespace_,
    "pos": lambda t: t.pos_,
    "tag": lambda t: t.tag_,
    "dep": lambda t: t.dep_,
    "head": lambda t: t.head.i,
    "ent_type": lambda t: t.ent_type_,
    "ent_iob": lambda t: t.ent_iob_,
    "is_sent_start": lambda t: bool(t.is_sent_start),
    "is_space": lambda t: t.is_space,
    "is_punct": lambda t: t.is_punct,
}


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(max_size=120)
    | st.just("“We will win,” Ms. Ortiz told Reuters in São Paulo.\n\nShe left.")
    | st.just("Aston Villa beat Chelsea 2-1 at Villa Park on Saturday, Unai Emery said in Birmingham.")
)
def test_every_column_equals_the_tokens_attribute(nlp, text):
    doc = nlp(text)
    table = TokenTable(doc)
    assert len(table) == len(doc)
    for name, read in _COLUMNS.items():
        assert getattr(table, name) == [read(token) for token in doc], name
    assert all(table.text[i] == text[table.idx[i] : table.end[i]] for i in range(len(doc)))
    assert table.entities == [(entity.start, entity.end, entity.label_) for entity in doc.ents]


def test_one_table_per_doc_until_the_next_doc(nlp):
    first, second = nlp("Paris is big."), nlp("Paris is big.")
    table = token_table(first)
    assert token_table(first) is table
    assert table.text is table.text  # a column is built once
    assert token_table(second) is not table
    assert token_table(second).doc is second


def test_threads_do_not_share_their_last_table(nlp):
    doc = nlp("Berlin and Rome.")
    mine = token_table(doc)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(token_table(doc)))
    thread.start()
    thread.join()
    assert seen[0] is not mine and seen[0].text == mine.text


def _spacy_expand(doc, start, end):
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
    except Exception as error:  # spaCy refuses some reversed ranges: the table must refuse them too
        return type(error)
    return None if span is None else (span.start, span.end)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab .,\n\u00a0“”'"), max_size=40) | st.just("  The U.S.  said, “no”.\n\n"),
    data=st.data(),
)
def test_token_span_is_spacys_expand_alignment(nlp, text, data):
    doc = nlp(text)
    table = TokenTable(doc)
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(start, len(text) + 2))
    try:
        ours = table.token_span(start, end)
    except Exception as error:
        ours = type(error)
    assert ours == _spacy_expand(doc, start, end)


def test_token_at_owns_trailing_whitespace_and_next_token_starts_at_or_after(nlp):
    doc = nlp("Rome is big.")
    table = TokenTable(doc)
    assert [table.token_at(char) for char in range(len(doc.text))] == [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3]
    assert table.token_at(-1) == table.token_at(len(doc.text)) == -1
    assert [table.next_token(char) for char in (0, 1, 5, 6, 11, 12)] == [0, 1, 1, 2, 3, 4]
