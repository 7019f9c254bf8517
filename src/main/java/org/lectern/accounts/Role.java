package org.lectern.accounts;

public enum Role {
    instructor, student;

    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (instructor or student)");
    }
}
