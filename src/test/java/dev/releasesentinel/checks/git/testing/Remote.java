package dev.releasesentinel.checks.git.testing;

import java.nio.file.Path;

/**
 * A bare "remote" and a seed clone that pushes to it: the usual shape of a CI checkout, where the
 * clone under test may be shallow and have no tags.
 */
public final class Remote {

  private final GitRepo bare;
  private final GitRepo seed;

  private Remote(GitRepo bare, GitRepo seed) {
    this.bare = bare;
    this.seed = seed;
  }

  /** {@code tmp/origin.git} and {@code tmp/seed} with one commit on main, pushed. */
  public static Remote create(Path tmp) {
    Path home = tmp.resolve("home");
    GitRepo bare = GitRepo.at(tmp.resolve("origin.git"), home);
    bare.git("init", "-q", "--bare", "-b", "main");
    GitRepo seed = GitRepo.init(tmp.resolve("seed"), home);
    seed.git("remote", "add", "origin", bare.dir().toString());
    seed.write("a.txt", "a\n").commitAll("first");
    seed.git("push", "-q", "origin", "main");
    return new Remote(bare, seed);
  }

  public GitRepo bare() {
    return bare;
  }

  /** The clone that makes commits and tags and pushes them. */
  public GitRepo seed() {
    return seed;
  }

  public String url() {
    return "file://" + bare.dir();
  }

  /** A new commit on the seed's main, pushed; returns its id. */
  public String commit(String name) {
    seed.write(name + ".txt", name + "\n");
    String id = seed.commitAll(name);
    seed.git("push", "-q", "origin", "main");
    return id;
  }

  /** A tag on the seed at {@code commit}, pushed; annotated or lightweight. */
  public void tag(String name, String commit, boolean annotated) {
    if (annotated) {
      seed.git("tag", "-a", "-m", "release " + name, name, commit);
    } else {
      seed.git("tag", name, commit);
    }
    seed.git("push", "-q", "origin", "refs/tags/" + name);
  }

  /** {@code git clone --depth 1 --no-tags file://...}, as actions/checkout does by default. */
  public GitRepo shallowClone(Path dir) {
    GitRepo c = GitRepo.at(dir, seed.home());
    c.git("clone", "-q", "--depth", "1", "--no-tags", url(), dir.toString());
    return c;
  }

  /** A full clone with every tag. */
  public GitRepo clone(Path dir) {
    GitRepo c = GitRepo.at(dir, seed.home());
    c.git("clone", "-q", bare.dir().toString(), dir.toString());
    return c;
  }
}
