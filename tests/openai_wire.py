"""What an OpenAI-compatible server answers, for tests that run a real HTTP server on loopback."""

from __future__ import annotations


def chat_completion(text: str, prompt_tokens: int = 120, completion_tokens: int = 40) -> dict:
    """A /v1/chat/completions response body carrying `text`, with its usage."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "test-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
