package dev.releasesentinel.config;

/** Where something stands in a config file: 1-based line and column. */
public record Location(String file, int line, int column) {

  public static final Location NONE = new Location("", 0, 0);

  public boolean known() {
    return line > 0;
  }

  @Override
  public String toString() {
    if (!known()) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }
}
