package dev.releasesentinel.examples;

import static dev.releasesentinel.examples.KubernetesManifests.annotation;
import static dev.releasesentinel.examples.KubernetesManifests.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releasesentinel.cli.Cli;
import dev.releasesentinel.engine.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The hook Jobs of examples/kubernetes/ carry what Argo CD, Helm, the Job controller and the
 * kubelet read (docs/kubernetes.md), and the config they mount is one the gate accepts.
 */
class KubernetesHooksTest {

  static final Path ARGOCD = Path.of("examples/kubernetes/argocd");
  static final Path HELM = Path.of("examples/kubernetes/helm/templates");
  static final Path HELM_VALUES = Path.of("examples/kubernetes/helm/values-release-sentinel.yaml");

  @TempDir Path tmp;

  static Stream<Path> manifests() {
    return Stream.of(ARGOCD, HELM);
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void theJobRunsOnceWithARestrictedPodThatOnlyWritesTmp(Path file) throws Exception {
    JsonNode job = KubernetesManifests.read(file).job();
    assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
    assertThat(job.path("spec").path("backoffLimit").isInt()).isTrue();
    assertThat(job.path("spec").path("backoffLimit").asInt()).isZero();
    JsonNode pod = job.path("spec").path("template").path("spec");
    assertThat(pod.path("restartPolicy").asText()).isEqualTo("Never");
    assertThat(pod.path("containers")).hasSize(1);
    JsonNode c = pod.path("containers").get(0);
    assertThat(c.path("image").asText())
        .containsAnyOf("release-sentinel:", "releaseSentinel.image");
    assertThat(c.path("args").get(0).asText()).isEqualTo("check");

    // The kubelet: runAsNonRoot needs a numeric non-root uid, since the image sets no USER.
    JsonNode podSec = pod.path("securityContext");
    assertThat(podSec.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(podSec.path("runAsUser").isInt()).isTrue();
    assertThat(podSec.path("runAsUser").asInt()).isPositive();
    JsonNode sec = c.path("securityContext");
    assertThat(sec.path("readOnlyRootFilesystem").isBoolean()).isTrue();
    assertThat(sec.path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(sec.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();

    // /tmp is the one writable path: an emptyDir; HOME points there.
    Map<String, JsonNode> volumes = byName(pod.path("volumes"));
    JsonNode tmpMount = mountAt(c, "/tmp");
    assertThat(tmpMount.path("readOnly").asBoolean(false)).isFalse();
    assertThat(volumes.get(tmpMount.path("name").asText()).has("emptyDir")).isTrue();
    assertThat(env(c)).containsEntry("HOME", "/tmp");
    for (JsonNode m : c.path("volumeMounts")) {
      if (!m.path("mountPath").asText().equals("/tmp")) {
        assertThat(m.path("readOnly").asBoolean()).as(m.toString()).isTrue();
      }
    }

    // Secrets from a Secret via envFrom; requests the scheduler reads; a memory limit above them.
    assertThat(c.path("envFrom")).isNotEmpty();
    for (JsonNode from : c.path("envFrom")) {
      assertThat(from.path("secretRef").path("name").asText()).isNotBlank();
    }
    JsonNode requests = c.path("resources").path("requests");
    assertThat(requests.path("cpu").asText()).matches("\\d+m|\\d+(\\.\\d+)?");
    long requested = bytes(requests.path("memory").asText());
    assertThat(bytes(c.path("resources").path("limits").path("memory").asText()))
        .isGreaterThanOrEqualTo(requested);
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void theConfigComesFromAConfigMapInTheSameFileAndTheGateAcceptsIt(Path file) throws Exception {
    KubernetesManifests m = KubernetesManifests.read(file);
    JsonNode pod = m.job().path("spec").path("template").path("spec");
    JsonNode c = pod.path("containers").get(0);
    List<String> args = new ArrayList<>();
    c.path("args").forEach(a -> args.add(a.asText()));
    String config = args.get(args.indexOf("--config") + 1);
    JsonNode mount =
        stream(c.path("volumeMounts"))
            .filter(v -> config.startsWith(v.path("mountPath").asText() + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(config + " is not under a volume mount"));
    JsonNode volume = byName(pod.path("volumes")).get(mount.path("name").asText());
    JsonNode cm = m.configMap(volume.path("configMap").path("name").asText());
    String key = config.substring(mount.path("mountPath").asText().length() + 1);
    assertThat(cm.path("data").has(key)).as(key + " in the ConfigMap").isTrue();

    Path written = Files.writeString(tmp.resolve(key), cm.path("data").path(key).asText());
    StringWriter out = new StringWriter();
    CommandLine cl = Cli.commandLine(Environment.of(Map.of()), Clock.systemUTC());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    assertThat(cl.execute("validate", "-c", written.toString())).as(out.toString()).isZero();
  }

  @Test
  void argoCdRunsBothAsPreSyncHooksTheConfigMapFirst() throws Exception {
    KubernetesManifests m = KubernetesManifests.read(ARGOCD);
    Set<String> policies = Set.of("HookSucceeded", "HookFailed", "BeforeHookCreation");
    for (JsonNode doc : m.docs()) {
      assertThat(annotation(doc, "argocd.argoproj.io/hook")).isEqualTo("PreSync");
      assertThat(list(annotation(doc, "argocd.argoproj.io/hook-delete-policy")))
          .isNotEmpty()
          .allMatch(policies::contains)
          .doesNotContain("HookFailed"); // a failed gate's Job and log stay
    }
    JsonNode cm = m.ofKind("ConfigMap").get(0);
    assertThat(wave(cm)).isLessThan(wave(m.job()));
  }

  @Test
  void helmRunsBothBeforeInstallAndUpgradeTheConfigMapFirst() throws Exception {
    KubernetesManifests m = KubernetesManifests.read(HELM);
    Set<String> policies = Set.of("before-hook-creation", "hook-succeeded", "hook-failed");
    for (JsonNode doc : m.docs()) {
      assertThat(list(annotation(doc, "helm.sh/hook"))).contains("pre-install", "pre-upgrade");
      JsonNode weight = doc.path("metadata").path("annotations").path("helm.sh/hook-weight");
      assertThat(weight.isTextual()).as("Helm reads hook-weight as a string").isTrue();
      Integer.parseInt(weight.asText());
      assertThat(list(annotation(doc, "helm.sh/hook-delete-policy")))
          .contains("before-hook-creation")
          .allMatch(policies::contains)
          .doesNotContain("hook-failed");
    }
    JsonNode cm = m.ofKind("ConfigMap").get(0);
    assertThat(weight(cm)).isLessThan(weight(m.job()));
  }

  @Test
  void everyHelmValueTheTemplateUsesIsInTheValuesFile() throws Exception {
    JsonNode values = KubernetesManifests.YAML.readTree(HELM_VALUES.toFile());
    StringBuilder templates = new StringBuilder();
    try (Stream<Path> s = Files.list(HELM)) {
      for (Path p : s.toList()) {
        templates.append(Files.readString(p));
      }
    }
    Matcher refs = Pattern.compile("\\{\\{\\s*\\.Values\\.([\\w.]+)\\s*}}").matcher(templates);
    int found = 0;
    while (refs.find()) {
      JsonNode v = values;
      for (String part : refs.group(1).split("\\.")) {
        v = v.path(part);
      }
      assertThat(v.isValueNode()).as(".Values." + refs.group(1)).isTrue();
      found++;
    }
    assertThat(found).isPositive();
  }

  static int wave(JsonNode doc) {
    String w = annotation(doc, "argocd.argoproj.io/sync-wave");
    return w == null ? 0 : Integer.parseInt(w);
  }

  static int weight(JsonNode doc) {
    String w = annotation(doc, "helm.sh/hook-weight");
    return w == null ? 0 : Integer.parseInt(w);
  }

  static List<String> list(String commaSeparated) {
    return commaSeparated == null
        ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
  }

  static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> l = new ArrayList<>();
    array.forEach(l::add);
    return l.stream();
  }

  static Map<String, JsonNode> byName(JsonNode array) {
    Map<String, JsonNode> m = new java.util.HashMap<>();
    array.forEach(n -> m.put(n.path("name").asText(), n));
    return m;
  }

  static JsonNode mountAt(JsonNode container, String path) {
    return stream(container.path("volumeMounts"))
        .filter(m -> path.equals(m.path("mountPath").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
  }

  static Map<String, String> env(JsonNode container) {
    Map<String, String> m = new java.util.HashMap<>();
    container.path("env").forEach(e -> m.put(e.path("name").asText(), e.path("value").asText()));
    return m;
  }
}
