"""The core's own plugin: the baseline people extractor, built-in readers and exporters."""

from __future__ import annotations

from newscore.export_ninjs import NinjsExporter
from newscore.export_spacy import SpacyJsonExporter
from newscore.export_webanno import WebAnnotationExporter
from newscore.exporters import BUILTIN_EXPORTERS
from newscore.extractors import PeopleExtractor
from newscore.hookspecs import hookimpl
from newscore.readers import BUILTIN_READERS


@hookimpl
def register_extractors():
    return [PeopleExtractor()]


@hookimpl
def register_readers():
    return list(BUILTIN_READERS)


@hookimpl
def register_exporters():
    return [*BUILTIN_EXPORTERS, SpacyJsonExporter(), NinjsExporter(), WebAnnotationExporter()]
