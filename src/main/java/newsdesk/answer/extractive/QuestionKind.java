package newsdesk.answer.extractive;

/** What kind of answer a question asks for, which decides what a sentence must hold to answer it. */
enum QuestionKind {
    /** how many / how much: a number that counts the thing asked about */
    COUNT,
    /** how long: a number with a unit of time */
    DURATION,
    /** when: a day, date or time */
    TIME,
    /** who did / who was: a person or a description of people */
    PERSON,
    /** who is NAME: a sentence that says something about the named one */
    DEFINITION,
    /** where: a place */
    PLACE,
    /** why: a cause or purpose */
    REASON,
    /** what did X say: a statement or quotation */
    STATEMENT,
    /** which X: names of the things asked about */
    ENTITY,
    /** anything else */
    GENERAL
}
