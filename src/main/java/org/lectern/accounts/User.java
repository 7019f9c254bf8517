package org.lectern.accounts;

/** A signed-up person. Never carries the password hash out of the accounts package. */
public record User(long id, String email, String name, Role role, boolean admin, boolean mustChangePassword) {

    public boolean isInstructor() {
        return role == Role.instructor;
    }

    public boolean isStudent() {
        return role == Role.student;
    }
}
