"""Content packs as YAML: read and merge files, validate them, and write a pack back out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.content.schema import ContentPack, PackError

MAX_FILE_BYTES = 2_000_000


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases: a few hundred kilobytes of nested aliases ("billion
    laughs") expand to gigabytes and hang the portal, and no content pack needs them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in a content pack", event.start_mark
            )
        return super().compose_node(parent, index)


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a repeated value out in full, so that what we export imports again."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any, **options: Any) -> str:
    """YAML that `load_yaml` reads back: safe types, no anchors or aliases."""
    return yaml.dump(data, Dumper=_NoAliasDumper, **options)


def load_yaml(text: str) -> Any:
    """One YAML document, safe types only and no aliases."""
    return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


def parse_pack(documents: Iterable[tuple[str, str]]) -> ContentPack:
    """Merges and validates YAML documents (name, text); raises PackError naming the fault."""
    merged: dict[str, Any] = {}
    for name, text in documents:
        if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
            raise PackError(f"{name}: larger than {MAX_FILE_BYTES} bytes")
        try:
            data = load_yaml(text)
        except yaml.YAMLError as exc:
            raise PackError(f"{name}: not valid YAML ({exc})") from None
        if data is None:
            continue
        if not isinstance(data, dict):
            raise PackError(f"{name}: expected a mapping of sections at the top level")
        for section, value in data.items():
            if section == "version":
                if value != 1:
                    raise PackError(f"{name}: unsupported version {value!r}")
                continue
            if section == "routes" and isinstance(value, dict):
                merged.setdefault("routes", {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(section, []).extend(value)
            else:
                merged[section] = value
    try:
        return ContentPack.parse_obj(merged)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"] if part != "__root__")
            lines.append(f"{where or 'pack'}: {error['msg']}")
        raise PackError("the content is not valid:\n  " + "\n  ".join(lines)) from None


def read_pack_files(paths: Iterable[Path]) -> ContentPack:
    """Reads pack files from disk (a folder means every .yml in it) and validates them together."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.yml")) + sorted(path.glob("*.yaml")))
        elif path.is_file():
            files.append(path)
        else:
            raise PackError(f"{path}: no such file")
    documents = []
    for file in files:
        try:
            documents.append((file.name, file.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            raise PackError(f"{file.name}: not UTF-8 text") from None
    return parse_pack(documents)


def dump_pack(pack: dict[str, Any]) -> str:
    """Writes a pack as YAML a person can read and edit."""
    return dump_yaml(pack, sort_keys=False, allow_unicode=True, width=100)
