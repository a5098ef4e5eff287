#!/usr/bin/env python3
"""The public API of the crate as sorted lines, from rustdoc's JSON.

    scripts/public_api.py            compare with api/public-api.txt (exit 1 on a difference)
    scripts/public_api.py --update   write api/public-api.txt

Every public item, field, variant, method and trait implementation is one line with its
signature, so that a change to the public API shows in the listing's diff before it lands.
Needs a nightly toolchain for `--output-format json` (rustup installs one when missing).
"""

import difflib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LISTING = os.path.join(ROOT, "api", "public-api.txt")
TARGET = os.path.join(ROOT, "target", "public-api")


def rustdoc_json():
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
    subprocess.run(
        ["cargo", "+nightly", "rustdoc", "--lib", "--quiet", "--",
         "-Z", "unstable-options", "--output-format", "json"],
        cwd=ROOT, env=env, check=True)
    with open(os.path.join(TARGET, "doc", "vn_article.json"), encoding="utf-8") as f:
        return json.load(f)


class Api:
    def __init__(self, doc):
        self.index = doc["index"]
        self.root = doc["root"]
        self.lines = set()

    def item(self, id_):
        return self.index.get(str(id_))

    # Types, bounds and generics, written as Rust.

    def ty(self, t):
        if t is None:
            return "()"
        (kind, v), = t.items()
        if kind == "resolved_path":
            return v["path"] + self.args(v.get("args"))
        if kind == "primitive":
            return v
        if kind == "generic":
            return v
        if kind == "borrowed_ref":
            lt = (v["lifetime"] + " ") if v.get("lifetime") else ""
            mut = "mut " if v.get("is_mutable") else ""
            return "&" + lt + mut + self.ty(v["type"])
        if kind == "tuple":
            return "(" + ", ".join(self.ty(x) for x in v) + ")"
        if kind == "slice":
            return "[" + self.ty(v) + "]"
        if kind == "array":
            return "[" + self.ty(v["type"]) + "; " + str(v["len"]) + "]"
        if kind == "impl_trait":
            return "impl " + " + ".join(self.bound(b) for b in v)
        if kind == "dyn_trait":
            lt = [v["lifetime"]] if v.get("lifetime") else []
            return "dyn " + " + ".join([p["trait"]["path"] + self.args(p["trait"].get("args"))
                                        for p in v["traits"]] + lt)
        if kind == "qualified_path":
            trait = v.get("trait")
            base = self.ty(v["self_type"])
            if trait:
                base = "<" + base + " as " + trait["path"] + self.args(trait.get("args")) + ">"
            return base + "::" + v["name"]
        if kind == "raw_pointer":
            return "*" + ("mut " if v.get("is_mutable") else "const ") + self.ty(v["type"])
        if kind == "infer":
            return "_"
        return kind

    def args(self, a):
        if not a:
            return ""
        if "angle_bracketed" in a:
            ab = a["angle_bracketed"]
            parts = []
            for x in ab.get("args", []):
                (k, v), = x.items()
                parts.append(v if k == "lifetime" else self.ty(v) if k == "type" else str(v))
            for c in ab.get("constraints", []):
                binding = c.get("binding", {})
                if "equality" in binding:
                    (k, v), = binding["equality"].items()
                    parts.append(c["name"] + " = " + (self.ty(v) if k == "type" else str(v)))
                else:
                    parts.append(c["name"] + ": " + " + ".join(self.bound(b) for b in binding.get("constraint", [])))
            return "<" + ", ".join(parts) + ">" if parts else ""
        if "parenthesized" in a:
            p = a["parenthesized"]
            out = self.ty(p["output"]) if p.get("output") else None
            return "(" + ", ".join(self.ty(x) for x in p["inputs"]) + ")" + (" -> " + out if out else "")
        return ""

    def bound(self, b):
        (k, v), = b.items()
        if k == "trait_bound":
            return v["trait"]["path"] + self.args(v["trait"].get("args"))
        if k == "outlives":
            return v
        return k

    def generics(self, g):
        params = []
        for p in g.get("params", []):
            (k, v), = p["kind"].items()
            if k == "lifetime":
                params.append(p["name"])
            elif k == "type":
                if v.get("is_synthetic"):
                    continue
                bounds = " + ".join(self.bound(b) for b in v.get("bounds", []))
                params.append(p["name"] + (": " + bounds if bounds else ""))
            elif k == "const":
                params.append("const " + p["name"] + ": " + self.ty(v["type"]))
        return "<" + ", ".join(params) + ">" if params else ""

    def where(self, g):
        preds = []
        for w in g.get("where_predicates", []):
            if "bound_predicate" in w:
                bp = w["bound_predicate"]
                preds.append(self.ty(bp["type"]) + ": " + " + ".join(self.bound(b) for b in bp["bounds"]))
        return " where " + ", ".join(preds) if preds else ""

    def fn(self, name, f):
        sig = f["sig"]
        inputs = []
        for arg, t in sig["inputs"]:
            if arg == "self":
                rendered = self.ty(t)
                inputs.append({"Self": "self", "&Self": "&self", "&mut Self": "&mut self"}.get(rendered, "self: " + rendered))
            else:
                inputs.append(arg + ": " + self.ty(t))
        out = sig.get("output")
        header = f.get("header", {})
        const = "const " if header.get("is_const") else ""
        return (const + "fn " + name + self.generics(f["generics"]) + "(" + ", ".join(inputs) + ")"
                + (" -> " + self.ty(out) if out else "") + self.where(f["generics"]))

    @staticmethod
    def attrs(it):
        out = []
        for a in it.get("attrs", []):
            text = a if isinstance(a, str) else json.dumps(a, sort_keys=True)
            if "non_exhaustive" in text:
                out.append("#[non_exhaustive] ")
        return "".join(out)

    # Items.

    def add(self, line):
        self.lines.add(line)

    def walk(self, id_, path, seen):
        it = self.item(id_)
        if it is None or it.get("visibility") != "public" and it["inner"].keys() != {"use"}:
            return
        (kind, v), = it["inner"].items()
        if kind == "use":
            target = v.get("id")
            if target is not None and self.item(target) is not None:
                self.walk_named(target, path + "::" + v["name"], seen)
            else:
                self.add("pub use " + path + "::" + v["name"] + " (from " + v["source"] + ")")
            return
        self.walk_named(id_, path + "::" + it["name"], seen)

    def walk_named(self, id_, full, seen):
        if (id_, full) in seen:
            return
        seen.add((id_, full))
        it = self.item(id_)
        (kind, v), = it["inner"].items()
        pre = self.attrs(it)
        if kind == "module":
            self.add("pub mod " + full)
            for child in v["items"]:
                self.walk(child, full, seen)
        elif kind == "function":
            self.add(pre + "pub " + self.fn(full, v))
        elif kind == "constant":
            self.add("pub const " + full + ": " + self.ty(v["type"]))
        elif kind == "static":
            self.add("pub static " + full + ": " + self.ty(v["type"]))
        elif kind == "type_alias":
            self.add("pub type " + full + self.generics(v["generics"]) + " = " + self.ty(v["type"]))
        elif kind == "struct":
            self.add(pre + "pub struct " + full + self.generics(v["generics"]))
            sk = v["kind"]
            if "plain" in sk:
                for f in sk["plain"]["fields"]:
                    fi = self.item(f)
                    if fi and fi.get("visibility") == "public":
                        self.add("pub " + full + "::" + fi["name"] + ": " + self.ty(fi["inner"]["struct_field"]))
            elif "tuple" in sk:
                for n, f in enumerate(sk["tuple"]):
                    fi = self.item(f) if f is not None else None
                    if fi and fi.get("visibility") == "public":
                        self.add("pub " + full + "::" + str(n) + ": " + self.ty(fi["inner"]["struct_field"]))
            self.impls(full, v["impls"])
        elif kind == "enum":
            self.add(pre + "pub enum " + full + self.generics(v["generics"]))
            for var in v["variants"]:
                vi = self.item(var)
                vk = vi["inner"]["variant"]["kind"]
                name = full + "::" + vi["name"]
                vpre = self.attrs(vi)
                if vk == "plain":
                    self.add(vpre + "pub " + name)
                elif "tuple" in vk:
                    types = [self.ty(self.item(f)["inner"]["struct_field"]) for f in vk["tuple"] if f is not None]
                    self.add(vpre + "pub " + name + "(" + ", ".join(types) + ")")
                elif "struct" in vk:
                    self.add(vpre + "pub " + name + " {}")
                    for f in vk["struct"]["fields"]:
                        fi = self.item(f)
                        self.add("pub " + name + "::" + fi["name"] + ": " + self.ty(fi["inner"]["struct_field"]))
            self.impls(full, v["impls"])
        elif kind == "trait":
            self.add("pub trait " + full)
        elif kind == "macro":
            self.add("pub macro " + full)
        else:
            self.add("pub " + kind + " " + full)

    def impls(self, full, impl_ids):
        for i in impl_ids:
            imp = self.item(i)
            if imp is None:
                continue
            v = imp["inner"]["impl"]
            if v.get("blanket_impl") is not None:
                continue
            trait = v.get("trait")
            for_ = self.ty(v["for"])
            if trait is not None:
                neg = "!" if v.get("is_negative") else ""
                self.add("impl" + self.generics(v["generics"]) + " " + neg + trait["path"]
                         + self.args(trait.get("args")) + " for " + for_ + self.where(v["generics"]))
                continue
            for m in v["items"]:
                mi = self.item(m)
                if mi is None or mi.get("visibility") != "public":
                    continue
                (k, mv), = mi["inner"].items()
                if k == "function":
                    self.add(self.attrs(mi) + "pub " + self.fn(full + "::" + mi["name"], mv))
                elif k == "assoc_const" or k == "constant":
                    t = mv.get("type")
                    self.add("pub const " + full + "::" + mi["name"] + ": " + self.ty(t))


def listing():
    doc = rustdoc_json()
    api = Api(doc)
    root = api.item(api.root)
    for child in root["inner"]["module"]["items"]:
        api.walk(child, "vn_article", set())
    return "".join(line + "\n" for line in sorted(api.lines))


def main():
    text = listing()
    if "--update" in sys.argv:
        os.makedirs(os.path.dirname(LISTING), exist_ok=True)
        with open(LISTING, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {LISTING} ({text.count(chr(10))} lines)")
        return 0
    try:
        with open(LISTING, encoding="utf-8") as f:
            committed = f.read()
    except FileNotFoundError:
        committed = ""
    if committed == text:
        print(f"public API unchanged ({text.count(chr(10))} lines)")
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        committed.splitlines(True), text.splitlines(True), "api/public-api.txt", "now"))
    print("\nThe public API changed. If that is meant, record it in CHANGELOG.md and run "
          "scripts/public_api.py --update.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
