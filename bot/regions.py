"""The region codes the bot has emergency replies for; anything else is 'anywhere else'."""

from __future__ import annotations

KNOWN_REGIONS: tuple[str, ...] = ("UK", "UK-SCT", "UK-NIR", "IE", "US", "CA", "AU", "NZ", "OTHER")
_ALIASES = {"GB": "UK", "IRL": "IE", "USA": "US", "CAN": "CA", "AUS": "AU", "NZL": "NZ"}


def normalise_region(value: object) -> str | None:
    """Maps a region code from metadata to a known code, OTHER for an unknown one, None for none."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().upper()[:16]
    code = _ALIASES.get(code, code)
    return code if code in KNOWN_REGIONS else "OTHER"
