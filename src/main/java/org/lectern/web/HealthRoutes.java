package org.lectern.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lectern.db.Database;

/** {@code GET /health}: 200 with the database checked, or 503 when it does not answer. */
public final class HealthRoutes {

    private HealthRoutes() {}

    static void register(Routes routes, Database db, String node) {
        routes.get("/health", Access.ANYONE, ctx -> {
            boolean dbOk = db.isHealthy();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", dbOk ? "ok" : "unavailable");
            body.put("database", dbOk ? "ok" : "unreachable");
            body.put("node", node);
            ctx.status(dbOk ? 200 : 503).json(body);
        });
    }
}
