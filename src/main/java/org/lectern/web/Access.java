package org.lectern.web;

import org.lectern.accounts.User;

/** Who may call a route. Every route declares one; there is no default. */
public enum Access {
    ANYONE, SIGNED_IN, STUDENT, INSTRUCTOR, ADMIN;

    boolean allows(User user) {
        return switch (this) {
            case ANYONE -> true;
            case SIGNED_IN -> user != null;
            case STUDENT -> user != null && user.isStudent();
            case INSTRUCTOR -> user != null && user.isInstructor();
            case ADMIN -> user != null && user.isInstructor() && user.admin();
        };
    }
}
