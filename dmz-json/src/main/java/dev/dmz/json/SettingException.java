package dev.dmz.json;

/**
 * A setting of dmz-json (a system property such as {@code -Ddmz.maxEventLogSize}) holds a value it
 * cannot use. The message names the setting and the value: {@code -Ddmz.maxDocumentSize=abc: 'abc' is
 * not a size ...}. It is the user's mistake, not a bug: the command line answers it with one line and
 * exit code 2.
 */
public final class SettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  SettingException(String message, Throwable cause) {
    super(message, cause);
  }
}
