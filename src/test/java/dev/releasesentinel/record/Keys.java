package dev.releasesentinel.record;

import java.nio.file.Files;
import java.nio.file.Path;

/** Key pairs made by openssl, read into our types, per algorithm. */
record Keys(
    String alg,
    Path privateFile,
    Path publicFile,
    SigningKey signing,
    VerificationKey verification) {

  static Keys generate(OpenSsl openssl, String name, String alg) throws Exception {
    Path key = openssl.generate(name, alg);
    Path pub = openssl.publicOf(key);
    return new Keys(
        alg,
        key,
        pub,
        SigningKey.parse(Files.readString(key), "test key"),
        VerificationKey.parse(Files.readString(pub), "test public key"));
  }

  String privatePem() throws Exception {
    return Files.readString(privateFile);
  }
}
