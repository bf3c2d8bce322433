package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Families;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The config schema is published in the repository at schema/config.schema.json, and a config
 * written by {@code init} names it at this version's tag (docs/editors.md). The file is what {@code
 * schema} prints: regenerate it with {@code ./mvnw test -Dgolden.update=true} and review the diff.
 */
class PublishedSchemaTest {

  static final Path PUBLISHED = Path.of("schema/config.schema.json");

  @Test
  void theRepositoryPublishesWhatSchemaPrints() throws Exception {
    CliRun r = CliRun.run(Families.all(), Map.of(), "schema");
    assertThat(r.exitCode()).isZero();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(PUBLISHED.getParent());
      Files.writeString(PUBLISHED, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out())
        .as("%s (regenerate with -Dgolden.update=true)", PUBLISHED)
        .isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
  }

  @Test
  void theRepositoryPublishesTheReportSchemaThatSchemaReportPrints() throws Exception {
    Path published = Path.of("schema/report.schema.json");
    CliRun r = CliRun.run(Families.all(), Map.of(), "schema", "--report");
    assertThat(r.exitCode()).isZero();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(published, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out())
        .as("%s (regenerate with -Dgolden.update=true)", published)
        .isEqualTo(Files.readString(published, StandardCharsets.UTF_8));
    var schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.path("$id").asText())
        .endsWith("/v" + VersionInfo.VERSION + "/schema/report.schema.json");
  }

  @Test
  void theSchemaIsDraft07AndNamesItsOwnUrl() throws Exception {
    var schema = new ObjectMapper().readTree(PUBLISHED.toFile());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.path("$id").asText())
        .isEqualTo(VersionInfo.SCHEMA_URL)
        .startsWith("https://raw.githubusercontent.com/")
        .endsWith("/v" + VersionInfo.VERSION + "/" + PUBLISHED.toString().replace('\\', '/'));
  }

  @Test
  void initNamesThePublishedSchemaForEditors() throws Exception {
    assertThat(InitCommand.starter())
        .startsWith("# yaml-language-server: $schema=" + VersionInfo.SCHEMA_URL + "\n");
  }
}
