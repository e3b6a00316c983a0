#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME, so tests
# use a real Secret Service without touching the user's keyring (../shared/specs/keychain.md).
set -e
if [ -z "$ALERTDESK_KEYRING_INNER" ]; then
  export ALERTDESK_KEYRING_INNER=1
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/alertdesk-keyring.XXXXXX")
  export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CONFIG_HOME="$tmp/.config" XDG_RUNTIME_DIR="$tmp/run"
  mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  rc=0; dbus-run-session -- "$0" "$@" || rc=$?
  rm -rf "$tmp"; exit $rc
fi
printf '%s' "${KEYRING_PASSWORD:-test}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
  i=$((i+1)); [ $i -gt 100 ] && { echo "with-keyring.sh: the keyring did not come up" >&2; exit 1; }; sleep 0.1
done
exec "$@"
