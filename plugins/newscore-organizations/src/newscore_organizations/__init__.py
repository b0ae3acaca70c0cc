"""newscore-organizations: organisations found, cleaned, merged under one canonical name, typed."""

from __future__ import annotations

from newscore_organizations.extractor import OrganizationExtractor
from newscore_organizations.vocabulary import ORGANIZATION_TYPES

__all__ = ["ORGANIZATION_TYPES", "OrganizationExtractor"]
