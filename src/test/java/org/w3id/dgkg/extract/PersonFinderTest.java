package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons from HanLP candidates kept only after a role word, on real sentences of the corpus. */
class PersonFinderTest {
    static List<String> persons(String sentence) {
        return NameFinder.find(sentence).stream().filter(n -> n.kind() == NameFinder.Kind.PERSON).map(NameFinder.Name::label).toList();
    }

    @Test
    void name_after_a_role_word_is_a_person() {
        // caict-gdg-whitepaper-2023: 美国网络空间和数字政策局大使菲克宣布…
        assertEquals(List.of("菲克"), persons("美国网络空间和数字政策局大使菲克宣布，美国将在每个大使馆中设置一名网络和数字经济官员。"));
    }

    @Test
    void transliterated_name_cut_by_hanlp_is_kept_whole() {
        // HanLP proposes 特雷斯 and 马丁; the role word gives the start of the name.
        assertEquals(List.of("古特雷斯"), persons("联合国秘书长古特雷斯在安理会首次人工智能问题公开辩论会上发言。"));
        assertEquals(List.of("多琳·马丁"), persons("国际电联秘书长多琳·马丁表示，连接是数字化转型的基础。"));
    }

    @Test
    void role_word_without_a_name_gives_nothing() {
        assertTrue(persons("秘书长发布政策简报，呼吁所有利益攸关方参与。").isEmpty());
        assertTrue(persons("印尼作为主席国提出三大原则。").isEmpty());
        assertTrue(persons("美国和印度总理前副顾问组成的委员会。").isEmpty());
    }
}
