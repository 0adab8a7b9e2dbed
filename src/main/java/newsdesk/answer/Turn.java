package newsdesk.answer;

/** An earlier question and its answer in the same conversation (a Discord thread, the console). */
public record Turn(String question, String answer) {
}
