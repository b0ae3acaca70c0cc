"""Readers: files and strings into articles (plain text, JSON, JSON Lines) and finding the inputs of a batch.

Offsets always index the text as read: nothing is normalised, so a span found in an
article can be looked up in the original file's characters. (The one exception: a lone
surrogate, which a ``\\udcff`` escape in JSON can produce and UTF-8 cannot hold, becomes
U+FFFD, one character for one.)

Input is bounded (see ``docs/security.md`` and :mod:`newscore.readers.common`): a file
read whole may hold at most ``MAX_FILE_BYTES``; JSON Lines files are streamed line by
line, each line at most ``MAX_RECORD_BYTES``; JSON may nest at most ``MAX_JSON_DEPTH``
deep. Anything over a limit is a :class:`~newscore.ReadFailure` naming the file (and
line), never a crash.
"""
