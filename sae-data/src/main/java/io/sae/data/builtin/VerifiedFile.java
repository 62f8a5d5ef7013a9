package io.sae.data.builtin;

/**
 * A file a built-in dataset needs, with the SHA-256 of its official release.
 *
 * @param name file name in the cache folder
 * @param sha256 expected SHA-256, lower-case hex
 */
record VerifiedFile(String name, String sha256) {
  /** "name (SHA-256 ...)", for messages telling users which files to supply by hand. */
  String describe() {
    return name + " (SHA-256 " + sha256 + ")";
  }
}
