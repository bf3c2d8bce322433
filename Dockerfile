# release-sentinel as a container: the GitHub Action (the default command, `action`) and the CLI
#   docker run --rm -v "$PWD:/work" -w /work IMAGE check --version v1.4.2
#
# Buildable by BuildKit (docker build) and by buildah/podman: no syntax directive, no heredocs.
# The runtime stage is a jlink'd Java runtime, the fat jar and a class-data-sharing archive on
# debian:bookworm-slim. docs/container.md explains each choice and holds the measurements.

# ---------------------------------------------------------------------------------------------
FROM docker.io/library/eclipse-temurin:17-jdk AS build

WORKDIR /src

# 1. Maven wrapper and every dependency and plugin `package` uses: a layer that changes only with
#    pom.xml. A `package` of the bare POM resolves exactly those (the dependency:go-offline goal
#    does not do: it also tries optional dependencies of dependencies, such as github-api's
#    bridge-method-annotation, which only exists in Jenkins' repository).
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -DskipTests package && rm -rf target

# 2. Sources -> the fat jar (target/release-sentinel.jar). Spotless is bound to verify, not here.
COPY src src
RUN ./mvnw -B -q -o -DskipTests package

# 3. A Java runtime with only the modules the jar needs:
#    - what jdeps finds in the jar, except java.desktop: only AWT/Swing helpers of JNA and OSHI
#      (never loaded on Linux) and java.beans hooks that Jackson probes for reference it; leaving
#      it out saves about 18 MB; ci/container-e2e.sh runs every family in the image without it;
#    - jdk.crypto.ec: the SunEC provider, without which TLS to an endpoint with an EC certificate
#      fails the handshake (nothing references it statically, so jdeps cannot see it);
#    - no default CDS archive for the JDK classes (--generate-cds-archive): the image's own archive
#      (step 5) holds the JDK's classes too and replaces it; it would be 12 MB never mapped.
ARG EXTRA_MODULES=jdk.crypto.ec
RUN set -eu; \
    deps="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps target/release-sentinel.jar)"; \
    modules="$(printf '%s\n' "$deps" | tr ',' '\n' | grep -v '^java\.desktop$' | paste -sd, -),${EXTRA_MODULES}"; \
    echo "jlink modules: $modules"; \
    jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
          --compress=0 --output /opt/release-sentinel/jre; \
    cp target/release-sentinel.jar /opt/release-sentinel/release-sentinel.jar

# 4. JGit's file system timestamp resolution, measured now with the runtime's own Java (JGit keys
#    it by Java vendor and version) and saved where the runtime looks (XDG_CONFIG_HOME below), also
#    under the device names a CI workspace is usually mounted from. Without it every container
#    start is JGit's first run: it measures for seconds, or in the background while treating every
#    file written in the last 2 s as possibly modified.
ARG JGIT_FS_STORES="/dev/root /dev/sda1 /dev/sdb1 /dev/vda /dev/vda1 /dev/nvme0n1p1 overlay"
COPY docker docker
COPY bin bin
RUN set -eu; \
    mkdir -p /opt/release-sentinel/bin; \
    cp bin/jvm.options bin/release-sentinel /opt/release-sentinel/bin/; \
    chmod 755 /opt/release-sentinel/bin/release-sentinel; \
    javac -d /tmp/prep -cp target/release-sentinel.jar docker/ImagePrep.java; \
    XDG_CONFIG_HOME=/tmp/jgit-scratch /opt/release-sentinel/jre/bin/java \
      -cp target/release-sentinel.jar:/tmp/prep ImagePrep jgit-timestamps /tmp/measure \
      /opt/release-sentinel/xdg/jgit/config $JGIT_FS_STORES; \
    /opt/release-sentinel/jre/bin/java -cp target/release-sentinel.jar:/tmp/prep \
      ImagePrep training-repo /tmp/training docker/training.release-sentinel.yml

# 5. The AppCDS archive: the classes that a `check` and an `action` training run of every family
#    load, JDK and jar alike, in one static archive made with the runtime's own java, this jar and
#    the ENTRYPOINT's options (docker/train-cds.sh says why static and what the runs do). Any
#    verdict will do; ci/container-e2e.sh tests the checks and that the archive maps.
RUN set -eu; \
    XDG_CONFIG_HOME=/opt/release-sentinel/xdg \
      sh docker/train-cds.sh /tmp/training /opt/release-sentinel/release-sentinel.jsa; \
    ls -l /opt/release-sentinel /opt/release-sentinel/xdg/jgit

# ---------------------------------------------------------------------------------------------
FROM docker.io/library/debian:bookworm-slim

LABEL org.opencontainers.image.title="release-sentinel" \
      org.opencontainers.image.description="Pre-deployment release gate: is this release safe to deploy right now?"

# Java runtime, jar, CDS archive and JGit config in one layer; the jar keeps its build-stage
# modification time, which the CDS archive checks.
COPY --from=build /opt/release-sentinel /opt/release-sentinel

# - LANG: UTF-8 whatever the runner passes (it passes no locale at all).
# - XDG_CONFIG_HOME: where JGit finds the timestamp resolution measured at build time; GitHub
#   gives every job a fresh, empty /github/home.
# No USER (GitHub runs container actions as root and asks images not to set one) and no WORKDIR
# reliance (the runner passes --workdir /github/workspace; the CLI use passes -w).
ENV LANG=C.UTF-8 \
    XDG_CONFIG_HOME=/opt/release-sentinel/xdg \
    PATH=/opt/release-sentinel/bin:/opt/release-sentinel/jre/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# Exec form straight to java: a shell would drop the runner's INPUT_FAIL-ON style variables.
# The AppCDS archive, then the options for a short-lived process (bin/jvm.options, the launcher's
# own: C1 only, serial GC, no perf-data file, a small young generation, a heap ceiling that
# follows a memory limit, JNA's tmpdir). CMD is the subcommand, so `IMAGE check ...` runs the CLI
# instead of the action. Shell-based CI (GitLab, Jenkins agents) can call the launcher,
# /opt/release-sentinel/bin/release-sentinel, on the PATH: the same java, options and archive.
ENTRYPOINT ["/opt/release-sentinel/jre/bin/java", \
            "-XX:SharedArchiveFile=/opt/release-sentinel/release-sentinel.jsa", \
            "@/opt/release-sentinel/bin/jvm.options", \
            "-jar", "/opt/release-sentinel/release-sentinel.jar"]
CMD ["action"]
