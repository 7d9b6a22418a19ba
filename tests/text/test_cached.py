"""The document's lazily computed parts: computed once each, kept with the
document, computed again after ``release``."""

from __future__ import annotations

from tqcheck.text import Document
from tqcheck.text.cached import cached_property


class _Counted:
    def __init__(self) -> None:
        self.calls = 0

    @cached_property
    def value(self) -> int:
        """The number of calls so far."""
        self.calls += 1
        return self.calls * 10


def test_computed_once_and_kept_in_the_instance():
    a, b = _Counted(), _Counted()
    assert (a.value, a.value, a.calls) == (10, 10, 1)
    assert a.__dict__["value"] == 10
    assert (b.value, b.calls) == (10, 1)  # each instance its own
    assert isinstance(_Counted.__dict__["value"], cached_property)
    assert _Counted.value.__doc__ == "The number of calls so far."
    del a.value
    assert (a.value, a.calls) == (20, 2)


def test_a_released_document_computes_its_parts_again():
    doc = Document("One sentence here. Another one there.")
    first = doc.sentences
    assert doc.sentences is first and "sentences" in doc.__dict__
    doc.release()
    assert "sentences" not in doc.__dict__
    assert doc.sentences == first and doc.sentences is not first
