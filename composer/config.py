"""Defaults a candidate sets once: a small TOML file in the user's config folder.

    >>> path = config_path()                      # $COMPOSER_CONFIG, else the platform's config folder
    >>> save({"account": "premium"}, path)        # written 0600, atomically
    >>> resolve(load(path))["account"]            # Resolved(value='premium', source='config')

The order, for every key: a flag > the environment > the config file > the built-in default. A flag is the
command line's business (`composer/cli/config.py` fills only what no flag gave); this module answers for
the other three. Values are checked with the same words the flags accept (`ACCOUNTS`, the provider
registry), case-insensitive; an unknown key is refused with the nearest known one.

`api_key` may be kept here only in a file its owner alone can read (0600): a file group or others can read
is refused with the `chmod` to run, and the key itself is never printed (`mask`).
"""

from __future__ import annotations

import difflib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from composer.errors import REDACTED, UsageError
from composer.vocabulary import ACCOUNTS, AUTO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

APP_NAME = "interview-followup-composer"
CONFIG_VARIABLE = "COMPOSER_CONFIG"  # the config file itself
HOME_VARIABLE = "COMPOSER_HOME"  # the composer's own folder (the journal's too): config.toml inside it
FILE_NAME = "config.toml"
MAX_VALUE = 500  # characters: a name, a model, a URL or a key is far shorter


class Resolved(NamedTuple):
    value: str | None
    source: str  # "environment" | "config" | "default"


def _text(key: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise UsageError(f"{key} must not be empty: give a value, or `config unset {key}`")
    if "\n" in value or "\r" in value or len(value) > MAX_VALUE:
        raise UsageError(f"{key} must be one line of at most {MAX_VALUE} characters")
    return value


def _choice(choices: Callable[[], list[str]], known: tuple[str, ...] = ()) -> Callable[[str, str], str]:
    """A check for one of `choices()`, case-insensitive; a word in `known` is taken without calling it."""

    def check(key: str, value: str) -> str:
        word = _text(key, value).lower()
        if word in known:
            return word
        allowed = choices()
        if word not in allowed:
            raise UsageError(
                f"{key} {value.strip()!r} is not one of {', '.join(allowed)}{did_you_mean(word, allowed)}"
            )
        return word

    return check


# Taken without loading the provider registry (and what it imports), so `check` and `plan` start fast.
BUILT_IN_PROVIDERS = (AUTO, "openai", "local", "template")


def _provider_names() -> list[str]:
    from composer.providers import provider_names  # the registry: a provider a user registered counts too

    return [AUTO, *provider_names()]


def _url(key: str, value: str) -> str:
    url = _text(key, value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{key} {url!r} is not an http(s) URL: give one like http://127.0.0.1:8080/v1")
    return url


def _secret(key: str, value: str) -> str:
    value = value.strip()
    if not value or any(c.isspace() for c in value) or len(value) > MAX_VALUE:
        raise UsageError(f"{key} must be one word with no spaces (the key as your provider issued it)")
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    env: str  # the environment variable that wins over the file
    flag: str | None  # the command-line option that wins over both
    default: str | None
    check: Callable[[str, str], str]
    help: str
    choice: bool = False  # one of a set of words: checked in the environment too
    secret: bool = False


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("candidate_name", "COMPOSER_CANDIDATE_NAME", "--candidate", None, _text,
                "your own name, for a signature"),
        Setting("account", "COMPOSER_ACCOUNT", "--account", "free", _choice(lambda: list(ACCOUNTS)),
                "LinkedIn tier: free (200 characters) or premium (300)", choice=True),
        Setting("provider", "COMPOSER_PROVIDER", "--provider", AUTO, _choice(_provider_names, BUILT_IN_PROVIDERS),
                "who drafts: auto, openai, local, template", choice=True),
        Setting("model", "COMPOSER_MODEL", "--model", None, _text, "the model name (default: the provider's)"),
        Setting("base_url", "OPENAI_BASE_URL", "--base-url", None, _url, "an OpenAI-compatible server"),
        Setting("api_key", "OPENAI_API_KEY", None, None, _secret, "the OpenAI API key (file must be 0600)",
                secret=True),
    )
}  # fmt: skip
KEYS = tuple(SETTINGS)


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def setting(key: str) -> Setting:
    """The setting named `key` (dashes read as underscores), or a UsageError with the nearest known key."""
    name = key.strip().lower().replace("-", "_")
    if name not in SETTINGS:
        raise UsageError(
            f"unknown config key {key!r}{did_you_mean(name, KEYS)}: the keys are {', '.join(KEYS)}"
        )
    return SETTINGS[name]


def validate(key: str, value: str) -> str:
    """`value` as stored for `key`: trimmed, a choice lower-cased; a UsageError names the key and the fix."""
    s = setting(key)
    return s.check(s.key, value)


def mask(key: str, value: str | None) -> str | None:
    return REDACTED if value is not None and SETTINGS[key].secret else value


# ---------------------------------------------------------------- the file


def config_path(environ: Mapping[str, str] = os.environ) -> Path:
    """$COMPOSER_CONFIG, else $COMPOSER_HOME/config.toml, else config.toml in the platform's user config
    folder (`$XDG_CONFIG_HOME/interview-followup-composer` on Linux, by platformdirs)."""
    if environ.get(CONFIG_VARIABLE):
        return Path(environ[CONFIG_VARIABLE]).expanduser()
    if environ.get(HOME_VARIABLE):
        return Path(environ[HOME_VARIABLE]).expanduser() / FILE_NAME
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def load(path: Path | None = None) -> dict[str, str]:
    """The keys set in the file (none when it does not exist), each checked as `config set` checks it."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as e:
        raise UsageError(
            f"config file {str(path)!r} cannot be read ({e.strerror}): fix it, or set {CONFIG_VARIABLE} to "
            "another file"
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"config file {str(path)!r} is not valid TOML ({e}): fix it, or delete it") from None
    values = {}
    for key, value in data.items():
        if key not in SETTINGS:
            raise UsageError(
                f"config file {str(path)!r}: unknown key {key!r}{did_you_mean(key, KEYS)}: remove it "
                f"(the keys are {', '.join(KEYS)})"
            )
        if not isinstance(value, str):
            raise UsageError(f"config file {str(path)!r}: {key} must be a string in quotes")
        values[key] = validate(key, value)
    if any(SETTINGS[key].secret for key in values):
        _refuse_shared_secret(path)
    return values


def _refuse_shared_secret(path: Path) -> None:
    info = path.stat()
    owner = os.getuid() if hasattr(os, "getuid") else info.st_uid
    if info.st_mode & 0o077 or info.st_uid != owner:
        mode = stat.S_IMODE(info.st_mode)
        whose = "" if info.st_uid == owner else ", and is not yours"
        raise UsageError(
            f"config file {str(path)!r} holds api_key but others can read it (mode {mode:04o}{whose}): "
            f"run chmod 600 {path}"
        )


def save(values: Mapping[str, str], path: Path | None = None) -> Path:
    """Write `values` (keys in SETTINGS order) to the file, readable by its owner alone (0600), replacing it
    in one rename so a crash leaves the old file or the new one."""
    import tomli_w

    path = path or config_path()
    ordered = {key: values[key] for key in KEYS if key in values}
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)  # mode 0600
    except OSError as e:
        raise UsageError(
            f"config file {str(path)!r} cannot be written ({e.strerror}): set {CONFIG_VARIABLE} to a file "
            "in a folder you can write"
        ) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(
                b"# interview-followup-composer defaults: `followup-composer config set KEY VALUE`\n"
            )
            tomli_w.dump(ordered, stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


# ---------------------------------------------------------------- the order


def resolve(file_values: Mapping[str, str], environ: Mapping[str, str] = os.environ) -> dict[str, Resolved]:
    """Every key's value and where it comes from: the environment, else the file, else the default."""
    resolved = {}
    for key, s in SETTINGS.items():
        from_env = environ.get(s.env, "").strip()
        if from_env and not s.choice:  # free text (a name, a model, a URL, a key): as it is, as it always was
            resolved[key] = Resolved(from_env, "environment")
        elif from_env:  # a choice: the flag's words, in any case
            try:
                resolved[key] = Resolved(s.check(key, from_env), "environment")
            except UsageError as e:
                raise UsageError(f"environment variable {s.env}: {e}") from None
        elif key in file_values:
            resolved[key] = Resolved(file_values[key], "config")
        else:
            resolved[key] = Resolved(s.default, "default")
    return resolved


def as_record(resolved: Mapping[str, Resolved], path: Path) -> dict[str, Any]:
    """What `config show --format json` prints: each key's value (api_key masked), the path, the sources."""
    record: dict[str, Any] = {key: mask(key, r.value) for key, r in resolved.items()}
    record["path"] = str(path)
    record["sources"] = {key: r.source for key, r in resolved.items()}
    return record
