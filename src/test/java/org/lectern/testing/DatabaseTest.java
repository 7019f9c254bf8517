package org.lectern.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs a database. The build runs these once on H2 and once more on
 * PostgreSQL (the surefire execution "postgres" selects the tag and sets lectern.test.db).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
public @interface DatabaseTest {}
