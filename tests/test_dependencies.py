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

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from summ.models import Algorithm

from .conftest import ROOT, SAMPLES

SEED = str(SAMPLES / "vladivostok-summit.txt")
# Runs summ with a finder in front of every other that refuses the modules named in argv[1].
_RESTRICTED = """
import json, sys
blocked = set(json.loads(sys.argv[1]))
class Undeclared:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (not a declared dependency)")
sys.meta_path.insert(0, Undeclared())
sys.argv = ["summ", *sys.argv[2:]]
from summ.cli import main
main()
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


def run_restricted(blocked: list[str], algorithm: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RESTRICTED, json.dumps(blocked), "-a", algorithm, "-n", "2",
         "-f", "json", SEED],
        capture_output=True, text=True, check=False, timeout=120,
    )


def test_the_test_extras_are_outside_the_closure() -> None:
    allowed = declared_closure()
    assert {"sumy", "nltk", "rich", "typer"} <= allowed
    assert not {"pytest", "hypothesis", "mypy"} & allowed  # else the check below proves nothing
    assert "pytest" in undeclared_modules(allowed)


@pytest.mark.slow
def test_every_algorithm_runs_with_only_the_declared_dependencies() -> None:
    blocked = undeclared_modules(declared_closure())
    for algorithm in Algorithm:
        done = run_restricted(blocked, algorithm.value)
        assert done.returncode == 0, (algorithm, done.stderr)
        assert json.loads(done.stdout)["summary"], algorithm
        assert "Traceback" not in done.stderr


def test_the_restriction_bites() -> None:
    # What the plain install did before numpy was declared: LexRank fails, and says why.
    blocked = [*undeclared_modules(declared_closure()), "numpy"]
    done = run_restricted(blocked, "lexrank")
    assert done.returncode != 0
    assert "NumPy" in done.stderr or "numpy" in done.stderr
