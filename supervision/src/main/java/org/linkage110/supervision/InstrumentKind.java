package org.linkage110.supervision;

/** The office's instruments of 002, with the prefix of their document numbers. */
public enum InstrumentKind {
    /** 预警单 */
    WARNING_NOTICE("预警", "预警单"),
    /** 督办单 */
    SUPERVISION_ORDER("督办", "督办单"),
    /** 通报 */
    BULLETIN("通报", "通报");

    private final String prefix;
    private final String nameZh;

    InstrumentKind(String prefix, String nameZh) {
        this.prefix = prefix;
        this.nameZh = nameZh;
    }

    public String prefix() {
        return prefix;
    }

    public String nameZh() {
        return nameZh;
    }
}
