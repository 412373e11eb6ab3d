#!/usr/bin/env bash
# Installs what Lambdesk needs to build, test and run on Debian 12 (bookworm).
# Idempotent: packages already present are left alone; safe to run again.
# Works as root, or as a user with sudo.
set -euo pipefail

BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6svg6
    libqscintilla2-qt6-dev nlohmann-json3-dev libgit2-dev libssl-dev zlib1g-dev libzip-dev zipcmp zipmerge ziptool
    libyaml-cpp-dev
)
# Runtimes the functions run on (the app detects what is installed), and boto3, which AWS's
# Python runtimes provide (Lambdesk links it, and its dependencies, into the functions' path), and
# debugpy, the engine of the debugger for Python functions (Node's inspector is built in).
RUNTIME_PACKAGES=(python3 nodejs npm python3-boto3 python3-debugpy)
# The console in German and Chinese (View › Language): Qt's own texts (dialog buttons) in those
# languages, and a font with Chinese characters (a small one; fonts-noto-cjk looks better).
RUNTIME_PACKAGES+=(qt6-translations-l10n fonts-wqy-microhei)
# Tests: real clients, an X server for screenshots, what aws-lambda-ric compiles with, and the
# validators of the desktop entry and AppStream metainfo (plus dpkg-dev for the .deb), and clang
# with its libFuzzer and sanitizer runtimes (libclang-rt-14-dev) and llvm's symbolizer for the
# fuzz tests (tests/fuzz), and a headless browser for the function URL test (tst_urlbrowser).
TEST_PACKAGES=(awscli xvfb xauth imagemagick xdotool zip unzip curl
               autoconf automake libtool make g++ python3-minimal
               desktop-file-utils appstream dpkg-dev
               clang libclang-rt-14-dev llvm
               chromium)

want=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
if [[ "${1:-}" != "--no-test-deps" ]]; then
    want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# Node and npm may come from elsewhere (nvm, NodeSource): then the Debian packages are not needed.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    filtered=()
    for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: everything is already installed."
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi
echo "install-deps: installing ${missing[*]}"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
