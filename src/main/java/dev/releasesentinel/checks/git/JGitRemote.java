package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Suggest;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.HttpConfig;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.util.FS;

/**
 * Lists a remote's tags the way {@code git ls-remote --tags} does, with the credentials a CI job
 * has:
 *
 * <ul>
 *   <li>{@code http.<url>.extraHeader} in the repository config (actions/checkout up to v5 stores
 *       {@code AUTHORIZATION: basic ...} there): JGit's own HTTP transport sends it.
 *   <li>the same setting in a file included through {@code includeIf.gitdir:...path}
 *       (actions/checkout v6 keeps credentials in such a file under {@code RUNNER_TEMP}): JGit does
 *       not read conditional includes (eclipse-jgit/jgit#9), so this class does and adds the
 *       headers to the request itself.
 *   <li>{@code GITHUB_TOKEN} for the GitHub server ({@code GITHUB_SERVER_URL}, else github.com), or
 *       {@code GIT_TOKEN} (with {@code GIT_USERNAME}, default {@code x-access-token}) for any HTTPS
 *       remote, answered only when the server asks for credentials.
 * </ul>
 *
 * No header value, token, URL password or secret of the run ever reaches a message: whatever git or
 * the remote says (error text, ref names) is masked as it enters (docs/security.md).
 */
final class JGitRemote {

  private JGitRemote() {}

  /**
   * The remote's tags and branches. What the remote and JGit say (error text, ref names) is outside
   * text: it enters masked by the run's {@code redactor} and the credentials this listing uses.
   */
  static RemoteTags listTags(
      Repository repo, String remote, Duration timeout, Environment env, Redactor redactor)
      throws CannotObserve {
    Config config = repo.getConfig();
    Set<String> remotes = config.getSubsections("remote");
    if (!remotes.contains(remote)) {
      if (remotes.isEmpty()) {
        return RemoteTags.notConfigured(remote); // a repository that was never pushed anywhere
      }
      // A misspelt git.remote, or a clone whose remote has another name: the remote's tags are
      // not known, so nothing can be said about them (fail closed).
      throw new CannotObserve(
          "there is no remote '"
              + remote
              + "' in this repository (remotes: "
              + String.join(", ", new TreeSet<>(remotes))
              + ")"
              + Suggest.closest(remote, remotes).map(c -> "; did you mean '" + c + "'?").orElse(".")
              + " Set git.remote to the remote that holds the release tags.");
    }
    URIish uri;
    try {
      RemoteConfig rc = new RemoteConfig(config, remote);
      if (rc.getURIs().isEmpty()) {
        throw new CannotObserve(
            "remote '" + remote + "' has no url; set one with git remote set-url " + remote);
      }
      uri = rc.getURIs().get(0); // insteadOf rewrites already applied
    } catch (URISyntaxException e) {
      throw new CannotObserve(
          "remote '"
              + remote
              + "' has an invalid url: "
              + scrub(Unmasked.of(e.getMessage()), masks(redactor, Set.of()))
              + "; fix it with git remote set-url "
              + remote
              + " URL");
    }
    // The url as the repository names it, without credentials; it may still hold a secret.
    String shown = redactor.mask(Unmasked.of(display(uri)));
    String what = "cannot list the tags of remote '" + remote + "' (" + shown + ")";
    Map<String, String> headers = includedHeaders(repo, uri);
    Optional<CredentialsProvider> credentials = tokenCredentials(uri, env);
    Set<String> secrets = new LinkedHashSet<>();
    secrets.addAll(headers.values());
    secrets.addAll(configHeaderValues(config, uri));
    tokens(env).forEach(secrets::add);
    if (uri.getPass() != null) {
      secrets.add(uri.getPass());
    }
    Redactor masks = masks(redactor, secrets);
    JGitSsh ssh = isSsh(uri) ? JGitSsh.forRepository(repo, env) : null;
    try (Git git = Git.wrap(repo)) {
      LsRemoteCommand ls =
          git.lsRemote()
              .setRemote(remote)
              .setTags(true)
              .setHeads(true)
              .setTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
      credentials.ifPresent(ls::setCredentialsProvider);
      if (ssh != null) {
        ls.setTransportConfigCallback(ssh.callback());
      } else if (!headers.isEmpty()) {
        ls.setTransportConfigCallback(
            t -> {
              if (t instanceof TransportHttp http) {
                http.setAdditionalHeaders(headers);
              }
            });
      }
      List<Tag> tags = new ArrayList<>();
      List<Tag> heads = new ArrayList<>();
      for (Ref r : ls.call()) {
        String name = r.getName();
        if (name.startsWith(Constants.R_HEADS) && r.getObjectId() != null) {
          heads.add(
              new Tag(
                  scrub(Unmasked.of(name.substring(Constants.R_HEADS.length())), masks),
                  r.getObjectId().name(),
                  false));
        }
        if (!name.startsWith(Constants.R_TAGS) || name.endsWith("^{}")) {
          continue;
        }
        tags.add(
            toTag(repo, scrub(Unmasked.of(name.substring(Constants.R_TAGS.length())), masks), r));
      }
      return new RemoteTags(remote, shown, true, tags, heads);
    } catch (Exception e) {
      if (ssh != null) {
        throw new CannotObserve(what + ": " + JGitRemote.sshReason(ssh, uri, e, timeout, masks));
      }
      throw new CannotObserve(what + ": " + reason(e, timeout, masks));
    } finally {
      if (ssh != null) {
        ssh.close();
      }
    }
  }

  private static Tag toTag(Repository repo, String name, Ref r) {
    ObjectId peeled = r.getPeeledObjectId();
    if (peeled != null) {
      return new Tag(name, peeled.name(), true);
    }
    ObjectId id = r.getObjectId();
    if (!r.isPeeled()) {
      // The server did not say what the tag points at; peel it here if we have the object.
      try (RevWalk rw = new RevWalk(repo)) {
        RevObject o = rw.parseAny(id);
        RevObject p = rw.peel(o);
        return new Tag(name, p.name(), !p.equals(o));
      } catch (IOException e) {
        // keep the unpeeled id
      }
    }
    return new Tag(name, id.name(), false);
  }

  static boolean isSsh(URIish uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return uri.getHost() != null; // scp-like: git@host:owner/repo.git
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    return s.equals("ssh") || s.equals("ssh+git") || s.equals("git+ssh");
  }

  private static boolean isHttp(URIish uri) {
    String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https");
  }

  /** The url without its password, and for http(s) without its user (often a token there). */
  static String display(URIish uri) {
    URIish u = uri.setPass(null);
    if (isHttp(uri)) {
      u = u.setUser(null);
    }
    return u.toString();
  }

  // ------------------------------------------------------------ credentials

  /**
   * Extra headers from config files included with {@code includeIf.gitdir:...}, for this url. Only
   * the {@code gitdir} and {@code gitdir/i} conditions are evaluated (what CI tools write).
   */
  static Map<String, String> includedHeaders(Repository repo, URIish uri) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!isHttp(uri)) {
      return headers;
    }
    Config config = repo.getConfig();
    for (String sub : config.getSubsections("includeIf")) {
      boolean ignoreCase;
      String pattern;
      if (sub.startsWith("gitdir:")) {
        pattern = sub.substring("gitdir:".length());
        ignoreCase = false;
      } else if (sub.startsWith("gitdir/i:")) {
        pattern = sub.substring("gitdir/i:".length());
        ignoreCase = true;
      } else {
        continue;
      }
      if (!gitDirMatches(pattern, ignoreCase, repo.getDirectory(), repo.getCommonDirectory())) {
        continue;
      }
      for (String path : config.getStringList("includeIf", sub, "path")) {
        File file = resolve(path, repo.getCommonDirectory());
        if (!file.isFile()) {
          continue; // git ignores missing include files too
        }
        FileBasedConfig included = new FileBasedConfig(file, FS.DETECTED);
        try {
          included.load();
        } catch (IOException | ConfigInvalidException e) {
          continue;
        }
        for (String h : new HttpConfig(included, uri).getExtraHeaders()) {
          int colon = h.indexOf(':');
          if (colon > 0) {
            headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
          }
        }
      }
    }
    return headers;
  }

  /** Values of the extra headers JGit itself will send, only to keep them out of messages. */
  private static List<String> configHeaderValues(Config config, URIish uri) {
    List<String> values = new ArrayList<>();
    if (!isHttp(uri)) {
      return values;
    }
    for (String h : new HttpConfig(config, uri).getExtraHeaders()) {
      int colon = h.indexOf(':');
      values.add(colon > 0 ? h.substring(colon + 1).trim() : h);
    }
    return values;
  }

  /**
   * Whether {@code includeIf "gitdir:PATTERN"} applies to this repository, following git-config(1):
   * {@code ~/} is the home directory, a relative pattern gets {@code **}{@code /} in front, a
   * trailing {@code /} gets {@code **} after it.
   */
  static boolean gitDirMatches(String pattern, boolean ignoreCase, File gitDir, File configDir) {
    String p = pattern;
    if (p.startsWith("~/")) {
      String home = System.getProperty("user.home", "");
      p = home + p.substring(1);
    } else if (p.startsWith("./")) {
      p = configDir.getAbsolutePath() + p.substring(1);
    }
    if (!p.startsWith("/")) {
      p = "**/" + p;
    }
    if (p.endsWith("/")) {
      p = p + "**";
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(gitDir.getAbsolutePath());
    try {
      candidates.add(gitDir.getCanonicalPath());
    } catch (IOException e) {
      // the absolute path alone then
    }
    if (ignoreCase) {
      p = p.toLowerCase(Locale.ROOT);
    }
    BranchGlob glob = BranchGlob.of(p);
    for (String c : candidates) {
      if (glob.matches(ignoreCase ? c.toLowerCase(Locale.ROOT) : c)) {
        return true;
      }
    }
    return false;
  }

  private static File resolve(String path, File configDir) {
    if (path.startsWith("~/")) {
      return new File(System.getProperty("user.home", ""), path.substring(2));
    }
    File f = new File(path);
    return f.isAbsolute() ? f : new File(configDir, path);
  }

  /** Credentials from the environment, answered only when the server asks for them. */
  static Optional<CredentialsProvider> tokenCredentials(URIish uri, Environment env) {
    if (!isHttp(uri) || uri.getHost() == null) {
      return Optional.empty();
    }
    Optional<String> github = env.nonEmpty("GITHUB_TOKEN");
    if (github.isPresent() && uri.getHost().equalsIgnoreCase(githubHost(env))) {
      return Optional.of(new UsernamePasswordCredentialsProvider("x-access-token", github.get()));
    }
    Optional<String> token = env.nonEmpty("GIT_TOKEN");
    if (token.isPresent()) {
      String user = env.nonEmpty("GIT_USERNAME").orElse("x-access-token");
      return Optional.of(new UsernamePasswordCredentialsProvider(user, token.get()));
    }
    return Optional.empty();
  }

  private static List<String> tokens(Environment env) {
    List<String> t = new ArrayList<>();
    env.nonEmpty("GITHUB_TOKEN").ifPresent(t::add);
    env.nonEmpty("GIT_TOKEN").ifPresent(t::add);
    return t;
  }

  private static String githubHost(Environment env) {
    String server = env.nonEmpty("GITHUB_SERVER_URL").orElse("https://github.com");
    try {
      String host = new URIish(server).getHost();
      return host == null ? "github.com" : host;
    } catch (URISyntaxException e) {
      return "github.com";
    }
  }

  // ------------------------------------------------------------ messages

  /** What went wrong with an SSH remote, in words, with the fix. */
  static String sshReason(JGitSsh ssh, URIish uri, Throwable e, Duration timeout, Redactor masks) {
    Optional<String> hostKey = ssh.hostKeyRefused();
    if (hostKey.isPresent()) {
      return hostKey.get();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.channels.UnresolvedAddressException
          || t instanceof UnknownHostException) {
        return "unknown host "
            + uri.getHost()
            + "; check the remote url (and HostName in ~/.ssh/config) and DNS";
      }
    }
    String base = reason(e, timeout, masks);
    if (ssh.externalSource().isPresent()) {
      return "the SSH command from "
          + ssh.externalSource().get()
          + " failed ("
          + base
          + "); run it by hand to see why (GIT_SSH_COMMAND is run as git runs it: sh -c)";
    }
    String lower = base.toLowerCase(Locale.ROOT);
    if (lower.contains("authentication") || lower.contains("no more authentication methods")) {
      String target =
          (uri.getUser() == null ? "" : uri.getUser() + "@")
              + uri.getHost()
              + (uri.getPort() > 0 ? " (port " + uri.getPort() + ")" : "");
      return "the SSH server "
          + target
          + " accepted none of the keys offered ("
          + base
          + "): authorize a key there, name it with IdentityFile in ~/.ssh/config, or load it"
          + " into ssh-agent (SSH_AUTH_SOCK); an encrypted key needs the agent, since the gate"
          + " never prompts";
    }
    return base;
  }

  /** What went wrong, in words, with a fix; what the exceptions say is masked as it enters. */
  static String reason(Throwable e, Duration timeout, Redactor masks) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t instanceof UnknownHostException u) {
        return "unknown host "
            + scrub(Unmasked.of(u.getMessage()), masks)
            + "; check the remote url and DNS";
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return "cannot connect ("
            + scrub(Unmasked.of(t.getMessage()), masks)
            + "); check the remote url and the network";
      }
      if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
        return "no answer within "
            + dev.releasesentinel.engine.Durations.format(timeout)
            + "; check the network, or raise --timeout";
      }
      if (t instanceof SSLException) {
        return "TLS failed (" + scrub(Unmasked.of(t.getMessage()), masks) + ")";
      }
      if (t instanceof NoRemoteRepositoryException) {
        return "repository not found; check the remote url and that the credentials can read it";
      }
    }
    String msg =
        scrub(
            Unmasked.of(
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()),
            masks);
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("not authorized")
        || lower.contains("authentication is required")
        || lower.contains("401")
        || lower.contains("403")) {
      return "the remote refused the credentials ("
          + msg
          + "); keep persist-credentials on in actions/checkout, or set GITHUB_TOKEN (GitHub) or"
          + " GIT_TOKEN for the gate";
    }
    if (lower.contains("not found") || lower.contains("does not appear to be a git repository")) {
      return "repository not found ("
          + msg
          + "); check the remote url and that the credentials can read it";
    }
    return msg;
  }

  /**
   * What masks git's and the remote's text: the run's secrets, every credential this listing uses
   * and, for a header value such as {@code basic BASE64}, the credential after the scheme; URL
   * passwords always (the project's {@link Redactor}: every encoded form, a password holding an
   * {@code @} too).
   */
  static Redactor masks(Redactor run, Set<String> secrets) {
    Set<String> all = new LinkedHashSet<>(run.secrets());
    all.addAll(secrets);
    for (String s : secrets) {
      int space = s.indexOf(' ');
      if (space > 0) {
        all.add(s.substring(space + 1));
      }
    }
    return Redactor.of(all);
  }

  /** Outside text, masked. */
  static String scrub(Unmasked text, Redactor masks) {
    return masks.mask(text);
  }
}
