package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPasswordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "postgres://user:pw1234@host:5432/db | postgres://user:***@host:5432/db",
        "redis://:s3cret@cache:6379 | redis://:***@cache:6379",
        "https://u:p@ss@host/x | https://u:***@host/x",
        "amqp://guest:guest@rabbit | amqp://guest:***@rabbit",
        "git+ssh://git:tok@github.com/o/r | git+ssh://git:***@github.com/o/r",
        "jdbc:postgresql://app:pw@db/app | jdbc:postgresql://app:***@db/app",
        "short ones too: ftp://a:b@h | short ones too: ftp://a:***@h",
        "see https://u:one1@h1 and https://v:two2@h2/ | see https://u:***@h1 and https://v:***@h2/",
        "`{\"url\":\"postgres://u:pw@h/d\",\"mail\":\"a@b.c\"}` | `{\"url\":\"postgres://u:***@h/d\",\"mail\":\"a@b.c\"}`",
        "<url>https://u:p%40w@h</url> | <url>https://u:***@h</url>",
        "Connection refused: mysql://root:toor@10.0.0.5:3306 | Connection refused: mysql://root:***@10.0.0.5:3306",
        "https://host/path?email=a@b.c | https://host/path?email=a@b.c",
        "https://user@host/x | https://user@host/x",
        "https://host:8443/x | https://host:8443/x",
        "user:pass@host without a scheme | user:pass@host without a scheme",
      })
  void masksThePasswordOfEveryUrl(String text, String expected) {
    assertThat(UrlPasswords.mask(text)).isEqualTo(expected);
    assertThat(Redactor.of().redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres://app:p%40ss@db/app | p%40ss",
        "https://u:p@ss@h/x | p@ss",
        "https://host/x | ''",
      })
  void findsThePasswordAsWritten(String text, String password) {
    assertThat(UrlPasswords.passwords(text))
        .containsExactlyElementsOf(
            password.isEmpty() ? java.util.List.of() : java.util.List.of(password));
  }
}
