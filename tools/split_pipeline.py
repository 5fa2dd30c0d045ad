"""Split ``kipu.extract.pipeline._ArticleReader`` into mixin modules, one per family of rule.

pipeline.py keeps the ``Extractor`` and the reading loop (``_ArticleReader.__init__``,
``read``, ``extraction``); the methods named in ``FAMILIES`` move, with their comments
and decorators, into ``src/kipu/extract/<module>.py`` as a mixin class that
``_ArticleReader`` then inherits. The methods share the reader's state through ``self``,
so their bodies move unchanged and the output is the same.

Meant to be re-run on a later pipeline.py (others keep adding methods), so it works from
the syntax tree, not from line numbers:

* a method not named in ``FAMILIES`` stays in pipeline.py (so do the class's other
  statements); a name in ``FAMILIES`` that is no longer a method is reported and skipped;
* a module-level helper or constant goes where its users are: the one family module that
  uses it, ``reader_base`` when two or more do, pipeline.py when only pipeline.py does
  (pipeline.py imports back what it still uses, so nothing imports pipeline.py and there
  is no import cycle);
* each new module's imports are pipeline.py's imports of the names it uses (plus
  ``reader_base``'s), then ``ruff check --select F401 --fix`` drops what pipeline.py no
  longer uses, and ``ruff check --select F,E9`` must pass.

Usage (from the repository root, on a tree not yet split):

    python tools/split_pipeline.py [--root .] [--ruff ruff] [--dry-run]

``--dry-run`` prints where each method and helper would go and writes nothing. Check the
result as for any change: the extractor's output must be identical and the tests pass.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

PIPELINE = "src/kipu/extract/pipeline.py"
PACKAGE = "kipu.extract"
READER = "_ArticleReader"
SHARED = "reader_base"  # module-level names two or more family modules use
SHARED_DOC = """Module-level helpers and constants that two or more of the reader's rule families
(the ``reader_*`` mixins of ``pipeline._ArticleReader``) use: kept here so that
no family module imports another one, nor pipeline.py."""
STAYS = "pipeline"

# module -> (mixin class, what the family holds and why, methods of _ArticleReader)
FAMILIES: dict[str, tuple[str, str, list[str]]] = {
    "reader_layout": (
        "LayoutReading",
        """How the article is laid out: what each sentence leaves for the ones after it
(protest paragraphs, questions, a history paragraph), list items read with their
lead's action, bullet labels and subheadings skipped, and the sentence or
paragraph before. Every other family asks these.""",
        ["_observe", "_listed", "_bullet_label", "_subheading", "_opens_its_paragraph",
         "_sentence_before", "_paragraph_before", "_frames_of_paragraph"],
    ),
    "reader_background": (
        "BackgroundReading",
        """Sentences that report no incident of their own: another era's news and what
follows it, a look back, a timeline's entries, protest words that tell no protest
(kipu.extract.nonprotest), and sentences with nothing to report though they may
count the last incident's wounded or arrests.""",
        ["_follows_background", "_reports_no_incident", "_in_history_undated", "_is_background",
         "_looked_back_at", "_chronology_entry", "_protest_paragraph_without_gangs",
         "_killings_of_no_day", "_deadly", "_deadly_after", "_not_a_protest"],
    ),
    "reader_last": (
        "LastIncidentReading",
        """Sentences read against the incident just told: its dead, wounded, arrested,
victims and remarks added to it, the gunfire whose dead the next sentence counts,
a crowd's separate incident, and force told in passing of another day.""",
        ["_adds_to_last", "_scene_of_last", "_gunfire_then_dead", "_dead_of_the_gunfire",
         "_separate_incident", "_force_of_another_day", "_that_days_incident"],
    ),
    "reader_totals": (
        "TotalsReading",
        """Running totals (tallies, GUIDELINES §3) told apart from an incident's counts:
a list of totals, a total's regions, shares and breakdowns, the period a total
counts over, and a toll reached by a day.""",
        ["_part_of_a_listed_total", "_item_of_a_list_of_totals", "_regions_of_the_total",
         "_share_of_the_total", "_right_after_a_share", "_bare_total_after_total",
         "_death_at_a_hospital", "_span_of_the_total", "_the_reports_month",
         "_period_of_the_last_total", "_period_of_a_past_total_just_told", "_shares_per_region",
         "_counted_per_region", "_total_of_the_breakdown",
         "_toll_reached_by"],
    ),
    "reader_days": (
        "DaysReading",
        """The day of a sentence's incident: its own date or the one it inherits, a run
read back from the day it ended, a measure told after the story so far, a span of
months, and the frames of one day's part of a sentence that tells several days.""",
        ["_when", "_after_the_narrative", "_dated_by_months", "_frames_of_day_part"],
    ),
    "reader_places": (
        "PlacesReading",
        """The place of a sentence's incident against the ones told before: an action
ranked by region, the last incident's own town, a region's incident counted a
few incidents back, a roundup's country, and each day's places.""",
        ["_regions_of_the_action", "_tells_the_last_town", "_count_for_its_region",
         "_country_just_told", "_elsewhere", "_places_by_day", "_part_place"],
    ),
    "reader_incident": (
        "IncidentReading",
        """A sentence read for incidents of its own: placed, counted, its running totals
split off to the article's tallies, the readings that set it aside asked, then
typed and made into frames (``reader_frames``).""",
        ["_read_incident"],
    ),
    "reader_frames": (
        "FrameBuilding",
        """The frames of a sentence's incidents: the typing its neighbours impose, one
frame per measure's day, per clause of a crowd's and the state's killings, per
region's or day's clause, and the measure told beside a riot or declared on a day
of its own.""",
        ["_forced_typing", "_add_frames", "_add_days_before", "_measure_after_the_riot",
         "_measure_with_its_own_day"],
    ),
}
MIXIN_DOC = """Methods of ``pipeline.{reader}``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``.""".format(reader=READER)
PINNED = {"Extractor", READER}  # module-level names that stay in pipeline.py whoever uses them


def span(node: ast.stmt, lines: list[str]) -> tuple[int, int]:
    """0-based [start, end) lines of ``node`` with its decorators and the comment
    lines right above it at its own indentation."""
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]) - 1
    indent = " " * node.col_offset
    while start > 0 and lines[start - 1].startswith(indent + "#"):
        start -= 1
    return start, node.end_lineno  # type: ignore[return-value]


def used(node: ast.AST) -> set[str]:
    """Every bare name ``node`` mentions (loads, stores, annotations)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def bound(node: ast.stmt) -> set[str]:
    """The module-level names a statement defines."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def import_bindings(tree: ast.Module) -> list[tuple[ast.stmt, list[tuple[str, ast.alias]]]]:
    """pipeline.py's imports, in order, each with the names it binds."""
    out = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            out.append((node, [(a.asname or a.name, a) for a in node.names]))
        elif isinstance(node, ast.Import):
            out.append((node, [(a.asname or a.name.split(".")[0], a) for a in node.names]))
    return out


def import_lines(imports, names: set[str], homes: dict[str, list[str]]) -> list[str]:
    """Import statements for ``names``: pipeline.py's own imports of them, then
    ``from kipu.extract.<module> import ...`` for those defined in ``homes``."""
    out = []
    for node, binds in imports:
        keep = [a for name, a in binds if name in names]
        if not keep:
            continue
        if isinstance(node, ast.Import):
            out += [f"import {a.name}" + (f" as {a.asname}" if a.asname else "") for a in keep]
        else:
            out.append(from_line(node.module, [a.name + (f" as {a.asname}" if a.asname else "") for a in keep]))
    for module, names_there in homes.items():
        if names_there:
            out.append(from_line(f"{PACKAGE}.{module}", sorted(names_there)))
    return out


def from_line(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 120:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def homes_of_helpers(items, methods: dict[str, ast.stmt], method_home: dict[str, str], reader: ast.ClassDef) -> list[str]:
    """Where each module-level statement goes (``STAYS`` for pipeline.py), by who uses it:
    one family module -> there; two or more -> ``SHARED``; none or only pipeline.py -> stays.
    Iterated to a fixpoint, since a helper's home decides where its own helpers go."""
    # who mentions what: every method (at its family's home), the class's other statements (pipeline)
    users = [(method_home.get(name, STAYS), used(node)) for name, node in methods.items()]
    users += [(STAYS, used(node)) for node in reader.body if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    movable = [isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign)) and not bound(n) & PINNED for n in items]
    home = [STAYS] * len(items)
    for _ in range(len(items) + 2):
        changed = False
        for i, node in enumerate(items):
            if not movable[i]:
                continue
            names = bound(node)
            where = {h for h, u in users if u & names} | {home[j] for j, other in enumerate(items) if j != i and used(other) & names}
            where.discard(STAYS)
            new = STAYS if not where else where.pop() if len(where) == 1 else SHARED
            changed |= new != home[i]
            home[i] = new
        if not changed:
            return home
    sys.exit("split_pipeline: module-level homes did not settle (a cycle between helpers?)")


def statements(chosen: list[int], items: list[ast.stmt], lines: list[str]) -> str:
    """The module-level statements ``chosen``, in order, each after two blank lines
    unless it was in one group with the one before in pipeline.py (no two blank
    lines between them there): then as spaced there."""
    def gap(j: int) -> str:  # the blank lines before items[j] in pipeline.py
        return "".join(lines[span(items[j - 1], lines)[1] : span(items[j], lines)[0]])

    text = ""
    for k, i in enumerate(chosen):
        grouped = k > 0 and all(len(gap(j)) < 2 for j in range(chosen[k - 1] + 1, i + 1))
        text += (gap(i) if grouped else "\n\n") + "".join(lines[slice(*span(items[i], lines))])
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root (default: .)")
    parser.add_argument("--ruff", default=shutil.which("ruff") or "ruff", help="ruff executable")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    args = parser.parse_args()

    path = args.root / PIPELINE
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    reader = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == READER)
    if reader.bases:
        sys.exit(f"split_pipeline: {READER} already has bases ({PIPELINE} was split before)")
    for module in [*FAMILIES, SHARED]:
        if (path.parent / f"{module}.py").exists():
            sys.exit(f"split_pipeline: {module}.py exists already")

    methods = {n.name: n for n in reader.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    method_home = {}
    for module, (_, _, names) in FAMILIES.items():
        for name in names:
            if name in methods:
                method_home[name] = module
            else:
                print(f"note: {name} (mapped to {module}) is no method of {READER}: skipped")
    body = tree.body[1:] if isinstance(tree.body[0], ast.Expr) else tree.body  # (the module docstring stays)
    items = [n for n in body if not isinstance(n, (ast.Import, ast.ImportFrom))]
    home = homes_of_helpers(items, methods, method_home, reader)

    print(f"stays in {PIPELINE}: " + ", ".join(n for n in methods if n not in method_home))
    for i, node in enumerate(items):
        if home[i] != STAYS:
            print(f"helper {', '.join(sorted(bound(node)))} -> {home[i]}")
    # every name defined at module level, by its home, for the imports between modules
    defined = {name: home[i] for i, node in enumerate(items) for name in bound(node)}
    imports = import_bindings(tree)
    after_reader = {i for i, n in enumerate(items) if n.lineno > reader.lineno}
    out: dict[str, str] = {}

    for module in [SHARED, *FAMILIES]:
        own = [i for i in range(len(items)) if home[i] == module]
        mine = [methods[n] for n in methods if method_home.get(n) == module]
        if not own and not mine:
            continue
        mentioned = set().union(*(used(items[i]) for i in own), *(used(m) for m in mine))
        names_here = set().union(*(bound(items[i]) for i in own))
        others = {m: {n for n in mentioned - names_here if defined.get(n) == m} for m in (SHARED, *FAMILIES) if m != module}
        if any(defined.get(n) == STAYS for n in mentioned - names_here):
            sys.exit(f"split_pipeline: {module} would import pipeline.py for " + ", ".join(sorted(n for n in mentioned - names_here if defined.get(n) == STAYS)))
        doc = SHARED_DOC if module == SHARED else FAMILIES[module][1]
        text = f'"""{doc}\n\n(Moved out of ``pipeline.py`` by tools/split_pipeline.py.)\n"""\n\nfrom __future__ import annotations\n\n'
        found = import_lines(imports, mentioned, others)
        outside = [x for x in found if not x.startswith(("from kipu", "import kipu"))]  # (the standard library's first)
        text += "\n".join(outside + [""] * bool(outside) + [x for x in found if x not in outside]) + "\n"
        text += statements([i for i in own if i not in after_reader], items, lines)
        if mine:
            members = "\n".join("".join(lines[slice(*span(m, lines))]) for m in mine)
            text += f"\n\nclass {FAMILIES[module][0]}:\n    \"\"\"{MIXIN_DOC}\"\"\"\n\n{members}"
        out[module] = text + statements([i for i in own if i in after_reader], items, lines)
        print(f"{module}.py: " + (FAMILIES[module][0] + " " + ", ".join(m.name for m in mine) if mine else "(helpers)"))

    # pipeline.py: the moved statements cut out, the mixins inherited, the moved names it still uses imported back
    cut = [span(m, lines) for m in methods.values() if m.name in method_home]
    cut += [span(items[i], lines) for i in range(len(items)) if home[i] != STAYS]
    keep = [True] * len(lines)
    for start, end in cut:
        for k in range(start, end):
            keep[k] = False
        # with its blank lines after it, or before it when it closes its block (spacing kept)
        after = end
        while after < len(lines) and not lines[after].strip():
            after += 1
        closes = after == len(lines) or len(lines[after]) - len(lines[after].lstrip()) < len(lines[start]) - len(lines[start].lstrip())
        k = end if not closes else start - 1
        while 0 <= k < len(lines) and not lines[k].strip():
            keep[k] = False
            k += -1 if closes else 1
    remaining = set().union(*(used(n) for n in methods.values() if n.name not in method_home))
    remaining |= set().union(*(used(n) for n in reader.body if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))))
    remaining |= set().union(*(used(items[i]) for i in range(len(items)) if home[i] == STAYS and items[i] is not reader))
    back = {m: {n for n in remaining if defined.get(n) == m} for m in (*FAMILIES, SHARED) if m in out}
    for m in FAMILIES:
        if m in out and any(method_home.get(n) == m for n in methods):
            back[m].add(FAMILIES[m][0])
    last_import = max(n.end_lineno for n, _ in imports)  # type: ignore[type-var]
    header = reader.lineno - 1
    bases = [FAMILIES[m][0] for m in FAMILIES if m in out and any(method_home.get(n) == m for n in methods)]
    new_lines = []
    for k, line in enumerate(lines):
        if k == header:
            wrap = ", ".join(bases) if len(", ".join(bases)) < 80 else "\n" + "".join(f"    {b},\n" for b in bases)
            line = line.replace(f"class {READER}:", f"class {READER}({wrap}):")
        if keep[k]:
            new_lines.append(line)
        if k == last_import - 1:
            new_lines += [x + "\n" for x in import_lines([], set(), {m: back[m] for m in back})]
    out[STAYS] = "".join(new_lines).rstrip("\n") + "\n"

    if args.dry_run:
        return
    written = []
    for module, text in out.items():
        target = path.parent / f"{module}.py"
        target.write_text(text, encoding="utf-8")
        written.append(str(target))
    subprocess.run([args.ruff, "check", "--select", "F401", "--fix", "--quiet", *written], check=False)
    check = subprocess.run([args.ruff, "check", "--select", "F,E9", *written])
    for target in written:
        print(f"{target}: {len(Path(target).read_text(encoding='utf-8').splitlines())} lines")
    if check.returncode:
        sys.exit("split_pipeline: ruff finds problems in the split (see above)")


if __name__ == "__main__":
    main()
