package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.LazyProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A git probe answering with literal facts. What it was not given is what the check must not need:
 * asking for it fails the test. It records what it was asked, in order.
 */
final class FakeGitProbe implements GitProbe {

  final List<String> asked = new ArrayList<>();
  private Head head;
  private List<String> containing;
  private RemoteTags remote;
  private final Map<String, Optional<Boolean>> ancestry = new HashMap<>();
  private Boolean shallow;
  private List<Tag> localTags;
  private Set<String> reachable;
  private CannotObserve failure;

  FakeGitProbe head(Head h) {
    head = h;
    return this;
  }

  FakeGitProbe containing(String... branches) {
    containing = List.of(branches);
    return this;
  }

  FakeGitProbe remote(RemoteTags r) {
    remote = r;
    return this;
  }

  FakeGitProbe ancestor(String commit, Optional<Boolean> headIn) {
    ancestry.put(commit, headIn);
    return this;
  }

  FakeGitProbe shallow(boolean s) {
    shallow = s;
    return this;
  }

  FakeGitProbe localTags(Tag... tags) {
    localTags = List.of(tags);
    return this;
  }

  FakeGitProbe reachable(String... commits) {
    reachable = Set.of(commits);
    return this;
  }

  /** Every question fails with this. */
  FakeGitProbe failing(String message) {
    failure = new CannotObserve(message);
    return this;
  }

  LazyProbe<GitProbe> lazy() {
    return LazyProbe.of(this);
  }

  private <T> T answer(String question, T value) throws CannotObserve {
    asked.add(question);
    if (failure != null) {
      throw failure;
    }
    if (value == null) {
      throw new AssertionError("the check asked for " + question + ", which it should not need");
    }
    return value;
  }

  @Override
  public Head head() throws CannotObserve {
    return answer("head", head);
  }

  @Override
  public TreeStatus status(boolean untracked) throws CannotObserve {
    return answer("status", null);
  }

  @Override
  public OwnStatus status(boolean untracked, OwnFiles own) throws CannotObserve {
    return answer("status", null);
  }

  @Override
  public List<String> branchesContainingHead() throws CannotObserve {
    return answer("branchesContainingHead", containing);
  }

  @Override
  public Optional<Boolean> headIsAncestorOf(String commit) throws CannotObserve {
    return answer("headIsAncestorOf " + commit, ancestry.get(commit));
  }

  @Override
  public Set<String> reachableFromHead(Collection<String> commits) throws CannotObserve {
    return answer("reachableFromHead", reachable);
  }

  @Override
  public boolean shallow() throws CannotObserve {
    return answer("shallow", shallow);
  }

  @Override
  public List<Tag> localTags() throws CannotObserve {
    return answer("localTags", localTags);
  }

  @Override
  public RemoteTags remoteTags(String name, Duration timeout) throws CannotObserve {
    return answer("remoteTags " + name, remote);
  }
}
