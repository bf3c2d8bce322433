# release-sentinel as a container: the GitHub Action (the default command, `action`) and the CLI
#   docker run --rm -v "$PWD:/work" -w /work IMAGE check --version v1.4.2
#
# Buildable by BuildKit (docker build) and by buildah/podman: no syntax directive, no heredocs.
# The runtime stage is a jlink'd Java 25 runtime, the fat jar (Java 17 bytecode: it runs on 17 as
# well) and an ahead-of-time cache (JEP 483/514) on debian:bookworm-slim. docs/container.md
# explains each choice and holds the measurements.

# ---------------------------------------------------------------------------------------------
FROM docker.io/library/eclipse-temurin:25-jdk AS build

WORKDIR /src

# 1. Maven wrapper and every dependency and plugin `package` uses: a layer that changes only with
#    pom.xml. A `package` of the bare POM resolves exactly those (the dependency:go-offline goal
#    does not do: it also tries optional dependencies of dependencies, such as github-api's
#    bridge-method-annotation, which only exists in Jenkins' repository). -Ddist.skip: the release
#    archives and their checksums are not part of the image (the jar's SBOM is).
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -DskipTests -Ddist.skip package && rm -rf target

# 2. Sources -> the fat jar (target/release-sentinel.jar) and its CycloneDX SBOM. Spotless is
#    bound to verify, not here. Not offline (-o): cyclonedx-maven-plugin skips itself offline;
#    everything it reads was resolved by step 1. The jar must stay Java 17 bytecode whatever JDK
#    builds it.
COPY src src
RUN set -eu; \
    ./mvnw -B -q -DskipTests -Ddist.skip package; \
    javap -v -cp target/release-sentinel.jar dev.releasesentinel.cli.Main | grep -q 'major version: 61' || \
      { echo "release-sentinel.jar is not Java 17 bytecode (class file version 61)" >&2; exit 1; }

# 3. A Java runtime with only the modules the jar needs:
#    - what jdeps finds in the jar, except java.desktop: only AWT/Swing helpers of JNA and OSHI
#      (never loaded on Linux) and java.beans hooks that Jackson probes for reference it; leaving
#      it out saves about 18 MB; ci/container-e2e.sh runs every family in the image without it.
#      The others stay (docs/container.md measures each): java.security.jgss (JGit's SSH and
#      HTTP Negotiate authentication, 0.6 MB gzip'd), java.rmi (Apache SSHD's client, 0.1 MB),
#      java.sql (JGit and Jackson; 0.04 MB, its java.xml is needed by the reports anyway);
#    - EXTRA_MODULES: modules only loaded reflectively or as services, which jdeps cannot see
#      (none today: since Java 22 the SunEC provider that TLS with EC certificates needs is in
#      java.base; the e2e test's TLS run checks it);
#    - no default CDS archive (--generate-cds-archive): the image's AOT cache (step 5) holds the
#      JDK's classes too and replaces it;
#    - the build JDK's vendor and exact version in the runtime's `release` file (jlink keeps only
#      JAVA_VERSION and MODULES), which is what the image's SBOM (ci/image-sbom.py) reads;
#    - the native libraries' symbol tables stripped (strip --strip-unneeded; Temurin ships them
#      without debug sections already, so jlink's --strip-native-debug-symbols finds nothing to
#      do): 5 MB less on disk, 1.5 MB less to pull; a JVM crash log then names libjvm.so offsets
#      instead of functions (docs/container.md);
#    - the jar's SBOM beside the jar, for the image's SBOM.
ARG EXTRA_MODULES=
RUN set -eu; \
    deps="$(jdeps --ignore-missing-deps --multi-release 25 --print-module-deps target/release-sentinel.jar)"; \
    modules="$(printf '%s\n' "$deps" ${EXTRA_MODULES:+"$EXTRA_MODULES"} | tr ',' '\n' | grep -v '^java\.desktop$' | paste -sd, -)"; \
    echo "jlink modules: $modules"; \
    . "$JAVA_HOME/release"; \
    jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
          --release-info "add:IMPLEMENTOR=\"$IMPLEMENTOR\":IMPLEMENTOR_VERSION=\"${IMPLEMENTOR_VERSION:-}\":JAVA_RUNTIME_VERSION=\"$JAVA_RUNTIME_VERSION\"" \
          --output /opt/release-sentinel/jre; \
    find /opt/release-sentinel/jre -name '*.so' -exec strip --strip-unneeded {} +; \
    cp target/release-sentinel-*.cdx.json /opt/release-sentinel/release-sentinel.cdx.json

# 4. The image's jar: the fat jar with its entries stored, not deflated (the layer's gzip then
#    compresses it: 7 MB less to pull, 27 MB more on disk), without JNA's native libraries for
#    other platforms than this one (docker/ImageJar.java). The released jar stays as it is.
#    Then JGit's file system timestamp resolution, measured now with the runtime's own Java (JGit
#    keys it by Java vendor and version) and saved where the runtime looks (XDG_CONFIG_HOME
#    below), also under the device names a CI workspace is usually mounted from. Without it every
#    container start is JGit's first run: it measures for seconds, or in the background while
#    treating every file written in the last 2 s as possibly modified.
ARG JGIT_FS_STORES="/dev/root /dev/sda1 /dev/sdb1 /dev/vda /dev/vda1 /dev/nvme0n1p1 overlay"
COPY docker docker
COPY bin bin
RUN set -eu; \
    mkdir -p /opt/release-sentinel/bin; \
    cp bin/jvm.options bin/release-sentinel /opt/release-sentinel/bin/; \
    chmod 755 /opt/release-sentinel/bin/release-sentinel; \
    javac -d /tmp/prep -cp target/release-sentinel.jar docker/ImagePrep.java docker/ImageJar.java; \
    /opt/release-sentinel/jre/bin/java -cp target/release-sentinel.jar:/tmp/prep \
      ImageJar target/release-sentinel.jar /opt/release-sentinel/release-sentinel.jar; \
    XDG_CONFIG_HOME=/tmp/jgit-scratch /opt/release-sentinel/jre/bin/java \
      -cp target/release-sentinel.jar:/tmp/prep ImagePrep jgit-timestamps /tmp/measure \
      /opt/release-sentinel/xdg/jgit/config $JGIT_FS_STORES; \
    /opt/release-sentinel/jre/bin/java -cp target/release-sentinel.jar:/tmp/prep \
      ImagePrep training-repo /tmp/training docker/training.release-sentinel.yml

# 5. The AOT cache (JEP 483): the classes that a `check` and an `action` training run of every
#    family load, JDK and jar alike, loaded and linked ahead of time in one cache, made with the
#    runtime's own java, this jar and the ENTRYPOINT's options (docker/train-aot.sh says why from
#    the runs' class lists rather than the one-step -XX:AOTCacheOutput, and prints what a `check`
#    run still loads from outside it). Any verdict will do; ci/container-e2e.sh tests the checks
#    and that the cache maps. --build-arg AOT_TRAIN=one-step makes the one-step cache instead.
ARG AOT_TRAIN=
RUN set -eu; \
    XDG_CONFIG_HOME=/opt/release-sentinel/xdg TRAIN="$AOT_TRAIN" \
      sh docker/train-aot.sh /tmp/training /opt/release-sentinel/release-sentinel.aot; \
    ls -l /opt/release-sentinel /opt/release-sentinel/xdg/jgit

# ---------------------------------------------------------------------------------------------
FROM docker.io/library/debian:bookworm-slim

LABEL org.opencontainers.image.title="release-sentinel" \
      org.opencontainers.image.description="Pre-deployment release gate: is this release safe to deploy right now?"

# Java runtime, jar, AOT cache and JGit config in one layer; the jar keeps its build-stage
# modification time, which the AOT cache checks.
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
# The AOT cache, then the options for a short-lived process (bin/jvm.options, the launcher's
# own: C1 only, serial GC, no perf-data file, a small young generation, a heap ceiling that
# follows a memory limit, JNA's tmpdir, JVM warnings on stderr). CMD is the subcommand, so
# `IMAGE check ...` runs the CLI instead of the action. Shell-based CI (GitLab, Jenkins agents,
# Kubernetes) can call the launcher, /opt/release-sentinel/bin/release-sentinel, on the PATH:
# the same java, options and cache.
ENTRYPOINT ["/opt/release-sentinel/jre/bin/java", \
            "-XX:AOTCache=/opt/release-sentinel/release-sentinel.aot", \
            "@/opt/release-sentinel/bin/jvm.options", \
            "-jar", "/opt/release-sentinel/release-sentinel.jar"]
CMD ["action"]
