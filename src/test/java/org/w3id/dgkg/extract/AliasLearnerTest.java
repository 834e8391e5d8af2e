package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in brackets after a name (sentences quoted from corpus/). */
class AliasLearnerTest {
    private static List<String> after(String text, String name) {
        return AliasLearner.after(text, text.indexOf(name) + name.length());
    }

    @Test
    void englishNameAndAcronymWithMixedBrackets() {
        String s = "发布了《美国AI风险管理框架1.0》(Artificial Intelligence Risk Management Framework, AI RMF 1.0），由政府部门参与制定";
        assertEquals(List.of("Artificial Intelligence Risk Management Framework", "AI RMF 1.0"), after(s, "1.0》"));
    }

    @Test
    void acronymFirstAndFullWidthComma() {
        String s = "推出成立“伙伴关系制度性安排”（IAP，Institutional Arrangement for Partnership）新机构";
        assertEquals(List.of("IAP", "Institutional Arrangement for Partnership"), after(s, "安排”"));
    }

    @Test
    void aCodeOfPartsJoinedBySlashesWithItsNumber() {
        String s = "于2017年成立第一联合技术委员会人工智能分委员会（ISO/IEC JTC 1/SC 42），负责人工智能领域的标准";
        assertEquals(List.of("ISO/IEC JTC 1/SC 42"), after(s, "分委员会"));
        assertEquals(List.of(), after("全面与进步跨太平洋伙伴关系协定（TPP/CPTPP）、美日贸易协定", "关系协定"), "two names, either one: no code");
    }

    @Test
    void chineseShortForm() {
        assertEquals(List.of("国际电联"), after("国际电信联盟(国际电联)和联合国儿童基金会", "国际电信联盟"));
    }

    @Test
    void aDeclaredShortNameIsTheThingsOtherName() {
        assertEquals(List.of("第53号法令"), after("颁布《关于网络安全的第53/2022/ND-CP号法令》（以下简称“第53号法令”），自同年起施行", "法令》"));
        assertEquals(List.of("人工智能法"), after("通过《关于人工智能的统一规则的条例》（简称《人工智能法》）", "条例》"));
        assertEquals(List.of("评估办法"), after("公布《数据出境安全评估办法》(下称评估办法)。", "办法》"));
        assertEquals(List.of("人工智慧基本法"), after("通過《人工智慧發展與建立信任基本法》（以下簡稱「人工智慧基本法」）", "基本法》"));
    }

    @Test
    void aDeclaredGenericHeadIsLeftToTheShortReferenceRule() {
        assertEquals(List.of(), after("发布《公共数据资源登记管理暂行办法》（以下简称《办法》）", "暂行办法》"));
        assertEquals(List.of(), after("发布《全球数据安全倡议》（以下简称“倡议”）", "倡议》"));
    }

    @Test
    void statusNotesYearsAndGlossesAreNotNames() {
        assertEquals(List.of(), after("《人工智能责任指令》（提案）", "指令》"));
        assertEquals(List.of(), after("《算法透明和可责性声明》（2017 年）", "声明》"));
        assertEquals(List.of(), after("虚假信息（disinformation）", "虚假信息"));
    }

    @Test
    void acronymGlossInsideANameIsLeftOutOfItsLabel() {
        // news-check2 k07: the event is 经济合作与发展组织部长理事会会议, written with the organiser's acronym inside
        assertEquals("经济合作与发展组织部长理事会会议", AliasLearner.withoutInnerGloss("经济合作与发展组织（OECD）部长理事会会议"));
        assertEquals("世界经济论坛人工智能治理联盟", AliasLearner.withoutInnerGloss("世界经济论坛(WEF)人工智能治理联盟"));
        assertEquals(null, AliasLearner.withoutInnerGloss("刚果（金）"), "a bracket at the end is part of the name");
        assertEquals(null, AliasLearner.withoutInnerGloss("中国（上海）自由贸易试验区"), "Chinese words in brackets are part of the name");
    }
}
