"""Linear time of the translation checks on pathological source/target pairs:
linear code doubles its time when the size doubles.

Usage: python benchmarks/adversarial_translation.py [--sizes 20000,40000,80000]
"""

from __future__ import annotations

import argparse
import time

from tqcheck import Checker

#: name -> (source unit, target unit), each repeated to the size
PATTERNS = {
    "numerals": ("一", "one "),
    "digits": ("1", "1"),
    "digit groups": ("1,000,", "1,000,"),
    "scales": ("3万亿", "3 billion "),
    "percent words": ("百分之", "percent "),
    "dates": ("7月21日", "July 21 "),
    "clock": ("12:30", "12:30 "),
    "latin runs": ("a", "b"),
    "latin tokens": ("WTO、", "the "),
    "urls": ("www.a.cn", "www.b.cn "),
    "at signs": ("a@", "b@"),
    "han in target": ("中文", "中文"),
    "sentences": ("好。", "Good. "),
    "paragraphs": ("好。\n\n", "Good.\n\n"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,40000,80000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    checker = Checker({"disable": ["*"], "enable": ["translation"]})
    checker.check("Warm up.", source="热身。")
    print(f"{'input':<14}" + "".join(f"{n:>12,}" for n in sizes) + "   growth per doubling")
    for name, (su, tu) in PATTERNS.items():
        times = []
        for n in sizes:
            src = "开始" + (su * (n // len(su) + 1))[:n]
            tgt = "Start " + (tu * (n // len(tu) + 1))[:n]
            t = time.process_time()
            checker.check(tgt, source=src)
            times.append(time.process_time() - t)
        growth = (times[-1] / times[0]) ** (1 / max(1, len(sizes) - 1)) if times[0] > 0 else float("nan")
        print(f"{name:<14}" + "".join(f"{t:>11.3f}s" for t in times) + f"   x{growth:.2f}")


if __name__ == "__main__":
    main()
