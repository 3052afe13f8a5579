"""Prompts are data: versioned YAML files in `prompts/` (shipped as `composer.prompts`), validated on load
and rendered from the loop's `DraftRequest` (composer.request).

- `templates`: loading a prompt file and validating it (pydantic, `extra="forbid"`); `PromptError`.
- `chat`: the chat style, for capable models: the task's system and user messages, and the two messages a
  rewrite appends (the last draft, then every fix line verbatim). `chat_messages(request)`.
- `completion`: the completion style, for the small bundled model: a few-shot document that ends with the
  start of the answer, its sampling, and a rewrite's fix lines in a checklist after the examples.
  `completion_prompt(request)`.

Import from the modules themselves; this package imports none of them, so loading one style never loads
the other.
"""
