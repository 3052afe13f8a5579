"""The input formats `batch` reads, by name and by file suffix.

A leaf module with no imports, so the command line lists the formats in `--help` without importing the
batch machinery (pydantic, yaml); `composer.batch.rows` reads files by the same names.
"""

FORMATS = ("csv", "json", "jsonl", "yaml")
SUFFIXES = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".yaml": "yaml",
    ".yml": "yaml",
}
