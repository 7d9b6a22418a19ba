"""Well-behaved clients beside hostile ones, on the shipped production setup.

    python benchmarks/hostile_load.py examples/article.txt [--clients 20] [--duration 30] [--slow 40]

Starts gunicorn with the shipped configuration
(``-c python:tqcheck.web.gunicorn_conf``, 2 workers) on a free loopback
port. Two phases of the same length follow:

* quiet: ``--clients`` closed-loop clients post the text to /api/v1/check;
* hostile: the same clients, while one hostile client sends, one after
  another (``--interval`` seconds apart, 1 by default; 0 sends them back to
  back) and over and over, every hostile request of the hardening issue
  (server paths in options, low-entropy TER, huge selector lists, a
  glossary of 15k common words on 300 KB, attacker-size word lists, deep
  nesting, bad option types, non-finite numbers, 1 MB of "(", an
  oversized chunked body) and ``--slow`` slowloris sockets trickle header
  bytes the whole time.

For the well-behaved clients it prints p50/p99 latency and errors per
phase, and the ratio of the p99s; for the hostile requests, the statuses
they got; for the server, worker restarts (worker PIDs before and after)
and the workers' peak RSS. Everything talks to 127.0.0.1 only, and every
loop is bounded in time. Writes JSON to benchmarks/out/hostile_load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path

import serverproc

import load

COMMON = ("the a of to and in that is was he for it with as his on be at by i this had not are but from or "
          "have an they which one you were her all she there would their we him been has when who will more no "
          "if out so said what up its about into than them can only other new some could time these two may "
          "then do first any my now such like our over man me even most made after also did many before must "
          "through back years where much your way well down should because each just those people how too "
          "little state good very make world still own see men work long get here between both life being under "
          "never day same another know while last might us great old year off come since against go came right "
          "used take three").split()


def _json_request(port: int, path: str, payload, *, raw: bytes | None = None) -> bytes:
    body = raw if raw is not None else json.dumps(payload).encode()
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _form_request(port: int, path: str, fields: dict[str, str]) -> bytes:
    from urllib.parse import urlencode

    body = urlencode(fields).encode()
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def hostile_requests(port: int, text: str) -> list[tuple[str, bytes]]:
    rng = random.Random(7)
    low_entropy = " ".join(rng.choice(["a", "b"]) for _ in range(490))
    low_entropy2 = " ".join(rng.choice(["a", "b"]) for _ in range(490))
    # 5 KB of low-entropy sentences just under the 500-word cap each: TER's shift search at its worst
    five_kb = "".join(" ".join(rng.choice(["a", "b"]) for _ in range(490)) + ".\n" for _ in range(5))
    five_kb2 = "".join(" ".join(rng.choice(["a", "b"]) for _ in range(490)) + ".\n" for _ in range(5))
    prose_300k = " ".join(rng.choice(COMMON) for _ in range(60_000))[:300_000]
    # 15k entries whose forbidden variants are common words: every word of the text is a hit.
    forbid_15k = "source\ttarget\tforbidden\n" + "\n".join(
        f"源{i}\tterm{i}\t{COMMON[i % len(COMMON)]}" for i in range(15_000))
    json_glossary_nested = '{"terms": ' + "[" * 1000 + "]" * 1000 + "}"
    nested = "[" * 1000 + "]" * 1000
    chunk_head = (f"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    big_chunk = b"x" * (7 * 1024 * 1024)  # over the 6 MiB + 64 KiB body limit
    chunked = chunk_head + f"{len(big_chunk):x}\r\n".encode() + big_chunk + b"\r\n0\r\n\r\n"
    reqs = [
        ("server path /etc/shadow", _json_request(port, "/api/v1/check", {"text": text[:400], "options": {"words_files": ["/etc/shadow"]}})),
        ("server path /dev/zero", _json_request(port, "/api/v1/check", {"text": text[:400], "options": {"words_files": ["/dev/zero"]}})),
        ("glossary as a server path", _json_request(port, "/api/v1/check", {"text": text[:400], "options": {"glossary": "/etc/passwd"}})),
        ("TER low entropy on score", _json_request(port, "/api/v1/score", {"text": low_entropy, "references": [low_entropy2]})),
        ("TER low entropy on check", _json_request(port, "/api/v1/check", {"text": five_kb, "references": [five_kb2]})),
        ("TER low entropy on the form", _form_request(port, "/", {"text": five_kb, "reference": five_kb2})),
        ("400k-entry disable list", _json_request(port, "/api/v1/check", {"text": text[:400], "disable": ["style"] * 400_000})),
        ("100k enabledRules on /v2/check", _form_request(port, "/v2/check", {"language": "en-US", "text": text[:400], "enabledRules": ",".join(["X"] * 100_000)})),
        ("15k forbidden common words, 300 KB", _json_request(port, "/api/v1/check", {"text": prose_300k, "glossary": forbid_15k})),
        ("1.2 MB words list", _json_request(port, "/api/v1/check", {"text": text[:400], "options": {"words": [f"w{rng.random()}" for _ in range(60_000)]}})),
        ("glossary nested 1,000 deep", _json_request(port, "/api/v1/check", {"text": "Hello.", "glossary": json_glossary_nested})),
        ("request nested 1,000 deep", _json_request(port, "/api/v1/check", None, raw=b'{"text": "Hello.", "name": ' + nested.encode() + b"}")),
        ("/v2/check data=[[[…", _form_request(port, "/v2/check", {"language": "en-US", "data": "[" * 5000})),
        ("rule option of the wrong type", _json_request(port, "/api/v1/check", {"text": "Hello.", "options": {"rules": {"style.length.sentence": {"max_words": "x"}}}})),
        ("threshold 1e999", _json_request(port, "/api/v1/check", None, raw=b'{"text": "Hello.", "options": {"threshold": 1e999}}')),
        ("1 MB of (", _json_request(port, "/api/v1/check", {"text": "(" * 1_000_000})),
        ("chunked body over the limit", chunked),
    ]
    return reqs


async def send_raw(port: int, request: bytes, timeout: float = 60) -> int:
    async def go() -> int:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        # Read while writing: a server may answer (413) and close before the
        # whole body is sent, and the answer must be read before the reset.
        answer = asyncio.ensure_future(reader.read())
        try:
            try:
                for at in range(0, len(request), 256 * 1024):
                    if answer.done():
                        break
                    writer.write(request[at:at + 256 * 1024])
                    await writer.drain()
            except OSError:
                pass
            try:
                data = await answer
            except OSError:
                data = b""
        finally:
            writer.close()
        parts = data.split(b"\r\n", 1)[0].split()
        return int(parts[1]) if len(parts) > 1 else 0
    try:
        return await asyncio.wait_for(go(), timeout=timeout)
    except (OSError, asyncio.TimeoutError) as exc:
        return -1 if isinstance(exc, asyncio.TimeoutError) else -2


async def hostile(port: int, reqs: list[tuple[str, bytes]], until: float, seen: dict, interval: float) -> None:
    while time.perf_counter() < until:
        for name, raw in reqs:
            if time.perf_counter() >= until:
                return
            status = await send_raw(port, raw)
            seen.setdefault(name, []).append(status)
            if interval:
                await asyncio.sleep(interval)


async def slowloris(port: int, sockets: int, until: float, counts: dict) -> None:
    async def one() -> None:
        while time.perf_counter() < until:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                counts["refused"] = counts.get("refused", 0) + 1
                await asyncio.sleep(1)
                continue
            counts["opened"] = counts.get("opened", 0) + 1
            try:
                writer.write(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                await writer.drain()
                while time.perf_counter() < until:
                    await asyncio.sleep(1.0)
                    writer.write(b"X-Slow: 1\r\n")
                    await writer.drain()
                    if reader.at_eof():
                        counts["closed_by_server"] = counts.get("closed_by_server", 0) + 1
                        break
                    try:
                        await asyncio.wait_for(reader.read(1), timeout=0.01)
                        # EOF or an answer: the server gave up on this socket.
                        counts["closed_by_server"] = counts.get("closed_by_server", 0) + 1
                        break
                    except asyncio.TimeoutError:
                        pass
            except OSError:
                counts["closed_by_server"] = counts.get("closed_by_server", 0) + 1
            finally:
                writer.close()
    await asyncio.gather(*(one() for _ in range(sockets)))


async def phase(port: int, request: bytes, clients: int, duration: float, reqs=None, slow: int = 0,
                interval: float = 0.0) -> dict:
    latencies: list[float] = []
    errors: list = []
    seen: dict = {}
    slow_counts: dict = {}
    started = time.perf_counter()
    until = started + duration
    tasks = [load.client(port, request, until, latencies, errors) for _ in range(clients)]
    if reqs:
        tasks.append(hostile(port, reqs, until, seen, interval))
    if slow:
        tasks.append(slowloris(port, slow, until, slow_counts))
    await asyncio.gather(*tasks)
    lat = sorted(latencies)
    return {
        "requests": len(lat),
        "latency_ms": {q: round(load.percentile(lat, float(q[1:])) * 1000, 1) for q in ("p50", "p90", "p99")}
        | {"max": round(lat[-1] * 1000, 1) if lat else None},
        "errors": len(errors), "error_kinds": sorted({str(e) for e in errors}),
        "hostile": {k: sorted(set(v)) for k, v in seen.items()},
        "hostile_sent": sum(len(v) for v in seen.values()),
        "slowloris": slow_counts,
    }


def workers(pid: int) -> set[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return {int(c) for c in fh.read().split()}
    except OSError:
        return set()


def peak_rss_mb(pids: set[int]) -> dict[int, float]:
    out = {}
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        out[p] = round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--slow", type=int, default=40, help="slowloris sockets in the hostile phase")
    ap.add_argument("--interval", type=float, default=1.0,
                    help="seconds the hostile client waits between its requests (0: back to back, a flood "
                    "of maximal requests, which is load, not an attack on a limit)")
    args = ap.parse_args()
    text = Path(args.text).read_text(encoding="utf-8")
    port = serverproc.free_port()
    server = serverproc.start(args.workers, port, ("-c", "python:tqcheck.web.gunicorn_conf", "--backlog", "256"))
    try:
        time.sleep(1.0)
        before = workers(server.pid)
        request = load.build_request(port, text)
        asyncio.run(phase(port, request, args.clients, 3.0))  # warm-up
        quiet = asyncio.run(phase(port, request, args.clients, args.duration))
        reqs = hostile_requests(port, text)
        noisy = asyncio.run(phase(port, request, args.clients, args.duration, reqs=reqs, slow=args.slow,
                                  interval=args.interval))
        after = workers(server.pid)
        rss = peak_rss_mb(after)
    finally:
        serverproc.stop(server)
    result = {"server": f"gunicorn -c python:tqcheck.web.gunicorn_conf, {args.workers} workers",
              "clients": args.clients, "duration_s": args.duration, "slowloris_sockets": args.slow,
              "hostile_interval_s": args.interval,
              "quiet": quiet, "hostile": noisy,
              "p99_ratio": round(noisy["latency_ms"]["p99"] / quiet["latency_ms"]["p99"], 2) if quiet["latency_ms"]["p99"] else None,
              "worker_restarts": len(before - after), "workers_peak_rss_mb": sorted(rss.values())}
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "hostile_load.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for name in ("quiet", "hostile"):
        r = result[name]
        lat = r["latency_ms"]
        print(f"{name:8s} requests {r['requests']:6d}  p50 {lat['p50']:7.1f} ms  p99 {lat['p99']:7.1f} ms  "
              f"max {lat['max']} ms  errors {r['errors']} {r['error_kinds'] or ''}")
    print(f"p99 hostile / quiet: {result['p99_ratio']}   worker restarts: {result['worker_restarts']}   "
          f"workers' peak RSS: {result['workers_peak_rss_mb']} MB")
    print(f"hostile requests sent: {noisy['hostile_sent']}; slowloris: {noisy['slowloris']}")
    for name, statuses in noisy["hostile"].items():
        print(f"  {name:38s} {statuses}")
    ok = quiet["errors"] == 0 and noisy["errors"] == 0 and result["worker_restarts"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
