"""The core's built-in extractors (plugins add the rest)."""
