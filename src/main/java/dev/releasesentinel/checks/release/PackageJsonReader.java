package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * package.json: its top-level {@code version}
 * (https://docs.npmjs.com/cli/configuring-npm/package-json#version), read with Jackson's streaming
 * parser for its line and column. A key given twice counts as its last occurrence, as JavaScript's
 * JSON.parse (and so npm) reads it.
 */
final class PackageJsonReader implements ManifestReader {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public Reading read(Path repository, String file) {
    try (JsonParser p = JSON.createParser(ManifestText.bytes(repository, file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Reading.Unreadable(
            file + " is not a JSON object", Locations.of(file, p.currentTokenLocation()));
      }
      Declaration found = null;
      boolean notString = false;
      Position notStringAt = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Position at = Locations.of(file, p.currentTokenLocation());
        JsonToken value = p.nextToken();
        if (name.equals("version")) {
          notString = value != JsonToken.VALUE_STRING;
          notStringAt = at;
          found = notString ? null : Declaration.at("version", p.getText().trim(), at);
        }
        p.skipChildren();
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return new Reading.Unreadable(
            file + " has content after its top-level object",
            Locations.of(file, p.currentTokenLocation()));
      }
      if (notString) {
        return new Reading.Unreadable(
            notStringAt.describe() + ": version is not a string", notStringAt);
      }
      return found == null
          ? new Reading.Absent(file + " has no \"version\"")
          : new Reading.Declared(List.of(found));
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    } catch (JsonProcessingException e) {
      Position at = Locations.of(file, e.getLocation());
      return new Reading.Unreadable(
          at.describe() + ": not valid JSON: " + Locations.firstLine(e.getOriginalMessage()), at);
    } catch (IOException e) {
      return new Reading.Unreadable(
          "cannot read " + file + ": " + e.getMessage(), Position.file(file));
    }
  }
}
