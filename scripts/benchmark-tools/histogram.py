"""Compares two class histograms of the live heap (`jcmd PID GC.class_histogram`, which runs a full collection first).

    python3 histogram.py BEFORE AFTER [N]

Prints the live bytes of each (their "Total" lines) and the N classes (10 by default) whose live bytes grew the most:
what a soak would have to explain if the heap it leaves grew.
"""
import sys


def read(path):
    classes, total = {}, None
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "Total":
            total = int(parts[2])
        elif len(parts) >= 4 and parts[0].endswith(":") and parts[0][:-1].isdigit():
            # "  1:   12345   678900  java.lang.String (java.base@25)": instances, bytes, class (module)
            name = parts[3]
            classes[name] = classes.get(name, 0) + int(parts[2])
    if total is None:
        raise SystemExit(f"{path}: no Total line; not a class histogram")
    return classes, total


before, before_total = read(sys.argv[1])
after, after_total = read(sys.argv[2])
top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
print(f"live {before_total} {after_total}")
growth = sorted(((after.get(c, 0) - before.get(c, 0), c) for c in set(before) | set(after)), reverse=True)
for delta, name in growth[:top]:
    print(f"{delta:+12,d} B  {name}  ({before.get(name, 0):,d} -> {after.get(name, 0):,d})")
