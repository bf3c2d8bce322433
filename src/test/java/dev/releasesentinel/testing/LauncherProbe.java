package dev.releasesentinel.testing;

/**
 * A stand-in for the gate behind {@code bin/release-sentinel} in LauncherIT: prints its arguments,
 * the {@code probe.*} system properties, its Java home and the JVM's options, then exits with the
 * code an {@code exit=N} argument asks for.
 */
public final class LauncherProbe {

  private LauncherProbe() {}

  public static void main(String[] args) {
    int code = 0;
    for (String a : args) {
      System.out.println("arg=" + a);
      if (a.startsWith("exit=")) {
        code = Integer.parseInt(a.substring(5));
      }
    }
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("probe."))
        .sorted()
        .forEach(k -> System.out.println("prop " + k + "=" + System.getProperty(k)));
    System.out.println("java.home=" + System.getProperty("java.home"));
    java.lang.management.ManagementFactory.getRuntimeMXBean()
        .getInputArguments()
        .forEach(a -> System.out.println("jvmarg=" + a));
    System.exit(code);
  }
}
