package dev.dmz.json;

import dev.dmz.rules.Command;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of commands, one {@code dmz.command/1} document a line (JSON Lines), as a procurement system
 * or a person queues them. Reading is all or nothing: the first bad line is a {@link
 * DocumentException} naming the file, the line and the path, and no command is returned.
 */
public final class CommandFile {
  private CommandFile() {}

  /**
   * Reads every command of a file.
   *
   * @param file the file
   * @return the commands, in order
   * @throws DocumentException at the first line that is not a valid command
   * @throws java.io.UncheckedIOException if the file cannot be read, is larger than {@link
   *     InputLimits#commandFile()} (16M unless set otherwise), or is not a regular file
   */
  public static List<Command> read(Path file) {
    return read(file, InputLimits.commandFile());
  }

  /**
   * Reads every command of a file of at most a given size.
   *
   * @param file the file
   * @param maxBytes the most bytes the file may have
   * @return the commands, in order
   * @throws DocumentException at the first line that is not a valid command
   * @throws java.io.UncheckedIOException if the file cannot be read, is larger than {@code maxBytes},
   *     or is not a regular file (checked before it is read)
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static List<Command> read(Path file, long maxBytes) {
    return parse(TextFile.read(file, maxBytes, "a command file"), file.toString());
  }

  /**
   * Reads the commands of a text in JSON Lines.
   *
   * @param text the text
   * @param source where it came from, for error messages
   * @return the commands, in order
   * @throws DocumentException at the first line that is not a valid command
   */
  public static List<Command> parse(String text, String source) {
    return JsonLines.read(text, source, Documents.COMMAND).stream().map(JsonLines.Line::value).toList();
  }

  /**
   * Writes commands as JSON Lines.
   *
   * @param commands the commands
   * @return the text, one line a command, each ending with a line break
   */
  public static String write(List<? extends Command> commands) {
    return JsonLines.write(commands, Documents.COMMAND);
  }
}
