package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCorpusTest {

    @Test
    void loadsTheBundledArticleWithItsFrontMatter() {
        List<Article> sample = SampleCorpus.load();

        assertThat(sample).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("in-amenas-2013-01-19");
            assertThat(a.title()).isEqualTo("Algeria hostage crisis ends as special forces storm gas plant");
            assertThat(a.source()).isEqualTo("Newsdesk sample corpus");
            assertThat(a.published()).isEqualTo("2013-01-19");
            assertThat(a.origin()).isEqualTo(SampleCorpus.ORIGIN).isEqualTo("bundled sample");
            assertThat(a.text()).startsWith("The hostage standoff in southern Algeria").doesNotContain("---", "title:")
                    .endsWith("in communication with Algerian authorities.");
        });
    }

    @Test
    void loadsTheSameArticlesEveryTime() {
        assertThat(SampleCorpus.load()).isEqualTo(SampleCorpus.load());
    }
}
