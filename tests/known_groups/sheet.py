#!/usr/bin/env python3
"""Prints the questionnaire as a blind answer sheet: every question and its
options as the app shows them, with no level numbers, weights, axes, values or
formulas. Run: python3 tests/known_groups/sheet.py > sheet.md"""
import json, pathlib, re
root = pathlib.Path(__file__).resolve().parents[2]
q = json.loads((root / "src/domain/questionnaire/data.json").read_text())
words = {w["id"]: w["other"]["nl"] for w in q["wording"]}
fill = lambda t: re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), t)
out = ["# Vragenlijst (blind)", "",
       "Antwoord per vraag met één letter, of `dk` (weet ik niet) of `na` (niet van toepassing).",
       "Kies het hoogste niveau dat volledig past (een niveau telt alleen als de niveaus eronder ook kloppen); bij twijfel het lagere.", ""]
out.append("## Intro")
for f in q["context_fields"]:
    out.append(f"- `{f['id']}`: " + ", ".join(f"`{o['id']}` = {o['name']['nl']}" for o in f["options"]))
for d in q["dimensions"]:
    out += ["", f"## {d['number']}. {d['title']['nl']}"]
    for x in d["questions"]:
        out += ["", f"### `{x['id']}` {fill(x['text']['nl'])}"]
        if x.get("na_hint"):
            out.append(f"_{fill(x['na_hint']['nl'])}_")
        for letter, level in zip("ABCDE", x["levels"]):
            out.append(f"- {letter}: {fill(level['text']['nl'])}")
out += ["", f"## {q['style_step']['title']['nl']}", q["style_step"]["intro"]["nl"],
        "Antwoord met `AA` (duidelijk A), `A` (eerder A), `B` (eerder B), `BB` (duidelijk B),",
        "of `dk` (kan ik niet zeggen)."]
# Statements are numbered, not named: their ids would tell the reader the axis.
for n, s in enumerate(q["style_items"], 1):
    out += ["", f"### `s{n}` {s['text']['nl']}"]
    for letter, pole in zip("AB", s["poles"]):
        out.append(f"- {letter}: {pole['nl']}")
out += ["", "## Signalen", "Antwoord `yes` of `no`."]
for s in q["signals"]:
    out.append(f"- `{s['id']}`: {s['text']['nl']}")
print("\n".join(out))
