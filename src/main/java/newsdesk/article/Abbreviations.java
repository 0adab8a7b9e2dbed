package newsdesk.article;

import java.util.Set;

/**
 * Word lists that tell a period after an abbreviation from one that ends a sentence. Entries are written without
 * the final period and matched case-sensitively unless said otherwise.
 */
final class Abbreviations {

    /** Titles and the like that come before a name: never the end of a sentence. */
    static final Set<String> BEFORE_NAME = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
            "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Hon", "Amb", "Atty", "Cllr", "Ald",
            "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Supt",
            "Insp", "Det", "Const", "Rev", "Fr", "Msgr", "Mt", "Ft",
            "vs", "v", "e.g", "i.e", "cf", "viz", "a.k.a", "approx");

    /**
     * Abbreviations that usually sit inside a sentence but can end one ("Apple Inc. said" / "worked for Apple Inc.
     * The company..."): the period ends the sentence only when a common sentence opener follows.
     */
    static final Set<String> USUALLY_INSIDE = Set.of(
            "Jr", "Sr", "St", "Ste", "Ave", "Rd", "Blvd", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn",
            "etc", "al", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
            "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
            "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /** Abbreviations that come before a number ("No. 10", "Jan. 19"); matched case-insensitively. */
    static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "vol", "vols", "p", "pp", "art", "fig", "figs", "ch", "sec", "para", "op", "est", "ca", "c",
            "ed", "tel", "ext", "hwy", "rt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** Words that may follow "a.m."/"p.m." inside the same sentence ("10 a.m. Tuesday", "9 p.m. GMT"). */
    static final Set<String> AFTER_TIME_OF_DAY = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST", "UTC", "CET",
            "CEST", "EET", "IST", "JST", "AEST", "Eastern", "Central", "Mountain", "Pacific", "Greenwich");

    /** Frequent first words of news sentences, used where a capital letter alone is not enough evidence. */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
            "Your", "This", "That", "These", "Those", "There", "Here", "In", "On", "At", "As", "By", "For", "From",
            "With", "Without", "After", "Before", "During", "Since", "Until", "But", "And", "Or", "So", "Yet", "If",
            "When", "While", "Although", "Though", "Because", "However", "Meanwhile", "Still", "Also", "Some", "Many",
            "Most", "All", "Both", "Each", "Every", "No", "None", "Not", "One", "Two", "Three", "What", "Who", "Why",
            "How", "Where", "Which", "Earlier", "Later", "Last", "Next", "Now", "Then", "Today", "Yesterday",
            "Tomorrow", "Such", "Other", "Another", "According", "Despite", "Instead", "Under", "Over", "About",
            "More", "Several", "Few", "Nobody", "Everyone", "Everybody", "Someone", "Somebody", "Nothing", "Officials",
            "Police");

    /** Verbs of attribution: {@code "We will win." Smith said.} keeps the attribution with the quote. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "explained",
            "noted", "shouted", "replied", "insisted", "warned", "argued", "declared", "stated", "continued",
            "recalled", "admitted", "claimed", "urged", "cried", "whispered", "yelled", "remarked", "concluded",
            "responded", "answered", "tweeted", "posted", "announced");

    private Abbreviations() {
    }
}
