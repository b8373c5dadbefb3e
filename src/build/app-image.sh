#!/usr/bin/env bash
# Builds target/annalist/bin/annalist with jpackage (part of every full JDK since 16): the app,
# its libraries and a trimmed Java runtime, so the launcher needs neither Maven nor a JDK.
# JavaFX is linked into that runtime as modules (javafx.base, javafx.graphics, javafx.controls),
# not put on the class path: JavaFX supports only that, and says so on every start otherwise.
# Monocle, the headless platform `annalist export` draws with, lives in JavaFX's own packages,
# so it is linked into javafx.graphics. The rest of the app stays on the class path.
# Where jpackage is missing or cannot build an image (a JDK without jmods), it writes a plain
# launcher script over the same jars instead, which needs a Java 17 runtime on the PATH and
# gives it JavaFX on the module path.
# Arguments: target directory, main jar name, main class.
set -uo pipefail
target=$1 jar=$2 main=$3
input="$target/app-input"
modules="$target/app-modules"
# ControlsFX's auto-completion (on the class path) uses one of JavaFX's internal packages.
fx_options="--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
# The bundled data's attribution and licence, beside the launcher as well as inside the jar.
copy_data_notices() {
  local data="$target/../data"
  cp "$data/ABOUT-DATA.txt" "$1/ABOUT-DATA.txt" 2>/dev/null || true
  cp "$data/sources/cns-nk-missile-tests/LICENSE" "$1/cns-nk-missile-tests-LICENSE" 2>/dev/null || true
}
# Moves the JavaFX jars (the platform's: javafx-graphics-21-linux.jar; the classifier-less ones
# are empty) and Monocle out of the class path into $modules, Monocle merged into javafx.graphics.
separate_javafx() {
  rm -rf "$modules" && mkdir -p "$modules"
  local j graphics="" monocle=""
  for j in "$input"/javafx-*.jar; do
    [ -e "$j" ] || continue
    case "$(basename "$j")" in
      javafx-*-[0-9]*-*.jar) mv "$j" "$modules/" ;;
      *) rm -f "$j" ;;
    esac
  done
  for j in "$modules"/javafx-graphics-*.jar; do graphics=$j; done
  for j in "$input"/openjfx-monocle-*.jar; do [ -e "$j" ] && monocle=$j; done
  if [ -n "$graphics" ] && [ -n "$monocle" ]; then
    local work="$target/app-modules-graphics"
    rm -rf "$work" && mkdir -p "$work"
    (cd "$work" && unzip -q -o "$graphics" && unzip -q -o "$monocle" -x 'META-INF/*') || return 1
    rm -f "$graphics"
    # jar writes the module's package list anew, so the Monocle packages belong to javafx.graphics.
    jar --create --file "$graphics" -C "$work" . || return 1
    rm -rf "$work" "$monocle"
  fi
}
cp "$target/$jar" "$input/"
rm -rf "$target/annalist"
if ! command -v jpackage >/dev/null 2>&1 && [ -n "${JAVA_HOME:-}" ]; then
  PATH="$JAVA_HOME/bin:$PATH"
fi
separate_javafx || echo "could not link Monocle into javafx.graphics; \`annalist export\` will need a display" >&2
if command -v jpackage >/dev/null 2>&1 && jpackage --type app-image --name annalist --dest "$target" \
    --input "$input" --main-jar "$jar" --main-class "$main" \
    --module-path "$modules" \
    --add-modules java.base,java.desktop,java.logging,java.prefs,java.xml,java.sql,java.naming,java.management,jdk.unsupported,jdk.zipfs,jdk.localedata,java.net.http,javafx.base,javafx.graphics,javafx.controls \
    --jlink-options "--strip-debug --no-header-files --no-man-pages" \
    --java-options "-XX:MaxRAMPercentage=50 $fx_options"; then
  copy_data_notices "$target/annalist"
  echo "app image: $target/annalist/bin/annalist"
  exit 0
fi
echo "jpackage could not build an app image; writing a launcher script that uses the java on the PATH" >&2
rm -rf "$target/annalist"
mkdir -p "$target/annalist/bin" "$target/annalist/lib/javafx"
cp "$input"/*.jar "$target/annalist/lib/"
cp "$modules"/*.jar "$target/annalist/lib/javafx/"
cat > "$target/annalist/bin/annalist" <<LAUNCHER
#!/usr/bin/env sh
here=\$(cd "\$(dirname "\$0")/.." && pwd)
exec java -XX:MaxRAMPercentage=50 --module-path "\$here/lib/javafx" --add-modules javafx.controls $fx_options \\
  -cp "\$here/lib/*" $main "\$@"
LAUNCHER
chmod +x "$target/annalist/bin/annalist"
copy_data_notices "$target/annalist"
echo "launcher: $target/annalist/bin/annalist"
