#!/usr/bin/env python3
"""Writes the fuzz seeds: one file per conformance case, "<pattern>\n<event>", into the directory given."""
import json
import os
import sys

def main():
    conformance, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = 0
    for name in ("matches.jsonl", "tencent-doc-cases.jsonl", "invalid.jsonl"):
        with open(os.path.join(conformance, name), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                pattern = row.get("pattern_text") or json.dumps(row["pattern"], ensure_ascii=False)
                event = json.dumps(row.get("event", {"a": "x"}), ensure_ascii=False)
                with open(os.path.join(out, "seed-%04d" % n), "w", encoding="utf-8") as seed:
                    seed.write(pattern + "\n" + event)
                n += 1
    print("wrote %d seeds" % n)

if __name__ == "__main__":
    main()
