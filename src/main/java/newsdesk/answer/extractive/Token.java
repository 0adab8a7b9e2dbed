package newsdesk.answer.extractive;

/**
 * A word of a sentence or question.
 *
 * @param text as written
 * @param stem lower-case stem used for matching
 * @param capitalized starts with an upper-case letter
 * @param number a quantity: digits or a number word ("five", "dozens")
 */
record Token(String text, String stem, int start, int end, boolean capitalized, boolean number) {
    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
