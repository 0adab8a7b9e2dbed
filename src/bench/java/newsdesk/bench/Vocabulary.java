package newsdesk.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** A few thousand words: common news words plus generated names and terms, drawn with a Zipf-like skew. */
final class Vocabulary {
    static final String[] NOUNS = ("government council budget election minister policy report plan project "
            + "court judge police officer investigation company market price inflation rate bank loan tax "
            + "school teacher student hospital doctor patient health vaccine virus outbreak storm flood drought "
            + "fire wildfire road bridge railway airport port ship train bus worker union strike wage contract "
            + "farmer crop harvest water river dam energy power plant pipeline gas oil coal solar wind grid "
            + "climate emission carbon agreement treaty summit talks ceasefire army soldier border refugee aid "
            + "charity museum festival film music book author player team match season coach stadium league "
            + "mayor city town village district region province state parliament vote campaign candidate "
            + "party coalition opposition protest rally law bill reform inquiry audit scandal fraud trial "
            + "verdict sentence prison release statement spokesperson official analyst economist survey poll "
            + "study researcher scientist laboratory satellite rocket launch mission telescope data software "
            + "network outage cyberattack breach privacy platform startup investor share profit loss revenue "
            + "factory plant production export import tariff trade shortage supply demand housing rent mortgage "
            + "tenant landlord community resident neighbourhood park library transport ferry tunnel highway").split(" ");
    static final String[] VERBS = ("announced approved rejected delayed launched opened closed reviewed "
            + "criticised praised warned confirmed denied expanded reduced raised cut blocked signed suspended "
            + "investigated questioned defended challenged proposed backed welcomed condemned funded cancelled "
            + "postponed extended completed restored replaced reported estimated predicted increased doubled").split(" ");
    static final String[] BASE_VERBS = ("approve reject delay launch open close review expand reduce raise cut "
            + "block sign suspend fund cancel extend complete restore replace increase protect rebuild").split(" ");
    static final String[] ADJECTIVES = ("new local national regional federal public private major minor "
            + "controversial long-awaited emergency temporary permanent annual rural urban coastal northern "
            + "southern eastern western central independent international senior former previous final "
            + "early late record rising falling sharp modest significant unexpected rare").split(" ");
    static final String[] MONTHS = ("January February March April May June July August September October "
            + "November December").split(" ");
    static final String[] ORGANISATION_KINDS = ("Group Holdings Council Authority Trust Energy Partners "
            + "Institute Union Foundation").split(" ");
    static final String[] DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
    static final String[] SYLLABLES = ("an ar ba bel ca cor da del el en fa fer ga gor ha hel in is ka kel la "
            + "lor ma mer na nor o or pa per ra ron sa sel ta ter u ul va ver wa wen ya zan zel mi lo ri tu").split(" ");
    static final int GENERATED_TERMS = 2_200;
    static final int GENERATED_NAMES = 400;

    private final String[] terms;
    private final String[] names;
    private final String[] places;

    Vocabulary(Random random) {
        Set<String> used = new HashSet<>();
        terms = generated(random, GENERATED_TERMS, used, false);
        names = generated(random, GENERATED_NAMES, used, true);
        places = generated(random, 200, used, true);
    }

    private static String[] generated(Random random, int count, Set<String> used, boolean capitalised) {
        String[] out = new String[count];
        int i = 0;
        while (i < count) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String word = capitalised ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
            if (used.add(word.toLowerCase(Locale.ROOT))) {
                out[i++] = word;
            }
        }
        return out;
    }

    /** Index into an array with a Zipf-like skew: a few items are common, most are rare. */
    private static <T> T skewed(Random random, T[] items) {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(items.length + 1, u)) - 1;
        return items[Math.min(items.length - 1, Math.max(0, i))];
    }

    private static <T> T any(Random random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    Topic topic(Random random) {
        return new Topic(skewed(random, terms), skewed(random, NOUNS), any(random, places),
                any(random, names) + " " + any(random, ORGANISATION_KINDS),
                any(random, names) + " " + any(random, names));
    }

    String title(Random random, Topic t) {
        return cap(t.organisation() + " " + any(random, VERBS) + " " + t.subject() + " " + t.object() + " plan in "
                + t.place());
    }

    String paragraph(Random random, Topic t) {
        while (true) {
            List<String> sentences = new ArrayList<>(3);
            int words = 0;
            for (int s = 0; s < 3; s++) {
                String sentence = sentence(random, t, 16 + random.nextInt(8));
                words += sentence.split(" ").length;
                sentences.add(sentence);
            }
            if (words >= 48 && words <= 70) {
                return String.join(" ", sentences);
            }
        }
    }

    private String sentence(Random random, Topic t, int targetWords) {
        String noun = word(random, t);
        String body = switch (random.nextInt(6)) {
            case 0 -> t.person() + " said the " + any(random, ADJECTIVES) + " " + noun + " would "
                    + any(random, BASE_VERBS) + " the " + word(random, t) + " " + any(random, NOUNS);
            case 1 -> "The " + any(random, NOUNS) + " in " + place(random, t) + " " + any(random, VERBS) + " the "
                    + noun + " " + any(random, NOUNS) + " on " + any(random, DAYS);
            case 2 -> "Officials " + any(random, VERBS) + " a " + any(random, ADJECTIVES) + " " + noun
                    + " after " + (2 + random.nextInt(900)) + " " + any(random, NOUNS) + "s were affected";
            case 3 -> t.organisation() + " " + any(random, VERBS) + " plans for the " + noun + " "
                    + any(random, NOUNS) + " in " + any(random, MONTHS);
            case 4 -> "Residents of " + place(random, t) + " " + any(random, VERBS) + " the " + noun
                    + " as the " + any(random, NOUNS) + " " + any(random, VERBS) + " its " + any(random, NOUNS);
            default -> "According to the " + any(random, NOUNS) + ", the " + any(random, ADJECTIVES) + " "
                    + noun + " " + any(random, VERBS) + " the " + word(random, t) + " " + any(random, NOUNS);
        };
        StringBuilder s = new StringBuilder(body);
        int words = body.split(" ").length;
        while (words < targetWords) {
            String tail = switch (random.nextInt(5)) {
                case 0 -> " after talks with " + t.organisation();
                case 1 -> " despite concerns about the " + word(random, t) + " " + any(random, NOUNS);
                case 2 -> " according to officials in " + place(random, t);
                case 3 -> " and the " + any(random, ADJECTIVES) + " " + any(random, NOUNS) + " " + any(random, VERBS)
                        + " the " + word(random, t);
                default -> " while " + any(random, NOUNS) + " " + any(random, NOUNS) + "s " + any(random, VERBS)
                        + " the " + word(random, t) + " " + any(random, NOUNS);
            };
            s.append(tail);
            words += tail.strip().split(" ").length;
        }
        return cap(s.toString()) + ".";
    }

    /** Half the time one of the article's own words, else any term or noun. */
    private String word(Random random, Topic t) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> t.subject();
            case 2 -> t.object();
            case 3 -> skewed(random, terms);
            default -> skewed(random, NOUNS);
        };
    }

    private String place(Random random, Topic t) {
        return random.nextInt(3) == 0 ? any(random, places) : t.place();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
