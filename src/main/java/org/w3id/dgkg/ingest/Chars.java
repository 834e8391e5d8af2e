package org.w3id.dgkg.ingest;

/** Character classes used by the normaliser. */
final class Chars {
    private Chars() {}

    /** ASCII whitespace, CR, and the PDF spaces U+2005, U+2002, U+3000 and NBSP. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u2005' || c == '\u2002' || c == '\u3000'
                || c == '\u00A0' || c == '\u2003' || c == '\u2009' || c == '\f';
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** Han characters and CJK punctuation: spaces next to these are layout, not content. */
    static boolean isCjk(char c) {
        return isHan(c)
                || (c >= '\u3001' && c <= '\u303F')          // 、。〈〉《》「」『』【】〔〕…
                || (c >= '\uFF01' && c <= '\uFF65')          // full-width forms （），：；！？％
                || (c >= '\u2018' && c <= '\u201F')          // ‘’“”
                || c == '\u2014' || c == '\u2026' || c == '\u00B7' || c == '\u2022' || c == '\u00BB'
                || c == '\uFFFD';
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinOrDigit(char c) {
        return isLatin(c) || isDigit(c);
    }

    /** Sentence terminators. */
    static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Closing quotes and brackets that belong to the sentence they follow. */
    static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '\''
                || c == '》' || c == '】';
    }

    /**
     * Characters that, right after a number, make it a quantity or date rather than a footnote
     * marker: units, measure words and magnitude words.
     */
    static boolean isUnit(char c) {
        return "年月日号个项家亿万千百十%％倍名条款次届岁期章节代位份种类国部件台人元美欧天周小秒轮批季度层级例点".indexOf(c) >= 0
                || isDigit(c);
    }
}
