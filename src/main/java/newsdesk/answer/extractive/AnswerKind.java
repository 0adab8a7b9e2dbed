package newsdesk.answer.extractive;

/** What kind of answer a question asks for, read from its wording (general English question forms). */
enum AnswerKind {
    /** how many / how much / what number, share, age...: a quantity */
    QUANTITY(true),
    /** how long: an amount of time */
    DURATION(true),
    /** when / on what day: a date, day or time */
    TIME(true),
    /** who: a person or organisation */
    PERSON(true),
    /** where / in which country: a place */
    PLACE(true),
    /** why / what caused: a cause or purpose */
    REASON(true),
    /** what did X say: a statement or quotation */
    STATEMENT(true),
    /** which X / what X: a named thing */
    NAME(true),
    /** summarize / what happened: the lead facts of a story */
    SUMMARY(false),
    /** anything else */
    OTHER(false);

    private final boolean typed;

    AnswerKind(boolean typed) {
        this.typed = typed;
    }

    /** True when an answer must hold something of this kind (a number, a date, a name...). */
    boolean typed() {
        return typed;
    }
}
