package dev.releasesentinel.engine;

import java.util.Objects;

/**
 * The one probe of a family in a run, opened when the first of its checks asks for it: building
 * checks (and {@code list}) opens no repository, host library or HTTP client. Every check of the
 * run gets the same probe; a probe that could not be opened is not opened again by each check,
 * which all get the same failure, reported once (the others SKIP, "needs ...").
 *
 * @param <T> the family's seam to the outside world
 */
public final class LazyProbe<T> {

  /** How a family opens its probe for a run. */
  @FunctionalInterface
  public interface Factory<T> {
    T open(RunContext context) throws CannotObserve;
  }

  private final CannotObserve.Reading<T> opener;
  private final String what;
  private T probe;
  private Throwable failure;

  private LazyProbe(CannotObserve.Reading<T> opener, String what) {
    this.opener = opener;
    this.what = what;
  }

  /** A probe that {@code factory} opens for {@code context} on first use. */
  public static <T> LazyProbe<T> of(Factory<T> factory, RunContext context) {
    return of(factory, context, "what the family reads");
  }

  /**
   * A probe that {@code factory} opens for {@code context} on first use. If it cannot be opened,
   * that one failure is reported once, and the family's other checks SKIP with "needs {@code what}"
   * ({@link CannotObserve#sharedBy}).
   */
  public static <T> LazyProbe<T> of(Factory<T> factory, RunContext context, String what) {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(what, "what");
    return new LazyProbe<>(() -> factory.open(context), what);
  }

  /** A probe that is already open (tests, and adapters that open nothing). */
  public static <T> LazyProbe<T> of(T probe) {
    Objects.requireNonNull(probe, "probe");
    return new LazyProbe<>(() -> probe, "what the family reads");
  }

  /**
   * The probe, opened on the first call. If opening failed, every call throws that same failure: a
   * {@link CannotObserve} (which the runner reports as ERROR), or whatever else opening threw.
   */
  public synchronized T get() throws CannotObserve {
    if (probe == null && failure == null) {
      try {
        probe = Objects.requireNonNull(opener.read(), "the factory opened no probe");
      } catch (CannotObserve e) {
        failure = e.sharedBy(what);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }
    if (failure instanceof CannotObserve c) {
      throw c;
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return probe;
  }
}
