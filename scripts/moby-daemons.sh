#!/usr/bin/env bash
# Real Moby daemons and their neighbours for moby_client's integration tests.
#
#   scripts/moby-daemons.sh start [--only 20.10|28.5]   install what is missing, start
#   scripts/moby-daemons.sh stop                        stop what this script started
#   scripts/moby-daemons.sh status                      one line per service
#   scripts/moby-daemons.sh env                         print the MOBY_TEST_* exports
#
# Services (all on loopback or private unix sockets):
#   Moby 20.10 (Debian bookworm docker.io, API 1.41)  unix:///var/run/docker.sock
#       and tcp://127.0.0.1:2376 with mutual TLS
#   Moby 28.5 (Debian sid docker.io, API 1.51)        unix:///run/moby-sid/docker.sock
#   docker-registry without auth                      127.0.0.1:5000
#   docker-registry with htpasswd auth                127.0.0.1:5001
#   sshd for ssh:// hosts                             127.0.0.1:2222 and [::1]:2222
#
# Runs as root. Everything it creates lives in $MOBY_TEST_DIR (default
# /var/tmp/moby-test), the sid prefix ($MOBY_SID_PREFIX, default /opt/moby-sid),
# /run/moby-sid, the bridge "mobysid0" and the 20.10 daemon's default data root.
set -euo pipefail

STATE_DIR="${MOBY_TEST_DIR:-/var/tmp/moby-test}"
SID_PREFIX="${MOBY_SID_PREFIX:-/opt/moby-sid}"
LOG_DIR="$STATE_DIR/logs"
PID_DIR="$STATE_DIR/pids"

MAIN_SOCK=/var/run/docker.sock
SID_RUN=/run/moby-sid
SID_SOCK="$SID_RUN/docker.sock"
SID_BRIDGE=mobysid0
SID_BRIDGE_ADDR=172.31.250.1/24
TLS_PORT=2376
SSH_PORT="${MOBY_TEST_SSH_PORT:-2222}"
REGISTRY_PORT=5000
AUTH_REGISTRY_PORT=5001
KEY_MARKER="moby-client-test-key"
WAIT_SECONDS=60

log() { printf 'moby-daemons: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

need_root() {
    [[ $(id -u) -eq 0 ]] || die "run as root"
}

# ---------------------------------------------------------------- install --

install_packages() {
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    [[ -x /bin/busybox ]] || missing+=(busybox-static)
    command -v docker-registry >/dev/null || missing+=(docker-registry)
    command -v htpasswd >/dev/null || missing+=(apache2-utils)
    [[ -x /usr/sbin/sshd ]] || missing+=(openssh-server)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v curl >/dev/null || missing+=(curl)
    command -v ip >/dev/null || missing+=(iproute2)
    ((${#missing[@]} == 0)) && return 0

    log "installing ${missing[*]} (there is no systemd; the daemons are started here)"
    apt-get update -q >"$LOG_DIR/apt-update.log" 2>&1 ||
        die "apt-get update failed (log: $LOG_DIR/apt-update.log)"
    # Packages must not start their services (init scripts would start a
    # second dockerd or a registry on :5000); a policy-rc.d that says no is
    # put in place for the install unless the system already has one.
    local own_policy=no
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        own_policy=yes
    fi
    local status=0
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" \
        >"$LOG_DIR/apt-install.log" 2>&1 || status=$?
    [[ $own_policy == yes ]] && rm -f /usr/sbin/policy-rc.d
    if ((status != 0)); then
        tail -20 "$LOG_DIR/apt-install.log" >&2
        die "apt-get install failed (log: $LOG_DIR/apt-install.log)"
    fi
}

# The URI of the first Debian archive the system's apt already uses.
system_debian_mirror() {
    local uri
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    if [[ -z $uri && -f /etc/apt/sources.list ]]; then
        uri=$(awk '$1 == "deb" && $0 !~ /security/ {
            for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}
        }' /etc/apt/sources.list)
    fi
    [[ -n $uri ]] || die "no Debian mirror found in the system's apt sources"
    printf '%s\n' "$uri"
}

# Moby 28.5 from Debian sid, unpacked (not installed) into $SID_PREFIX.
install_sid_moby() {
    [[ -x $SID_PREFIX/usr/sbin/dockerd && -x $SID_PREFIX/usr/bin/containerd ]] && return 0
    local apt_dir="$STATE_DIR/sid-apt" mirror
    mirror=$(system_debian_mirror)
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs"
    printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s sid main\n' \
        "$mirror" >"$apt_dir/sources.list"
    local apt_opts=(-q -o "Dir::Etc::SourceList=$apt_dir/sources.list"
        -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$apt_dir/lists"
        -o "Dir::Cache=$apt_dir/cache"
        -o APT::Sandbox::User=root)
    log "fetching docker.io and containerd from sid ($mirror)"
    apt-get "${apt_opts[@]}" update >"$LOG_DIR/sid-apt.log" 2>&1 ||
        die "sid apt-get update failed (log: $LOG_DIR/sid-apt.log)"
    rm -f "$apt_dir"/debs/*.deb
    (cd "$apt_dir/debs" && apt-get "${apt_opts[@]}" download docker.io containerd) \
        >>"$LOG_DIR/sid-apt.log" 2>&1 ||
        die "sid apt-get download failed (log: $LOG_DIR/sid-apt.log)"
    mkdir -p "$SID_PREFIX"
    local deb
    for deb in "$apt_dir"/debs/*.deb; do dpkg -x "$deb" "$SID_PREFIX"; done
}

# --------------------------------------------------------------- material --

make_tls_material() {
    local dir="$STATE_DIR/tls"
    [[ -f $dir/client/key.pem && -f $dir/server/key.pem ]] && return 0
    mkdir -p "$dir/ca" "$dir/server" "$dir/client"
    (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=moby-client test CA" \
            -keyout ca/key.pem -out ca/ca.pem
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
            -keyout server/key.pem -out server/req.csr
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' \
            >server/ext.cnf
        openssl x509 -req -in server/req.csr -CA ca/ca.pem -CAkey ca/key.pem \
            -CAcreateserial -days 365 -extfile server/ext.cnf -out server/cert.pem
        openssl req -newkey rsa:2048 -nodes -subj "/CN=moby-client test client" \
            -keyout client/key.pem -out client/req.csr
        printf 'extendedKeyUsage=clientAuth\n' >client/ext.cnf
        openssl x509 -req -in client/req.csr -CA ca/ca.pem -CAkey ca/key.pem \
            -CAcreateserial -days 365 -extfile client/ext.cnf -out client/cert.pem
        cp ca/ca.pem server/ca.pem
        cp ca/ca.pem client/ca.pem
        chmod 600 ca/key.pem server/key.pem client/key.pem
    ) >"$LOG_DIR/tls.log" 2>&1 || die "openssl failed (log: $LOG_DIR/tls.log)"
}

# A tar of the static busybox at /bin/busybox plus one symlink per applet.
make_busybox_tar() {
    local tar="$STATE_DIR/busybox.tar"
    [[ -s $tar ]] && return 0
    local root
    root=$(mktemp -d "$STATE_DIR/busybox-root.XXXXXX")
    mkdir -p "$root/bin" "$root/tmp" "$root/etc"
    cp /bin/busybox "$root/bin/busybox"
    local applet
    for applet in $(/bin/busybox --list); do
        [[ $applet == busybox ]] || ln -sf busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' \
        >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    tar -C "$root" --numeric-owner -cf "$tar.partial" .
    mv "$tar.partial" "$tar"
    rm -rf "$root"
}

# ---------------------------------------------------------------- helpers --

pid_alive() {
    local file="$PID_DIR/$1.pid"
    [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null
}

# spawn NAME CMD...: run CMD in the background, logging to NAME.log, pid in NAME.pid.
spawn() {
    local name=$1
    shift
    if pid_alive "$name"; then
        return 0
    fi
    setsid "$@" >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
    echo $! >"$PID_DIR/$name.pid"
}

ping_socket() {
    curl -fsS --max-time 2 --unix-socket "$1" http://moby/_ping >/dev/null 2>&1
}

wait_for() {
    local what=$1
    shift
    local deadline=$((SECONDS + WAIT_SECONDS))
    until "$@" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            die "$what did not answer within ${WAIT_SECONDS}s (logs: $LOG_DIR)"
        fi
        sleep 0.5
    done
}

import_busybox() {
    local sock=$1 version=$2
    if curl -fsS --unix-socket "$sock" "http://moby/v$version/images/busybox:local/json" \
        >/dev/null 2>&1; then
        return 0
    fi
    curl -fsS --unix-socket "$sock" -X POST -H 'Content-Type: application/x-tar' \
        --data-binary "@$STATE_DIR/busybox.tar" \
        "http://moby/v$version/images/create?fromSrc=-&repo=busybox&tag=local" \
        >>"$LOG_DIR/busybox-import.log" 2>&1 || die "busybox import into $sock failed"
}

# --------------------------------------------------------------- services --

start_main() {
    if ping_socket "$MAIN_SOCK"; then
        pid_alive dockerd-20.10 || log "a daemon already answers on $MAIN_SOCK; using it"
    else
        [[ -S $MAIN_SOCK ]] && ! pid_alive dockerd-20.10 && rm -f "$MAIN_SOCK"
        local tls="$STATE_DIR/tls/server"
        spawn dockerd-20.10 env PATH=/usr/sbin:/usr/bin:/sbin:/bin /usr/sbin/dockerd \
            -H "unix://$MAIN_SOCK" -H "tcp://127.0.0.1:$TLS_PORT" \
            --tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/cert.pem" \
            --tlskey "$tls/key.pem" --pidfile "$STATE_DIR/dockerd-20.10.pid"
        wait_for "Moby 20.10 on $MAIN_SOCK" ping_socket "$MAIN_SOCK"
    fi
    import_busybox "$MAIN_SOCK" 1.41
}

start_sid() {
    if ! ping_socket "$SID_SOCK"; then
        mkdir -p "$SID_RUN" "$STATE_DIR/sid/data" "$STATE_DIR/sid/exec"
        if ! ip link show "$SID_BRIDGE" >/dev/null 2>&1; then
            ip link add "$SID_BRIDGE" type bridge
            ip addr add "$SID_BRIDGE_ADDR" dev "$SID_BRIDGE"
            ip link set "$SID_BRIDGE" up
            touch "$STATE_DIR/bridge-created"
        fi
        rm -f "$SID_SOCK"
        # sid's containerd, shim and docker-init first; the system runc (sid's
        # needs a newer glibc than bookworm's).
        spawn dockerd-28.5 env \
            PATH="$SID_PREFIX/usr/bin:$SID_PREFIX/usr/sbin:/usr/sbin:/usr/bin:/sbin:/bin" \
            "$SID_PREFIX/usr/sbin/dockerd" -H "unix://$SID_SOCK" \
            --data-root "$STATE_DIR/sid/data" --exec-root "$STATE_DIR/sid/exec" \
            --pidfile "$SID_RUN/dockerd.pid" \
            --containerd-namespace moby-sid --containerd-plugins-namespace moby-sid-plugins \
            --iptables=false --ip6tables=false --bridge "$SID_BRIDGE" \
            --userland-proxy-path "$SID_PREFIX/usr/sbin/docker-proxy"
        wait_for "Moby 28.5 on $SID_SOCK" ping_socket "$SID_SOCK"
    fi
    import_busybox "$SID_SOCK" 1.51
}

registry_config() {
    local name=$1 port=$2 auth=$3
    local dir="$STATE_DIR/registry-$name"
    mkdir -p "$dir/data"
    {
        printf 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n'
        printf '    rootdirectory: %s\n  delete:\n    enabled: true\n' "$dir/data"
        printf 'http:\n  addr: 127.0.0.1:%s\n' "$port"
        if [[ $auth == yes ]]; then
            printf 'auth:\n  htpasswd:\n    realm: moby-client-test\n'
            printf '    path: %s\n' "$dir/htpasswd"
        fi
    } >"$dir/config.yml"
}

start_registries() {
    registry_config open "$REGISTRY_PORT" no
    registry_config auth "$AUTH_REGISTRY_PORT" yes
    local cred="$STATE_DIR/registry-auth/credentials"
    if [[ ! -f $cred ]]; then
        local user password
        user="mobytest$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
        password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
        htpasswd -Bbc "$STATE_DIR/registry-auth/htpasswd" "$user" "$password" \
            >/dev/null 2>&1
        printf '%s\n%s\n' "$user" "$password" >"$cred"
        chmod 600 "$cred"
    fi
    spawn registry-open docker-registry serve "$STATE_DIR/registry-open/config.yml"
    spawn registry-auth docker-registry serve "$STATE_DIR/registry-auth/config.yml"
    wait_for "registry on :$REGISTRY_PORT" \
        curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$REGISTRY_PORT/v2/"
    wait_for "registry on :$AUTH_REGISTRY_PORT" \
        curl -sS --max-time 2 -o /dev/null "http://127.0.0.1:$AUTH_REGISTRY_PORT/v2/"
}

start_sshd() {
    local dir="$STATE_DIR/ssh"
    mkdir -p "$dir" /run/sshd
    chmod 700 "$dir"
    [[ -f $dir/host_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -f "$dir/host_ed25519"
    [[ -f $dir/id_ed25519 ]] ||
        ssh-keygen -q -t ed25519 -N '' -C "$KEY_MARKER" -f "$dir/id_ed25519"
    cat >"$dir/sshd_config" <<EOF
Port $SSH_PORT
ListenAddress 127.0.0.1
ListenAddress ::1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
AuthorizedKeysFile .ssh/authorized_keys
# the docker.io CLI answers "docker system dial-stdio" with the 20.10 daemon
SetEnv PATH=/usr/bin:/usr/sbin:/bin:/sbin DOCKER_HOST=unix://$MAIN_SOCK
EOF
    cat >"$dir/client_config" <<EOF
Host 127.0.0.1 ::1 localhost
    Port $SSH_PORT
    User root
    IdentityFile $dir/id_ed25519
    IdentitiesOnly yes
    StrictHostKeyChecking no
    UserKnownHostsFile $dir/known_hosts
EOF
    mkdir -p /root/.ssh
    chmod 700 /root/.ssh
    touch /root/.ssh/authorized_keys
    if ! grep -q "$KEY_MARKER" /root/.ssh/authorized_keys; then
        cat "$dir/id_ed25519.pub" >>/root/.ssh/authorized_keys
    fi
    chmod 600 /root/.ssh/authorized_keys
    spawn sshd /usr/sbin/sshd -D -e -f "$dir/sshd_config"
    wait_for "sshd on :$SSH_PORT" ssh_answers
}

ssh_answers() {
    ssh -F "$STATE_DIR/ssh/client_config" -o BatchMode=yes -o ConnectTimeout=2 \
        127.0.0.1 true >/dev/null 2>&1
}

# ------------------------------------------------------------------ verbs --

cmd_start() {
    local only=""
    while (($#)); do
        case $1 in
        --only) only=${2:?--only needs 20.10 or 28.5}; shift 2 ;;
        *) die "unknown option $1" ;;
        esac
    done
    need_root
    mkdir -p "$LOG_DIR" "$PID_DIR"
    install_packages
    make_tls_material
    make_busybox_tar
    case $only in
    "") install_sid_moby; start_main; start_sid; start_registries; start_sshd ;;
    20.10) start_main ;;
    28.5) install_sid_moby; start_sid ;;
    *) die "--only takes 20.10 or 28.5" ;;
    esac
    log "up: $(cmd_status | tr '\n' ';')"
}

stop_pid() {
    local name=$1 file="$PID_DIR/$1.pid"
    [[ -f $file ]] || return 0
    local pid
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        local deadline=$((SECONDS + 30))
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    fi
    rm -f "$file"
    log "stopped $name"
}

cmd_stop() {
    need_root
    [[ -d $PID_DIR ]] || return 0
    stop_pid sshd
    stop_pid registry-auth
    stop_pid registry-open
    stop_pid dockerd-28.5
    stop_pid dockerd-20.10
    if [[ -f /root/.ssh/authorized_keys ]]; then
        sed -i "/$KEY_MARKER/d" /root/.ssh/authorized_keys
    fi
    if [[ -f $STATE_DIR/bridge-created ]]; then
        ip link delete "$SID_BRIDGE" 2>/dev/null || true
        rm -f "$STATE_DIR/bridge-created"
    fi
}

cmd_status() {
    local name
    for name in dockerd-20.10 dockerd-28.5 registry-open registry-auth sshd; do
        if pid_alive "$name"; then
            printf '%s running (pid %s)\n' "$name" "$(cat "$PID_DIR/$name.pid")"
        else
            printf '%s stopped\n' "$name"
        fi
    done
    ping_socket "$MAIN_SOCK" && printf '%s answers\n' "$MAIN_SOCK"
    ping_socket "$SID_SOCK" && printf '%s answers\n' "$SID_SOCK"
    return 0
}

cmd_env() {
    local hosts=()
    ping_socket "$MAIN_SOCK" && hosts+=("unix://$MAIN_SOCK")
    ping_socket "$SID_SOCK" && hosts+=("unix://$SID_SOCK")
    printf 'export MOBY_TEST_HOSTS="%s"\n' "${hosts[*]}"
    printf 'export MOBY_TEST_REQUIRE_DAEMON=1\n'
    printf 'export MOBY_TEST_SWARM_HOST="unix://%s"\n' "$MAIN_SOCK"
    if pid_alive registry-open; then
        printf 'export MOBY_TEST_REGISTRY="127.0.0.1:%s"\n' "$REGISTRY_PORT"
    fi
    local cred="$STATE_DIR/registry-auth/credentials"
    if pid_alive registry-auth && [[ -f $cred ]]; then
        printf 'export MOBY_TEST_AUTH_REGISTRY="127.0.0.1:%s"\n' "$AUTH_REGISTRY_PORT"
        printf 'export MOBY_TEST_AUTH_REGISTRY_USER="%s"\n' "$(sed -n 1p "$cred")"
        printf 'export MOBY_TEST_AUTH_REGISTRY_PASSWORD="%s"\n' "$(sed -n 2p "$cred")"
    fi
    if pid_alive sshd; then
        printf 'export MOBY_TEST_SSH_HOST="ssh://root@127.0.0.1:%s"\n' "$SSH_PORT"
        printf 'export MOBY_TEST_SSH_IDENTITY="%s"\n' "$STATE_DIR/ssh/id_ed25519"
        printf 'export MOBY_TEST_SSH_CONFIG="%s"\n' "$STATE_DIR/ssh/client_config"
    fi
    if pid_alive dockerd-20.10; then
        printf 'export MOBY_TEST_TLS_HOST="tcp://127.0.0.1:%s"\n' "$TLS_PORT"
        printf 'export MOBY_TEST_TLS_CERT_PATH="%s"\n' "$STATE_DIR/tls/client"
    fi
}

main() {
    local verb=${1:-}
    (($#)) && shift
    case $verb in
    start) cmd_start "$@" ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) cmd_env ;;
    *) die "usage: $0 start [--only 20.10|28.5] | stop | status | env" ;;
    esac
}

main "$@"
