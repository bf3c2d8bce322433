package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Helm's Chart.yaml: {@code version} (the chart's SemVer 2 version) and/or {@code appVersion} (the
 * application's, free-form), as {@link HelmFields} asks
 * (https://helm.sh/docs/topics/charts/#the-chartyaml-file). An unquoted {@code appVersion: 1.10} is
 * read as written, not as the number YAML would make of it.
 */
final class ChartReader implements ManifestReader {

  private static final YAMLFactory YAML = new YAMLFactory();

  private final HelmFields fields;

  ChartReader(HelmFields fields) {
    this.fields = fields;
  }

  @Override
  public Reading read(Path repository, String file) {
    byte[] data;
    try {
      data = ManifestText.bytes(repository, file);
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
    Declaration version = null;
    Declaration appVersion = null;
    try (JsonParser p = YAML.createParser(data)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Reading.Unreadable(file + " is not a YAML mapping", Position.file(file));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Position at = Locations.of(file, p.currentTokenLocation());
        JsonToken value = p.nextToken();
        if ((name.equals("version") || name.equals("appVersion")) && value.isScalarValue()) {
          Declaration d = Declaration.at(name, p.getText().trim(), at);
          if (name.equals("version")) {
            version = d;
          } else {
            appVersion = d;
          }
        }
        p.skipChildren();
      }
    } catch (JsonProcessingException e) {
      Position at = Locations.of(file, e.getLocation());
      return new Reading.Unreadable(
          at.describe() + ": not valid YAML: " + Locations.firstLine(e.getOriginalMessage()), at);
    } catch (IOException e) {
      return new Reading.Unreadable(
          "cannot read " + file + ": " + e.getMessage(), Position.file(file));
    }
    List<Declaration> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (fields.version()) {
      add(out, missing, version, "version");
    }
    if (fields.appVersion()) {
      add(out, missing, appVersion, "appVersion");
    }
    if (!missing.isEmpty()) {
      return new Reading.Absent(file + " has no " + String.join(" and no ", missing));
    }
    return new Reading.Declared(out);
  }

  private static void add(List<Declaration> out, List<String> missing, Declaration d, String n) {
    if (d == null || d.value().isEmpty()) {
      missing.add(n);
    } else {
      out.add(d);
    }
  }
}
