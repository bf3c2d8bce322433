package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The job summary of a gate that could not run: linked config problems and the next command. */
class CannotRunReportTest {

  private static final Path WORKSPACE = Path.of("/github/workspace");

  private static final MarkdownLinks LINKS =
      new MarkdownLinks(
          Optional.of("https://github.com/octo/app"),
          Optional.of("a338905d77caa53fba27df1a8bd0c6112070823b"),
          Optional.of("https://github.com/octo/app/actions/runs/7311048833/attempts/1"),
          Optional.empty(),
          MarkdownLinks.Next.CI,
          Optional.empty());

  @Test
  void configProblemsLinkTheirLineAndSayHowToCheckFirst() throws Exception {
    String md =
        CannotRunReport.render(
            CannotRunReport.Cause.CONFIG,
            List.of(
                "/github/workspace/bad.yml:2:3: unknown key 'brnaches' in git; did you mean"
                    + " 'branches'?",
                "/github/workspace/bad.yml:5:13: env.severity: unknown severity 'fatal' (one of:"
                    + " warn, block, critical)"),
            LINKS,
            WORKSPACE,
            "0.2.0");
    Golden.assertMatches("could-not-run.md", md);
    assertThat(md)
        .startsWith("### 🚨 CRITICAL — the gate could not run: the config has 2 problems")
        .contains(
            "[bad.yml:2:3](https://github.com/octo/app/blob/a338905d77caa53fba27df1a8bd0c6112070823b/bad.yml#L2)")
        .contains("release-sentinel validate -c bad.yml");
  }

  @Test
  void inputProblemsAreListedAsWritten() {
    String md =
        CannotRunReport.render(
            CannotRunReport.Cause.INPUTS,
            List.of("input 'fail-on' is 'sometimes'; use blocked, critical or never"),
            MarkdownLinks.NONE,
            WORKSPACE,
            "0.2.0");
    assertThat(md)
        .startsWith("### 🚨 CRITICAL — the gate could not run: the step's inputs have 1 problem")
        .contains("1. input 'fail-on' is 'sometimes'; use blocked, critical or never")
        .doesNotContain("validate");
  }
}
