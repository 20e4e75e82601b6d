package dev.dmz.json.syntax;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * Jackson's YAML parser, with SnakeYAML reading a text held whole in memory, so that reading YAML
 * takes time linear in the text's length.
 *
 * <p>Why: SnakeYAML's own {@link StreamReader} keeps a window of the text, and every time it reads
 * 1,023 more characters it copies the window from the start of the token being scanned. A token that
 * runs on (a long plain or quoted scalar, a long line of a block scalar, a long comment) is copied
 * again for every 1,023 of its characters: a scalar of n characters costs n&sup2;/1,023 copied
 * characters, so that a charter with a 1 MB text in it took seconds to read and one of 100 MB did not
 * finish. Here the text is decoded into code points once, and the scanner looks at them by index:
 * each of its steps costs the same, however long the token.
 *
 * <p>The reader behaves as SnakeYAML's does (lines, columns, marks, a refusal of the characters YAML
 * does not allow), except that such a character is refused when the scanner reaches it rather than
 * when a window that holds it is read. SnakeYAML's limit of 3 MB of code points a document is lifted:
 * YAML is read in linear time like JSON, whose size Jackson does not limit either.
 */
final class WholeTextYaml extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  /** SnakeYAML's defaults (nesting depth, aliases), with no limit on a document's length. */
  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  /**
   * A parser of a YAML text.
   *
   * @param text the whole text
   * @return the parser, which Jackson's {@code JsonParser} API reads
   */
  YAMLParser parser(String text) {
    IOContext context = _createContext(_createContentReference(text), true);
    return new TextParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, text);
  }

  /** Jackson's YAML parser on a {@link WholeText} reader. */
  private static final class TextParser extends YAMLParser {
    TextParser(IOContext context, int parserFeatures, int yamlFeatures, ObjectCodec codec, String text) {
      super(context, parserFeatures, yamlFeatures, codec, new StringReader(text),
          new ParserImpl(new WholeText(text), options()));
    }
  }

  /**
   * SnakeYAML's reader over a whole text: every public method of {@link StreamReader} is overridden
   * (the scanner uses no other), none of its window is used.
   */
  static final class WholeText extends StreamReader {
    /** As SnakeYAML names a text read from a {@code Reader}, in its marks. */
    private static final String NAME = "'reader'";

    private final int[] codePoints;
    /** The index of the first code point YAML does not allow, or the text's length. */
    private final int firstUnprintable;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    WholeText(String text) {
      super(new StringReader(""));
      this.codePoints = text.codePoints().toArray();
      int at = 0;
      while (at < codePoints.length && isPrintable(codePoints[at])) {
        at++;
      }
      this.firstUnprintable = at;
    }

    /** Whether the code point {@code ahead} places after the current one is in the text. */
    private boolean has(int ahead) {
      int at = pointer + ahead;
      if (at >= firstUnprintable && at < codePoints.length) {
        int c = codePoints[firstUnprintable];
        throw new ReaderException(NAME, firstUnprintable, c,
            String.format(Locale.ROOT, "special characters are not allowed: U+%04X", c));
      }
      return at < codePoints.length;
    }

    @Override
    public Mark getMark() {
      return new Mark(NAME, pointer, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
      forward(1);
    }

    @Override
    public void forward(int length) {
      for (int i = 0; i < length && has(0); i++) {
        int c = codePoints[pointer++];
        documentIndex++;
        if (Constant.LINEBR.has(c) || (c == '\r' && has(0) && codePoints[pointer] != '\n')) {
          line++;
          column = 0;
        } else if (c != 0xFEFF) {
          column++;
        }
      }
    }

    @Override
    public int peek() {
      return has(0) ? codePoints[pointer] : '\0';
    }

    @Override
    public int peek(int index) {
      return has(index) ? codePoints[pointer + index] : '\0';
    }

    @Override
    public String prefix(int length) {
      if (length == 0) {
        return "";
      }
      return has(length) ? new String(codePoints, pointer, length)
          : new String(codePoints, pointer, Math.min(length, codePoints.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
      String prefix = prefix(length);
      pointer += length;
      documentIndex += length;
      column += length;
      return prefix;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public int getDocumentIndex() {
      return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
      documentIndex = 0;
    }

    @Override
    public int getIndex() {
      return pointer;
    }

    @Override
    public int getLine() {
      return line;
    }
  }
}
