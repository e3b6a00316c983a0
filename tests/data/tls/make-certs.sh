#!/bin/sh
# Regenerates the TLS test data of tst_feedclient_tls (OpenSSL 3): a test CA, a server certificate for
# 127.0.0.1 / localhost and one for another name, both signed by that CA, valid for 100 years.
# The CA key is deleted afterwards: nothing else can ever be signed by this CA.
set -eu
cd "$(dirname "$0")"
curve="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
openssl req -x509 $curve -keyout ca.key -out ca.pem -days 36500 -subj "/CN=AlertDesk Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
issue() { # name, common name, subjectAltName
    openssl req $curve -keyout "$1.key" -out "$1.csr" -subj "/CN=$2"
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' "$3" >"$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" -days 36500 -extfile "$1.ext"
    rm "$1.csr" "$1.ext"
    chmod 644 "$1.key"
}
issue server 127.0.0.1 "IP:127.0.0.1,DNS:localhost"
issue other-host feed.example.invalid "DNS:feed.example.invalid"
rm ca.key ca.srl
