"""Write (or check) ``resolint/data/italics-votes.tsv``: where the UN's italics stop, word by word.

For the opening words of every preambular and operative paragraph of the UN's AKN4UN texts
(``../shared/corpus``, the four folders) the file counts, per organ, how many paragraphs stop the
italics after ``w1 … wm`` before the next word and how many carry them over it (:func:`akn.body_votes`).
The parser reads pasted text with these counts (``resolint/extentvotes.py``).

    .venv/bin/python tests/corpus/italics_votes.py [--check]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from akn import FOLDERS, ORGAN_NAMES, REPO_ROOT, extent_votes

DATA = REPO_ROOT / "resolint" / "data" / "italics-votes.tsv"
HEADER = """\
# Where the italics of an opener or verb stop in the UN's adopted texts, word by word: for the opening words
# of every preambular and operative paragraph (lower case, commas as words) of the AKN4UN texts of
# ../shared/corpus (akn-ga: GA 76th session; akn-sc: SC 2020-22; akn-ecosoc: ECOSOC 2021-22; akn-hrc: HRC
# sessions 54-56), how many paragraphs stop the italics before the key's last word ("stops") and how many
# carry them over it ("goes on"). Written by tests/corpus/italics_votes.py; do not edit by hand.
# organ<TAB>opening words<TAB>stops<TAB>goes on
"""


def expected_text() -> str:
    lines = [HEADER]
    for folder in FOLDERS:
        stops, goes_on = extent_votes(folder)
        counted: Counter[tuple[str, ...]] = Counter()
        counted.update(stops)
        counted.update(goes_on)
        for key in sorted(counted):
            lines.append(f"{ORGAN_NAMES[folder]}\t{' '.join(key)}\t{stops[key]}\t{goes_on[key]}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    wanted = expected_text()
    if "--check" in argv:
        if DATA.read_text(encoding="utf-8") != wanted:
            print(f"{DATA} is not what the corpus gives; run tests/corpus/italics_votes.py")
            return 1
        return 0
    DATA.write_text(wanted, encoding="utf-8")
    print(f"wrote {DATA} ({wanted.count(chr(10)) - HEADER.count(chr(10))} keys)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
