"""Imported once by the fork server before it forks workers, so each worker
starts with the rules and language profiles already loaded (and shares
their memory) instead of loading them itself."""

import signal

# Ctrl-C (or SIGTERM to the job) reaches the whole process group; the main
# process handles it. The fork server ignores SIGINT only after its
# preloads, so ignore both first; they were blocked while it started
# (``pool._start_fork_server``), and can be let through now. It ends by
# itself once the main process and its workers are gone, however they end.
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})

from ..langid import warm  # noqa: E402
from . import work  # noqa: E402,F401

warm()
