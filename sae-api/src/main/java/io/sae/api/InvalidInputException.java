package io.sae.api;

/**
 * An error the user caused and can fix: a missing or corrupt file, a wrong shape, NaN in data, an unknown
 * name, an option out of range. The message is one line that names the file or option and what was
 * expected; front ends print it without a stack trace and exit non-zero.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) { super(message); }

  public InvalidInputException(String message, Throwable cause) { super(message, cause); }
}
