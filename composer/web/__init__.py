"""The local web page: compose, check as you type, draft for a panel, see the plan (issue 12).

A small Starlette application over `composer.app`, the same operations the command line calls: nothing is
implemented twice. `server.create_app()` builds it; `python -m composer serve` runs it with uvicorn on loopback.

    pages.py     the HTML pages (Jinja2 templates in templates/, CSS and JavaScript in static/: no CDN)
    api.py       the JSON API under /api/, answering with the fields of the CLI's --format json
    guard.py     who may talk to it: the Host it serves (DNS rebinding), same-origin POSTs, a body size limit
    server.py    the application and `serve()`
"""
