package org.w3id.dgkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-identical sentences form one search hit that lists every document they come from. */
class SearchGroupingTest {
    static SearchModule.SentenceHit hit(String sentence, String doc, int start) {
        return new SearchModule.SentenceHit("a" + start, sentence, "https://w3id.org/dgkg/id/document/" + doc, doc + " title", start,
                start + sentence.length(), null, null);
    }

    @Test
    void near_duplicates_are_grouped_and_keep_their_places() {
        List<SearchModule.SentenceHit> hits = List.of(
                hit("各国应弥合数字鸿沟，推动数字包容。", "a", 10),
                hit("各国应弥合数字鸿沟,推动数字包容", "b", 200),       // same words, other punctuation
                hit("各国应当弥合数字鸿沟，推动数字包容。", "a", 900),   // one character more
                hit("数字鸿沟在发展中国家尤为突出。", "c", 40));
        SearchPage page = SearchPage.of("数字鸿沟", List.of(), hits);
        assertEquals(2, page.groups().size(), page.groups().toString());
        SearchPage.Group first = page.groups().get(0);
        assertEquals(3, first.places().size());
        assertEquals(List.of("a title", "b title", "a title"), first.places().stream().map(p -> p.document().label()).toList());
        assertEquals("/id/document/b#char=200,216", first.places().get(1).passageHref());
        assertEquals(4, page.sentences());
        assertEquals(1, page.groups().get(1).places().size());
    }

    @Test
    void different_sentences_stay_apart() {
        SearchPage page = SearchPage.of("合作", List.of(), List.of(hit("各方应加强合作。", "a", 0), hit("加强数据安全合作。", "a", 50)));
        assertEquals(2, page.groups().size());
    }
}
