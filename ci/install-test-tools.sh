#!/usr/bin/env bash
# Installs what the test suite needs beside the JDK and the Maven wrapper, idempotently:
#   - git: the tests build repositories with native git (shallow, detached, tags only on the remote);
#   - openssh-server and openssh-client: the SSH remote tests start their own sshd on 127.0.0.1
#     with throwaway host and user keys (and an ssh-agent, ssh-keygen, ssh-keyscan);
#   - openssl and jq: the decision record tests make keys with openssl and check our DSSE
#     signatures with it, the envelope taken apart by jq (src/test/resources/record/*.sh);
#   - prometheus (with promtool) and prometheus-alertmanager: the prometheus and alertmanager
#     family tests start their own servers on 127.0.0.1 with their own data directories and config;
#   - apache2-utils: htpasswd makes the bcrypt hashes of those servers' basic-auth web config;
#   - cmark-gfm: the markdown report's escaping is checked with GitHub's renderer (the C reference
#     implementation of GitHub Flavored Markdown);
#   - nodejs and npm: the JSON report's schema is checked with Ajv (ci/validate-json.sh), whose
#     Node packages (pinned in ci/render/package.json) are installed outside the work tree.
# Debian packages, as root (CI runs as root); a missing tool makes its tests fail naming this script.
set -euo pipefail

PACKAGES=(git openssh-server openssh-client openssl jq prometheus prometheus-alertmanager apache2-utils
  cmark-gfm)

node_tools() {
  # shellcheck source=ci/render/tools.sh disable=SC1091
  . "$(cd "$(dirname "$0")" && pwd)/render/tools.sh"
  need_node_tools
}

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm by command: a Node.js from another source (NodeSource) bundles npm and conflicts
# with Debian's npm package.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-tools: ${PACKAGES[*]} already installed"
  node_tools
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-tools: ${missing[*]} missing; run this script as root (it uses apt-get)" >&2
  exit 1
fi
echo "install-test-tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
# The sshd, Prometheus and Alertmanager the tests start are their own processes with their own
# config: the packages' services are neither wanted nor started (policy-rc.d refuses service
# starts during the install).
policy=/usr/sbin/policy-rc.d
created_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=true
fi
trap '[ "$created_policy" = true ] && rm -f "$policy"' EXIT
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
echo "install-test-tools: installed ${missing[*]}"
node_tools
