"""Build ``src/summ/highlight/data/first_names.txt`` from NLTK's names corpus.

    python bench/first_names.py names.zip

``names.zip`` is nltk_data's ``packages/corpora/names.zip`` (Mark Kantrowitz's lists of 5,001
female and 2,943 male names, 1991-94). Left out: names on both lists, names of more than one
word, and names the lists give one gender that are given to both today or that lead a name
as a surname does (East Asian names written surname first: "Park Geun-hye", "Wang Yi"); an
unknown gender only makes "he" or "she" fit anyone, a wrong one makes the pronoun skip the
person it stands for (Taylor Swift for "she"). The corpus's README goes into the file, as it
asks when the lists are passed on.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/summ/highlight/data/first_names.txt"
# One gender on the 1991 lists, both today (or a surname read first), or the other gender in
# the language the name comes from (French "Philippe", "Gaël", "Pascale"; Catalan "Joan"):
# no gender from them.
EITHER = frozenset(
    "taylor kendall riley avery reese skyler skylar bailey peyton hayden cameron sidney charlie "  # noqa: SIM905
    "parker emerson finley madison mackenzie kai ari adi robby harri tory kasey stevie nicola "
    "misha remy tatum micah ashton ellis adel park wang chen han philippe gael daniele pascale "
    "nikita joan".split()
)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    with zipfile.ZipFile(sys.argv[1]) as archive:
        def names(member: str) -> set[str]:
            lines = archive.read(f"names/{member}").decode("latin-1").splitlines()
            return {n.strip().lower() for n in lines if n.strip()}

        female, male = names("female.txt"), names("male.txt")
        readme = archive.read("names/README").decode("latin-1").rstrip("\n")
    both = female & male | EITHER
    rows = sorted([(n, "f") for n in female - both] + [(n, "m") for n in male - both])
    header = [
        "# First names and their genders, for 'he' and 'she': NLTK's names corpus (female.txt",
        "# and male.txt), built by bench/first_names.py (which says what it leaves out). The",
        "# corpus's README follows, as it asks to be passed on with the lists.",
        "#",
        *("# " + line if line else "#" for line in readme.split("\n")),
        "#",
    ]
    body = [f"{name} {gender}" for name, gender in rows if " " not in name]
    OUT.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")
    print(f"{len(body)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
