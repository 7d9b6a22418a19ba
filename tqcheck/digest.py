"""SHA-256 without loading OpenSSL: the interpreter's built-in module gives
the same digests, and ``hashlib``'s OpenSSL binding costs a command-line
run 2 ms to load (the ruleset fingerprint and the rule-selection key)."""

from __future__ import annotations

try:
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # an interpreter built without them
        from hashlib import sha256


def sha256_hex(data: bytes) -> str:
    return sha256(data).hexdigest()
