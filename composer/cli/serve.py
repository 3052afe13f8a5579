"""`serve`: the local web page (compose, check as you type, panel, plan) on loopback."""

from __future__ import annotations

import argparse

from composer.errors import UsageError

EXAMPLE = """examples:
  python -m composer serve                  # http://localhost:8765/ until Ctrl-C
  python -m composer serve --port 9000 --open

The page runs the same checks and drafts as the command line, on this computer. It answers only requests
addressed to itself (not another site's page, not another host name), and with no API key the template
writes every message. --host other than 127.0.0.1 makes the page reachable from other machines: it warns.
Needs the web extra: pip install -e '.[web]'.
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="the local web page: compose, check as you type, panel, plan",
        description="Serve the composer's web page on this computer (loopback) until Ctrl-C.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="the port to listen on (default: 8765)")
    p.add_argument("--open", action="store_true", help="open the page in the default browser")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a port: use 1 to 65535 (default 8765)")
    try:
        from composer.web.server import serve
    except ImportError as e:
        raise UsageError(
            f"the web page needs the web extra ({e.name} is missing): pip install -e '.[web]'"
        ) from None
    try:
        serve(args.host, args.port, open_browser=args.open)
    except OSError as e:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {e.strerror or e}") from None
    return 0
