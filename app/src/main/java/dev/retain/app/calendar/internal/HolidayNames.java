package dev.retain.app.calendar.internal;

import dev.retain.engine.calendar.PublicHoliday;
import java.util.EnumMap;
import java.util.Map;

/** The breaks' names as the State Council's notices write them, and in English: stored with each day so any page or report shows them without a lookup. */
final class HolidayNames {

    private static final Map<PublicHoliday, String[]> NAMES = new EnumMap<>(Map.of(
            PublicHoliday.NEW_YEAR, new String[] {"元旦", "New Year's Day"},
            PublicHoliday.SPRING, new String[] {"春节", "Spring Festival"},
            PublicHoliday.QINGMING, new String[] {"清明节", "Qingming Festival"},
            PublicHoliday.LABOUR_DAY, new String[] {"劳动节", "Labour Day"},
            PublicHoliday.DRAGON_BOAT, new String[] {"端午节", "Dragon Boat Festival"},
            PublicHoliday.MID_AUTUMN, new String[] {"中秋节", "Mid-Autumn Festival"},
            PublicHoliday.NATIONAL_DAY, new String[] {"国庆节", "National Day"},
            PublicHoliday.NATIONAL_DAY_MID_AUTUMN, new String[] {"国庆节、中秋节", "National Day and Mid-Autumn Festival"}));

    private HolidayNames() {
    }

    static String zh(PublicHoliday h) {
        return NAMES.get(h)[0];
    }

    static String en(PublicHoliday h) {
        return NAMES.get(h)[1];
    }
}
