package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Cargo.toml: {@code [package] version}, or with {@code version.workspace = true} the {@code
 * [workspace.package] version} of the workspace root, found as Cargo finds it
 * (https://doc.rust-lang.org/cargo/reference/workspaces.html#the-package-table): {@code
 * package.workspace} if set, else the nearest Cargo.toml with a {@code [workspace]} above the
 * crate, within the repository. A virtual manifest (a workspace root without {@code [package]})
 * declares {@code [workspace.package] version} for its members.
 */
final class CargoReader implements ManifestReader {

  @Override
  public Reading read(Path repository, String file) {
    try {
      TomlDocument doc = TomlDocument.read(repository, file);
      JsonNode pkg = doc.at("package");
      if (pkg.isMissingNode()) {
        if (doc.at("workspace").isObject()) {
          return workspaceVersion(doc, "[workspace.package] version", "")
              .orElse(
                  new Reading.Absent(
                      file
                          + " is a virtual workspace manifest without a [workspace.package] version"));
        }
        return new Reading.Absent(file + " has no [package]");
      }
      JsonNode version = pkg.path("version");
      if (version.isMissingNode()) {
        return new Reading.Absent(file + " has no [package] version (Cargo reads it as 0.0.0)");
      }
      if (version.isTextual()) {
        return new Reading.Declared(
            List.of(
                Declaration.at(
                    "[package] version",
                    version.asText().trim(),
                    doc.position("package", "version"))));
      }
      if (version.isObject() && version.path("workspace").asBoolean(false)) {
        return inherited(repository, doc, pkg);
      }
      Position at = doc.position("package", "version");
      return new Reading.Unreadable(
          at.describe() + ": [package] version is neither a string nor { workspace = true }", at);
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
  }

  private Reading inherited(Path repository, TomlDocument crate, JsonNode pkg)
      throws ManifestText.Unreadable {
    Position here = crate.position("package", "version");
    String root = workspaceRoot(repository, crate.file(), pkg.path("workspace").asText(null));
    if (root == null) {
      return new Reading.Unreadable(
          here.describe()
              + ": version.workspace = true, but no workspace root (a Cargo.toml with"
              + " [workspace]) was found above "
              + crate.file()
              + " in the repository",
          here);
    }
    TomlDocument ws = TomlDocument.read(repository, root);
    return workspaceVersion(
            ws, "[package] version.workspace", "inherited from [workspace.package] of " + root)
        .orElse(
            new Reading.Unreadable(
                here.describe()
                    + ": version.workspace = true, but "
                    + root
                    + " has no [workspace.package] version",
                here));
  }

  private static java.util.Optional<Reading> workspaceVersion(
      TomlDocument ws, String field, String via) {
    JsonNode v = ws.at("workspace", "package", "version");
    if (!v.isTextual()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Reading.Declared(
            List.of(
                new Declaration(
                    field,
                    v.asText().trim(),
                    ws.position("workspace", "package", "version"),
                    via))));
  }

  /** The workspace root's Cargo.toml (relative), or null. */
  private static String workspaceRoot(Path repository, String crate, String explicit)
      throws ManifestText.Unreadable {
    String dir = MavenConfig.parent(crate);
    if (explicit != null) {
      Path root = repository.toAbsolutePath().normalize();
      Path target = root.resolve(dir).resolve(explicit).normalize().resolve("Cargo.toml");
      return target.startsWith(root) && Files.isRegularFile(target)
          ? root.relativize(target).toString().replace('\\', '/')
          : null;
    }
    while (!dir.isEmpty()) {
      dir = MavenConfig.parent(dir);
      String candidate = dir.isEmpty() ? "Cargo.toml" : dir + "/Cargo.toml";
      if (ManifestText.exists(repository, candidate)
          && TomlDocument.read(repository, candidate).at("workspace").isObject()) {
        return candidate;
      }
    }
    return null;
  }
}
