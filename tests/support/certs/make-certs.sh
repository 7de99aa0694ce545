#!/bin/sh
# Makes the test certificates in this directory (run by hand; the results are committed so the
# tests need no openssl at run time). All keys are throwaway test keys.
#   ca.pem/ca.key            a test CA, valid until 2125
#   server.pem/server.key    signed by the CA for 127.0.0.1, 127.0.0.2 and localhost
#   expired.pem/expired.key  signed by the CA for the same names, valid only in 2000
#   wronghost.pem/.key       signed by the CA for other.invalid only
#   selfsigned.pem/.key      self-signed for 127.0.0.1 (not from the CA)
set -eu
cd "$(dirname "$0")"
days=36500
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days \
    -subj "/CN=Homing test CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
leaf() { # name subject-alt-names [ca-options...]
    name=$1 san=$2; shift 2
    openssl req -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.csr" -subj "/CN=$name"
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$san" > "$name.ext"
    "$@"
    rm -f "$name.csr" "$name.ext"
}
# `openssl ca` is the one command that takes explicit dates (so a clock a little behind still
# accepts the valid ones).
sign() { # start end
    start=$1 end=$2
    t=$(mktemp -d)
    : > "$t/index"; openssl rand -hex 8 > "$t/serial"
    cat > "$t/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $t/index
serial = $t/serial
new_certs_dir = $t
default_md = sha256
policy = any
copy_extensions = none
[any]
commonName = supplied
CNF
    openssl ca -batch -config "$t/ca.cnf" -cert ca.pem -keyfile ca.key -in "$name.csr" -out "$name.pem" \
        -startdate "$start" -enddate "$end" -extfile "$name.ext" -notext
    rm -rf "$t"
}
leaf server "IP:127.0.0.1,IP:127.0.0.2,DNS:localhost" sign 20200101000000Z 21250101000000Z
leaf wronghost "DNS:other.invalid" sign 20200101000000Z 21250101000000Z
leaf expired "IP:127.0.0.1,IP:127.0.0.2,DNS:localhost" sign 20000101000000Z 20001231000000Z
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days $days \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1"
