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

#: one small check with a source touches what the rules load on first use
#: (the frequency list, Hunspell, the tag table, the bilingual lexicon and
#: the Chinese segmenter), here, once, instead of in every worker
_WARM_TARGET = ("The Ministry of Commerce said on July 21 that exports rose 3.5% to $309.1 billion, "
                "Premier Li Qiang told reporters in Beijing.")
_WARM_SOURCE = "商务部7月21日表示，出口增长3.5%，达到3091亿美元，国务院总理李强在北京对记者说。"

try:
    work.Checker().check(_WARM_TARGET, source=_WARM_SOURCE)
except Exception:  # noqa: BLE001 - a warm-up only: workers load what they need themselves
    pass
