package dev.releasesentinel.http;

import dev.releasesentinel.engine.CannotObserve;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust for one {@code ca-file}: the JDK's trusted certificates plus every certificate in the PEM
 * file (one or more), so a private CA is trusted in addition to the public ones, never instead.
 */
record CaFileTrust(SSLSocketFactory socketFactory, X509TrustManager trustManager, int added) {

  static CaFileTrust load(Path caFile) throws CannotObserve {
    Collection<? extends Certificate> pem;
    try (InputStream in = Files.newInputStream(caFile)) {
      pem = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (NoSuchFileException e) {
      throw new CannotObserve(
          "ca-file "
              + caFile
              + " does not exist: give the path of a PEM file (relative to the"
              + " config file)");
    } catch (IOException e) {
      throw new CannotObserve("cannot read ca-file " + caFile + ": " + e.getMessage());
    } catch (CertificateException e) {
      throw new CannotObserve(
          "ca-file "
              + caFile
              + " is not a PEM certificate file (-----BEGIN CERTIFICATE-----): "
              + e.getMessage());
    }
    if (pem.isEmpty()) {
      throw new CannotObserve(
          "ca-file "
              + caFile
              + " holds no certificate: put the CA in PEM form"
              + " (-----BEGIN CERTIFICATE-----) in it");
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (X509Certificate c : jdkTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("jdk-" + i++, c);
      }
      int added = 0;
      for (Certificate c : pem) {
        store.setCertificateEntry("ca-file-" + added++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      X509TrustManager tm = x509(tmf.getTrustManagers());
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {tm}, null);
      // One factory per file, so that pooled connections made with it can be reused.
      return new CaFileTrust(ssl.getSocketFactory(), tm, added);
    } catch (GeneralSecurityException | IOException e) {
      throw new CannotObserve("cannot use ca-file " + caFile + ": " + e.getMessage(), e);
    }
  }

  private static X509TrustManager jdkTrustManager() throws GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init((KeyStore) null);
    return x509(tmf.getTrustManagers());
  }

  private static X509TrustManager x509(TrustManager[] managers) throws GeneralSecurityException {
    for (TrustManager m : managers) {
      if (m instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager in this JDK");
  }
}
