package dev.releasesentinel.checks.release;

import java.nio.file.Path;

/** Reads the version one kind of manifest declares. Never throws: problems are readings. */
interface ManifestReader {

  /**
   * @param repository the repository root
   * @param file the manifest, relative to the root, with '/'
   */
  Reading read(Path repository, String file);
}
