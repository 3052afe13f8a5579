from composer.cli import interrupted, main

try:
    code = main()
except KeyboardInterrupt:  # a Ctrl-C before main() could catch it (starting up), or after it returned
    code = interrupted(leave=True)
raise SystemExit(code)
