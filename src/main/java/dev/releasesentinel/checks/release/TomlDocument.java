package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A TOML manifest parsed by Jackson's TOML module, with its text for locating keys. */
record TomlDocument(String file, String text, JsonNode root) {

  private static final TomlMapper TOML = new TomlMapper();

  static TomlDocument read(Path repository, String file) throws ManifestText.Unreadable {
    String text = ManifestText.text(repository, file);
    try {
      return new TomlDocument(file, text, TOML.readTree(text));
    } catch (JsonProcessingException e) {
      Position at = Locations.of(file, e.getLocation());
      throw new ManifestText.Unreadable(
          at.describe() + ": not valid TOML: " + Locations.firstLine(e.getOriginalMessage()), at);
    } catch (IOException e) {
      throw new ManifestText.Unreadable("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The node at a dotted path, or a missing node. */
  JsonNode at(String... path) {
    JsonNode n = root;
    for (String p : path) {
      n = n == null ? MissingNode.getInstance() : n.path(p);
    }
    return n;
  }

  /** Where the key at {@code path} is defined (line 0 when it cannot be located). */
  Position position(String... path) {
    return Position.of(file, TomlLocator.line(text, List.of(path)), 1);
  }
}
