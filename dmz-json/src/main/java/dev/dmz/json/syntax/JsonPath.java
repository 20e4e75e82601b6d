package dev.dmz.json.syntax;

import dev.dmz.core.value.Text;

/**
 * JSON paths of the values of a document, for error messages: {@code $.parties[1].role}. A member's
 * name comes from the document, so a name that is not a plain word is shown in brackets, quoted,
 * escaped and cut as {@link Text#quoted} shows a value: {@code $.parties[0]["the\nname"]}. A path can
 * then neither break a message's line nor grow with a name of 70,000 characters.
 */
public final class JsonPath {
  private JsonPath() {}

  /**
   * The path of an object's member.
   *
   * @param path the object's path
   * @param name the member's name, as the document spells it
   * @return {@code path.name}, or {@code path["name"]} for a name that is not a plain word (letters,
   *     digits, {@code _} and {@code -})
   */
  public static String member(String path, String name) {
    return isWord(name) ? path + "." + name : path + "[" + Text.quoted(name) + "]";
  }

  /**
   * The path of a list's item.
   *
   * @param path the list's path
   * @param index the item's index, from 0
   * @return {@code path[index]}
   */
  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  private static boolean isWord(String name) {
    if (name.isEmpty() || name.length() > Text.SHOWN) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-';
      if (!word) {
        return false;
      }
    }
    return true;
  }
}
