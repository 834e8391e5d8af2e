package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Within one document, a discovered name that is the end of exactly one longer discovered name of
 * the same kind is that thing's short name (里约峰会 for 二十国集团第十九次领导人里约峰会; 杜邦 for
 * 让·杜邦): it becomes an alternative label, not a second entity. With two longer names ending
 * the same way (第二届…论坛, 第三届…论坛) it stays its own name. A person's short name must follow
 * the · of the full name.
 */
final class ShortNames {
    private ShortNames() {}

    static <F> void merge(Map<String, F> discovered, Function<F, String> top, Function<F, String> label, BiConsumer<F, String> addAlias) {
        List<String> drop = new ArrayList<>();
        for (Map.Entry<String, F> shortName : discovered.entrySet()) {
            F s = shortName.getValue();
            String sl = label.apply(s);
            if (sl.length() < 2 || "Principle".equals(top.apply(s)) || "Issue".equals(top.apply(s)))
                continue;
            F into = null;
            int count = 0;
            for (F l : discovered.values()) {
                String ll = label.apply(l);
                if (l == s || !top.apply(l).equals(top.apply(s)) || ll.length() <= sl.length() || !ll.endsWith(sl))
                    continue;
                if (ll.contains("·") && !ll.endsWith("·" + sl) || !ll.contains("·") && sl.length() < 3)
                    continue;
                into = l;
                count++;
            }
            if (count == 1) {
                addAlias.accept(into, sl);
                drop.add(shortName.getKey());
            }
        }
        for (Iterator<String> it = drop.iterator(); it.hasNext();)
            discovered.remove(it.next());
    }
}
