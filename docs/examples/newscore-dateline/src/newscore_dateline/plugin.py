"""The plugin module named by the entry point: it registers the extractor with newscore."""

from newscore import hookimpl
from newscore_dateline.extractor import DatelineExtractor


@hookimpl
def register_extractors():
    return [DatelineExtractor()]
