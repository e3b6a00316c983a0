#!/usr/bin/env bash
# AlertDesk's one entry point on Debian 12: install the missing packages of installer/debian-packages.txt, build,
# then launch the GUI on the demo feed (`run`) or run the whole test suite (`test`). See --help.
set -euo pipefail

installer_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$installer_dir")
readonly installer_dir source_dir
readonly package_list=$installer_dir/debian-packages.txt
readonly build_dir=${ALERTDESK_BUILD_DIR:-$source_dir/build}
readonly test_timeout=${ALERTDESK_TEST_TIMEOUT:-600}
dry_run=0

usage() {
    cat <<EOF
Usage: installer/setup.sh [--dry-run] COMMAND [ARGS...]

Commands:
  run [ARGS...]  install missing packages, build, then start the GUI: build/ui/alertdesk ARGS
                 (default ARGS: --demo, the built-in demo feed). Needs a display: without DISPLAY or
                 WAYLAND_DISPLAY it stops and explains how to use xvfb-run.
  test           install missing packages, build, then run the whole test suite (ctest -j2)
  build          install missing packages and build only
  deps           install missing packages only

Options:
  --dry-run      for the package step: print what is missing and the apt-get commands, change nothing
                 (the build and the rest of the command still run unless the command is deps)

Environment:
  CI=true, ALERTDESK_WERROR=ON   build with -Werror (.ci/run sets CI=true)
  ALERTDESK_BUILD_DIR            build directory (default: build/ in the checkout)
  ALERTDESK_TEST_TIMEOUT         seconds a test may take unless it sets its own limit (default: 600)
EOF
}

say() { printf 'setup.sh: %s\n' "$*" >&2; }
die() { say "$1"; exit "${2:-1}"; }

# The list: one package per line; '#' starts a comment.
listed_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$package_list" | grep -v '^$'
}

missing_packages() {
    local pkg
    while read -r pkg; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null) != installed ]]; then
            printf '%s\n' "$pkg"
        fi
    done < <(listed_packages)
}

install_packages() {
    local -a missing as_root
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        say "all $(listed_packages | wc -l) packages of installer/debian-packages.txt are installed"
        return 0
    fi
    say "missing packages: ${missing[*]}"
    if ((EUID == 0)); then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        die "installing packages needs root: run this as root, or install sudo and give this user sudo rights"
    fi
    local -a env=(env DEBIAN_FRONTEND=noninteractive)
    local -a update=("${as_root[@]}" "${env[@]}" apt-get update)
    local -a install=("${as_root[@]}" "${env[@]}" apt-get install -y --no-install-recommends "${missing[@]}")
    if ((dry_run)); then
        say "dry run, would run: ${update[*]}"
        say "dry run, would run: ${install[*]}"
        return 0
    fi
    "${update[@]}"
    "${install[@]}"
}

werror_setting() {
    if [[ ${CI:-} == true || ${ALERTDESK_WERROR:-} == ON ]]; then echo ON; else echo OFF; fi
}

build() {
    local werror
    werror=$(werror_setting)
    say "configuring $build_dir (Ninja, Release, ALERTDESK_WERROR=$werror)"
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DALERTDESK_WERROR="$werror"
    cmake --build "$build_dir" -j2
}

# The GUI needs a display; on a machine without one we stop and say how to get one rather than start an
# invisible window that the user cannot see or close.
run_gui() {
    local gui=$build_dir/ui/alertdesk
    [[ -x $gui ]] || die "the build did not produce $gui"
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."
        say "to run AlertDesk on a virtual X display: xvfb-run -a installer/setup.sh run"
        die "or connect with a display (ssh -X, a desktop session) and run installer/setup.sh run again" 2
    fi
    (($# > 0)) || set -- --demo
    say "starting $gui $*"
    exec "$gui" "$@"
}

run_tests() {
    say "running the test suite in $build_dir (ctest -j2, $test_timeout s per test unless it sets its own)"
    ctest --test-dir "$build_dir" --output-on-failure -j2 --timeout "$test_timeout"
}

main() {
    if [[ ${1:-} == --dry-run ]]; then
        dry_run=1
        shift
    fi
    local command=${1:-}
    (($# > 0)) && shift
    case $command in
        run) install_packages; build; run_gui "$@" ;;
        test) install_packages; build; run_tests ;;
        build) install_packages; build ;;
        deps) install_packages ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
