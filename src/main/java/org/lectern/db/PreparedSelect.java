package org.lectern.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;

/**
 * A select built once with jOOQ's DSL, its SQL rendered once per dialect, then run with new bind
 * values. jOOQ renders a query's SQL again on every execution; for the few selects that every
 * page of a class's peak runs (the session, the assignment, the student's place) that rendering
 * was about 14% of a reading page's server CPU. jOOQ's manual suggests exactly this: cache the
 * SQL it generated and bind new values.
 *
 * <p>The values that change are named parameters ({@code DSL.param("user", Long.class)}), each
 * used once, given to {@link #fetch} in the order of the names passed here. Any other bind value
 * in the query (a constant) keeps the value it was built with.
 */
public final class PreparedSelect {

    private final Select<?> query;
    private final Field<?>[] fields;
    /** Per bind position: the index of the named value to use, or -1 for the query's own constant. */
    private final int[] valueIndex;
    private final Object[] constants;
    private final Map<SQLDialect, String> sql = new ConcurrentHashMap<>();

    public PreparedSelect(Select<?> query, String... names) {
        this.query = query;
        this.fields = query.getSelect().toArray(Field<?>[]::new);
        // inline values are part of the SQL text; the rest are bind values, in the SQL's order
        List<Param<?>> params = query.getParams().values().stream().filter(p -> !p.isInline()).toList();
        if (params.size() != query.getBindValues().size()) {
            throw new IllegalArgumentException("a parameter is used more than once: " + query.getParams().keySet());
        }
        valueIndex = new int[params.size()];
        constants = new Object[params.size()];
        List<String> declared = List.of(names);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i).getParamName();
            valueIndex[i] = name == null ? -1 : declared.indexOf(name);
            constants[i] = params.get(i).getValue();
            if (valueIndex[i] >= 0) {
                seen.add(name);
            }
        }
        if (!seen.containsAll(declared)) {
            throw new IllegalArgumentException("parameters " + declared + " not all in the query: " + query.getParams().keySet());
        }
    }

    /** The rows for these values (in the order of the names given to the constructor), with the query's fields. */
    public Result<Record> fetch(DSLContext dsl, Object... values) {
        String text = sql.computeIfAbsent(dsl.dialect(), d -> dsl.render(query));
        return dsl.connectionResult(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(text)) {
                for (int i = 0; i < valueIndex.length; i++) {
                    ps.setObject(i + 1, valueIndex[i] >= 0 ? values[valueIndex[i]] : constants[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return dsl.fetch(rs, fields);
                }
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + text + "]; " + e.getMessage(), e);
            }
        });
    }

    /** The first row, or null when there is none. */
    public Record fetchFirst(DSLContext dsl, Object... values) {
        Result<Record> rows = fetch(dsl, values);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
