"""Packaging: the distribution is quote-verifier (``verifier`` on PyPI is someone else's), the
command and import package are ``verifier``, psycopg is the ``postgres`` extra, and the wheel
ships the Alembic migrations so an installed verifier can create its store."""

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
    [built] = out.glob("quote_verifier-*.whl")
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


def _metadata(wheel: Path) -> tuple[str, str]:
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        entry = next(n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt"))
        return zf.read(meta).decode(), zf.read(entry).decode()


def test_wheel_is_quote_verifier_with_the_verifier_command_and_a_postgres_extra(
    wheel: Path,
) -> None:
    metadata, entry_points = _metadata(wheel)
    assert "\nName: quote-verifier\n" in metadata
    assert "verifier = verifier.cli:main" in entry_points
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    psycopg = [line for line in requires if "psycopg" in line]
    assert psycopg and all("; extra ==" in line for line in psycopg)  # never in the core
    assert any("extra == 'postgres'" in line for line in psycopg)
    assert "Provides-Extra: postgres" in metadata
    assert "https://pypi.org/project/quote-verifier/" in metadata


# Runs the CLI as if psycopg were not installed (a None entry makes its import fail).
_WITHOUT_PSYCOPG = (
    "import sys; sys.modules['psycopg'] = None; "
    "from verifier.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _without_psycopg(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT_PSYCOPG, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )


def test_sqlite_needs_only_the_core_dependencies(tmp_path: Path) -> None:
    seed = REPO / "seeds" / "000_ab9b32bc1790fcea.txt"
    run = _without_psycopg(tmp_path, "check", str(seed), "--db", f"sqlite:///{tmp_path / 'v.db'}")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "v.db").is_file()


def test_postgresql_without_the_extra_is_one_line_naming_it(tmp_path: Path) -> None:
    seed = REPO / "seeds" / "000_ab9b32bc1790fcea.txt"
    run = _without_psycopg(tmp_path, "check", str(seed), "--db", "postgresql://u:secret@db/x")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "pip install 'quote-verifier[postgres]'" in run.stderr
    assert "secret" not in run.stderr
