#!/usr/bin/env bash
# Builds target/annalist/bin/annalist with jpackage (part of every full JDK since 16): the app,
# its libraries and a trimmed Java runtime, so the launcher needs neither Maven nor a JDK.
# Where jpackage is missing or cannot build an image (a JDK without jmods), it writes a plain
# launcher script over the same jars instead, which needs a Java 17 runtime on the PATH.
# Arguments: target directory, main jar name, main class.
set -uo pipefail
target=$1 jar=$2 main=$3
input="$target/app-input"
# The bundled data's attribution and licence, beside the launcher as well as inside the jar.
copy_data_notices() {
  local data="$target/../data"
  cp "$data/ABOUT-DATA.txt" "$1/ABOUT-DATA.txt" 2>/dev/null || true
  cp "$data/sources/cns-nk-missile-tests/LICENSE" "$1/cns-nk-missile-tests-LICENSE" 2>/dev/null || true
}
cp "$target/$jar" "$input/"
rm -rf "$target/annalist"
if ! command -v jpackage >/dev/null 2>&1 && [ -n "${JAVA_HOME:-}" ]; then
  PATH="$JAVA_HOME/bin:$PATH"
fi
if command -v jpackage >/dev/null 2>&1 && jpackage --type app-image --name annalist --dest "$target" \
    --input "$input" --main-jar "$jar" --main-class "$main" \
    --add-modules java.base,java.desktop,java.logging,java.prefs,java.xml,java.sql,java.naming,java.management,jdk.unsupported,jdk.zipfs,jdk.localedata,java.net.http \
    --jlink-options "--strip-debug --no-header-files --no-man-pages" \
    --java-options "-XX:MaxRAMPercentage=50"; then
  copy_data_notices "$target/annalist"
  echo "app image: $target/annalist/bin/annalist"
  exit 0
fi
echo "jpackage could not build an app image; writing a launcher script that uses the java on the PATH" >&2
rm -rf "$target/annalist"
mkdir -p "$target/annalist/bin" "$target/annalist/lib"
cp "$input"/*.jar "$target/annalist/lib/"
cat > "$target/annalist/bin/annalist" <<LAUNCHER
#!/usr/bin/env sh
here=\$(cd "\$(dirname "\$0")/.." && pwd)
exec java -XX:MaxRAMPercentage=50 -cp "\$here/lib/*" $main "\$@"
LAUNCHER
chmod +x "$target/annalist/bin/annalist"
copy_data_notices "$target/annalist"
echo "launcher: $target/annalist/bin/annalist"
