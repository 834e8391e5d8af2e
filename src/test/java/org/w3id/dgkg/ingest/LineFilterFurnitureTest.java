package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture (mastheads, bylines, navigation, spam links, repeated running headers) is no running text. */
class LineFilterFurnitureTest {

    @Test
    void mastheads_bylines_navigation_and_spam_are_furniture() {
        for (String line : List.of("联合国新闻 | 2021年9月29日 | 经济发展", "联合国新闻 · 全球视角 人类故事", "2020年6月11日　　经济发展",
                "首页 | 要闻 | 国际 | 财经 | 科技 | 视频 | 专题　　　登录　注册　　APP下载", "九游娱乐　澳门新葡京　pp电子官网",
                "来源：国家互联网信息办公室　　发布时间：2023-07-13", "周立衡　沈雨桐", "特约评论员　林舟", "责任编辑：陈晓",
                "2024-07-05 09:12:47　来源：综合整理　　阅读：5862　　【pp电子】【ky开元棋牌】",
                "分享到：微信 微博 QQ空间 复制链接　　　免费领取网信课程 >>　澳门新葡京 注册送彩金",
                "上一篇：海洋理事会《数据共享公约》谈判进入最后阶段　下一篇：《渔业数据规则》名单公布", "下一篇：各方就数据治理达成共识，将签署协定"))
            assertTrue(LineFilter.isFurniture(line), line);
    }

    @Test
    void headings_headlines_running_text_and_table_cells_are_not_furniture() {
        for (String line : List.of("2.1 欧盟《人工智能法案》:从立法到实施", "2024世界人工智能大会开幕　《人工智能全球治理上海宣言》发布",
                "第二章：数字时代的全球治理新图景", "会员国应：", "附件三：协商", "国际：电子传输免税、微量允许", "前  言", "为开展业务条件  3.",
                "问：据中国商务部16日发布的消息，中方已正式提出申请加入CPTPP。", "（一）理念的提出"))
            assertFalse(LineFilter.isFurniture(line), line);
    }

    @Test
    void the_bulleted_links_under_a_related_stories_heading_are_furniture() {
        String original = "海洋理事会通过了《数据共享公约》。\n相关阅读：\n· 岛国宣布渔业数据出口新规\n· 【专题】海洋数据论坛\n"
                + "【相关新闻】\n• 某国拟扩大对港口企业补贴\n· 公约将于明年生效，各方表示欢迎。\n";
        List<LineFilter.Kind> kinds = new LineFilter(null).classify(SourceLine.of(original), original);
        assertEquals(LineFilter.Kind.KEEP, kinds.get(0));
        for (int i = 1; i <= 6; i++)
            assertEquals(LineFilter.Kind.FURNITURE, kinds.get(i), "line " + i);
        String story = "会议讨论了以下议题：\n· 数据跨境流动的规则\n";
        List<LineFilter.Kind> listed = new LineFilter(null).classify(SourceLine.of(story), story);
        assertEquals(LineFilter.Kind.KEEP, listed.get(1), "a bulleted list of the story itself stays");
    }

    @Test
    void the_title_on_the_first_line_is_a_headline_unless_it_runs_as_a_page_header() {
        String title = "海洋数据治理观察（2024）";
        String report = title + "\n\n第一章 海洋数据规则\n海洋理事会于2023年通过了公约。\n" + title + "                    12\n各方表示欢迎。\n";
        List<LineFilter.Kind> kinds = new LineFilter(Fixtures.meta(title)).classify(SourceLine.of(report), report);
        assertEquals(LineFilter.Kind.HEADER, kinds.get(0), "the report's title page, printed again on its pages");
        assertEquals(LineFilter.Kind.HEADER, kinds.get(4));
        String dotted = title + "\n海洋理事会于2023年通过了公约。\n" + title + "　　·15·\n";
        List<LineFilter.Kind> dots = new LineFilter(Fixtures.meta(title)).classify(SourceLine.of(dotted), dotted);
        assertEquals(LineFilter.Kind.HEADER, dots.get(0), "a page number set off by dots");
        assertEquals(LineFilter.Kind.HEADER, dots.get(2));
        String story = title + "\n海洋理事会于2023年通过了公约。\n";
        assertEquals(LineFilter.Kind.HEADLINE, new LineFilter(Fixtures.meta(title)).classify(SourceLine.of(story), story).get(0));
    }

    @Test
    void a_line_repeated_with_its_parts_spaced_out_is_a_running_header() {
        String header = "全球人工智能治理动态观察(2025)　·　第二章　区域立法与国际规范";
        String original = header + "\n欧盟委员会于2021年4月提出《人工智能法案》提案。\n" + header + "\n欧洲议会通过了法案。\n所有利益攸关方应：\n所有利益攸关方应：\n";
        List<LineFilter.Kind> kinds = new LineFilter(null).classify(SourceLine.of(original), original);
        assertEquals(LineFilter.Kind.HEADER, kinds.get(0));
        assertEquals(LineFilter.Kind.KEEP, kinds.get(1));
        assertEquals(LineFilter.Kind.HEADER, kinds.get(2));
        assertEquals(LineFilter.Kind.KEEP, kinds.get(4), "a repeated heading of one part stays");
    }
}
