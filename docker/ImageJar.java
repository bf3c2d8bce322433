import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build-time helper for the container image (docs/container.md): writes the image's copy of the
 * fat jar with every entry stored instead of deflated, and without JNA's native libraries for
 * other platforms than the one the image is built for. The released jar is not touched.
 *
 * <p>Why stored: a registry and a runner move the image's layer gzip'd, and deflated entries do
 * not compress again; stored, the layer's gzip compresses the classes across entries and the
 * image a runner pulls is smaller (the jar on disk is larger). Why the JNA libraries: the jar
 * carries JNA's dispatch library for about thirty platforms and the image runs on one, the one
 * JNA itself names for this runtime ({@code com.sun.jna.Platform.RESOURCE_PREFIX}).
 *
 * <pre>
 * java -cp release-sentinel.jar:. ImageJar IN_JAR OUT_JAR
 * </pre>
 *
 * Entry order, names, times and attributes are kept; the CRC and sizes of each entry are those
 * the jar already records.
 */
public final class ImageJar {

  /** JNA's native library and its directory, {@code com/sun/jna/<platform>/}. */
  private static final Pattern JNA_NATIVE =
      Pattern.compile("com/sun/jna/([a-z0-9]+-[a-z0-9-]+)/((lib)?jnidispatch\\.[a-z]+)?");

  private ImageJar() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ImageJar IN_JAR OUT_JAR");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String platform = com.sun.jna.Platform.RESOURCE_PREFIX;
    int kept = 0;
    int dropped = 0;
    boolean ownNative = false;
    try (ZipFile zip = new ZipFile(in.toFile());
        OutputStream file = Files.newOutputStream(out);
        ZipOutputStream jar = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        Matcher m = JNA_NATIVE.matcher(e.getName());
        if (m.matches() && !m.group(1).equals(platform)) {
          dropped++;
          continue;
        }
        ownNative |= m.matches() && m.group(2) != null;
        ZipEntry s = new ZipEntry(e.getName());
        s.setMethod(ZipEntry.STORED);
        s.setSize(e.getSize());
        s.setCompressedSize(e.getSize());
        s.setCrc(e.getCrc());
        s.setTime(e.getTime());
        if (e.getExtra() != null) {
          s.setExtra(e.getExtra());
        }
        jar.putNextEntry(s);
        try (InputStream data = zip.getInputStream(e)) {
          data.transferTo(jar);
        }
        jar.closeEntry();
        kept++;
      }
    }
    if (!ownNative) {
      Files.delete(out);
      System.err.println("ImageJar: the jar has no JNA native library for " + platform);
      System.exit(1);
    }
    System.out.printf(
        "image jar: %d entries stored, %d JNA entries for other platforms than %s left out;"
            + " %d -> %d bytes%n",
        kept, dropped, platform, Files.size(in), Files.size(out));
  }
}
