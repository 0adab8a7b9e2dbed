package newsdesk.briefing;

/**
 * A count reported in a sentence: "at least 23 hostages dead" is 23 of subject "hostages", outcome "killed".
 *
 * @param phrase the figure as written, with its qualifier and noun ("at least 23 hostages")
 * @param subject the class of what was counted ("hostages" also for captives)
 * @param outcome what happened to them ("killed" also for dead, died)
 * @param tense whether the sentence presents it as an earlier figure, a later one, or neither
 * @param total whether it is worded as a total ("at least", "all", "death toll")
 * @param sentence index of its sentence in the article
 */
record Figure(long value, String phrase, String subject, String outcome, Tense tense, boolean total, int sentence) {
    enum Tense { EARLIER, LATER, PLAIN }

    String key() {
        return subject + " " + outcome;
    }
}
