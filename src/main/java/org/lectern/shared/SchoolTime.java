package org.lectern.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The school's time zone, in which every date and time is entered and shown. Times are stored as
 * instants; PostgreSQL hands them back in UTC and H2 in the offset they were written with, so
 * formatting one as it comes from the database would show a due date hours off. Set once per site
 * ({@code --time-zone}), the same on every node.
 */
public record SchoolTime(ZoneId zone) {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    /** "Mon 1 Mar 2027, 17:00" in the school's zone. */
    public String due(OffsetDateTime t) {
        return DUE.format(t.atZoneSameInstant(zone));
    }

    /** "2027-03-01 17:00" in the school's zone (tables). */
    public String brief(OffsetDateTime t) {
        return t == null ? "" : SHORT.format(t.atZoneSameInstant(zone));
    }

    /** The date part in the school's zone, ISO ("2027-03-01"). */
    public String date(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).toLocalDate().toString();
    }
}
