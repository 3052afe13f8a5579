"""The backoff a batch's workers share; it lives with the providers that wait at it (composer.providers.gate)."""

from composer.providers.gate import DEFAULT_STAGGER, BackoffGate

__all__ = ["DEFAULT_STAGGER", "BackoffGate"]
