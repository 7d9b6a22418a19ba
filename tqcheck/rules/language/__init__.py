"""Is the text in the language it should be in?"""

MODULES = ("mismatch",)
