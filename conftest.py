"""Settings for every test suite in the repository (core and plugins)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# Property tests check what is true, never how fast: a loaded 2-core CI machine must not fail them
# through hypothesis's per-example deadline or its "too slow" health check.
settings.register_profile("newscore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newscore")
