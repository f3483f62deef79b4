# Sourced by the scripts that need tools from Debian's packages (scripts/test, scripts/check-openapi,
# scripts/benchmark): install_debian_packages PACKAGE... installs them through apt, with sudo unless run as root.
install_debian_packages() {
    echo "Installing Debian's $*" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
