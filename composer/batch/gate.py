"""The backoff a batch's workers share (`composer.providers.gate`, where the openai provider keeps it).

`arun_batch(gate=...)` hands a gate to the provider it builds by name, and reads its `pauses` for the summary.
"""

from composer.providers.gate import DEFAULT_STAGGER, BackoffGate, Cancelled

__all__ = ["DEFAULT_STAGGER", "BackoffGate", "Cancelled"]
