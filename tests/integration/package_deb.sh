#!/bin/sh
# package_deb: builds the .deb with CPack from the build tree, unpacks it into a scratch root and checks what a
# user installing it would get: both executables (each runs from the scratch root and prints its version),
# the launcher, the AppStream metadata, the icon set, and the run-time dependencies that
# dpkg-shlibdeps cannot see. Nothing is installed on the machine.
#
# Usage: package_deb.sh BUILD_DIR WORK_DIR CPACK VERSION
set -eu

build_dir=$1 work=$2 cpack=$3 version=$4
appstreamcli=$(command -v appstreamcli || true)
desktop_validate=$(command -v desktop-file-validate || true)
app_id=io.alertdesk.AlertDesk
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
# Marks the start of a group of checks; pass_group reports it as passed only when none of them failed.
group() { group_failures=$failures; }
pass_group() { [ "$failures" -ne "$group_failures" ] || pass "$*"; }
die() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"

# 1. The package builds (the shared-library scan included).
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack -G DEB failed (log above)"
fi
deb="$work/out/alertdesk_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls -l "$work/out" >&2; die "cpack did not write $deb (DEB-DEFAULT file name)"; }
pass "cpack wrote $(basename "$deb")"

# 2. Its control data: name, version, section, and the dependencies a working desktop needs.
field() { dpkg-deb --field "$deb" "$1"; }
group
[ "$(field Package)" = alertdesk ] || fail "Package is '$(field Package)', expected alertdesk"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)', expected net"
depends=$(field Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 fonts-wqy-microhei libqt6core6 libqt6network6; do
    case ", $depends," in
        *", $dep"[[:space:],]*) ;;
        *) fail "Depends lacks $dep: $depends" ;;
    esac
done
case "$(field Recommends)" in
    *gnome-keyring*) ;;
    *) fail "Recommends lacks gnome-keyring: $(field Recommends)" ;;
esac
pass_group "control: Depends: $depends"

# 3. Its files.
dpkg-deb --extract "$deb" "$work/root"
root="$work/root"
group
expect_file() { [ -f "$root/$1" ] || fail "the package lacks /$1"; }
expect_file usr/bin/alertdesk
expect_file usr/bin/alertdesk-cli
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    expect_file "$png"
    if [ -f "$root/$png" ]; then
        case "$(file -b "$root/$png")" in
            "PNG image data, $size x $size,"*) ;;
            *) fail "/$png is not a $size x $size PNG: $(file -b "$root/$png")" ;;
        esac
    fi
done
pass_group "files: executables, launcher, metainfo, SVG and $(echo 16 32 48 64 128 256 | wc -w) PNG icons present"

# 4. The packaged executables run from the scratch root (the GUI on the offscreen platform, with a scratch HOME).
# expect_version PROGRAM: PROGRAM --version prints "<its name> VERSION" and exits 0.
expect_version() {
    if out=$("$root/usr/bin/$1" --version 2>&1); then
        if [ "$out" = "$1 $version" ]; then
            pass "$1 --version: $out"
        else
            fail "$1 --version printed '$out', expected '$1 $version'"
        fi
    else
        fail "$1 --version exited with $?: $out"
    fi
}
mkdir -p "$work/home/run"
chmod 700 "$work/home/run"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/home/run" XDG_CONFIG_HOME="$work/home/config"
export XDG_DATA_HOME="$work/home/data" QT_QPA_PLATFORM=offscreen
[ -x "$root/usr/bin/alertdesk-cli" ] && expect_version alertdesk-cli
[ -x "$root/usr/bin/alertdesk" ] && expect_version alertdesk

# 5. The desktop files are valid where the validators are installed (installer/debian-packages.txt lists them).
if [ -z "$desktop_validate" ]; then
    echo "NOTE: desktop-file-validate not installed; .desktop file not validated"
elif "$desktop_validate" "$root/usr/share/applications/$app_id.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate rejected the .desktop file"
fi
if [ -z "$appstreamcli" ]; then
    echo "NOTE: appstreamcli not installed; metainfo not validated"
elif "$appstreamcli" validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"; then
    pass "appstreamcli validate"
else
    fail "appstreamcli rejected the metainfo"
fi

[ "$failures" -eq 0 ] || die "$failures check(s) failed"
echo "package_deb: all checks passed"
