"""The version of tqcheck: the one place it is written (hatch reads it from here, see pyproject.toml)."""

__version__ = "0.1.0"
