"""YAML files that say where things are: errors and records carry the file and line."""

from pathlib import Path

import yaml

from kg.errors import InputError

LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """Safe loading, with each mapping's line (1-based) under `__line__` and duplicate keys refused."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise yaml.constructor.ConstructorError(None, None, f"key '{key}' appears twice", node.start_mark)
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


def read_yaml(path: Path) -> dict:
    """A YAML file's top-level mapping; every mapping in it knows its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: missing") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_LineLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise InputError(f"{where}: not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of sections at the top")
    return data


def without_lines(value):
    """The same data without the `__line__` keys."""
    if isinstance(value, dict):
        return {k: without_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [without_lines(v) for v in value]
    return value


def where(path: Path, record: dict) -> str:
    """`file:line` of a record read by `read_yaml`."""
    return f"{path}:{record[LINE]}" if isinstance(record, dict) and LINE in record else str(path)
