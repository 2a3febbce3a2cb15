"""The install names every package of the source tree (a package left out of
pyproject.toml works in an editable install and is missing from a wheel)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "dlviz").rglob("__init__.py")
             if "__pycache__" not in p.parts}
    assert found - listed == set(), "add these to pyproject.toml [tool.setuptools] packages"
    for mapped, folder in config["tool"]["setuptools"]["package-dir"].items():
        assert mapped in listed and (ROOT / folder).is_dir()
