package org.lectern.testing;

import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.SESSIONS;
import static org.lectern.db.generated.Tables.USERS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Students joining one class with its code: each 303 is a new account plus its enrolment, acknowledged. */
public final class StudentSignups implements WriteWorkload {

    private volatile String joinCode;
    private volatile long classId;

    @Override
    public void prepare(String baseUrl) {
        WebClient ada = WebClient.at(baseUrl);
        WebClient.Page p = ada.submit("/setup", "/setup", Map.of("name", "Ada", "email", "ada@school.test",
                "password", People.PASSWORD));
        if (p.status() != 303) {
            throw new IllegalStateException("setup answered " + p.status());
        }
        classId = People.createClass(ada, "Crash test class");
        joinCode = People.joinCode(ada, classId);
    }

    @Override
    public String write(String baseUrl, int n) {
        String email = "crash-" + n + "@school.test";
        WebClient c = WebClient.at(baseUrl);
        WebClient.Page p = c.submit("/join", "/join", Map.of("code", joinCode, "name", "Student " + n, "email", email,
                "password", People.PASSWORD));
        return p.status() == 303 ? email : null;
    }

    @Override
    public List<String> missing(DSLContext dsl, Collection<String> acknowledged) {
        Set<String> enrolled = new HashSet<>(dsl.select(USERS.EMAIL).from(USERS)
                .join(ENROLLMENTS).on(ENROLLMENTS.USER_ID.eq(USERS.ID))
                .where(ENROLLMENTS.CLASS_ID.eq(classId))
                .fetch(USERS.EMAIL));
        List<String> out = new ArrayList<>();
        for (String email : acknowledged) {
            if (!enrolled.contains(email)) {
                out.add(email);
            }
        }
        return out;
    }

    @Override
    public List<String> inconsistencies(DSLContext dsl) {
        List<String> out = new ArrayList<>();
        // A join is one transaction: an account from this workload without its enrolment is half a write.
        dsl.select(USERS.EMAIL).from(USERS)
                .where(USERS.EMAIL.like("crash-%"))
                .andNotExists(dsl.selectOne().from(ENROLLMENTS).where(ENROLLMENTS.USER_ID.eq(USERS.ID)))
                .fetch(USERS.EMAIL).forEach(e -> out.add("student without enrolment: " + e));
        dsl.select(ENROLLMENTS.USER_ID).from(ENROLLMENTS)
                .whereNotExists(dsl.selectOne().from(USERS).where(USERS.ID.eq(ENROLLMENTS.USER_ID)))
                .fetch(ENROLLMENTS.USER_ID).forEach(id -> out.add("enrolment of missing user " + id));
        dsl.select(SESSIONS.USER_ID).from(SESSIONS)
                .whereNotExists(dsl.selectOne().from(USERS).where(USERS.ID.eq(SESSIONS.USER_ID)))
                .fetch(SESSIONS.USER_ID).forEach(id -> out.add("session of missing user " + id));
        int duplicates = dsl.fetchCount(dsl.select(USERS.EMAIL).from(USERS).groupBy(USERS.EMAIL)
                .having(org.jooq.impl.DSL.count().gt(1)));
        if (duplicates > 0) {
            out.add(duplicates + " duplicated emails");
        }
        return out;
    }

    @Override
    public boolean usableAfterRestart(String baseUrl, String email) {
        WebClient c = WebClient.at(baseUrl);
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", email, "password", People.PASSWORD));
        return p.status() == 303 && c.get("/classes/" + classId).status() == 200;
    }
}
