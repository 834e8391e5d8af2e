package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates as the corpus writes them (sentences quoted from corpus/). */
class DateFinderTest {
    private static List<String> values(String text, String paragraphYear) {
        return DateFinder.find(text, paragraphYear).stream().map(DateFinder.Found::value).toList();
    }

    @Test
    void spacesBetweenNumberAndUnit() {
        assertEquals(List.of("2023-10"), values("拜登政府 2023年 10月发布《安全、可靠、值得信赖的人工智能》行政令", null));
        assertEquals(List.of("2023-07"), values("2023 年 7 月英国成为首个加入《全面与进步跨太平洋伙伴关系协定》（CPTPP）的欧洲国家。", null));
    }

    @Test
    void spacesInsideDigitsFromPdfLines() {
        assertEquals(List.of("2013-12"), values("•数字时代的隐私权，201 3年1 2月第68/167号决议(及其后各项决议)", null));
    }

    @Test
    void aDayOfTheDocumentsOwnMonthIsNotMovedToTheYearBefore() {
        List<DateFinder.Found> f = DateFinder.find("12月17日，联合国大会在纽约协商一致通过了成果文件", null, "2025-12");
        assertEquals("2025-12-17", f.get(0).value());
        assertEquals("2024-12-20", DateFinder.find("12月20日，大会通过决议", null, "2025-12-05").get(0).value());
    }

    @Test
    void aMonthAheadOfThePlanIsNotMovedToTheYearBefore() {
        // 预计将于9月: the September after a document of March 2024, whereas a month written as past stays before it
        assertEquals("2024-09", DateFinder.find("公约预计将于9月举行的峰会上通过", null, "2024-03-21").get(0).value());
        assertEquals("2025-01", DateFinder.find("峰会计划于1月举行", null, "2024-03-21").get(0).value());
        assertEquals("2023-09", DateFinder.find("9月，峰会在纽约举行", null, "2024-03-21").get(0).value());
    }

    @Test
    void rangeGivesItsStart() {
        assertEquals(List.of("2022-09-26"), values("ITU于2022年9月26日-10月14日在罗马尼亚举行了四年一届的全权代表大会", null));
    }

    @Test
    void monthWithoutYearIsCompletedFromContextAndMarkedInferred() {
        List<DateFinder.Found> f = DateFinder.find("11月 1-2日，“人工智能安全峰会”在英国举行", "2023");
        assertEquals(1, f.size());
        assertEquals("2023-11-01", f.get(0).value());
        assertTrue(f.get(0).inferred());
        assertEquals(List.of(), values("11月 1-2日，“人工智能安全峰会”在英国举行", null), "no year, no date");
    }

    @Test
    void periodsAndTitleYearsAreNotDates() {
        assertEquals(List.of(), values("2022年以来，我国先后提出《全球数据安全倡议》", null));
        assertEquals(List.of(), values("2000年以后，国家间签订的双边和区域自由贸易协定数量大幅提升", null));
        assertEquals(List.of(), values("确立《东盟—美国2023-2025年数字工作计划》", null));
    }

    @Test
    void relativeYearsCountFromTheDocumentOrTheYearLastWritten() {
        List<DateFinder.Found> f = DateFinder.find("今年3月21日，大会通过了决议", null, "2024-08-02");
        assertEquals("2024-03-21", f.get(0).value());
        assertTrue(f.get(0).inferred());
        assertEquals("2023-11", DateFinder.find("去年11月，部长会议发表声明", null, "2024-08-02").get(0).value());
        assertEquals(List.of("2021-01-31", "2021-03-14"),
                DateFinder.find("2021年1月31日，双方签署议定书，议会于同年3月14日表示同意", null, "2024").stream().map(DateFinder.Found::value).toList());
        assertEquals("2019-10-07", DateFinder.find("同年10月7日，总统签署行政命令", null, "2024", "2019").get(0).value());
        assertEquals("2020", DateFinder.find("冰岛于次年发布《海洋数据开放宣言》", "2019", "2024").get(0).value());
        assertEquals("2022", DateFinder.find("我国于今年陆续发布《海洋数据开放宣言》", null, "2022").get(0).value());
        // a year counted from the one last written, heading its clause: the point of the clause after it
        assertEquals(List.of("2021-01", "2021"), DateFinder.find("2021年1月，部长会议通过《规划》；同年，理事会通过《路线图》", null, "2024")
                .stream().map(DateFinder.Found::value).toList());
        assertEquals("2020", DateFinder.find("2019年，挪威发布《战略》；次年，冰岛发布《计划》", null, "2024").get(1).value());
    }

    @Test
    void monthsRelativeToTheDocumentTakeItsMonth() {
        assertEquals("2024-07-27", DateFinder.find("研究院上月27日在城南市挂牌成立", null, "2024-08-02").get(0).value());
        assertEquals("2024-08-12", DateFinder.find("欧盟委员会本月12日宣布展开调查", null, "2024-08-02").get(0).value());
        assertEquals("2023-12", DateFinder.find("上月，双方签署协定", null, "2024-01-15").get(0).value());
        assertTrue(DateFinder.find("上月27日，双方签署协定", null, "2024-01-15").get(0).inferred());
        assertEquals(List.of(), DateFinder.find("本月以来，多国发布新规", null, "2024-08-02"));
        assertEquals(List.of(), DateFinder.find("本月担任安理会轮值主席的英国召集会议", null, "2024-08-02"));
        assertEquals(List.of(), DateFinder.find("上月27日签署", null, "2024"), "a manifest with no month dates no relative month");
    }

    @Test
    void relativeYearsThatFrameAPeriodAreNotDates() {
        assertEquals(List.of(), DateFinder.find("今年以来，地缘政治的影响持续加剧", null, "2022"));
        assertEquals(List.of(), DateFinder.find("协议也将于今年底生效", null, "2022"));
        assertEquals(List.of(), DateFinder.find("今年，全球数字治理取得进展", null, "2022"));
        assertEquals(List.of(), DateFinder.find("同年3月，议会通过法案", null, null), "no year anywhere, no date");
    }

    @Test
    void sameDayAndSameMonthTakeTheDateBeforeThemInTheSentence() {
        List<DateFinder.Found> f = DateFinder.find("议会于2022年7月5日通过甲法，同日通过乙法", null, "2022");
        assertEquals(List.of("2022-07-05", "2022-07-05"), f.stream().map(DateFinder.Found::value).toList());
        assertTrue(f.get(1).inferred());
        assertEquals("2023-06", DateFinder.find("2023年6月26日发布文件，同月又发布报告", null, "2023").get(1).value());
        assertEquals(1, DateFinder.find("2023年6月发布文件，同日又发布报告", null, "2023").size(), "a month gives no day");
    }
}
