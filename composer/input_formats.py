"""The input formats `batch` reads, by name and by file suffix: kept under these names for
`composer.batch.rows`; the lists themselves live in `composer.vocabulary` with the other choices."""

from composer.vocabulary import INPUT_FORMATS as FORMATS
from composer.vocabulary import INPUT_SUFFIXES as SUFFIXES

__all__ = ["FORMATS", "SUFFIXES"]
