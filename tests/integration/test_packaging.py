"""Packaging: the wheel ships the Alembic migrations, so an installed verifier can create its store."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("hatchling", reason="the build backend (hatchling) is not installed")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Offline on purpose: the backend is already installed, nothing is downloaded.
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "-w", str(out)]
        + ["--no-deps", "--no-build-isolation", "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    [built] = out.glob("verifier-*.whl")
    return built


def test_wheel_contains_env_template_and_every_revision(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    revisions = sorted((REPO / "migrations" / "versions").glob("*.py"))
    assert revisions, "no migration revisions in the checkout"
    expected = {"verifier/migrations/env.py", "verifier/migrations/script.py.mako"} | {
        f"verifier/migrations/versions/{path.name}" for path in revisions
    }
    assert expected <= names
    assert not [n for n in names if "__pycache__" in n]


def test_unpacked_wheel_migrates_a_new_store_without_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    db = tmp_path / "home" / "verifier.db"
    script = (
        "import sys\n"
        "from verifier.store.database import current, head, migrations_dir, upgrade\n"
        f"assert str(migrations_dir()).startswith({str(site)!r}), migrations_dir()\n"
        f"upgrade({f'sqlite:///{db}'!r})\n"
        f"print(current({f'sqlite:///{db}'!r}) == head())\n"
    )
    # PYTHONPATH puts the unpacked wheel ahead of the editable checkout; cwd has no
    # pyproject.toml, so nothing can come from the repository.
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "True"
    assert db.is_file()
