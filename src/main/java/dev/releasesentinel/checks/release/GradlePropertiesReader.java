package dev.releasesentinel.checks.release;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * gradle.properties: the {@code version} project property. The value is read by the JDK's own
 * {@link Properties} parser, as Gradle reads the file
 * (https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties);
 * the line is found by walking the file's logical lines as that format defines them.
 */
final class GradlePropertiesReader implements ManifestReader {

  @Override
  public Reading read(Path repository, String file) {
    try {
      String text = ManifestText.text(repository, file);
      Properties props = new Properties();
      props.load(new StringReader(text));
      String value = props.getProperty("version");
      if (value == null) {
        return new Reading.Absent(file + " sets no version property");
      }
      return new Reading.Declared(
          List.of(Declaration.at("version", value.trim(), Position.of(file, line(text), 1))));
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    } catch (IOException | IllegalArgumentException e) {
      // Properties.load rejects a malformed \\uXXXX escape with IllegalArgumentException
      return new Reading.Unreadable(
          file + " is not a properties file: " + e.getMessage(), Position.file(file));
    }
  }

  /**
   * The line of the last logical line whose key is {@code version} (the last one wins in {@link
   * Properties}), 0 if none: comments start with # or !, a line ending in an odd number of
   * backslashes continues on the next, and the key ends at an unescaped '=', ':' or white space.
   */
  static int line(String text) {
    List<String> lines = text.lines().toList();
    int found = 0;
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean starts = !continued;
      continued = endsWithOddBackslashes(line);
      String t = line.stripLeading();
      if (!starts || t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == '!') {
        if (starts && !t.isEmpty() && (t.charAt(0) == '#' || t.charAt(0) == '!')) {
          continued = false; // a comment line never continues
        }
        continue;
      }
      if (key(t).equals("version")) {
        found = i + 1;
      }
    }
    return found;
  }

  private static String key(String t) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length()) {
        key.append(t.charAt(++i));
      } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
        break;
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static boolean endsWithOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }
}
