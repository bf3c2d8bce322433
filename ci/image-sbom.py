#!/usr/bin/env python3
"""The container image's CycloneDX 1.6 SBOM from its exported root file system (ci/image-sbom.sh).

It lists what is really there, each from its own record:
  - the operating system (/etc/os-release) and every installed Debian package (dpkg's status
    database: name, version, architecture, source package);
  - the Java runtime in /opt/release-sentinel/jre (its `release` file: vendor, exact version and
    the jlink'd modules; the image build copies vendor and version from the JDK that linked it);
  - release-sentinel.jar with everything shaded into it, nested under it: the components and
    dependency graph of the jar's own SBOM (cyclonedx-maven-plugin, made in the image build and
    kept beside the jar), and the jar's SHA-256;
  - the AOT cache and the other files of /opt/release-sentinel, with their SHA-256.

usage: image-sbom.py ROOTFS IMAGE_NAME IMAGE_ID > OUT.cdx.json
"""
import datetime
import hashlib
import json
import os
import sys
import uuid

APP = "opt/release-sentinel"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def key_values(path):
    """KEY=VALUE or KEY="VALUE" lines (os-release, a Java runtime's release file)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                k, v = line.rstrip("\n").split("=", 1)
                out[k] = v.strip('"')
    return out


def dpkg_packages(rootfs):
    """Installed packages from var/lib/dpkg/status: paragraphs of 'Field: value' lines."""
    text = open(os.path.join(rootfs, "var/lib/dpkg/status"), encoding="utf-8").read()
    for para in text.split("\n\n"):
        fields, last = {}, None
        for line in para.splitlines():
            if line[:1] in (" ", "\t") and last:
                continue  # continuation lines (descriptions, conffiles)
            if ":" in line:
                last, value = line.split(":", 1)
                fields[last] = value.strip()
        if fields.get("Status", "").endswith(" installed") and "Package" in fields:
            yield fields


def main(rootfs, image, image_id):
    osr = key_values(os.path.join(rootfs, "etc/os-release"))
    distro = f"{osr.get('ID', 'debian')}-{osr.get('VERSION_ID', '')}"
    components, refs = [], []

    os_ref = f"os:{distro}"
    components.append({"bom-ref": os_ref, "type": "operating-system", "name": osr.get("ID", "debian"),
                       "version": osr.get("VERSION_ID", ""), "description": osr.get("PRETTY_NAME", "")})
    refs.append(os_ref)

    for p in sorted(dpkg_packages(rootfs), key=lambda p: p["Package"]):
        name, version, arch = p["Package"], p.get("Version", ""), p.get("Architecture", "")
        purl = f"pkg:deb/{osr.get('ID', 'debian')}/{name}@{version}?arch={arch}&distro={distro}"
        c = {"bom-ref": purl, "type": "library", "name": name, "version": version, "purl": purl}
        props = [{"name": "release-sentinel:dpkg:architecture", "value": arch}]
        if "Source" in p:
            props.append({"name": "release-sentinel:dpkg:source", "value": p["Source"]})
        if "Maintainer" in p:
            c["supplier"] = {"name": p["Maintainer"]}
        c["properties"] = props
        components.append(c)
        refs.append(purl)

    rel = key_values(os.path.join(rootfs, APP, "jre/release"))
    java_version = rel.get("JAVA_VERSION", "")
    runtime_version = rel.get("JAVA_RUNTIME_VERSION", java_version)
    vendor = rel.get("IMPLEMENTOR", "unknown")
    jre_ref = f"java-runtime:{runtime_version}"
    components.append({
        "bom-ref": jre_ref, "type": "platform", "name": "java-runtime",
        "version": runtime_version, "supplier": {"name": vendor},
        "description": f"{rel.get('IMPLEMENTOR_VERSION', vendor)} Java runtime, jlink'd to the modules the jar needs",
        "cpe": f"cpe:2.3:a:oracle:openjdk:{java_version}:*:*:*:*:*:*:*",
        "properties": [
            {"name": "release-sentinel:java:path", "value": "/" + APP + "/jre"},
            {"name": "release-sentinel:java:version", "value": java_version},
            {"name": "release-sentinel:java:modules", "value": rel.get("MODULES", "")},
        ]})
    refs.append(jre_ref)

    jar = os.path.join(rootfs, APP, "release-sentinel.jar")
    jar_bom = json.load(open(os.path.join(rootfs, APP, "release-sentinel.cdx.json"), encoding="utf-8"))
    app = dict(jar_bom["metadata"]["component"])
    app["hashes"] = [{"alg": "SHA-256", "content": sha256(jar)}]
    app["components"] = jar_bom.get("components", [])
    app.setdefault("properties", []).append({"name": "release-sentinel:path", "value": "/" + APP + "/release-sentinel.jar"})
    components.append(app)
    refs.append(app["bom-ref"])

    for name in sorted(os.listdir(os.path.join(rootfs, APP))):
        path = os.path.join(rootfs, APP, name)
        if os.path.isfile(path) and name not in ("release-sentinel.jar",):
            components.append({"bom-ref": f"file:/{APP}/{name}", "type": "file", "name": f"/{APP}/{name}",
                               "hashes": [{"alg": "SHA-256", "content": sha256(path)}]})

    image_ref = f"image:{image_id}"
    bom = {
        "bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": f"urn:uuid:{uuid.uuid4()}", "version": 1,
        "metadata": {
            "timestamp": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tools": {"components": [{"type": "application", "name": "release-sentinel ci/image-sbom.py"}]},
            "component": {"bom-ref": image_ref, "type": "container", "name": image.rsplit(":", 1)[0],
                          "version": image.rsplit(":", 1)[1] if ":" in image.split("/")[-1] else "",
                          "hashes": [{"alg": "SHA-256", "content": image_id}] if len(image_id) == 64 else []},
        },
        "components": components,
        "dependencies": [{"ref": image_ref, "dependsOn": refs}] + jar_bom.get("dependencies", []),
    }
    json.dump(bom, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
