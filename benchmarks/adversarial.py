"""Linear time on adversarial input: time the whole pipeline on pathological
texts of growing size; linear code doubles its time when the size doubles.

Usage: python benchmarks/adversarial.py [--sizes 50000,100000,200000]
"""

from __future__ import annotations

import argparse
import time

import tqcheck

PATTERNS = {
    "letters": "a",
    "spaces": "a" + " " * 999,
    "dots": ".",
    "commas": ",",
    "quotes": "\"'",
    "curly": "“‘’”",
    "open brackets": "(",
    "at signs": "a@",
    "url-ish": "http://a.",
    "domains": "a.com",
    "tabs and nbsp": "\t\u00a0 ",
    "cjk punct": "，。",
    "mixed": "He said \"don't (U.S. 3.5...  ,, “x’ a@b.org ",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50000,100000,200000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tqcheck.check("Warm up the language profiles.")
    print(f"{'input':<14}" + "".join(f"{n:>12,}" for n in sizes) + "   growth per doubling")
    for name, unit in PATTERNS.items():
        times = []
        for n in sizes:
            text = "x " + (unit * (n // len(unit) + 1))[:n]
            t = time.process_time()
            tqcheck.check(text)
            times.append(time.process_time() - t)
        growth = (times[-1] / times[0]) ** (1 / max(1, len(sizes) - 1)) if times[0] > 0 else float("nan")
        print(f"{name:<14}" + "".join(f"{t:>11.3f}s" for t in times) + f"   x{growth:.2f}")


if __name__ == "__main__":
    main()
