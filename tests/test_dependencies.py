"""Every algorithm works from the plain install: only the declared dependencies are importable.

The test extras (and whatever else this environment holds) hide a missing dependency: numpy came
with them, and on a fresh `pip install .` sumy's LexRank, TextRank and LSA ended in a traceback.
Here summ runs in a process where any installed distribution outside the closure of
pyproject's ``dependencies`` cannot be imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from summ.models import Algorithm

from .conftest import ROOT, SAMPLES

SEED = str(SAMPLES / "vladivostok-summit.txt")
# A finder in front of every other that refuses the modules named in argv[1].
_RESTRICT = """
import json, sys
blocked = set(json.loads(sys.argv[1]))
class Undeclared:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (not a declared dependency)")
sys.meta_path.insert(0, Undeclared())
"""
# summ's CLI, with the arguments after argv[1].
_CLI = _RESTRICT + """
sys.argv = ["summ", *sys.argv[2:]]
from summ.cli import main
main()
"""
# Every algorithm on the file argv[2], in one process: the summary's length for each.
_EVERY_ALGORITHM = _RESTRICT + """
from pathlib import Path
from summ import Length, Options, summarize
from summ.models import Algorithm
text = Path(sys.argv[2]).read_text(encoding="utf-8")
two = Length(sentences=2)
print(json.dumps({a.value: len(summarize(text, Options(a, two)).picks) for a in Algorithm}))
"""


def declared_closure() -> set[str]:
    """The distributions `pip install .` brings: the dependencies and theirs, extras as asked."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [Requirement(text) for text in project["dependencies"]]
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found.add(name)
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue  # a requirement of another platform or Python
        for text in requires:
            sub = Requirement(text)
            extras = {"", *requirement.extras}
            if sub.marker is None or any(sub.marker.evaluate({"extra": e}) for e in extras):
                todo.append(sub)
    return found


def undeclared_modules(allowed: set[str]) -> list[str]:
    """Top-level modules that only undeclared distributions of this environment provide."""
    owners = metadata.packages_distributions()
    return sorted(
        module for module, dists in owners.items()
        if module != "summ" and not {canonicalize_name(d) for d in dists} & allowed
    )


def run_restricted(code: str, blocked: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, json.dumps(blocked), *args],
                          capture_output=True, text=True, check=False, timeout=120)


def test_the_test_extras_are_outside_the_closure() -> None:
    allowed = declared_closure()
    assert {"sumy", "nltk", "rich", "typer"} <= allowed
    assert not {"pytest", "hypothesis", "mypy"} & allowed  # else the check below proves nothing
    assert "pytest" in undeclared_modules(allowed)


def test_every_algorithm_runs_with_only_the_declared_dependencies() -> None:
    blocked = undeclared_modules(declared_closure())
    done = run_restricted(_EVERY_ALGORITHM, blocked, SEED)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {algorithm.value: 2 for algorithm in Algorithm}
    done = run_restricted(_CLI, blocked, "-a", "lexrank", "-n", "2", "-f", "json", SEED)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["summary"]) == 2


def test_the_restriction_bites() -> None:
    # What the plain install did before numpy was declared: LexRank fails, and says why.
    blocked = [*undeclared_modules(declared_closure()), "numpy"]
    done = run_restricted(_CLI, blocked, "-a", "lexrank", SEED)
    assert done.returncode != 0
    assert "NumPy" in done.stderr or "numpy" in done.stderr
