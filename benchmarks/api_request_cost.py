"""CPU per API request, in process: the Flask test client posts one text to
/api/v1/check again and again, with no server or sockets in the way.

    python benchmarks/api_request_cost.py examples/article.txt [--requests 200] [--source FILE]
    python benchmarks/api_request_cost.py examples/article.txt --profile out.prof
    valgrind --tool=cachegrind --cache-sim=no python benchmarks/api_request_cost.py TEXT --only-requests 10
    (and again with 60: the difference over 50 is the instructions of one request)

After three requests that warm the app, it prints the CPU milliseconds per
request of ``--rounds`` rounds of ``--requests`` requests each (their
minimum is the figure least disturbed by other processes), and how much of
it went to Python's garbage collector. ``--profile`` writes one round's
cProfile statistics instead. ``--only-requests N`` makes N requests and
prints nothing, for an instruction counter: CPU time moves with the
machine's load, instruction counts do not.

It measures what ``benchmarks/load.py`` sends (the text alone, unless
``--source`` is given) minus the server: gunicorn's and the sockets' share
is in load.py's server CPU per request. ``--as-served`` wraps the app as
``tqcheck.web.wsgi`` does for gunicorn (the body deadline) and hands each
request a socket in ``gunicorn.socket``, as gunicorn does, so the body
deadline's own cost per request is counted.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import socket
import time
from pathlib import Path

from tqcheck.web import create_app


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", help="the text each request posts (e.g. examples/article.txt)")
    ap.add_argument("--source", help="a file whose text goes with it as the source")
    ap.add_argument("--requests", type=int, default=200, help="requests per round (default 200)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", metavar="FILE", help="write cProfile statistics of one round to FILE")
    ap.add_argument("--only-requests", type=int, metavar="N", help="make N requests and print nothing")
    ap.add_argument("--no-freeze", action="store_true", help="leave the start-up heap to the collector, as before")
    ap.add_argument("--as-served", action="store_true",
                    help="with the body deadline and a socket in the environ, as under gunicorn")
    args = ap.parse_args()
    payload = {"text": Path(args.text).read_text(encoding="utf-8")}
    if args.source:
        payload["source"] = Path(args.source).read_text(encoding="utf-8")
    body = json.dumps(payload)
    # built as tqcheck.web.wsgi builds it for gunicorn's workers
    app = create_app(freeze=not args.no_freeze)
    environ = {}
    if args.as_served:
        from tqcheck.web.deadline import DEFAULT_BODY_SECONDS, BodyDeadline

        app.wsgi_app = BodyDeadline(app.wsgi_app, DEFAULT_BODY_SECONDS)  # type: ignore[method-assign]
        environ["gunicorn.socket"] = socket.socketpair()[0]  # never read: the body comes from the client
    client = app.test_client()

    def post() -> None:
        response = client.post("/api/v1/check", data=body, content_type="application/json", environ_overrides=environ)
        if response.status_code != 200:
            raise SystemExit(f"status {response.status_code}: {response.get_data(as_text=True)[:300]}")

    for _ in range(3):
        post()
    if args.only_requests is not None:
        for _ in range(args.only_requests):
            post()
        return 0
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            post()
        profiler.disable()
        profiler.dump_stats(args.profile)
        print(f"{args.requests} requests profiled -> {args.profile}")
        return 0

    in_gc = [0.0, 0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            in_gc[1] = time.process_time()
        else:
            in_gc[0] += time.process_time() - in_gc[1]

    gc.callbacks.append(on_gc)
    rounds = []
    for _ in range(args.rounds):
        in_gc[0] = 0.0
        start = time.process_time()
        for _ in range(args.requests):
            post()
        rounds.append(((time.process_time() - start) / args.requests * 1000, in_gc[0] / args.requests * 1000))
    gc.callbacks.remove(on_gc)
    print(f"{args.text} ({len(payload['text'])} chars{', with source' if args.source else ''}), "
          f"{args.requests} requests a round, CPU ms per request (of which garbage collection):")
    print("  " + "  ".join(f"{ms:.3f} ({g:.3f})" for ms, g in rounds) + f"   min {min(r[0] for r in rounds):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
