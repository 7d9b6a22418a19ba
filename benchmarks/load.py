"""Load test of the production server: gunicorn workers on loopback, many
concurrent clients posting one text to /api/v1/check for a fixed time.

    python benchmarks/load.py examples/article.txt [--workers 2] [--clients 20] [--duration 60]

Starts ``gunicorn tqcheck.web.wsgi:app`` on a free loopback port, waits for
/api/v1/health, runs closed-loop clients (each sends its next request when
the previous answer is in) with asyncio on plain sockets, so the client
costs little CPU beside the server, then stops the server. Prints
requests/s, latency percentiles, the error count (any status other than
200, or a failed connection) and the server's CPU time per request, and
writes the figures as JSON to benchmarks/out/load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

import serverproc


def build_request(port: int, text: str) -> bytes:
    body = json.dumps({"text": text}).encode()
    head = (f"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    return head + body


async def one(port: int, request: bytes) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        await writer.drain()
        data = await reader.read()
    finally:
        writer.close()
    status_line = data.split(b"\r\n", 1)[0].split()
    status = int(status_line[1]) if len(status_line) > 1 else 0
    if status == 200 and b'"issues"' not in data:
        return -1  # a 200 without a report is an error too
    return status


async def client(port: int, request: bytes, until: float, latencies: list, errors: list) -> None:
    while True:
        start = time.perf_counter()
        if start >= until:
            return
        try:
            status = await asyncio.wait_for(one(port, request), timeout=30)
        except (OSError, asyncio.TimeoutError) as exc:
            errors.append(type(exc).__name__)
            continue
        latencies.append(time.perf_counter() - start)
        if status != 200:
            errors.append(status)


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


async def run(port: int, request: bytes, clients: int, duration: float) -> dict:
    latencies: list[float] = []
    errors: list = []
    started = time.perf_counter()
    until = started + duration
    await asyncio.gather(*(client(port, request, until, latencies, errors) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    lat = sorted(latencies)
    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 2),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "latency_ms": {q: round(percentile(lat, float(q[1:])) * 1000, 1) for q in ("p50", "p90", "p99")}
        | {"max": round(lat[-1] * 1000, 1) if lat else None},
        "errors": len(errors),
        "error_kinds": sorted({str(e) for e in errors}),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", help="the text file each request posts (e.g. examples/article.txt)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of load before measuring (default 3)")
    args = ap.parse_args()
    text = Path(args.text).read_text(encoding="utf-8")
    port = serverproc.free_port()
    server = serverproc.start(args.workers, port, ("--backlog", "256"))
    try:
        request = build_request(port, text)
        if args.warmup:
            asyncio.run(run(port, request, args.clients, args.warmup))
        cpu_before = serverproc.cpu_seconds(server.pid)
        result = asyncio.run(run(port, request, args.clients, args.duration))
        server_cpu = serverproc.cpu_seconds(server.pid) - cpu_before
    finally:
        serverproc.stop(server)
    result = {"server": f"gunicorn, {args.workers} workers (sync)", "clients": args.clients,
              "text": os.path.basename(args.text), "text_chars": len(text), "cores": os.cpu_count(), **result,
              "server_cpu_ms_per_request": round(server_cpu / max(result["requests"], 1) * 1000, 2),
              "load_average_after": round(os.getloadavg()[0], 2)}
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    lat = result["latency_ms"]
    print(f"{result['server']}, {args.clients} concurrent clients, {result['seconds']} s, "
          f"{result['text']} ({len(text)} chars)")
    print(f"requests: {result['requests']}  req/s: {result['requests_per_second']}  "
          f"p50: {lat['p50']} ms  p90: {lat['p90']} ms  p99: {lat['p99']} ms  max: {lat['max']} ms  "
          f"errors: {result['errors']} {result['error_kinds'] or ''}")
    # On a shared machine the wall-clock figures depend on what else runs; the
    # server's CPU per request does not, and bounds what idle cores could do.
    cpu = result["server_cpu_ms_per_request"]
    print(f"server CPU per request: {cpu} ms (capacity of {args.workers} idle cores: "
          f"~{round(args.workers * 1000 / cpu) if cpu else '?'} req/s); load average after: {result['load_average_after']}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
