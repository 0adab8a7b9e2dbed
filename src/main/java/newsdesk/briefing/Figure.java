package newsdesk.briefing;

/**
 * A toll reported in a sentence: "at least 40 people dead" is 40 of kind "people", outcome "killed".
 *
 * @param phrase the figure as written, with its qualifier and noun ("at least 40 people")
 * @param subject the class of what was counted ("captive" also for prisoners and detainees)
 * @param outcome what happened to them ("killed" also for dead, died)
 * @param tense whether the sentence presents it as an earlier figure, a later one, or neither
 * @param total whether it is worded as a total ("at least", "all", "death toll")
 * @param sentence index of its sentence in the article
 */
record Figure(long value, String phrase, String subject, String outcome, Tense tense, boolean total, int sentence) {
    enum Tense { EARLIER, LATER, PLAIN }

    /** What is measured: the same key in two reports is the same measure of the same subject. */
    String key() {
        return subject + " " + outcome;
    }

    /** The measure in words: "people killed", "captives killed", "police officers injured". */
    String measure() {
        String s = subject.replace('-', ' ');
        boolean plural = s.endsWith("s") || s.equals("people") || s.equals("children");
        return (plural ? s : s.endsWith("y") && !s.endsWith("ey") ? s.substring(0, s.length() - 1) + "ies" : s + "s")
                + " " + outcome.replace('-', ' ');
    }
}
