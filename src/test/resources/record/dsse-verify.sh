#!/usr/bin/env bash
# Verifies the first signature of a DSSE envelope with openssl, independently of release-sentinel:
# it computes the pre-authentication encoding itself, as DSSE v1.0 defines it
# (https://github.com/secure-systems-lab/dsse/blob/v1.0.2/protocol.md):
#   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
# Usage: dsse-verify.sh ENVELOPE.json PUBLIC.pem ecdsa|ed25519   (exit 0: valid signature)
set -euo pipefail
envelope=$1 pub=$2 alg=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jq -j .payloadType "$envelope" >"$work/type"
jq -j .payload "$envelope" | base64 -d >"$work/body"
jq -j '.signatures[0].sig' "$envelope" | base64 -d >"$work/sig"
{
  printf 'DSSEv1 %d ' "$(wc -c <"$work/type")"
  cat "$work/type"
  printf ' %d ' "$(wc -c <"$work/body")"
  cat "$work/body"
} >"$work/pae"
case "$alg" in
  ed25519) openssl pkeyutl -verify -pubin -inkey "$pub" -rawin -in "$work/pae" -sigfile "$work/sig" ;;
  ecdsa) openssl dgst -sha256 -verify "$pub" -signature "$work/sig" "$work/pae" ;;
  *) echo "unknown algorithm $alg" >&2; exit 2 ;;
esac
