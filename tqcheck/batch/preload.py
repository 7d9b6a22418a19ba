"""Imported once by the fork server before it forks workers, so each worker
starts with the rules and language profiles already loaded (and shares
their memory) instead of loading them itself."""

import signal

# Ctrl-C reaches the whole process group; the main process handles it. The
# fork server ignores SIGINT only after its preloads, so ignore it first.
signal.signal(signal.SIGINT, signal.SIG_IGN)

from ..langid import warm  # noqa: E402
from . import work  # noqa: E402,F401

warm()
