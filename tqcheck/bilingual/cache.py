"""The cache folder for the compiled lexicon: ``tqcheck.cache``, which every
cached table shares (kept importable here for the lexicon's loader)."""

from __future__ import annotations

from ..cache import folder, key, read, version, write

__all__ = ["folder", "key", "read", "version", "write"]
