package dev.releasesentinel.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough DER (ITU-T X.690) to find the public key that a PKCS#8 private key carries beside it:
 * definite-length TLVs and the children of a constructed one. Every read is bounds-checked; a
 * malformed structure is an {@link IllegalArgumentException} that says nothing of the bytes.
 */
final class Der {

  private Der() {}

  /** One TLV: its tag byte and its content. */
  record Tlv(int tag, byte[] content) {
    List<Tlv> children() {
      return Der.read(content);
    }
  }

  /** The TLVs one after another in {@code data}. */
  static List<Tlv> read(byte[] data) {
    List<Tlv> out = new ArrayList<>();
    int pos = 0;
    while (pos < data.length) {
      int tag = data[pos++] & 0xff;
      if ((tag & 0x1f) == 0x1f) {
        throw new IllegalArgumentException("malformed DER: multi-byte tag");
      }
      if (pos >= data.length) {
        throw new IllegalArgumentException("malformed DER: no length");
      }
      int first = data[pos++] & 0xff;
      long length;
      if (first < 0x80) {
        length = first;
      } else {
        int n = first & 0x7f;
        if (n == 0 || n > 3 || pos + n > data.length) {
          throw new IllegalArgumentException("malformed DER: bad length");
        }
        length = 0;
        for (int i = 0; i < n; i++) {
          length = (length << 8) | (data[pos++] & 0xff);
        }
      }
      if (length > data.length - pos) {
        throw new IllegalArgumentException("malformed DER: content past the end");
      }
      out.add(new Tlv(tag, Arrays.copyOfRange(data, pos, pos + (int) length)));
      pos += (int) length;
    }
    return out;
  }
}
