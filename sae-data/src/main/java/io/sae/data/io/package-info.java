/**
 * Readers and writers for the array files users bring: IDX (plain or gzip), CSV, and NumPy {@code .npy}.
 * Pure JDK. Every problem a user can cause (a missing file, a corrupt header, a truncated file, a value that
 * is not a finite number, ragged rows) ends in one {@link io.sae.api.InvalidInputException} naming the file
 * and what was expected. Writers write to a temporary sibling and rename, so a half-written file never
 * appears under the final name.
 */
package io.sae.data.io;
