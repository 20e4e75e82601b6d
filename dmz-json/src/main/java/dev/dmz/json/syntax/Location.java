package dev.dmz.json.syntax;

import dev.dmz.json.DocumentException;

/**
 * Where a value starts in a document.
 *
 * @param source the file name, or where the text came from
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Location(String source, int line, int column) {

  /**
   * An error about the value at this location.
   *
   * @param path the value's JSON path
   * @param problem what is wrong, naming the value
   * @return the error, to throw
   */
  public DocumentException error(String path, String problem) {
    return new DocumentException(source, line, column, path, problem);
  }
}
