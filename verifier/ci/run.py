"""The newsroom CI check: resolve inputs, verify, apply the baseline, write every report.

Glue between the config file, git, the pipeline, the baseline and the reporters; the CLI
passes in how to write outputs and store the run so this module stays free of click.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from verifier.config import FileConfig, expand_inputs
from verifier.errors import UsageError
from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline, compare, load_baseline
from verifier.settings import Settings

log = logging.getLogger(__name__)

Writer = Callable[[VerificationResult, Sequence[tuple[str, str]], Settings], None]
Storer = Callable[..., None]


XML_CONTENT_TYPES = frozenset(
    {
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)
MAX_CHILD_SITEMAPS = 50
"""A sitemap index may list many sitemaps; a CI run reads at most this many."""


def listed_urls(config: FileConfig, settings: Settings) -> list[str]:
    """Article URLs from the config's sitemap (following one level of sitemap index) and
    feed, fetched with the same safe fetcher as articles."""
    if not (config.sitemap or config.feed):
        return []
    from verifier.fetch.client import Fetcher, FetchSettings
    from verifier.fetch.sitemaps import parse_sitemap, urls_from_feed

    urls: list[str] = []
    with Fetcher(FetchSettings.from_settings(settings)) as fetcher:
        if config.sitemap:
            links = parse_sitemap(
                fetcher.get(config.sitemap, content_types=XML_CONTENT_TYPES).content
            )
            urls += links.pages
            for child in links.sitemaps[:MAX_CHILD_SITEMAPS]:
                urls += parse_sitemap(
                    fetcher.get(child, content_types=XML_CONTENT_TYPES).content
                ).pages
        if config.feed:
            urls += urls_from_feed(
                fetcher.get(config.feed, content_types=XML_CONTENT_TYPES).content
            )
    return list(dict.fromkeys(urls))


def resolve_inputs(
    inputs: Sequence[str],
    config: FileConfig,
    *,
    changed_since: str | None,
    settings: Settings | None = None,
) -> list[str]:
    """Command-line inputs win over the config's (paths, globs, URLs, sitemap, feed);
    ``--changed-since`` keeps only the article files a git change touched (URLs are kept:
    git knows nothing of them)."""
    if inputs:
        paths = list(inputs)
        patterns = list(config.inputs)
    else:
        paths = expand_inputs(config, config.base_dir)
        paths += [u for u in listed_urls(config, settings or Settings()) if u not in paths]
        patterns = list(config.inputs)
    if changed_since is None:
        return paths
    from verifier.ci.changes import changed_files

    base = config.base_dir.resolve()
    changed = {str((base / p).resolve()) for p in changed_files(changed_since, base, patterns)}
    kept = [p for p in paths if "://" in p or str(Path(p).resolve()) in changed]
    log.info("--changed-since %s: %d of %d inputs changed", changed_since, len(kept), len(paths))
    return kept


def run_ci(
    inputs: Sequence[str],
    settings: Settings,
    config: FileConfig,
    *,
    changed_since: str | None,
    baseline_path: str | None,
    outputs: Sequence[tuple[str, str]] | None,
    write: Writer,
    store: Storer,
) -> int:
    """Run the check and return the exit code (0 clean, 1 new drift at/above threshold)."""
    from verifier.pipeline import verify
    from verifier.policy.policy import exit_code

    paths = resolve_inputs(inputs, config, changed_since=changed_since, settings=settings)
    if not paths and changed_since is None:
        raise UsageError(
            "no input: give article paths or set inputs in [tool.verifier] / verifier.toml"
        )
    baseline: Baseline | None = None
    bpath = baseline_path or config.baseline
    if bpath:
        path = Path(bpath)
        if not path.is_absolute() and baseline_path is None:
            path = config.base_dir / path
        baseline = load_baseline(path)
    started = dt.datetime.now(dt.UTC)
    result = verify(paths, settings) if paths else VerificationResult(articles=())
    code = exit_code(result, settings, baseline)
    store(result, settings, command="ci", started=started, exit_status=code)
    chosen = list(outputs) if outputs else list(config.outputs) or [("text", "-")]
    write(result, chosen, settings)
    if baseline is not None:
        diff = compare(result, baseline)
        for entry in diff.stale:
            print(
                f"verifier: baseline entry no longer occurs: {entry.source} {entry.fingerprint}",
                file=sys.stderr,
            )
    if not paths:
        print("verifier: no changed article to check", file=sys.stderr)
    return code
