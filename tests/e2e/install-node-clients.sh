#!/usr/bin/env bash
# Installs the real AWS clients the end-to-end tests drive Lambdesk with:
#   aws-lambda-ric          AWS's Node runtime interface client (native addon, ~1 min to build)
#   @aws-sdk/client-lambda  the AWS SDK's Lambda client
# at the exact versions pinned in tests/e2e/node-clients/package-lock.json.
#
# Usage: install-node-clients.sh [--set peers] [DEST]
#                                            (default: ${HOME}/.cache/lambdesk/node-clients)
#
# Afterwards DEST/node_modules holds both packages. The tests find the ric via LAMBDESK_RIC_DIR=DEST.
#
# --set peers installs instead the local Lambda runners tests/bench/bench_peers compares Lambdesk
# with (lambda-local, @vercel/fun, pinned in tests/bench/peers/package-lock.json), the same way, into
# ${HOME}/.cache/lambdesk/peers by default: a set of its own beside the clients, so that neither
# install replaces the other's node_modules while a test or a benchmark uses it.
# Idempotent: DEST/.lambdesk-node-clients.stamp records the sha256 of the package-lock.json that was
# installed (and the Node ABI the addon was built for); when it matches, nothing is done.
#
# Build needs (Debian 12): nodejs + npm, its headers in /usr/include/node (package nodejs),
# g++ make cmake python3 autoconf automake libtool.
set -euo pipefail

log() { printf '[install-node-clients] %s\n' "$*"; }
die() { printf '[install-node-clients] ERROR: %s\n' "$*" >&2; exit 1; }

SET=node-clients
if [[ "${1:-}" == "--set" ]]; then
    SET="${2:-}"
    shift 2 || die "--set needs a name (peers)"
fi
case "${SET}" in
node-clients) SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/node-clients" && pwd)" ;;
peers) SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../bench/peers" && pwd)" ;;
*) die "unknown set '${SET}' (node-clients or peers)" ;;
esac
DEST="${1:-${HOME}/.cache/lambdesk/${SET}}"
STAMP_NAME=".lambdesk-${SET}.stamp"

[[ -f "${SRC_DIR}/package.json" && -f "${SRC_DIR}/package-lock.json" ]] \
    || die "missing ${SRC_DIR}/package.json or package-lock.json"
command -v node >/dev/null 2>&1 || die "node not found on PATH (apt-get install nodejs)"
command -v npm  >/dev/null 2>&1 || die "npm not found on PATH (apt-get install npm)"
command -v sha256sum >/dev/null 2>&1 || die "sha256sum not found (coreutils)"

LOCK_SHA="$(sha256sum "${SRC_DIR}/package-lock.json" | cut -d' ' -f1)"
NODE_ABI="$(node -p 'process.versions.modules')"
WANT_STAMP="package-lock.json sha256 ${LOCK_SHA}
node-abi ${NODE_ABI}"

is_installed() {
    [[ -f "${DEST}/${STAMP_NAME}" ]] && [[ "$(cat "${DEST}/${STAMP_NAME}")" == "${WANT_STAMP}" ]] || return 1
    if [[ "${SET}" == peers ]]; then
        [[ -f "${DEST}/node_modules/lambda-local/package.json" ]] \
            && [[ -f "${DEST}/node_modules/@vercel/fun/package.json" ]]
    else
        [[ -f "${DEST}/node_modules/aws-lambda-ric/dist/rapid-client.node" ]] \
            && [[ -f "${DEST}/node_modules/aws-lambda-ric/bin/index.mjs" ]] \
            && [[ -f "${DEST}/node_modules/@aws-sdk/client-lambda/package.json" ]]
    fi
}

# Fast path, no lock needed.
if is_installed; then
    log "up to date: ${DEST} (lock sha256 ${LOCK_SHA:0:12}, node ABI ${NODE_ABI})"
    exit 0
fi

mkdir -p "${DEST}" || die "cannot create ${DEST}"
DEST="$(cd "${DEST}" && pwd)"

# Serialise concurrent runs on the same DEST (parallel builds / ctest -j).
if command -v flock >/dev/null 2>&1; then
    exec 9>"${DEST}/.install.lock"
    log "taking lock ${DEST}/.install.lock"
    flock 9
    if is_installed; then
        log "up to date: ${DEST} (installed by a concurrent run)"
        exit 0
    fi
fi

# Check the build tools the ric's install scripts need, before a one-minute build fails on them.
missing=()
tools=(g++ make cmake python3 autoreconf aclocal libtoolize)
[[ "${SET}" == peers ]] && tools=() # plain JavaScript: nothing to build
for tool in "${tools[@]}"; do
    command -v "${tool}" >/dev/null 2>&1 || missing+=("${tool}")
done
if (( ${#missing[@]} )); then
    die "missing build tools: ${missing[*]}
  install them with: apt-get install -y g++ make cmake python3 autoconf automake libtool"
fi

# node-gyp must not download Node headers (no network but the registries): use the installed ones.
if [[ -z "${npm_config_nodedir:-}" ]]; then
    node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
    if [[ -f "${node_prefix}/include/node/node_version.h" ]]; then
        export npm_config_nodedir="${node_prefix}"
        log "node-gyp will use the Node headers in ${node_prefix}/include/node"
    else
        log "warning: no Node headers in ${node_prefix}/include/node; node-gyp may try to download them"
    fi
fi

log "installing into ${DEST}: $(cd "${SRC_DIR}" && node -p "Object.entries(require('./package.json').dependencies).map(([k,v])=>k+'@'+v).join(', ')")"
log "node $(node -v), npm $(npm -v)$([[ "${SET}" == peers ]] || echo "; building aws-lambda-ric's native addon takes about a minute")"

rm -f "${DEST}/${STAMP_NAME}"
cp "${SRC_DIR}/package.json" "${SRC_DIR}/package-lock.json" "${DEST}/"

NPM_LOG="${DEST}/npm-ci.log"
start=$(date +%s)
# One retry: the build of the ric's bundled curl / aws-lambda-cpp has been seen to fail once
# (1 cold install in about 10, not reproduced since) and then pass unchanged.
attempt=1
while :; do
    log "running: npm ci --no-audit --no-fund --foreground-scripts (attempt ${attempt}, in ${DEST}, log ${NPM_LOG})"
    if (cd "${DEST}" && npm ci --no-audit --no-fund --foreground-scripts) >"${NPM_LOG}" 2>&1; then
        break
    fi
    echo "----- last 60 lines of ${NPM_LOG} -----" >&2
    tail -n 60 "${NPM_LOG}" >&2
    echo "-----" >&2
    if (( attempt >= 2 )); then
        die "npm ci failed in ${DEST} (full log: ${NPM_LOG}; first attempt: ${DEST}/npm-ci.attempt1.log)"
    fi
    mv -f "${NPM_LOG}" "${DEST}/npm-ci.attempt1.log"
    log "npm ci failed (attempt ${attempt}); retrying once"
    attempt=$((attempt + 1))
done

if [[ "${SET}" == peers ]]; then
    (cd "${DEST}" && node -e "require('lambda-local'); require('@vercel/fun')") \
        || die "installed packages fail to load with $(node -v)"
else
    [[ -f "${DEST}/node_modules/aws-lambda-ric/dist/rapid-client.node" ]] \
        || die "npm ci succeeded but aws-lambda-ric's native addon was not built (were its install scripts skipped? see allowScripts in package.json and ${NPM_LOG})"
    # (the addon reads AWS_LAMBDA_RUNTIME_API when loaded and aborts if it is unset; it does not connect)
    (cd "${DEST}" && AWS_LAMBDA_RUNTIME_API=127.0.0.1:9 node -e "require('./node_modules/aws-lambda-ric/dist/rapid-client.node'); require('@aws-sdk/client-lambda')") \
        || die "installed packages fail to load with $(node -v)"

    # aws-lambda-ric leaves ~150 MB of curl / aws-lambda-cpp build trees behind; the addon links them statically.
    for d in "${DEST}"/node_modules/aws-lambda-ric/deps/aws-lambda-cpp-* "${DEST}"/node_modules/aws-lambda-ric/deps/curl-*; do
        if [[ -d "${d}" ]]; then rm -rf "${d}"; fi
    done
fi

printf '%s\n' "${WANT_STAMP}" >"${DEST}/${STAMP_NAME}"
log "done in $(( $(date +%s) - start )) s: ${DEST}/node_modules"
