"""The articles a run checks: files, directories, globs, URL lists, sitemaps and feeds.

``expand_specs`` turns the command line (``check``/``ci`` arguments, ``--from``,
``--sitemap``, ``--feed``) into inputs; ``expand_inputs`` does the same for
``[tool.verifier] inputs``; ``listed_urls`` reads the configured sitemap and feed with the
same safe fetcher as articles; ``resolve_inputs`` puts them together and keeps, with
``--changed-since``, what git says a change touched.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from verifier.config import FileConfig
from verifier.errors import InputError, UsageError
from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.fetch.client import Fetcher

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


def _sitemap_pages(fetcher: Fetcher, url: str) -> list[str]:
    from verifier.fetch.sitemaps import parse_sitemap

    links = parse_sitemap(fetcher.get(url, content_types=XML_CONTENT_TYPES).content)
    pages = list(links.pages)
    for child in links.sitemaps[:MAX_CHILD_SITEMAPS]:
        pages += parse_sitemap(fetcher.get(child, content_types=XML_CONTENT_TYPES).content).pages
    return pages


def _feed_links(fetcher: Fetcher, url: str) -> list[str]:
    from verifier.fetch.sitemaps import urls_from_feed

    return list(urls_from_feed(fetcher.get(url, content_types=XML_CONTENT_TYPES).content))


def fetch_listed(sitemaps: Sequence[str], feeds: Sequence[str], settings: Settings) -> list[str]:
    """Article URLs of sitemaps (one level of sitemap index followed) and RSS/Atom feeds,
    fetched with the same safe fetcher as articles, in order, each once."""
    if not (sitemaps or feeds):
        return []
    from verifier.fetch.client import Fetcher, FetchSettings

    urls: list[str] = []
    with Fetcher(FetchSettings.from_settings(settings)) as fetcher:
        for sitemap in sitemaps:
            urls += _sitemap_pages(fetcher, sitemap)
        for feed in feeds:
            urls += _feed_links(fetcher, feed)
    return list(dict.fromkeys(urls))


def listed_urls(config: FileConfig, settings: Settings) -> list[str]:
    """Article URLs from the config's sitemap and feed (see :func:`fetch_listed`)."""
    return fetch_listed(
        [config.sitemap] if config.sitemap else [],
        [config.feed] if config.feed else [],
        settings,
    )


def _expand_one(spec: str) -> list[str]:
    """A path, directory, glob or URL from the command line as the inputs it stands for."""
    if spec == "-" or "://" in spec:
        return [spec]
    path = os.path.expanduser(spec)
    if os.path.isdir(path):
        return sorted(_article_files(path))
    if _GLOB_CHARS & set(spec) and not os.path.exists(path):
        # A quoted glob (the shell did not expand it): ours, recursive with **. No match
        # keeps the pattern, so the report says what found nothing.
        matches = sorted(m for m in glob.glob(path, recursive=True) if not os.path.isdir(m))
        return matches or [spec]
    return [spec]


def read_url_list(stream: TextIO, name: str) -> list[str]:
    """The inputs of a ``--from`` list: one path or URL per line; blank lines and lines
    starting with ``#`` are skipped."""
    try:
        return [
            line.strip() for line in stream if line.strip() and not line.lstrip().startswith("#")
        ]
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text") from exc


def _from_lists(lists: Iterable[str], stdin: TextIO | None) -> list[str]:
    out: list[str] = []
    for name in lists:
        if name == "-":
            if stdin is None:
                raise UsageError("--from -: no standard input available")
            out += read_url_list(stdin, "<stdin>")
            continue
        try:
            with open(name, encoding="utf-8") as fh:
                out += read_url_list(fh, name)
        except OSError as exc:
            raise InputError(f"{name}: {exc.strerror or exc}") from exc
    return out


def expand_specs(
    specs: Sequence[str],
    *,
    from_lists: Sequence[str] = (),
    sitemaps: Sequence[str] = (),
    feeds: Sequence[str] = (),
    settings: Settings | None = None,
    stdin: TextIO | None = None,
) -> list[str]:
    """The command line's inputs, in the order given, each once: files and URLs as they
    are, directories as the article files under them (``.html .htm .txt .md .markdown``,
    recursive, hidden ones left out), quoted globs expanded (``**`` recursive), the lines of
    each ``--from`` list (``-``: standard input), then the pages of each sitemap and feed."""
    if "-" in from_lists and "-" in specs:
        raise UsageError("standard input cannot be both an article (-) and a list (--from -)")
    if list(from_lists).count("-") > 1:
        raise UsageError("--from - can be given once")
    out: list[str] = []
    for spec in [*specs, *_from_lists(from_lists, stdin)]:
        out += _expand_one(spec)
    out += fetch_listed(sitemaps, feeds, settings or Settings())
    return list(dict.fromkeys(out))


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
