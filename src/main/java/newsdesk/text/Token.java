package newsdesk.text;

/**
 * A word of a text.
 *
 * @param text as written
 * @param lower lower case, with a typographic apostrophe made plain
 * @param stem the Snowball English stem of {@code lower}, used for matching
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param capitalized starts with an upper-case letter
 * @param number a quantity: digits or a number word ("five", "dozens")
 */
public record Token(String text, String lower, String stem, int start, int end, boolean capitalized, boolean number) {
    /** A function word ("us", "it"), unless written as an initialism ("US", "IT"). */
    public boolean stopWord() {
        return StopWords.contains(lower) && !Abbreviations.isInitialism(text);
    }
}
