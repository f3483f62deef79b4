# Sourced by scripts/dev and scripts/test: finds a JDK 21 or newer and exports JAVA_HOME, or stops with a clear
# message. Looks at JAVA_HOME, then `java` on the PATH, then the usual install folders (newest first).

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = //p' | head -n 1 | cut -d. -f1
}

is_jdk21() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    local major
    major=$(java_major "$1")
    [ -n "$major" ] && [ "$major" -ge 21 ]
}

find_jdk21() {
    if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
        echo "$JAVA_HOME"; return 0
    fi
    if command -v javac >/dev/null 2>&1; then
        local from_path
        from_path=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        if is_jdk21 "$from_path"; then echo "$from_path"; return 0; fi
    fi
    local candidate
    for candidate in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            2>/dev/null | sort -Vr); do
        if is_jdk21 "$candidate"; then echo "$candidate"; return 0; fi
    done
    return 1
}

if ! JAVA_HOME=$(find_jdk21); then
    echo "Samordna needs a JDK 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
    echo "Install one (for example Eclipse Temurin 21) and point JAVA_HOME at it." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
