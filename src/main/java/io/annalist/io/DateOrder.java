package io.annalist.io;

import java.util.Locale;

/** The order of day, month and year in numeric dates such as 03/04/2020. */
public enum DateOrder {
    /** 03/04/2020 is 3 April 2020. */
    DMY,
    /** 03/04/2020 is 4 March 2020. */
    MDY,
    /** 2020/04/03 (or 20/04/03) is 3 April 2020. */
    YMD;

    /** The name used by {@code --date-order}: dmy, mdy or ymd. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named by {@code --date-order}, or throws with the names allowed. */
    public static DateOrder fromOption(String name) {
        for (DateOrder d : values()) {
            if (d.option().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("--date-order must be dmy, mdy or ymd, not \"" + name + "\"");
    }
}
