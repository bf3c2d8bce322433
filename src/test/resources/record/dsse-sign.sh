#!/usr/bin/env bash
# Signs a statement into a DSSE envelope with openssl, independently of release-sentinel (PAE as
# DSSE v1.0 defines it, see dsse-verify.sh); prints the envelope.
# Usage: dsse-sign.sh STATEMENT.json PRIVATE.pem ecdsa|ed25519 KEYID
set -euo pipefail
statement=$1 key=$2 alg=$3 keyid=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
type='application/vnd.in-toto+json'
printf '%s' "$type" >"$work/type"
cp "$statement" "$work/body"
{
  printf 'DSSEv1 %d ' "$(wc -c <"$work/type")"
  cat "$work/type"
  printf ' %d ' "$(wc -c <"$work/body")"
  cat "$work/body"
} >"$work/pae"
case "$alg" in
  ed25519) openssl pkeyutl -sign -inkey "$key" -rawin -in "$work/pae" -out "$work/sig" ;;
  ecdsa) openssl dgst -sha256 -sign "$key" -out "$work/sig" "$work/pae" ;;
  *) echo "unknown algorithm $alg" >&2; exit 2 ;;
esac
jq -n --arg p "$(base64 -w0 "$work/body")" --arg s "$(base64 -w0 "$work/sig")" --arg t "$type" \
  --arg k "$keyid" '{payload: $p, payloadType: $t, signatures: [{keyid: $k, sig: $s}]}'
