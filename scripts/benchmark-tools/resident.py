"""Where a process's resident memory is, by mapping: /proc/PID/smaps summed per file, anonymous memory and the
malloc heap, largest first. usage: resident.py PID"""
import collections
import sys

pid = sys.argv[1]
rss = collections.Counter()
mapping = None
with open(f"/proc/{pid}/smaps") as smaps:
    for line in smaps:
        fields = line.split()
        if fields[0].endswith(":"):
            if fields[0] == "Rss:":
                rss[mapping] += int(fields[1])
        else:  # a mapping's header: address perms offset dev inode [path]
            mapping = fields[5] if len(fields) > 5 else "[anonymous: Java heap, code cache, metaspace, thread stacks, malloc arenas]"
            if mapping == "[heap]":
                mapping = "[heap]: malloc's main arena"
print(f"resident {sum(rss.values()) / 1024:.1f} MiB")
for name, kb in rss.most_common(8):
    print(f"{kb / 1024:8.1f} MiB  {name}")
