#!/usr/bin/env python3
"""Checks the image SBOM (ci/image-sbom.py) against the exported image it describes: every Debian
package dpkg knows is listed with its version and nothing else is; the Java runtime is listed with
the version its `release` file gives, and it is Java 25; every artifact whose pom.properties is
shaded into release-sentinel.jar is listed under the jar with that version; every bom-ref is
unique and every dependency points at a listed component.

usage: check-image-sbom.py IMAGE.cdx.json ROOTFS
"""
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

sbom = import_module("image-sbom")


def fail(msg):
    print(f"image SBOM: {msg}")
    sys.exit(1)


def main(path, rootfs):
    bom = json.load(open(path, encoding="utf-8"))
    if bom.get("bomFormat") != "CycloneDX" or bom.get("specVersion") != "1.6":
        fail(f"not a CycloneDX 1.6 document: {bom.get('bomFormat')} {bom.get('specVersion')}")
    comps = bom["components"]

    debs = {(c["name"], c["version"]) for c in comps if c.get("purl", "").startswith("pkg:deb/")}
    installed = {(p["Package"], p["Version"]) for p in sbom.dpkg_packages(rootfs)}
    if debs != installed:
        fail(f"Debian packages differ from dpkg's: missing {sorted(installed - debs)[:5]}, extra {sorted(debs - installed)[:5]}")

    rel = sbom.key_values(os.path.join(rootfs, sbom.APP, "jre/release"))
    jre = [c for c in comps if c.get("name") == "java-runtime"]
    if len(jre) != 1 or jre[0]["version"] != rel.get("JAVA_RUNTIME_VERSION") or not rel.get("JAVA_VERSION", "").startswith("25"):
        fail(f"the Java runtime is not listed as its release file says: {jre} vs {rel}")

    apps = [c for c in comps if c.get("purl", "").startswith("pkg:maven/dev.releasesentinel/release-sentinel@")]
    if len(apps) != 1:
        fail("release-sentinel.jar is not listed once")
    shaded = {(c.get("group"), c.get("name")): c.get("version") for c in apps[0].get("components", [])}
    jar = os.path.join(rootfs, sbom.APP, "release-sentinel.jar")
    in_jar = 0
    with zipfile.ZipFile(jar) as z:
        for n in z.namelist():
            m = re.fullmatch(r"META-INF/maven/([^/]+)/([^/]+)/pom\.properties", n)
            if not m or m.group(1) == "dev.releasesentinel":
                continue
            props = dict(l.split("=", 1) for l in z.read(n).decode().splitlines() if "=" in l and not l.startswith("#"))
            in_jar += 1
            if shaded.get((m.group(1), m.group(2))) != props.get("version"):
                fail(f"{m.group(1)}:{m.group(2)}:{props.get('version')} is in the jar but listed as {shaded.get((m.group(1), m.group(2)))}")

    refs = []
    def walk(cs):
        for c in cs:
            refs.append(c["bom-ref"])
            walk(c.get("components", []))
    walk(comps)
    if len(refs) != len(set(refs)):
        fail("bom-refs are not unique")
    known = set(refs) | {bom["metadata"]["component"]["bom-ref"]}
    for d in bom.get("dependencies", []):
        for r in [d["ref"]] + d.get("dependsOn", []):
            if r not in known:
                fail(f"dependency on an unlisted component: {r}")

    print(f"image SBOM: {len(debs)} Debian packages (as dpkg lists them), java-runtime {jre[0]['version']} "
          f"({jre[0]['supplier']['name']}), release-sentinel {apps[0]['version']} with {len(shaded)} shaded "
          f"artifacts ({in_jar} with pom.properties in the jar, all listed), {len(refs)} components")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
