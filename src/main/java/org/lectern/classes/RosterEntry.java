package org.lectern.classes;

import java.time.OffsetDateTime;

public record RosterEntry(long userId, String name, String email, String section, OffsetDateTime joinedAt,
                          boolean removed) {}
