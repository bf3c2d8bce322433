#!/usr/bin/env bash
# Runs the image the way the Kubernetes hook Job of examples/kubernetes/argocd/ runs it, read from
# those manifests: its args, workingDir, env, runAsUser/runAsGroup, readOnlyRootFilesystem with only
# the emptyDir (/tmp) writable, dropped capabilities, no privilege escalation, the ConfigMap
# mounted read-only where the Job mounts it, the Secret as environment variables (envFrom) and the
# memory limit. The config is the ConfigMap's, less the api family (its in-cluster upstream does
# not exist here), so the verdict is SAFE: exit 0, and the secret's value appears in no output.
#
#   ci/e2e-kubernetes-job.sh IMAGE WORKDIR LABEL SECRET_VALUE     (called by ci/container-e2e.sh)
set -euo pipefail
image=$1 work=$2 label=$3 secret=$4
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
manifests=$root/examples/kubernetes/argocd
mkdir -p "$work/config"

# podman options, one per line, from the Job; the ConfigMap's files written to $work/config.
mapfile -t opts < <(python3 - "$manifests" "$work/config" "$secret" <<'PY'
import glob, os, sys, yaml
manifests, config_dir, secret = sys.argv[1:]
docs = [d for f in sorted(glob.glob(os.path.join(manifests, "*.yaml"))) for d in yaml.safe_load_all(open(f)) if d]
job = next(d for d in docs if d["kind"] == "Job")
cms = {d["metadata"]["name"]: d for d in docs if d["kind"] == "ConfigMap"}
pod = job["spec"]["template"]["spec"]
c = pod["containers"][0]
sc, psc = c.get("securityContext", {}), pod.get("securityContext", {})
vols = {v["name"]: v for v in pod["volumes"]}
out = []
assert sc.get("readOnlyRootFilesystem") is True
out += ["--read-only", "--read-only-tmpfs=false"]
out += [f"--user={psc['runAsUser']}:{psc['runAsGroup']}", f"--workdir={c['workingDir']}"]
if sc.get("allowPrivilegeEscalation") is False:
    out.append("--security-opt=no-new-privileges")
for cap in sc.get("capabilities", {}).get("drop", []):
    out.append(f"--cap-drop={cap}")
for m in c["volumeMounts"]:
    v = vols[m["name"]]
    if "emptyDir" in v:
        out.append(f"--tmpfs={m['mountPath']}:rw,size=64m,mode=1777")
    elif "configMap" in v:
        data = dict(cms[v["configMap"]["name"]]["data"])
        for name, text in data.items():
            cfg = yaml.safe_load(text)
            cfg.pop("api", None)  # its in-cluster upstream does not exist here
            with open(os.path.join(config_dir, name), "w") as f:
                yaml.safe_dump(cfg, f)
        out.append(f"--volume={config_dir}:{m['mountPath']}:ro")
for e in c.get("env", []):
    out.append(f"--env={e['name']}={e['value']}")
for ef in c.get("envFrom", []):
    # the Secret's keys, as the config names its secrets
    for name in yaml.safe_load(data[next(iter(data))])["env"]["secrets"]:
        out.append(f"--env={name}={secret}")
limit = c["resources"]["limits"]["memory"]
out.append(f"--memory={limit.replace('Mi', 'm').replace('Gi', 'g')}")
out.append("--")
out += c["args"]
print("\n".join(out))
PY
)
pargs=() cargs=() seen=
for o in "${opts[@]}"; do
  if [ -n "$seen" ]; then cargs+=("$o"); elif [ "$o" = -- ]; then seen=1; else pargs+=("$o"); fi
done
echo "podman run ${pargs[*]} IMAGE ${cargs[*]}" | sed "s/$secret/***/g"
rc=0
podman run --rm --label "$label" "${pargs[@]}" "$image" "${cargs[@]}" >"$work/out" 2>"$work/err" || rc=$?
if [ "$rc" -ne 0 ] && grep -qi 'memory' "$work/err" && grep -qi 'cgroup\|limit' "$work/err"; then
  # a host whose cgroups cannot limit memory: the same run without the limit
  echo "(this host cannot set a memory limit: $(head -n 1 "$work/err"); running without one)"
  mapfile -t pargs < <(printf '%s\n' "${pargs[@]}" | grep -v '^--memory=')
  rc=0
  podman run --rm --label "$label" "${pargs[@]}" "$image" "${cargs[@]}" >"$work/out" 2>"$work/err" || rc=$?
fi
sed 's/^/stdout| /' "$work/out"
sed 's/^/stderr| /' "$work/err"
[ "$rc" -eq 0 ] || { echo "the Job's container exited $rc, expected 0 (SAFE)"; exit 1; }
grep -q '^SAFE' "$work/out" || { echo "no SAFE verdict"; exit 1; }
if grep -qF "$secret" "$work/out" "$work/err"; then
  echo "the secret's value appears in the output"
  exit 1
fi
echo "Kubernetes-style run: exit 0, SAFE, read-only root file system, only /tmp writable"
