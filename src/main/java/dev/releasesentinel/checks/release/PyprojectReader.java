package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * pyproject.toml: {@code [project] version}
 * (https://packaging.python.org/en/latest/specifications/pyproject-toml/#version), else Poetry's
 * {@code [tool.poetry] version}. With {@code dynamic = ["version"]} the build backend computes the
 * version (setuptools-scm, hatch-vcs, ... often from the git tag): that cannot be told statically,
 * unless the backend is Poetry's and {@code [tool.poetry] version} gives it.
 */
final class PyprojectReader implements ManifestReader {

  static final String POETRY_BACKEND = "poetry.core.masonry.api";

  @Override
  public Reading read(Path repository, String file) {
    try {
      TomlDocument doc = TomlDocument.read(repository, file);
      JsonNode project = doc.at("project");
      JsonNode version = project.path("version");
      if (version.isTextual()) {
        return declared(doc, "[project] version", version, "project", "version");
      }
      if (!version.isMissingNode()) {
        Position at = doc.position("project", "version");
        return new Reading.Unreadable(at.describe() + ": [project] version is not a string", at);
      }
      JsonNode poetry = doc.at("tool", "poetry", "version");
      boolean dynamic = false;
      for (JsonNode d : project.path("dynamic")) {
        dynamic |= d.asText().equals("version");
      }
      String backend = doc.at("build-system", "build-backend").asText("");
      if (dynamic && !(backend.equals(POETRY_BACKEND) && poetry.isTextual())) {
        return new Reading.Unknowable(
            file
                + " declares dynamic = [\"version\"]: the build backend"
                + (backend.isEmpty() ? "" : " (" + backend + ")")
                + " computes the version when it builds (e.g. setuptools-scm or hatch-vcs from"
                + " the git tag); cannot tell statically",
            doc.position("project", "dynamic"));
      }
      if (poetry.isTextual()) {
        return declared(doc, "[tool.poetry] version", poetry, "tool", "poetry", "version");
      }
      return new Reading.Absent(file + " has no [project] version and no [tool.poetry] version");
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
  }

  private static Reading declared(TomlDocument doc, String field, JsonNode v, String... path) {
    return new Reading.Declared(
        List.of(Declaration.at(field, v.asText().trim(), doc.position(path))));
  }
}
