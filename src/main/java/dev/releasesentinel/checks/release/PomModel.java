package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;

/**
 * What a pom.xml says about its version: {@code project/version}, {@code project/parent/version}
 * and {@code relativePath}, and {@code project/properties}, each with where its text starts. Read
 * as Maven reads it (https://maven.apache.org/ref/current/maven-model/maven.html): element text
 * trimmed. DTDs and external entities are off, so a pom cannot make the gate read other files.
 */
record PomModel(
    Optional<Located> version,
    Optional<Located> parentVersion,
    Optional<String> parentRelativePath,
    Map<String, Located> properties) {

  /** A value and where its text starts (the JDK's StAX parser reports the end of the start tag). */
  record Located(String value, Position at) {}

  private static final XmlFactory XML = xmlFactory();

  private static XmlFactory xmlFactory() {
    XMLInputFactory in = XMLInputFactory.newFactory();
    in.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    return XmlFactory.builder().xmlInputFactory(in).build();
  }

  static PomModel parse(byte[] xml, String file) throws ManifestText.Unreadable {
    Optional<Located> version = Optional.empty();
    Optional<Located> parentVersion = Optional.empty();
    Optional<String> relativePath = Optional.empty();
    Map<String, Located> properties = new LinkedHashMap<>();
    try (JsonParser p = XML.createParser(xml)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ManifestText.Unreadable(file + " has no root element");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Position at = Locations.of(file, p.currentTokenLocation());
        JsonToken value = p.nextToken();
        switch (name) {
          case "version" -> version = scalar(p, value).map(v -> new Located(v, at));
          case "parent" -> {
            Map<String, Located> parent = children(p, value, file);
            parentVersion = Optional.ofNullable(parent.get("version"));
            relativePath = Optional.ofNullable(parent.get("relativePath")).map(Located::value);
          }
          case "properties" -> properties.putAll(children(p, value, file));
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      Position at = Locations.of(file, e.getLocation());
      throw new ManifestText.Unreadable(
          at.describe() + ": not well-formed XML: " + Locations.firstLine(e.getOriginalMessage()),
          at);
    } catch (IOException e) {
      throw new ManifestText.Unreadable("cannot read " + file + ": " + e.getMessage());
    }
    return new PomModel(version, parentVersion, relativePath, properties);
  }

  /** The scalar children of an element, by name; nested elements are skipped. */
  private static Map<String, Located> children(JsonParser p, JsonToken start, String file)
      throws IOException {
    Map<String, Located> out = new LinkedHashMap<>();
    if (start != JsonToken.START_OBJECT) {
      return out; // an empty element (<properties/>) or text only
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Position at = Locations.of(file, p.currentTokenLocation());
      JsonToken value = p.nextToken();
      scalar(p, value).ifPresent(v -> out.put(name, new Located(v, at)));
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
    }
    return out;
  }

  private static Optional<String> scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return Optional.of(p.getText().trim());
    }
    if (t == JsonToken.VALUE_NULL) {
      return Optional.of("");
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren(); // an element with attributes or children: not a plain value
    }
    return Optional.empty();
  }
}
