package dev.releasesentinel.checks.git;

import java.util.List;
import java.util.Objects;

/**
 * The tags a remote has.
 *
 * @param remote the remote's name
 * @param url where it points, without any credentials
 * @param configured false when the repository has no such remote (then {@code tags} is empty)
 * @param tags the remote's tags
 * @param heads the remote's branches (name and tip commit), listed in the same request
 */
record RemoteTags(String remote, String url, boolean configured, List<Tag> tags, List<Tag> heads) {

  public RemoteTags {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(url, "url");
    tags = List.copyOf(tags);
    heads = List.copyOf(heads);
  }

  public RemoteTags(String remote, String url, boolean configured, List<Tag> tags) {
    this(remote, url, configured, tags, List.of());
  }

  public static RemoteTags notConfigured(String remote) {
    return new RemoteTags(remote, "", false, List.of(), List.of());
  }
}
