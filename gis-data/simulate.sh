#!/bin/sh
# Runs the seed-scale simulation (org.gridpatrol.gisdata.simulation.SimulationMain) with plain java, so that
# it works offline: the classpath is this module's jar and its four dependencies from the local Maven
# repository, at the versions the root pom manages. Build first:
#   mvn -B -q install -f gis-data/pom.xml -DskipTests
# Then, from anywhere:
#   gis-data/simulate.sh --dataset demo --send osmand --target http://127.0.0.1:5055 --interval 30 --duration 10m
# Relative file arguments are relative to gis-data/, as under Maven.
set -eu
MODULE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$MODULE")
REPO=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1; }
JTS=$(property jts.version)
JACKSON=$(property jackson.version)
PAHO=$(property paho.version)
PROJECT=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
CLASSPATH="$MODULE/target/gis-data-$PROJECT.jar"
for jar in \
    "org/locationtech/jts/jts-core/$JTS/jts-core-$JTS.jar" \
    "com/fasterxml/jackson/core/jackson-core/$JACKSON/jackson-core-$JACKSON.jar" \
    "com/fasterxml/jackson/core/jackson-databind/$JACKSON/jackson-databind-$JACKSON.jar" \
    "com/fasterxml/jackson/core/jackson-annotations/$JACKSON/jackson-annotations-$JACKSON.jar" \
    "org/eclipse/paho/org.eclipse.paho.mqttv5.client/$PAHO/org.eclipse.paho.mqttv5.client-$PAHO.jar"; do
  if [ ! -f "$REPO/$jar" ]; then
    echo "missing $REPO/$jar: run 'mvn -B -q install -f gis-data/pom.xml -DskipTests' (online once)" >&2
    exit 2
  fi
  CLASSPATH="$CLASSPATH:$REPO/$jar"
done
if [ ! -f "$MODULE/target/gis-data-$PROJECT.jar" ]; then
  echo "missing $MODULE/target/gis-data-$PROJECT.jar: run 'mvn -B -q install -f gis-data/pom.xml -DskipTests'" >&2
  exit 2
fi
# one-line log records: the summary line is greppable
exec java ${JAVA_OPTS:-} -Djava.util.logging.SimpleFormatter.format='%4$s %5$s%6$s%n' \
    -Dgridpatrol.gisdata.basedir="$MODULE" -cp "$CLASSPATH" \
    org.gridpatrol.gisdata.simulation.SimulationMain "$@"
