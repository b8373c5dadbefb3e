#!/usr/bin/env bash
# Builds target/annalist/bin/annalist with jpackage (part of every JDK since 16): the app,
# its libraries and a trimmed Java runtime, so the launcher needs neither Maven nor a JDK.
# Arguments: target directory, main jar name, main class.
set -euo pipefail
target=$1 jar=$2 main=$3
input="$target/app-input"
cp "$target/$jar" "$input/"
rm -rf "$target/annalist"
if ! command -v jpackage >/dev/null 2>&1 && [ -n "${JAVA_HOME:-}" ]; then
  PATH="$JAVA_HOME/bin:$PATH"
fi
jpackage --type app-image --name annalist --dest "$target" \
  --input "$input" --main-jar "$jar" --main-class "$main" \
  --add-modules java.base,java.desktop,java.logging,java.prefs,java.xml,java.sql,java.naming,java.management,jdk.unsupported,jdk.zipfs,jdk.localedata,java.net.http \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --java-options "-Xmx1g"
echo "app image: $target/annalist/bin/annalist"
