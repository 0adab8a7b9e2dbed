package newsdesk.article;

import static newsdesk.article.Fixtures.fixture;
import static newsdesk.article.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader(5 * 1024 * 1024);

    @TempDir
    Path dir;

    private Article only(Path file) throws ArticleFileException {
        List<Article> articles = reader.read(file);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private String reasonFor(Path file) {
        return reasonFor(reader, file);
    }

    private static String reasonFor(ArticleReader reader, Path file) {
        try {
            reader.readAll(file);
        } catch (ArticleFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was read");
    }

    // --- Markdown and text

    @Test
    void markdownTakesItsMetadataFromFrontMatter() throws Exception {
        Path file = fixture("harbour-strike.md");

        Article a = only(file);

        assertThat(a.id()).isEqualTo("port-carrow-strike-2024-03-04");
        assertThat(a.title()).isEqualTo("Dockworkers walk out at Port Carrow over night-shift pay");
        assertThat(a.source()).isEqualTo("Carrow Evening Courier");
        assertThat(a.published()).isEqualTo("2024-03-04T18:30:00+01:00");
        assertThat(a.url()).isEqualTo("https://courier.example/port-carrow-strike");
        assertThat(a.origin()).isEqualTo(file.toString());
    }

    @Test
    void markdownBodyLosesItsSyntaxButKeepsItsStructure() throws Exception {
        String text = only(fixture("harbour-strike.md")).text();

        assertThat(text).startsWith("About 1,400 dockworkers at Port Carrow stopped work at 6 a.m. on Monday, leaving 23 "
                + "container ships waiting in the outer harbour.");
        assertThat(text).doesNotContain("**", "# ", "](", "*Saltmere*", "---", "title:");
        assertThat(text).contains("\n\nWhat the union wants\n\n", "rival port of Saltmere, 40 km",
                "according to the Carrow Chamber of Commerce.", "\"premature and damaging\".");
        assertThat(text).as("the repeated H1 is dropped").doesNotContain("Dockworkers walk out");
        assertThat(text).as("list items stay lines of their own")
                .contains("to the south.\nPerishable cargo");
    }

    @Test
    void markdownWithoutFrontMatterTakesItsTitleFromTheFirstHeading() throws Exception {
        Path file = write(dir, "Storm Warning (Skerra).md", "\n# Storm *warning* for Skerra\n\nGales of 120 km/h are "
                + "expected on Friday.\n");

        Article a = only(file);

        assertThat(a.title()).isEqualTo("Storm warning for Skerra");
        assertThat(a.text()).isEqualTo("Gales of 120 km/h are expected on Friday.");
        assertThat(a.id()).isEqualTo("storm-warning-skerra");
        assertThat(a.source()).isNull();
        assertThat(a.published()).isNull();
    }

    @Test
    void aHeadingThatDiffersFromTheFrontMatterTitleStaysInTheText() throws Exception {
        Path file = write(dir, "a.md", "---\ntitle: Ferry strike ends\n---\n# Day three\nCrews returned at dawn.\n");

        Article a = only(file);

        assertThat(a.title()).isEqualTo("Ferry strike ends");
        assertThat(a.text()).isEqualTo("Day three\nCrews returned at dawn.");
    }

    @Test
    void markdownCleanupLeavesLookalikesAlone() throws Exception {
        Path file = write(dir, "b.md", "# T\n\nThe file snake_case_name.txt had 5 * 3 * 2 rows, \\*not\\* starred, "
                + "and __bold__ went _quiet_ ~~fast~~ with `code` and <https://x.example/a>.\n\n***\n\n"
                + "> Quoted line that is long enough to count as wrapped\n> and its continuation.\n\n"
                + "[1]: https://ref.example/\n");

        String text = only(file).text();

        assertThat(text).isEqualTo("The file snake_case_name.txt had 5 * 3 * 2 rows, *not* starred, and bold went "
                + "quiet fast with code and https://x.example/a.\n\n"
                + "Quoted line that is long enough to count as wrapped and its continuation.");
    }

    @Test
    void setextHeadingsAreHeadingsToo() throws Exception {
        Path file = write(dir, "c.md", "Bridge reopens\n==============\n\nTraffic flows again.\n\nBackground\n----------\n"
                + "The bridge closed in 2020.\n");

        Article a = only(file);

        assertThat(a.title()).isEqualTo("Bridge reopens");
        assertThat(a.text()).isEqualTo("Traffic flows again.\n\nBackground\nThe bridge closed in 2020.");
    }

    @Test
    void textTakesAShortFirstLineAsTitleAndJoinsWrappedLines() throws Exception {
        Path file = fixture("millbrook-flood.txt");

        Article a = only(file);

        assertThat(a.id()).isEqualTo("millbrook-flood");
        assertThat(a.title()).isEqualTo("Millbrook river bursts its banks after record rainfall");
        assertThat(a.text()).startsWith("MILLBROOK, Jan. 9 - The River Tessel burst its banks early on Tuesday after "
                + "142 mm of rain fell in 36 hours, flooding about 300 homes");
        assertThat(a.text()).doesNotContain("record rainfall");
        assertThat(a.text().split("\n\n")).hasSize(4).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
        assertThat(a.source()).isNull();
        assertThat(a.url()).isNull();
    }

    @Test
    void textThatStartsWithASentenceIsTitledByItAndKeepsIt() throws Exception {
        Path file = write(dir, "note.txt", "The Skerra ferry resumed sailing on Monday.\nTickets are half price this week.");

        Article a = only(file);

        assertThat(a.title()).isEqualTo("The Skerra ferry resumed sailing on Monday.");
        assertThat(a.text()).startsWith("The Skerra ferry resumed sailing on Monday.");
    }

    @Test
    void aVeryLongFirstSentenceMakesAShortenedTitle() throws Exception {
        String sentence = "The council " + "met again and argued about the budget ".repeat(10).strip() + ".";
        Article a = only(write(dir, "long.txt", sentence));

        assertThat(a.title()).hasSizeLessThanOrEqualTo(Titles.MAX_SENTENCE_TITLE_CHARS).endsWith("…")
                .startsWith("The council met again");
        assertThat(a.text()).isEqualTo(sentence);
    }

    @Test
    void shortLinesAreNotJoined() throws Exception {
        Article a = only(write(dir, "byline.txt", "Dam repairs begin\n\nBy Ana Ruiz\nKELMOOR\nWork started on Monday "
                + "on the dam that failed in March, the water board said.\n"));

        assertThat(a.text()).isEqualTo("By Ana Ruiz\nKELMOOR\nWork started on Monday on the dam that failed in March, "
                + "the water board said.");
    }

    @Test
    void yamlDatesKeepTheirWrittenForm() throws Exception {
        Article date = only(write(dir, "d1.md", "---\npublished: 2013-01-19\n---\nText."));
        Article dateTime = only(write(dir, "d2.md", "---\npublished: 2013-01-19 10:00:00\n---\nText."));
        Article zoned = only(write(dir, "d3.md", "---\npublished: \"2013-01-19T10:00:00Z\"\n---\nText."));

        assertThat(date.published()).isEqualTo("2013-01-19");
        assertThat(dateTime.published()).isEqualTo("2013-01-19T10:00:00");
        assertThat(zoned.published()).isEqualTo("2013-01-19T10:00:00Z");
        assertThat(zoned.publishedInstant()).isPresent();
    }

    @Test
    void frontMatterScalarsOfOtherTypesBecomeText() throws Exception {
        Article a = only(write(dir, "n.md", "---\nid: 20240304\nTitle: 1987\n---\nThe flood of 1987 returned."));

        assertThat(a.id()).isEqualTo("20240304");
        assertThat(a.title()).isEqualTo("1987");
    }

    @Test
    void anInvalidDateIsAReasonNamingTheField() {
        assertThat(reasonFor(fixture("bad-date.md"))).startsWith("invalid published date 'last Tuesday'");
    }

    @Test
    void brokenFrontMatterIsAReason() {
        assertThat(reasonFor(fixture("broken-front-matter.md"))).isEqualTo("broken front matter: unclosed '---'");
        assertThat(reasonFor(write(dir, "y.md", "---\ntitle: [unclosed\n---\nText.")))
                .startsWith("broken front matter: ");
        assertThat(reasonFor(write(dir, "l.md", "---\n- one\n- two\n---\nText.")))
                .isEqualTo("broken front matter: not a list of 'key: value' lines");
        assertThat(reasonFor(write(dir, "k.md", "---\ntitle: A\ntitle: B\n---\nText.")))
                .startsWith("broken front matter: ");
        assertThat(reasonFor(write(dir, "m.md", "---\ntitle:\n  nested: yes\n---\nText.")))
                .isEqualTo("'title' must be a single value, not a list or mapping");
    }

    @Test
    void frontMatterWithoutABodyHasNoText() {
        assertThat(reasonFor(write(dir, "t.md", "---\ntitle: Nothing here\n---\n\n"))).isEqualTo("no text");
        assertThat(reasonFor(write(dir, "t.markdown", "---\n---\n# \n\n---\n"))).isEqualTo("no text");
    }

    @Test
    void anEmptyFrontMatterIsFine() throws Exception {
        assertThat(only(write(dir, "e.md", "---\n---\nThe lock gates opened at noon.")).text())
                .isEqualTo("The lock gates opened at noon.");
    }

    // --- HTML

    @Test
    void htmlTakesTheArticleAndItsMetadataWithoutThePageAroundIt() throws Exception {
        Path file = fixture("ferry-fire.html");

        Article a = only(file);

        assertThat(a.id()).isEqualTo("ferry-fire");
        assertThat(a.title()).isEqualTo("Passengers rescued after fire on Skerra Island ferry");
        assertThat(a.source()).isEqualTo("Northern Isles Gazette");
        assertThat(a.published()).isEqualTo("2023-08-21T07:15:00Z");
        assertThat(a.url()).isEqualTo("https://gazette.example/news/skerra-ferry-fire");
        assertThat(a.text()).doesNotContain("Sport", "Weather", "tracking", "Subscribe", "All rights reserved",
                "Read more", "ads.push", "font-family");
        assertThat(a.text()).as("the headline is the title, not the text").doesNotContain("Passengers rescued");
    }

    @Test
    void htmlBlocksBecomeParagraphs() throws Exception {
        String text = only(fixture("ferry-fire.html")).text();

        assertThat(text.split("\n\n")).containsExactly(
                "By Marit Olsen",
                "All 212 passengers and 14 crew were taken off the ferry Northern Light on Sunday night after a fire "
                        + "broke out in its engine room, about 6 km north of Skerra Island.",
                "Captain Erik Lund said the blaze was put out within 40 minutes. “Everyone stayed calm,” he said. "
                        + "Two lifeboats and a coastguard helicopter took part in the rescue.",
                "“It was frightening, but the crew knew exactly what to do.”",
                "Investigation",
                "The Marine Accident Board will inspect the vessel at Kirkhaven on Tuesday.\n"
                        + "Sailings are suspended until further notice.");
    }

    @Test
    void aPlainPageFallsBackToTitleTagAndBody() throws Exception {
        Path file = write(dir, "plain.htm", "<html><head><title>Kelmoor fair opens</title></head><body>"
                + "<nav>Home</nav><div>The fair opened on <b>Friday</b> with 40 stalls.</div><div>Entry is free."
                + "</div><time datetime=\"last week\">last week</time></body></html>");

        Article a = only(file);

        assertThat(a.title()).isEqualTo("Kelmoor fair opens");
        assertThat(a.text()).isEqualTo("The fair opened on Friday with 40 stalls.\n\nEntry is free.\n\nlast week");
        assertThat(a.published()).as("an unreadable page date is dropped").isNull();
        assertThat(a.source()).isNull();
    }

    @Test
    void aPageWithNoTextIsAReason() {
        assertThat(reasonFor(write(dir, "blank.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>")))
                .isEqualTo("no text");
    }

    // --- JSON

    @Test
    void aJsonArrayGivesOneArticlePerObject() throws Exception {
        Path file = fixture("regional-briefs.json");

        List<Article> articles = reader.read(file);

        assertThat(articles).extracting(Article::id).containsExactly("valdora-bridge-reopens", "regional-briefs-2");
        assertThat(articles.get(0).text()).isEqualTo("The Kessel Bridge in Valdora reopened to traffic on Tuesday after a "
                + "repair that cost 18.6 million euros.\n\nEngineer Paula Brandt said the new deck would carry 30,000 "
                + "vehicles a day.");
        assertThat(articles.get(1).text()).as("body is accepted for text").startsWith("Apple growers around Lindhof");
        assertThat(articles.get(1).published()).isEqualTo("2022-05-18T09:00:00Z");
        assertThat(articles).extracting(Article::origin).containsOnly(file.toString());
    }

    @Test
    void aJsonObjectIsOneArticleNamedLikeItsFile() throws Exception {
        Article a = only(write(dir, "Rail News.json", "{\"text\": \"Line 4 reopened.\\r\\nTrains run hourly.\", "
                + "\"source\": 12}"));

        assertThat(a.id()).isEqualTo("rail-news");
        assertThat(a.title()).isEqualTo("Line 4 reopened.");
        assertThat(a.text()).isEqualTo("Line 4 reopened.\nTrains run hourly.");
        assertThat(a.source()).isEqualTo("12");
    }

    @Test
    void aBadEntryOfAJsonArrayIsReportedAndTheOthersKept() throws Exception {
        Path file = write(dir, "mixed.json", "[{\"title\": \"No body\"}, {\"text\": \"Fine.\", \"published\": \"soon\"},"
                + " 7, {\"text\": \"Kept.\"}]");

        ReadResult result = reader.readAll(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("mixed-4");
        assertThat(result.problems()).extracting(ReadResult.Problem::toString).containsExactly(
                file + " entry 1: no text (needs \"text\" or \"body\")",
                file + " entry 2: invalid published date 'soon' (use e.g. 2013-01-19 or 2013-01-19T10:00:00Z)",
                file + " entry 3: not a JSON object");
    }

    @Test
    void brokenJsonIsAReason() {
        assertThat(reasonFor(write(dir, "bad.json", "{\"text\": \"unterminated"))).startsWith("not valid JSON (line 1: ");
        assertThat(reasonFor(write(dir, "scalar.json", "42"))).isEqualTo("not a JSON object or array of objects");
        assertThat(reasonFor(write(dir, "none.json", "[]"))).isEqualTo("no articles (empty array)");
    }

    @Test
    void jsonLinesReportsABadLineByNumberAndKeepsTheRest() throws Exception {
        Path file = fixture("wire-feed.jsonl");

        ReadResult result = reader.readAll(file);

        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("Tram drivers in Erlsburg vote to strike", "Kelmoor library gets a new roof");
        assertThat(result.articles().get(1).id()).isEqualTo("kelmoor-library");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(file + " line 2");
            assertThat(p.reason()).startsWith("not valid JSON (");
        });
        assertThat(reader.read(file)).hasSize(2);
    }

    @Test
    void jsonLinesIdsComeFromTheUrlSoReorderingKeepsThem() throws Exception {
        String withUrl = "{\"text\": \"A.\", \"url\": \"https://wire.example/a\"}";
        String withoutUrl = "{\"text\": \"B.\"}";
        List<Article> before = reader.read(write(dir, "feed.jsonl", withUrl + "\n" + withoutUrl + "\n"));
        List<Article> after = reader.read(write(dir, "feed.jsonl", "\n" + withoutUrl + "\n" + withUrl + "\n"));

        assertThat(before.get(0).id()).matches("feed-[0-9a-f]{8}").isEqualTo(after.get(1).id());
        assertThat(before.get(1).id()).isEqualTo("feed-2");
        assertThat(after.get(0).id()).as("a line number, blank lines counted").isEqualTo("feed-2");
    }

    @Test
    void readFailsWhenNoLineCouldBeRead() {
        Path file = write(dir, "all-bad.jsonl", "{oops\n{\"title\": \"x\"}\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ArticleFileException.class)
                .hasMessageStartingWith("no readable entries (2 bad; first: " + file + " line 1: not valid JSON");
    }

    // --- whole-file reasons

    @Test
    void emptyFilesAreReasons() {
        assertThat(reasonFor(fixture("empty.md"))).isEqualTo("empty file");
        assertThat(reasonFor(write(dir, "spaces.txt", "  \n\n\t "))).isEqualTo("empty file");
    }

    @Test
    void binaryFilesAreReasons() {
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2, 3, 'a'};

        assertThat(reasonFor(write(dir, "scan.txt", bytes))).isEqualTo("binary file (not text)");
        assertThat(reasonFor(write(dir, "utf16.txt", "Hi".getBytes(StandardCharsets.UTF_16))))
                .isEqualTo("not valid UTF-8 (it is UTF-16; save it as UTF-8)");
    }

    @Test
    void textThatIsNotUtf8IsAReasonWithTheOffendingByte() {
        byte[] latin1 = "Caf\u00e9 reopens.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reasonFor(write(dir, "latin1.md", latin1))).isEqualTo("not valid UTF-8 (byte 0xE9 at offset 3)");
    }

    @Test
    void aByteOrderMarkAndCarriageReturnsAreDropped() throws Exception {
        byte[] bytes = "\uFEFFTitle line\r\n\r\nFirst para.\r\nStill first.\rSecond line.".getBytes(StandardCharsets.UTF_8);

        Article a = only(write(dir, "crlf.txt", bytes));

        assertThat(a.title()).isEqualTo("Title line");
        assertThat(a.text()).isEqualTo("First para.\nStill first.\nSecond line.");
    }

    @Test
    void textIsStoredInNfcWithTypographicQuotesKept() throws Exception {
        String decomposed = Normalizer.normalize("“Café” in Zürich’s old town.", Normalizer.Form.NFD);

        Article a = only(write(dir, "nfc.txt", decomposed));

        assertThat(a.text()).isEqualTo("“Café” in Zürich’s old town.");
    }

    @Test
    void tooLargeFilesAreReasons() {
        ArticleReader small = new ArticleReader(1024);
        Path file = write(dir, "big.md", "Word. ".repeat(500));

        assertThat(reasonFor(small, file)).isEqualTo("too large (2.9 KB > 1 KB limit)");
        assertThat(reasonFor(new ArticleReader(5L * 1024 * 1024), write(dir, "huge.txt", new byte[6 * 1024 * 1024 + 10])))
                .isEqualTo("too large (6 MB > 5 MB limit)");
    }

    @Test
    void unsupportedAndMissingFilesAreReasons() {
        assertThat(reasonFor(write(dir, "notes.pdf", "%PDF"))).isEqualTo("unsupported file type .pdf");
        assertThat(reasonFor(write(dir, "README", "text"))).isEqualTo("unsupported file type (no extension)");
        assertThat(reasonFor(dir.resolve("gone.md"))).isEqualTo("cannot read: no such file or folder");
        assertThat(reasonFor(Fixtures.write(dir, "sub/x.txt", "x").getParent().resolve("../sub.md")))
                .isEqualTo("cannot read: no such file or folder");
    }

    @Test
    void extensionsAreMatchedWhateverTheirCase() throws Exception {
        assertThat(only(write(dir, "LOUD.MD", "# Loud\n\nText here.")).title()).isEqualTo("Loud");
        assertThat(ArticleReader.isSupported(Path.of("a.JSONL"))).isTrue();
        assertThat(ArticleReader.isSupported(Path.of("a.docx"))).isFalse();
    }

    @Test
    void aNonPositiveLimitIsRefused() {
        assertThatThrownBy(() -> new ArticleReader(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
