"""The articles a CI run checks: config globs, URLs, a sitemap or feed, and ``--changed-since``.

``expand_inputs`` turns ``[tool.verifier] inputs`` into files; ``listed_urls`` reads the
configured sitemap and feed with the same safe fetcher as articles; ``resolve_inputs`` puts
them together with the command line and keeps, with ``--changed-since``, what git says a
change touched.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from verifier.config import FileConfig
from verifier.settings import Settings

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md", ".markdown"})
_GLOB_CHARS = frozenset("*?[")


def _article_files(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, f)
            for f in files
            if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_SUFFIXES
        )
    return found


def expand_inputs(config: FileConfig, base_dir: Path | str | None = None) -> list[str]:
    """Article paths from ``config.inputs`` (globs, ``**`` recursive, relative to
    ``base_dir``, default the config file's directory), sorted and deduplicated, then
    ``config.urls`` in file order.

    Directories expand to the article files under them. A literal path that does not
    exist is kept, so the loader reports it instead of a typo silently checking nothing.
    Paths keep ``base_dir``'s form: pass a relative ``base_dir`` to get relative paths.
    """
    base = str(config.base_dir if base_dir is None else base_dir)
    paths: set[str] = set()
    for pattern in config.inputs:
        joined = os.path.join(base, os.path.expanduser(pattern))
        if not _GLOB_CHARS & set(pattern):
            matches = [joined]
        else:
            matches = glob.glob(joined, recursive=True)
        for match in matches:
            if os.path.isdir(match):
                paths.update(os.path.normpath(p) for p in _article_files(match))
            elif os.path.isfile(match) or match == joined:
                paths.add(os.path.normpath(match))
    urls = list(dict.fromkeys(config.urls))
    return sorted(paths) + urls


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
