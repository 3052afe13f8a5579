"""Drafts the notes a candidate sends after an interview, and checks every draft before it leaves.

    >>> from composer import compose_note
    >>> facts = {"interviewer_name": "Sofía Martínez", "topics": ["Kafka"]}
    >>> result = compose_note(facts, provider="template")
    >>> result.passed, result.text

Everything is imported on first use, so `python -m composer --help` starts without pydantic or any SDK.
"""

__all__ = ["MessageContext", "Result", "compose_note"]


def __getattr__(name: str):
    if name == "MessageContext":
        from composer.context import MessageContext

        return MessageContext
    if name == "compose_note":
        from composer.loop import compose_note

        return compose_note
    if name == "Result":
        from composer.result import Result

        return Result
    raise AttributeError(name)
