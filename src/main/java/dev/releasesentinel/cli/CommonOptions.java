package dev.releasesentinel.cli;

import dev.releasesentinel.log.Log;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

  @Option(names = "--debug", description = "More detail on stderr, with stack traces.")
  boolean debug;

  @Option(names = "--no-color", description = "Never colour the output.")
  boolean noColor;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print less: check prints only its summary line, validate nothing when the config is"
              + " valid; only errors on stderr.")
  boolean quiet;

  @Option(
      names = "--log-format",
      paramLabel = "FMT",
      description = "text (default) or json: one JSON object a line on stderr.",
      converter = LogFormatConverter.class)
  Log.Format logFormat = Log.Format.TEXT;

  Log.Level level() {
    if (debug) {
      return Log.Level.DEBUG;
    }
    if (quiet) {
      return Log.Level.ERROR;
    }
    return logFormat == Log.Format.JSON ? Log.Level.INFO : Log.Level.WARN;
  }

  /** Accepts text or json, any case. */
  static final class LogFormatConverter implements picocli.CommandLine.ITypeConverter<Log.Format> {
    @Override
    public Log.Format convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "text" -> Log.Format.TEXT;
        case "json" -> Log.Format.JSON;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "'" + value + "' is not a log format; use text or json");
      };
    }
  }
}
