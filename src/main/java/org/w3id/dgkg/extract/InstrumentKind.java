package org.w3id.dgkg.extract;

import java.util.List;
import java.util.Map;

/**
 * The kind of a governance instrument read from the end of its name (…宣言 → Declaration).
 * The more specific endings are tried first (数字经济伙伴关系协定 before 协定).
 */
final class InstrumentKind {
    private InstrumentKind() {}

    private static final List<Map.Entry<String, String>> ENDINGS = List.of(
            Map.entry("数字经济伙伴关系协定", "DigitalEconomyAgreement"),
            Map.entry("数字伙伴关系协定", "DigitalEconomyAgreement"),
            Map.entry("数字经济协定", "DigitalEconomyAgreement"),
            Map.entry("数字贸易协定", "TradeAgreement"),
            Map.entry("自由贸易协定", "TradeAgreement"),
            Map.entry("自贸协定", "TradeAgreement"),
            Map.entry("贸易协定", "TradeAgreement"),
            Map.entry("经济伙伴关系协定", "TradeAgreement"),
            Map.entry("伙伴关系协定", "TradeAgreement"),
            Map.entry("协定", "Agreement"),
            Map.entry("协议", "Agreement"),
            Map.entry("谅解备忘录", "Agreement"),
            Map.entry("公约", "Treaty"),
            Map.entry("条约", "Treaty"),
            Map.entry("宪章", "Treaty"),
            Map.entry("宣言", "Declaration"),
            Map.entry("声明", "Declaration"),
            Map.entry("共识", "Declaration"),
            Map.entry("行为守则", "CodeOfConduct"),
            Map.entry("行为准则", "CodeOfConduct"),
            Map.entry("守则", "CodeOfConduct"),
            Map.entry("决议", "Resolution"),
            Map.entry("契约", "Compact"),
            Map.entry("公约", "Treaty"),
            Map.entry("行动计划", "ActionPlan"),
            Map.entry("工作计划", "ActionPlan"),
            Map.entry("合作计划", "ActionPlan"),
            Map.entry("计划", "ActionPlan"),
            Map.entry("路线图", "ActionPlan"),
            Map.entry("议程", "ActionPlan"),
            Map.entry("规划", "ActionPlan"),
            Map.entry("蓝图", "ActionPlan"),
            Map.entry("法案", "Law"),
            Map.entry("条例", "Law"),
            Map.entry("办法", "Law"),
            Map.entry("规定", "Law"),
            Map.entry("指令", "Law"),
            Map.entry("行政令", "Law"),
            Map.entry("法令", "Law"),
            Map.entry("法", "Law"),
            Map.entry("战略", "Strategy"),
            Map.entry("倡议", "Initiative"),
            Map.entry("框架", "Framework"),
            Map.entry("指南", "Framework"),
            Map.entry("指引", "Framework"),
            Map.entry("原则", "PrinciplesDocument"),
            Map.entry("准则", "PrinciplesDocument"),
            Map.entry("报告", "Report"),
            Map.entry("白皮书", "Report"),
            Map.entry("标准", "Standard"),
            Map.entry("体系", "Framework"),
            Map.entry("立场文件", "Report"),
            Map.entry("结论文件", "Strategy"),
            Map.entry("成果文件", "Report"),
            Map.entry("EPA", "TradeAgreement"),
            Map.entry("FTA", "TradeAgreement"),
            Map.entry("BIT", "Agreement"),
            Map.entry("承诺", "Agreement"),
            Map.entry("呼吁", "Initiative"),
            Map.entry("建议书", "PrinciplesDocument"),
            Map.entry("建议", "PrinciplesDocument"));

    /** The dgkg class local name for a name, or {@code Instrument} when no ending fits. */
    static String of(String name) {
        String core = stripTrailingNotes(name);
        for (Map.Entry<String, String> e : ENDINGS)
            if (core.endsWith(e.getKey()))
                return e.getValue();
        return "Instrument";
    }

    /** True when the name ends like an instrument (used to type unbracketed names). */
    static boolean hasInstrumentEnding(String name) {
        return !of(name).equals("Instrument");
    }

    /** Drops status notes and editions in brackets at the end: （试行）, （征求意见稿）, （2023）. */
    static String stripTrailingNotes(String name) {
        String s = name.strip();
        while (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open <= 0)
                break;
            s = s.substring(0, open).strip();
        }
        return s;
    }
}
