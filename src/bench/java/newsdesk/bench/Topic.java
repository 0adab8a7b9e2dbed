package newsdesk.bench;



/** What one article is about: a few words it keeps returning to. */
record Topic(String subject, String object, String place, String organisation, String person) {
}
