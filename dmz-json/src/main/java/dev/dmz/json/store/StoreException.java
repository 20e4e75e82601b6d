package dev.dmz.json.store;

/**
 * A store could not do what was asked, for a reason that is not the caller's input: the database or
 * the disk failed, or what the store holds is not a record dmz could have written. The message says
 * which program and what went wrong; the cause, if any, is the driver's or the file system's.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception.
   *
   * @param message what went wrong, naming the program
   * @param cause the underlying failure, or null
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
