"""tqcheck: find what is wrong with a translation before it is published.

Public API::

    import tqcheck
    report = tqcheck.check(text)            # -> tqcheck.Report
    report = tqcheck.check(text, source=original)
    report = tqcheck.check_segments([{"id": "1", "source": ..., "target": ...}])
    report.to_dict()                        # the JSON report contract
    scores = tqcheck.score(text, [reference])   # -> tqcheck.scoring.Scores
"""

from . import gcsettle

# first: the imports below (typing's alone made the collector run 7 times) make tens of thousands
# of objects that live as long as the process; the collector's first run waits for them
gcsettle.after_startup()

from typing import TYPE_CHECKING, Any  # noqa: E402

from . import regex_cache  # noqa: E402

# before any other module compiles its patterns (see regex_cache)
regex_cache.install()

from ._version import __version__  # noqa: E402
from .api import Checker, check, check_segments
from .config import Config
from .errors import ConfigError, InputError, RuleError, TqcheckError
from .report import Issue, Report

__all__ = ["check", "check_segments", "compare", "score", "Checker", "Config", "ConfigError", "InputError", "Issue",
           "Report", "RuleError", "TqcheckError", "__version__"]


if TYPE_CHECKING:  # loaded lazily at run time (below); type checkers see them here
    from .scoring import compare, score


def __getattr__(name: str) -> Any:
    # scoring loads sacrebleu and numpy: only when first asked for
    if name in ("score", "compare"):
        from . import scoring

        return getattr(scoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
