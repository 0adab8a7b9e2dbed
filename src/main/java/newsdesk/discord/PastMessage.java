package newsdesk.discord;

/**
 * A message read back from a thread's history, reduced to what rebuilding its conversation needs.
 *
 * @param repliedToAuthor the author of the message it replies to, or 0
 * @param answer it carries the feedback buttons the bot puts under the last message of each answer
 */
record PastMessage(long authorId, String content, long repliedToAuthor, boolean answer) {
}
