"""Content packs as YAML: read and merge files, validate them, and write a pack back out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.content.schema import ContentPack, PackError

MAX_FILE_BYTES = 2_000_000


def parse_pack(documents: Iterable[tuple[str, str]]) -> ContentPack:
    """Merges and validates YAML documents (name, text); raises PackError naming the fault."""
    merged: dict[str, Any] = {}
    for name, text in documents:
        if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
            raise PackError(f"{name}: larger than {MAX_FILE_BYTES} bytes")
        try:
            data = yaml.safe_load(text)
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
    return yaml.safe_dump(pack, sort_keys=False, allow_unicode=True, width=100)
