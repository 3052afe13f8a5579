"""Drafts the notes a candidate sends after an interview, and checks every draft before it leaves."""

from composer.context import MessageContext

__all__ = ["MessageContext", "compose_note"]


def __getattr__(name: str):  # the loop pulls in providers; import it only when asked for
    if name == "compose_note":
        from composer.loop import compose_note

        return compose_note
    if name == "Result":
        from composer.result import Result

        return Result
    raise AttributeError(name)
