"""Exporters: analyses written out as newscore JSON and JSON Lines, a table, spaCy JSON, IPTC ninjs and W3C Web Annotations."""
