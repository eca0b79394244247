#!/usr/bin/env python3
"""Fails when the top-level parts of src/ import each other in a circle.

The parts are the modules declared in src/main.rs (api, cli, config, commands, output, error,
hints, text, shell, limits, secret, ...). A part depends on another when any of its files
names it by `crate::other` or reaches it by `super::` (in a `use` or in a path in code).
Test code is left out: files named tests.rs, contract.rs or properties.rs, files under a
tests/ folder, and inline `#[cfg(test)]` modules. Prints the graph with --graph.

Usage: scripts/check-imports.py [--graph] [SRC_DIR]
"""

import re
import sys
from pathlib import Path

TEST_FILES = {"tests.rs", "contract.rs", "properties.rs"}
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip_comments_and_strings(text):
    """The code of a Rust file without comments and string or char literals (kept as "")."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif m := re.compile(r'b?r(#*)"').match(text, i):
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
                out.append(c)
                i += 1
                continue
            end = text.find('"' + m.group(1), m.end())
            i = n if end < 0 else end + 1 + len(m.group(1))
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'" and (m := re.compile(r"'(\\.[^']*|[^\\'])'").match(text, i)):
            i = m.end()
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_test_modules(code):
    """The code without `#[cfg(test)]` items that have a body in braces (inline modules)."""
    out, i = [], 0
    attr = re.compile(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+" + IDENT + r"\s*\{")
    while m := attr.search(code, i):
        out.append(code[i : m.start()])
        depth, j = 1, m.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        i = j
    out.append(code[i:])
    return "".join(out)


def module_path(src, path):
    """The module path of a file: src/api/mod.rs is ["api"], src/api/client.rs ["api", "client"]."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "main"):
        parts.pop()
    return parts


def targets(code, here):
    """The first segments (below the crate root) of every path the code names."""
    found = []
    for m in re.finditer(r"\bcrate\s*::\s*(\{|" + IDENT + ")", code):
        if m.group(1) == "{":
            found += group_heads(code, m.end())
        else:
            found.append(m.group(1))
    for m in re.finditer(r"(?<![A-Za-z0-9_:])((?:super\s*::\s*)+)(\{|" + IDENT + ")", code):
        ups = m.group(1).count("super")
        base = here[: max(len(here) - ups, 0)]
        if base:
            found.append(base[0])
        elif m.group(2) == "{":
            found += group_heads(code, m.end())
        else:
            found.append(m.group(2))
    return found


def group_heads(code, start):
    """The first names of the entries of a `{a::b, c}` group that opens before `start`."""
    depth, j, entry, heads = 1, start, "", []
    while j < len(code) and depth:
        c = code[j]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if depth == 1 and c == ",":
            entry = ""
        elif depth >= 1 and c not in "{}":
            entry += c
            if depth == 1 and (h := re.match(r"\s*(" + IDENT + r")\s*(::|,|$)", entry)):
                if h.group(1) not in heads and h.group(2):
                    heads.append(h.group(1))
        j += 1
    last = re.match(r"\s*(" + IDENT + r")\s*$", entry)
    if last and last.group(1) not in heads:
        heads.append(last.group(1))
    return heads


def graph(src):
    main = (src / "main.rs").read_text()
    parts = sorted(set(re.findall(r"^\s*(?:pub\s+)?mod\s+(" + IDENT + r")\s*;", main, re.M)))
    edges = {p: set() for p in parts}
    for path in sorted(src.rglob("*.rs")):
        here = module_path(src, path)
        if not here or here[0] not in edges:
            continue
        if path.name in TEST_FILES or "tests" in path.relative_to(src).parts[:-1]:
            continue
        code = strip_test_modules(strip_comments_and_strings(path.read_text()))
        for t in targets(code, here):
            if t in edges and t != here[0]:
                edges[here[0]].add(t)
    return edges


def cycles(edges):
    """Every strongly connected part of more than one node (Tarjan), each sorted."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def main(argv):
    show = "--graph" in argv
    rest = [a for a in argv if a != "--graph"]
    src = Path(rest[0]) if rest else Path(__file__).resolve().parent.parent / "src"
    edges = graph(src)
    if show:
        for p in sorted(edges):
            print(f"{p} -> {', '.join(sorted(edges[p])) or '(nothing)'}")
    found = cycles(edges)
    for comp in found:
        inner = [f"{a} -> {b}" for a in comp for b in sorted(edges[a]) if b in comp]
        print(f"import circle between {', '.join(comp)}: {'; '.join(inner)}", file=sys.stderr)
    if found:
        return 1
    print(f"no import circle between the {len(edges)} parts of {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
