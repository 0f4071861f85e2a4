#!/usr/bin/env bash
# Issue 17, the partition fault (as root): silo 2 of a fault run in a network namespace of its own.
#
#   scripts/netns.sh up      namespace qrp-silo2 with 10.217.0.2, joined by a veth pair to this namespace's 10.217.0.1
#                            (silo 1 and the frontend stay here); PostgreSQL, which listens on 127.0.0.1 only, is
#                            reached from the namespace through a forwarder on 10.217.0.1:PORT (socat; PORT from
#                            $PLATFORM_POSTGRES)
#   scripts/netns.sh cut     everything in or out of the namespace dropped (nft), its loopback aside
#   scripts/netns.sh mend    the drop removed
#   scripts/netns.sh down    the forwarder stopped, the namespace and the pair removed
set -euo pipefail
ns=qrp-silo2 outer=qrp-veth1 inner=qrp-veth2 here=10.217.0.1 there=10.217.0.2
state=${PLATFORM_DATA:-$(cd "$(dirname "$0")/.." && pwd)/.data-faults}
forwarder="$state/netns-forwarder.pid"
fail() { echo "netns: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (ip netns, nft)."

case "${1:-}" in
  up)
    command -v nft >/dev/null && command -v socat >/dev/null || fail "nft and socat are needed: apt-get install -y nftables socat"
    ip netns list | grep -qw "$ns" || ip netns add "$ns"
    ip link show "$outer" >/dev/null 2>&1 || ip link add "$outer" type veth peer name "$inner" netns "$ns"
    ip addr replace "$here/24" dev "$outer"
    ip link set "$outer" up
    ip netns exec "$ns" ip addr replace "$there/24" dev "$inner"
    ip netns exec "$ns" ip link set "$inner" up
    ip netns exec "$ns" ip link set lo up
    port=$(echo "${PLATFORM_POSTGRES:?PLATFORM_POSTGRES is needed}" | sed 's/.*Port=\([0-9]*\).*/\1/')
    socat "TCP-LISTEN:$port,bind=$here,fork,reuseaddr" "TCP:127.0.0.1:$port" &
    echo $! >"$forwarder"
    ;;
  cut)
    ip netns exec "$ns" nft -f - <<'NFT'
table inet qrp_partition {
  chain input { type filter hook input priority 0; policy drop; iif "lo" accept; }
  chain output { type filter hook output priority 0; policy drop; oif "lo" accept; }
}
NFT
    ;;
  mend) ip netns exec "$ns" nft delete table inet qrp_partition ;;
  down)
    if [ -f "$forwarder" ]; then kill "$(cat "$forwarder")" 2>/dev/null || true; rm -f "$forwarder"; fi
    ip link del "$outer" 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
    ;;
  *) echo "usage: $0 up|cut|mend|down" >&2; exit 2 ;;
esac
